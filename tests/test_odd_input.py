"""Issue 9: odd but valid content builds correctly, invalid YAML is a positioned error, and hostile sizes and nesting
(a YAML alias bomb, 100,000 nested quotes or lists) are refused or handled in bounded time and memory."""
import json
import subprocess
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

SITE = ("title: 高雄市政府電子公報\nbaseURL: https://gazette.example.gov.tw/\nlanguage: zh-Hant-TW\n"
        "categories:\n  - slug: announcements\n    name: 公告\nagencies:\n  - slug: a01\n    name: 法制局\n")
ISSUE = "title: 110年春字第1期\ndate: 2021-01-06\n"


def notice(number, title="公告", body="## 主旨\n\n公告周知。\n", extra=""):
    return (f'---\ntitle: "{title}"\ncategory: announcements\nagency: a01\nnumber: "高市法字第{number:011d}號"\n'
            f"date: 2021-01-05\n{extra}---\n\n{body}")


def write_site(root, notices, site=SITE, files=None):
    """notices: slug -> text or bytes; files: path under the issue folder -> bytes."""
    issue = root / "gazette" / "i1"
    issue.mkdir(parents=True)
    (root / "site.yml").write_bytes(site if isinstance(site, bytes) else site.encode())
    (issue / "issue.yml").write_text(ISSUE, encoding="utf-8")
    for slug, text in notices.items():
        (issue / f"{slug}.md").write_bytes(text if isinstance(text, bytes) else text.encode())
    for path, data in (files or {}).items():
        (issue / path).parent.mkdir(parents=True, exist_ok=True)
        (issue / path).write_bytes(data)
    return root


def run_build(gazette_bin, content, output):
    """The build, with its wall time and its peak memory in KiB. GNU time measures the memory: a child's own
    rusage would include the test process's memory, which the child inherits at fork."""
    with tempfile.NamedTemporaryFile("r") as usage:
        started = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", usage.name,
                                 str(gazette_bin), "build", "--content", str(content), "--output", str(output)],
                                capture_output=True, text=True, timeout=300)
        seconds = time.monotonic() - started
        peak = int(usage.read().strip().splitlines()[-1])
    return result, seconds, peak


def built(gazette_bin, tmp_path, notices, **arguments):
    content = write_site(tmp_path / "content", notices, **arguments)
    result, _, _ = run_build(gazette_bin, content, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.h1 = [], [], []
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        self.in_h1 = self.in_h1 or tag == "h1"
        if tag == "a" and dict(attrs).get("href"):
            self.hrefs.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        self.parts.append(data)
        if self.in_h1:
            self.h1.append(data)


def read_page(path):
    parser = Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_empty_body(gazette_bin, tmp_path):
    site = built(gazette_bin, tmp_path, {"empty": notice(1, title="無內文公告", body="")})
    assert "".join(read_page(site / "gazette/i1/empty/index.html").h1) == "無內文公告"
    assert (site / "gazette/i1/empty/empty.odt").stat().st_size > 0


def test_one_megabyte_body(gazette_bin, tmp_path):
    paragraph = "本府為保障民眾權益，特此公告周知。" * 20 + "\n\n"
    body = paragraph * (1_048_576 // len(paragraph.encode())) + "最後一段。\n"
    assert len(body.encode()) >= 1_000_000
    site = built(gazette_bin, tmp_path, {"big": notice(1, body=body)})
    text = "".join(read_page(site / "gazette/i1/big/index.html").parts)
    assert text.count("本府為保障民眾權益") >= len(body) // len(paragraph) * 20 and "最後一段。" in text


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory):
    notices = {f"n{number:05d}": notice(number, title=f"公告第{number}號") for number in range(10_000)}
    return write_site(tmp_path_factory.mktemp("many") / "content", notices)


def test_ten_thousand_notices_in_one_issue(gazette_bin, ten_thousand, tmp_path):
    result, seconds, peak = run_build(gazette_bin, ten_thousand, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    print(f"\n10,000 notices in one issue: {seconds:.1f} s, peak RSS {peak} KiB")
    issue = read_page(tmp_path / "site/gazette/i1/index.html")
    links = {unquote(href) for href in issue.hrefs if href.startswith("/gazette/i1/n")}
    assert links == {f"/gazette/i1/n{number:05d}/" for number in range(10_000)}
    exported = json.loads((tmp_path / "site/data/notices.json").read_text(encoding="utf-8"))
    assert len(exported) == 10_000
    assert all((tmp_path / f"site/gazette/i1/n{number:05d}/index.html").is_file() for number in range(10_000))


def test_loading_ten_thousand_notices_never_crashes(gazette_bin, ten_thousand, tmp_path):
    """Loading runs on all cores; a race there crashed about one load in ten, so one build proves little."""
    outcomes = []
    for _ in range(20):
        result = subprocess.run([str(gazette_bin), "check", "--content", str(ten_thousand)],
                                cwd=tmp_path, capture_output=True, text=True, timeout=120)
        outcomes.append(result.returncode)
        assert result.returncode == 0, f"run {len(outcomes)}: exit {result.returncode}\n{result.stderr[-3000:]}"
        assert "10000 notices" in result.stdout, result.stdout


def test_attachment_names_with_spaces_cjk_and_url_characters(gazette_bin, tmp_path):
    names = ["附件 一 申請表.pdf", "a b#c?d%20.txt"]
    attachments = "".join(f'  - title: 附件{index}\n    file: "files/{name}"\n' for index, name in enumerate(names))
    site = built(gazette_bin, tmp_path, {"f": notice(1, extra="attachments:\n" + attachments)},
                 files={f"files/{name}": name.encode() for name in names})
    page = read_page(site / "gazette/i1/f/index.html")
    for name in names:
        linked = [href for href in page.hrefs if unquote(href.rsplit("/", 1)[-1]) == name]
        assert linked, f"no link to {name} in {page.hrefs}"
        assert " " not in linked[0] and "#" not in linked[0].split("/")[-1] and "?" not in linked[0]
        assert (site / unquote(linked[0]).lstrip("/")).read_bytes() == name.encode()


def test_crlf_line_endings_and_byte_order_marks(gazette_bin, tmp_path):
    crlf = notice(1, title="CRLF公告", body="## 主旨\n\n第一行。\n第二行。\n").replace("\n", "\r\n")
    bom = b"\xef\xbb\xbf" + notice(2, title="BOM公告").encode()
    site = built(gazette_bin, tmp_path, {"crlf": crlf, "bom": bom},
                 site=b"\xef\xbb\xbf" + SITE.replace("\n", "\r\n").encode())
    assert "".join(read_page(site / "gazette/i1/crlf/index.html").h1) == "CRLF公告"
    assert "".join(read_page(site / "gazette/i1/bom/index.html").h1) == "BOM公告"
    exported = {item["number"]: item for item in json.loads((site / "data/notices.json").read_text(encoding="utf-8"))}
    assert exported["高市法字第00000000001號"]["title"] == "CRLF公告"
    assert "\r" not in (site / "gazette/i1/crlf/index.html").read_text(encoding="utf-8")
    assert "\ufeff" not in (site / "index.html").read_text(encoding="utf-8")


def test_tab_after_a_colon_is_valid_yaml(gazette_bin, tmp_path):
    site = built(gazette_bin, tmp_path, {"t": notice(1, title="定位字元").replace("title: ", "title:\t")})
    assert "".join(read_page(site / "gazette/i1/t/index.html").h1) == "定位字元"


def test_tab_indentation_is_an_error_with_its_position(gazette_bin, tmp_path):
    content = write_site(tmp_path / "content", {"t": notice(1, extra="tags:\n\t- 標籤\n")})
    result, _, _ = run_build(gazette_bin, content, tmp_path / "site")
    assert result.returncode != 0
    assert f"{content}/gazette/i1/t.md:8:1: error:" in result.stderr, result.stderr
    assert not (tmp_path / "site").exists()


def test_very_long_title(gazette_bin, tmp_path):
    title = "修正高雄市政府行政中心場地使用管理規則" * 1000
    site = built(gazette_bin, tmp_path, {"long": notice(1, title=title)})
    assert "".join(read_page(site / "gazette/i1/long/index.html").h1) == title


def billion_laughs():
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 9)}]" for level in range(1, 9)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["notice", "site.yml", "issue.yml"])
def test_yaml_alias_bomb_is_refused_quickly(gazette_bin, tmp_path, where):
    bomb = billion_laughs()
    notices = {"n": notice(1, extra=bomb) if where == "notice" else notice(1)}
    content = write_site(tmp_path / "content", notices, site=SITE + bomb if where == "site.yml" else SITE)
    if where == "issue.yml":
        (content / "gazette/i1/issue.yml").write_text(ISSUE + bomb, encoding="utf-8")
    result, seconds, _ = run_build(gazette_bin, content, tmp_path / "site")
    assert result.returncode != 0
    assert "error: YAML anchors and aliases" in result.stderr, result.stderr
    assert seconds < 10, f"refusing the bomb took {seconds:.1f} s"


@pytest.mark.parametrize("shape", ["quotes", "list items", "indented lists", "emphasis", "links"])
def test_deeply_nested_markdown_is_bounded(gazette_bin, tmp_path, shape):
    body = {
        "quotes": ">" * 100_000 + " 最深處\n",
        "list items": "- " * 50_000 + "最深處\n",
        "indented lists": "".join("  " * level + "- 項目\n" for level in range(3_000)) + "\n最深處\n",
        "emphasis": "*" * 50_000 + "最深處" + "*" * 50_000 + "\n",
        "links": "[" * 50_000 + "最深處" + "]" * 50_000 + "\n",
    }[shape]
    content = write_site(tmp_path / "content", {"deep": notice(1, body=body)})
    result, seconds, peak = run_build(gazette_bin, content, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    print(f"\n{shape}: {seconds:.2f} s, peak RSS {peak} KiB")
    assert seconds < 30, f"{shape}: {seconds:.1f} s"
    assert peak < 1_000_000, f"{shape}: {peak} KiB"
    assert "最深處" in (tmp_path / "site/gazette/i1/deep/index.html").read_text(encoding="utf-8")
