"""Issue 16, part 4: every issue as a day's file of the Executive Yuan Gazette's open data
(`gazette/<issue>/exchange/<YYY-MM-DD>.xml`, docs/exchange.md), read here with Python's own XML parser, as
a tool written for EY data reads it. The sample site's files hold every notice as a <Record> with
the corpus's field names; `gazette import ey-xml` of them gives back the same notices; and the
real EY corpus, imported, built and exported, gives back its own records field by field (the
figures are printed with `pytest -s`)."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_gazette, site_base_url

CORPUS = REPO.parent / "shared" / "corpora" / "ey-gazette"
DAYS = sorted(CORPUS.glob("*/*/*.xml"))
DAY_FILE = re.compile(r"^\d{3}-\d{2}-\d{2}\.xml$")
# Written only for a notice that takes comments; the import reads them (docs/import.md).
COMMENT_FIELDS = {"Comment_Deadline", "Comment_Days"}


def corpus_fields():
    """The field names of the real records, in their order, taken from the corpus itself."""
    orders = {tuple(child.tag for child in record) for day in DAYS for record in ET.parse(day).getroot().iter("Record")}
    assert len(orders) == 1, f"the corpus's records name their fields in {len(orders)} orders"
    return list(orders.pop())


def export_files(output):
    return sorted(path for path in (Path(output) / "gazette").glob("*/exchange/*.xml") if DAY_FILE.match(path.name))


def records(path):
    root = ET.parse(path).getroot()
    assert root.tag == "Gazette", f"{path}: root <{root.tag}>"
    assert all(child.tag == "Record" for child in root), f"{path}: <Gazette> holds more than <Record> elements"
    return [{child.tag: child.text or "" for child in record} for record in root]


def field_order(record):
    return [name for name in record if name not in COMMENT_FIELDS]


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def as_list(value):
    if value is None:
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def compact(text):
    return re.sub(r"\s", "", text)


class Site:
    """A content folder's notices by page URL, with the names its site.yml gives slugs."""

    def __init__(self, content, drafts=False):
        content = Path(content)
        settings = yaml.safe_load((content / "site.yml").read_text(encoding="utf-8"))
        self.base = site_base_url(content)
        self.categories = {entry["slug"]: entry["name"] for entry in settings["categories"]}
        self.agencies = {entry["slug"]: entry["name"] for entry in settings["agencies"]}
        self.issues = {}
        self.notices = {}
        for issue in sorted((content / "gazette").iterdir()):
            if not (issue / "issue.yml").is_file():
                continue
            self.issues[issue.name] = yaml.safe_load((issue / "issue.yml").read_text(encoding="utf-8"))
            for path in sorted(issue.glob("*.md")):
                fields, body = front_matter(path)
                if fields.get("draft") and not drafts:
                    continue
                self.notices[f"{self.base}gazette/{issue.name}/{path.stem}/"] = (issue.name, fields, body)

    def comparable(self, fields):
        """The fields the exchange carries, with slugs as names and lists as lists."""
        comments = fields.get("comments") or {}
        return {
            "title": fields["title"],
            "titleEnglish": fields.get("titleEnglish"),
            "category": self.categories[fields["category"]],
            "subtype": fields.get("subtype"),
            "agencies": [self.agencies[slug] for slug in as_list(fields["agency"])],
            "numbers": as_list(fields.get("number")),
            "date": str(fields["date"]),
            "tags": as_list(fields.get("tags")),
            "summary": fields.get("summary"),
            # The EY writes a signer's title without the page's spacing (市　　長 is 市長).
            "signers": [(compact(signer["title"]), signer["name"]) for signer in fields.get("signers") or []],
            "delegation": fields.get("delegation"),
            "classification": {key: as_list(value) for key, value in (fields.get("classification") or {}).items()},
            "comments": {key: str(value) for key, value in comments.items() if key != "to"},
        }


def roc(iso):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"中華民國{year - 1911}年{month}月{day}日"


# --- The sample site ----------------------------------------------------------------------------

def test_every_notice_of_every_issue_is_a_record_with_the_corpus_s_field_names(sample_site):
    fields = corpus_fields()
    site = Site(REPO / "Content")
    files = export_files(sample_site.root)
    assert len(files) == len(site.issues), [str(path) for path in files]
    exported = 0
    for slug, issue in site.issues.items():
        date = str(issue["date"])
        year, month, day = (int(part) for part in date.split("-"))
        path = sample_site.root / "gazette" / slug / "exchange" / f"{year - 1911:03d}-{month:02d}-{day:02d}.xml"
        assert path.is_file(), f"issue {slug} has no exchange file {path.name}"
        found = records(path)
        expected = {url: fields for url, (issue_slug, fields, _) in site.notices.items() if issue_slug == slug}
        assert sorted(record["GazetteHTML"] for record in found) == sorted(expected), slug
        ids = [record["MetaId"] for record in found]
        assert len(set(ids)) == len(ids) and all(re.fullmatch(r"\d{15}", id_) for id_ in ids), ids
        for record in found:
            assert field_order(record) == fields, f"{path.name}: {list(record)}"
            assert set(record) - set(fields) <= COMMENT_FIELDS
            notice = expected[record["GazetteHTML"]]
            assert record["Title"] == notice["title"]
            assert record["Date_Created"] == roc(str(notice["date"]))
            assert record["GazetteId"] == ";".join(as_list(notice.get("number")))
            assert record["PubGovName"] == ";".join(site.agencies[slug] for slug in as_list(notice["agency"]))
            assert record["Doc_Style_LName"] == site.categories[notice["category"]]
            assert ("Comment_Deadline" in record or "Comment_Days" in record) == ("comments" in notice)
            assert "visually-hidden" not in record["HTMLContent"]
            exported += 1
    assert exported == len(site.notices)
    print(f"\nsample site: {exported} records in {len(files)} files")


def test_the_export_links_from_its_issue_page(sample_site):
    for path in export_files(sample_site.root):
        page = (path.parent.parent / "index.html").read_text(encoding="utf-8")
        assert f'href="/gazette/{path.parent.parent.name}/exchange/{path.name}" type="application/xml">行政院公報交換格式</a>' in page


@pytest.fixture(scope="module")
def sample_round_trip(gazette_bin, sample_site, tmp_path_factory):
    """The sample site's exchange files imported into a fresh folder, and that folder built."""
    folder = tmp_path_factory.mktemp("ey-export-sample")
    content = folder / "content"
    result = run_gazette(gazette_bin, "import", "ey-xml", *export_files(sample_site.root), "--content", content)
    assert "0 not imported" in result.stdout, result.stdout
    # The created site.yml has the importer's placeholder address: give it the sample's, so that
    # page URLs compare.
    settings = content / "site.yml"
    settings.write_text(re.sub(r"(?m)^baseURL:.*$", f"baseURL: {site_base_url(REPO / 'Content')}",
                               settings.read_text(encoding="utf-8")), encoding="utf-8")
    output = folder / "site"
    run_gazette(gazette_bin, "build", "--content", content, "--templates", REPO / "Templates", "--output", output)
    return content, output


def test_the_import_of_the_export_gives_back_the_same_notices(sample_site, sample_round_trip):
    content, _ = sample_round_trip
    original, imported = Site(REPO / "Content"), Site(content)
    by_source = {fields["source"]["url"]: fields for _, fields, _ in imported.notices.values()}
    assert sorted(by_source) == sorted(original.notices)
    differences = []
    for url, (_, fields, _) in original.notices.items():
        expected, actual = original.comparable(fields), imported.comparable(by_source[url])
        differences += [(url, key, expected[key], actual[key]) for key in expected if expected[key] != actual[key]]
    assert not differences, "\n".join(map(str, differences))


def test_the_bodies_come_back_with_the_same_text(sample_site, sample_round_trip):
    """The body's plain text is the exported Explain (PlainTextWriter over the body's tree): the
    imported site's own export holds the imported bodies' text, under the same MetaIds."""
    _, output = sample_round_trip
    site = Site(REPO / "Content")
    before = {record["MetaId"]: record for path in export_files(sample_site.root) for record in records(path)}
    after = {record["MetaId"]: record for path in export_files(output) for record in records(path)}
    assert sorted(after) == sorted(before)
    differing = Counter(name for id_, record in before.items() for name in record if after[id_].get(name) != record[name])
    for id_, record in before.items():
        # The signature block's lines, with the title as Officer_name gives it back.
        expected = record["Explain"]
        for signer in site.notices[record["GazetteHTML"]][1].get("signers") or []:
            expected = expected.replace(f"{signer['title']}\u3000{signer['name']}", f"{compact(signer['title'])}\u3000{signer['name']}")
        assert after[id_]["Explain"] == expected, record["GazetteHTML"]
    print(f"\nsample round trip: {len(before)} records; fields differing in the second export: {dict(differing)}")
    # Only the page's address is new (the imported issue is named by its date); the rest is the same.
    assert set(differing) <= {"GazetteHTML", "HTMLContent", "Explain"}, differing


# --- The real EY corpus: imported, built, exported ----------------------------------------------

def normalized_date(text):
    """中華民國105年4月8日, however its digits are written (full-width, zero-padded)."""
    digits = [int(part) for part in re.findall(r"\d+", text)]
    return tuple(digits) if len(digits) == 3 else text


def split_list(text):
    return [part.strip() for part in text.split(";") if part.strip()]


def one_line(text):
    return re.sub(r"[\r\n\t]", " ", text).strip()


def keywords(text):
    """As tags: each once, and none holding / or \\ (a tag's URL cannot)."""
    return list(dict.fromkeys(part for part in split_list(text) if "/" not in part and "\\" not in part))


# How each field compares besides as the same text: as what the import reads of it (a list, a
# date, one line), so that what the import keeps compares exactly and its documented losses show.
SAME_AS_READ = {
    "Date_Created": normalized_date,
    "GazetteId": lambda text: [part for part in split_list(text) if re.search(r"\d", part)],
    "PubGov": split_list, "PubGovName": split_list, "Keyword": keywords,
    "Category": split_list, "Cake": split_list, "Service": split_list,
    "Title": one_line, "TitleEnglish": one_line, "ThemeSubject": one_line,
    # The signers in the order the body prints them, which the import keeps.
    "Officer_name": lambda text: sorted(compact(part) for part in split_list(text)),
}
# The import reads the agency from PubGovName, else PubGov, and the export writes that name in both.
READ_FROM = {"PubGov": lambda record: record["PubGovName"] or record["PubGov"]}
# Kept by the import (docs/import.md), so they come back whole.
KEPT = ["MetaId", "Doc_Style_LName", "Doc_Style_SName", "PubGov", "PubGovName", "Officer_name", "Date_Created", "GazetteId",
        "Title", "TitleEnglish", "ThemeSubject", "Keyword", "Category", "Cake", "Service"]
# Not kept, so written empty.
NOT_KEPT = ["Chapter", "UndertakeGov", "Eng_Keyword"]


@pytest.fixture(scope="module")
def corpus_export(gazette_bin, tmp_path_factory):
    """The 48 days imported and built, as tests/test_import.py's fixture does, the build timed."""
    assert DAYS, f"no day files under {CORPUS}"
    folder = tmp_path_factory.mktemp("ey-export-corpus")
    content, output = folder / "content", folder / "site"
    result = run_gazette(gazette_bin, "import", "ey-xml", *DAYS, "--content", content)
    assert "0 not imported" in result.stdout, result.stdout
    run_gazette(gazette_bin, "build", "--content", content, "--templates", REPO / "Templates", "--output", output)
    return content, output


def test_the_corpus_comes_back_field_by_field(corpus_export):
    _, output = corpus_export
    original = {record["MetaId"].strip(): record for day in DAYS for record in records(day)}
    exported = {record["MetaId"]: record for path in export_files(output) for record in records(path)}
    assert len(export_files(output)) == len(DAYS)
    assert sorted(exported) == sorted(original), "every record goes out under its own MetaId"
    fields = corpus_fields()
    exact, as_read = Counter(), Counter()
    for meta_id, source in original.items():
        record = exported[meta_id]
        assert field_order(record) == fields, meta_id
        for name in fields:
            a, b = source[name].strip(), record[name].strip()
            exact[name] += a == b
            compare = SAME_AS_READ.get(name, lambda text: text)
            as_read[name] += compare(READ_FROM.get(name, lambda _: a)(source).strip()) == compare(b)
    total = len(original)
    print(f"\ncorpus: {total} records exported in {len(export_files(output))} files; field: exactly equal / equal as the import reads it")
    for name in fields:
        print(f"  {name:16} {exact[name]:5} / {as_read[name]:5}  ({total - as_read[name]} differ)")
    print(f"  all fields: {sum(exact.values())} of {total * len(fields)} exactly equal, {sum(as_read.values())} as read")
    for name in KEPT:
        assert as_read[name] == total, (name, total - as_read[name])
    for name in NOT_KEPT:
        assert all(not record[name] for record in exported.values()), name
    # The rest is Gazette's own: its page, its HTML and its plain text of the body.
    base = site_base_url(corpus_export[0])
    for record in exported.values():
        assert record["GazetteHTML"].startswith(base)
        assert (output / record["GazetteHTML"][len(base):] / "index.html").is_file(), record["GazetteHTML"]
        assert record["HTMLContent"] and "visually-hidden" not in record["HTMLContent"]
