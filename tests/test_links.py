"""Gate: every internal link and every src in every page resolves to a file in the output, and
every fragment to an id on the target page. Also `gazette check`'s own link check, end to end."""
import shutil
import subprocess
from pathlib import Path

from built_site import BuiltSite
from conftest import REPO, run_gazette

SUB_PATH_BASE = "https://www.example.gov.tw/kcg/gazette/"


def broken_links(site):
    """(page, reference, why) for every internal reference that does not resolve; and the count checked."""
    broken, checked = [], 0
    for page in site.pages:
        for tag, attribute, ref in site.refs(page).refs:
            url, fragment = site.resolve(page, ref)
            if urlsplit_scheme(url) not in ("http", "https"):
                continue
            try:
                target = site.file_for(url)
            except UnicodeDecodeError:
                broken.append((page, ref, "not UTF-8 after percent-decoding"))
                continue
            if target is None:
                continue
            checked += 1
            if target == "":
                broken.append((page, ref, f"outside the site's base path {site.base_path}"))
            elif not (site.root / target).is_file():
                broken.append((page, ref, f"no file {target}"))
            elif fragment and target.endswith(".html") and fragment not in site.refs(target).ids:
                broken.append((page, ref, f"no id '{fragment}' in {target}"))
    return broken, checked


def urlsplit_scheme(url):
    return url.split(":", 1)[0].lower() if ":" in url else ""


def report(broken, limit=40):
    lines = [f"{page}: {ref} ({why})" for page, ref, why in broken[:limit]]
    return "\n".join(lines + ([f"... and {len(broken) - limit} more"] if len(broken) > limit else []))


def test_link_gate_finds_a_broken_link(sample_site, tmp_path):
    copy = BuiltSite(tmp_path / "site", sample_site.base_url, sample_site.content)
    shutil.copytree(sample_site.root, copy.root)
    (copy.root / "accessibility" / "index.html").unlink()
    home = copy.root / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace('href="#main"', 'href="#nowhere"'), encoding="utf-8")
    copy = BuiltSite(copy.root, copy.base_url, copy.content)
    broken, _ = broken_links(copy)
    assert any("accessibility" in ref for _, ref, _ in broken), report(broken)
    assert ("index.html", "#nowhere", "no id 'nowhere' in index.html") in broken, report(broken)


def test_every_internal_link_resolves(any_site):
    broken, checked = broken_links(any_site)
    print(f"\nlinks: {checked} internal references in {len(any_site.pages)} pages of {any_site.root}, {len(broken)} broken")
    assert checked > len(any_site.pages) * 5, "too few links found: is the scanner reading the pages?"
    assert not broken, report(broken)


def test_links_resolve_under_a_sub_path_base_url(gazette_bin, tmp_path):
    """A site published under a sub-path must never link to the server root."""
    output = tmp_path / "site"
    run_gazette(gazette_bin, "build", "--content", "Content", "--templates", "Templates", "--output", str(output),
                "--base-url", SUB_PATH_BASE)
    site = BuiltSite(output, SUB_PATH_BASE, REPO / "Content")
    broken, checked = broken_links(site)
    assert checked > 0
    assert not broken, report(broken)


def test_gazette_check_passes_on_a_good_build(gazette_bin, sample_site):
    result = subprocess.run([str(gazette_bin), "check", "--content", "Content", "--templates", "Templates",
                             "--output", str(sample_site.root)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "links" in result.stdout, result.stdout


def test_gazette_check_names_the_page_and_the_source_of_a_broken_link(gazette_bin, sample_site, tmp_path):
    output = tmp_path / "site"
    shutil.copytree(sample_site.root, output)
    notice = next(Path(p) for p in sorted(output.glob("gazette/*/*/index.html")))
    slug, issue = notice.parent.name, notice.parent.parent.name
    html = notice.read_text(encoding="utf-8")
    notice.write_text(html.replace("</main>", '<p><a href="/no-such-page/">x</a></p></main>'), encoding="utf-8")
    shutil.rmtree(output / "tags")
    result = subprocess.run([str(gazette_bin), "check", "--content", "Content", "--templates", "Templates",
                             "--output", str(output)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0, result.stdout
    expected = f"Content/gazette/{issue}/{slug}.md"
    lines = result.stderr.splitlines()
    assert any(line.startswith(expected) and "/no-such-page/" in line and f"/gazette/{issue}/{slug}/" in line
               for line in lines), result.stderr
    assert any("/tags/" in line and "Templates/" in line for line in lines), result.stderr


def test_gazette_check_fails_when_the_given_output_is_missing(gazette_bin, tmp_path):
    result = subprocess.run([str(gazette_bin), "check", "--content", "Content", "--templates", "Templates",
                             "--output", str(tmp_path / "nothing-here")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0
    assert "nothing-here" in result.stderr
