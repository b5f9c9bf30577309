"""Issue 9: hostile text in every field a notice has stays text in every output, checked with real parsers: an HTML
tokenizer, XML parsers (Atom, sitemap, ODF content.xml), a JSON parser, a CSV reader."""
import csv
import glob
import json
import zipfile
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import run_gazette

ATTACKS = {
    "title": "<script>alert('t')</script>\"><img src=x onerror=alert(1)>]]>\u2028\u202eevil\u0007 '-->",
    "site": "公報</title><script>alert('site')</script>",
    "category": "公告<script>alert('c')</script>",
    "agency": "\"><img src=x onerror=alert('a')>]]>\u202e局",
    "issue": "期</script><svg onload=alert('i')>",
    "number": "=HYPERLINK(\"x\")<b>\"'>",
    "tags": ["<img src=x onerror=alert('tag')>", "+SUM(1)", "@cmd", "-2+3", "\"'><i>"],
    "summary": "=1+1 </script><script>alert('s')</script> \u2028",
    "titleEnglish": "</p><script>alert('en')</script>\"><img src=x onerror=alert(2)>",
    "subtype": "=cmd|' /C calc'!A0<b>細類</b>",
    "source_id": "@SUM(1)\"><i>4630",
    # Only characters a URL may hold get through; a quote in it must stay inside the attribute.
    "source_url": "https://gazette.example.gov.tw/r?id=1&x='onmouseover=alert(1)",
    "classification": ["+1", "<svg onload=alert('code')>"],
}
BODY = """## <script>alert('h')</script>

Text with </script> and ]]> and \u2028 line separator, \u202e bidi override, control \x07\x01 characters.

[click](javascript:alert('md')) [data](data:text/html,<script>alert(1)</script>) <a href="javascript:alert('raw')">raw</a>
<img src=x onerror=alert('img')>

<script>alert('body')</script>
"""
# What a live attack would leave behind once parsed: elements and attributes no page of ours has.
FOREIGN_ELEMENTS = {"img", "svg", "i", "b", "iframe", "object"}


def write_hostile_site(root):
    """Front matter written as JSON strings, which YAML reads as double-quoted scalars with the same escapes."""
    dump = json.dumps
    (root / "gazette" / "evil-issue").mkdir(parents=True)
    (root / "site.yml").write_text(
        f"title: {dump(ATTACKS['site'])}\nbaseURL: https://gazette.example.gov.tw/\nlanguage: zh-Hant-TW\n"
        f"categories:\n  - slug: announcements\n    name: {dump(ATTACKS['category'])}\n"
        f"agencies:\n  - slug: a01\n    name: {dump(ATTACKS['agency'])}\n", encoding="utf-8")
    (root / "gazette" / "evil-issue" / "issue.yml").write_text(f"title: {dump(ATTACKS['issue'])}\ndate: 2021-01-06\n")
    (root / "gazette" / "evil-issue" / "evil.md").write_text(
        f"---\ntitle: {dump(ATTACKS['title'])}\ncategory: announcements\nagency: a01\nnumber: {dump(ATTACKS['number'])}\n"
        f"date: 2021-01-05\ntags: [{', '.join(dump(tag) for tag in ATTACKS['tags'])}]\nsummary: {dump(ATTACKS['summary'])}\n"
        f"titleEnglish: {dump(ATTACKS['titleEnglish'])}\nsubtype: {dump(ATTACKS['subtype'])}\n"
        f"source: {{id: {dump(ATTACKS['source_id'])}, url: {dump(ATTACKS['source_url'])}}}\n"
        f"classification: {{theme: [{', '.join(dump(code) for code in ATTACKS['classification'])}]}}\n"
        f"---\n\n{BODY}", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(gazette_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    write_hostile_site(folder / "content")
    run_gazette(gazette_bin, "build", "--content", str(folder / "content"), "--output", str(folder / "site"))
    return folder / "site"


class LiveMarkup(HTMLParser):
    """Collects what a browser would run or load from a page: foreign elements, inline scripts that are not JSON
    data, event handler attributes and javascript:/data: URLs. Also the page's text, to prove the attack is shown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live, self.text, self.script = [], [], None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in FOREIGN_ELEMENTS:
            self.live.append(f"<{tag} {attrs}>")
        if tag == "script" and not values.get("src"):
            self.script = values.get("type") or "text/javascript"
        for name, value in attrs:
            if name.startswith("on"):
                self.live.append(f"<{tag} {name}={value!r}>")
            if value and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.live.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.script = None

    def handle_data(self, data):
        if self.script in ("application/json", "application/ld+json"):
            json.loads(data)  # data, never run; the tokenizer ended it at the first "</script", so it must still parse
        elif self.script is not None and "alert" in data:
            self.live.append(f"script ({self.script}) containing {data[:80]!r}")
        self.text.append(data)


def pages(site):
    return sorted(Path(site).rglob("*.html"))


def test_no_page_runs_or_loads_what_the_content_says(hostile_site):
    found = {}
    for page in pages(hostile_site):
        parser = LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.live:
            found[str(page.relative_to(hostile_site))] = parser.live
    assert len(pages(hostile_site)) > 15
    assert found == {}


def test_the_attacks_are_shown_as_text(hostile_site):
    parser = LiveMarkup()
    parser.feed((hostile_site / "gazette" / "evil-issue" / "evil" / "index.html").read_text(encoding="utf-8"))
    text = "".join(parser.text)
    for shown in ["<script>alert('t')</script>\"><img src=x onerror=alert(1)>]]>", ATTACKS["number"], "局",
                  "<img src=x onerror=alert('tag')>", "Text with ", " and ]]> and ", ATTACKS["titleEnglish"],
                  ATTACKS["subtype"], ATTACKS["source_url"]]:
        assert shown in text, f"{shown!r} is not shown on the notice page"


def test_xml_outputs_parse_and_keep_the_text(hostile_site):
    feeds = sorted(Path(hostile_site).rglob("*.xml"))
    assert len(feeds) >= 4
    for path in feeds:
        ElementTree.parse(path)  # raises on anything an attack could have broken
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.parse(hostile_site / "feed.xml").getroot()
    assert feed.find(f"{atom}title").text.startswith(ATTACKS["site"])
    entry = feed.find(f"{atom}entry")
    assert entry.find(f"{atom}title").text.startswith("<script>alert('t')</script>\"><img src=x onerror=alert(1)>]]>")
    assert not [element for element in feed.iter() if not element.tag.startswith(atom)], "markup escaped into the feed"
    sitemap = ElementTree.parse(hostile_site / "sitemap.xml").getroot()
    locations = [element.text for element in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations and all(location.startswith("https://gazette.example.gov.tw/") for location in locations)
    assert not [location for location in locations if any(c in location for c in "<>\"' ")], "unencoded URL in sitemap"


def test_json_outputs_parse_and_hide_script_endings(hostile_site):
    files = sorted(Path(hostile_site).rglob("*.json"))
    assert any("search" in str(path) for path in files) and any("data" in str(path) for path in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        json.loads(text)
        assert "</script" not in text.lower() and "\u2028" not in text and "<!--" not in text, f"{path} carries raw markup"
    notices = json.loads((hostile_site / "data" / "notices.json").read_text(encoding="utf-8"))
    assert [notice["number"] for notice in notices] == [ATTACKS["number"]]
    assert notices[0]["titleEnglish"] == ATTACKS["titleEnglish"] and notices[0]["subtype"] == ATTACKS["subtype"]
    assert notices[0]["source"] == {"id": ATTACKS["source_id"], "url": ATTACKS["source_url"]}
    assert notices[0]["classification"]["theme"] == ATTACKS["classification"]


def test_csv_cells_cannot_start_a_formula(hostile_site):
    with open(hostile_site / "data" / "notices.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(ATTACKS["number"] in cell for cell in cells), "the number is missing from the CSV"
    assert [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")] == []


def test_odf_content_is_well_formed_and_has_no_live_links(hostile_site):
    documents = sorted(Path(hostile_site).rglob("*.odt"))
    assert len(documents) >= 2
    for document in documents:
        with zipfile.ZipFile(document) as package:
            for name in package.namelist():
                if name.endswith(".xml"):
                    root = ElementTree.fromstring(package.read(name))
                    for element in root.iter():
                        for attribute, value in element.attrib.items():
                            assert not value.strip().lower().startswith(("javascript:", "data:")), \
                                f"{document.name}/{name}: {element.tag} {attribute}={value!r}"
            content = ElementTree.fromstring(package.read("content.xml"))
            assert not [element.tag for element in content.iter() if "}" not in element.tag], "un-namespaced markup in content.xml"
    notice = zipfile.ZipFile(hostile_site / "gazette" / "evil-issue" / "evil" / "evil.odt").read("content.xml").decode()
    assert "&lt;script&gt;alert(" in notice and "&lt;img src=x onerror=alert(" in notice


def test_page_metadata_keeps_the_attacks_as_text(hostile_site):
    """The national rule's <meta> elements and the JSON-LD block carry the hostile title as data: an attribute value
    and a JSON string that both parse back to it exactly."""
    from machine_readable import describe, graph_nodes
    page = describe(hostile_site / "gazette" / "evil-issue" / "evil" / "index.html")
    title = " ".join(ATTACKS["title"].replace("\u2028", " ").split())
    assert page.values("DC.Title") == [title]
    assert ATTACKS["number"] not in page.values("DC.Identifier")
    assert [tag for tag in ATTACKS["tags"] if tag not in page.values("DC.Keywords")] == []
    assert len(page.blocks) == 1
    names = [node.get("name") for node in graph_nodes(page.blocks[0])]
    assert ATTACKS["title"] in names
