"""`gazette import ey-xml` end to end, over the 48 real days of the Executive Yuan Gazette's open
data in ../shared/corpora/ey-gazette/ (1,720 records): every record becomes a notice page, every
word of its body reaches the page in order, its data and comparison tables stay tables with their
rows, importing again writes nothing, a new day touches nothing imported before, problems name
the file and the record, hostile HTML never reaches the page, and the imported site passes the
HTML, accessibility, link and feed gates.

The corpus is open data under the 政府資料開放授權條款 (提供機關／行政院公報資訊網); it is read
from ../shared and never copied into the repository. `pytest -s tests/test_import.py` prints the
fidelity distribution; it is also written as JSON under pytest's temporary folder."""
import html
import json
import os
import re
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import machine_readable
from akoma_ntoso import NAMESPACE as AKN_NAMESPACE, akoma_ntoso_files, schema_errors
from built_site import BuiltSite
from conftest import REPO, SHARED, site_base_url
from test_accessibility import AXE_SOURCE, AXE_TAGS, AXE_VERSION, describe_violations, reset
from test_feeds_sitemap import ATOM, atom_problems, feeds
from test_html_valid import describe, nu_check
from tree_snapshot import difference, snapshot

CORPUS = SHARED / "corpora" / "ey-gazette"
DAYS = sorted(CORPUS.glob("*/*/*.xml"))
RECORDS = 1720
ISSUES = 48
GOAL = 0.999
SUMMARY = re.compile(r"imported (\d+) of (\d+) records into (\d+) issues; (\d+) files written, (\d+) not imported, (\d+) warnings")
WHITE = re.compile(r"\s+")  # str patterns: every Unicode space, U+3000 and no-break spaces included

# The comparison rule of docs/import.md: the first two column names pair a new text with the old one.
NEW_TEXT = ("修正", "更正後")
OLD_TEXT = ("現行", "原", "更正前")


# --- The source: records and what their HTMLContent holds --------------------------------------

@dataclass
class SourceTable:
    """A data table of a body (border > 0, not inside another data table), as far as the checks need it."""
    rows: list = field(default_factory=list)  # per <tr>: [[colspan, rowspan, text], ...]

    def width(self):
        return max((sum(cell[0] for cell in row) for row in self.rows), default=0)

    def header(self):
        """The first row, or the second when the first is one cell across the table (a caption)."""
        if not self.rows:
            return []
        if len(self.rows[0]) == 1 and self.rows[0][0][0] >= self.width() and len(self.rows) > 1:
            return self.rows[1]
        return self.rows[0]

    def is_comparison(self):
        header = [WHITE.sub("", cell[2]) for cell in self.header()]
        return len(header) >= 2 and header[0].startswith(NEW_TEXT) and header[1].startswith(OLD_TEXT)

    def has_merged_cells(self):
        return any(cell[0] > 1 or cell[1] > 1 for row in self.rows[1:] for cell in row)


def span(value):
    try:
        return max(1, int(str(value).strip()))
    except ValueError:
        return 1


class SourceBody(HTMLParser):
    """The text nodes of a Word-exported body (markup dropped, script and style skipped, every space
    removed) and its data tables."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.tables = [], []
        self.stack = []  # per open <table>: the SourceTable it counts as, or None (layout, or nested in a data table)
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            border = (values.get("border") or "").strip()
            inside_data = any(entry is not None for entry in self.stack)
            if border.isdigit() and int(border) > 0 and not inside_data:
                table = SourceTable()
                self.tables.append(table)
                self.stack.append(table)
            else:
                self.stack.append(None)
        elif tag == "tr" and self.stack and self.stack[-1] is not None:
            self.stack[-1].rows.append([])
        elif tag in ("td", "th") and self.stack and self.stack[-1] is not None and self.stack[-1].rows:
            self.stack[-1].rows[-1].append([span(values.get("colspan")), span(values.get("rowspan")), ""])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.skip:
            return
        text = WHITE.sub("", data)
        if not text:
            return
        self.nodes.append(text)
        table = next((entry for entry in reversed(self.stack) if entry is not None), None)
        if table is not None and table.rows and table.rows[-1] and len(table.rows) <= 2:
            table.rows[-1][-1][2] += text


@dataclass
class Record:
    day: Path
    meta_id: str
    issue: str
    subtype: str
    agencies: str
    signers: str
    title: str
    html: str

    @property
    def page(self):
        return f"gazette/{self.issue}/ey-{self.meta_id.lower()}/index.html"


def issue_of(day):
    """`v022-063` from the `eg022063` folder of the day's published pages (docs/import.md)."""
    for record in ET.parse(day).getroot().iter("Record"):
        match = re.search(r"/eg(\d{3})(\d{3})/", record.findtext("GazetteHTML") or "")
        if match:
            return f"v{match.group(1)}-{match.group(2)}"
    raise AssertionError(f"{day}: no record names its volume and number")


def source_records():
    records = []
    for day in DAYS:
        issue = issue_of(day)
        for record in ET.parse(day).getroot().iter("Record"):
            text = lambda name: (record.findtext(name) or "").strip()
            records.append(Record(day, text("MetaId"), issue, text("Doc_Style_SName"), text("PubGovName") or text("PubGov"),
                                  text("Officer_name"), text("Title"), record.findtext("HTMLContent") or ""))
    return records


# --- The page: its visible text and its tables ------------------------------------------------

TAG = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
HIDDEN = re.compile(r'<span class="visually-hidden">[^<]*</span>')
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
TABLE_TOKEN = re.compile(r"<(/?)(table|tr|caption)\b([^>]*)>", re.I)


def notice_parts(page_html, where):
    """(the article from its title to its end, the offset of the notice body in it)."""
    match = re.search(r'<article class="notice"[^>]*>', page_html)
    assert match, f"{where}: no <article class=\"notice\">"
    article = page_html[match.end(): page_html.index("</article>", match.end())]
    title = article.find("<h1")
    body = article.find('<div class="notice-body">')
    assert 0 <= title < body, f"{where}: the article has no <h1> before its <div class=\"notice-body\">"
    return article[title:], body - title


def visible(fragment):
    """Text as a reader sees it: tags, scripts and visually hidden labels dropped, entities unescaped, no spaces."""
    return WHITE.sub("", html.unescape(TAG.sub("", HIDDEN.sub("", SCRIPT.sub("", fragment)))))


def page_tables(page_html, where):
    """[(rows, has caption, is comparison)] of the tables of the notice body, in order."""
    article, body = notice_parts(page_html, where)
    tables, depth = [], 0
    for match in TABLE_TOKEN.finditer(article, body):
        closing, tag, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if tag == "table" and not closing:
            depth += 1
            if depth == 1:
                classes = re.search(r'class="([^"]*)"', attributes)
                tables.append([0, False, "comparison" in (classes.group(1).split() if classes else [])])
        elif tag == "table":
            depth -= 1
        elif not closing and depth == 1 and tag == "tr":
            tables[-1][0] += 1
        elif not closing and depth == 1 and tag == "caption":
            tables[-1][1] = True
    return [tuple(table) for table in tables]


# --- Coverage: the share of the source's characters found in the page, in order ---------------

CONTEXT = 30


def bit_masks(page):
    """For each character of the page, the integer whose bit k is set where page[k] is that character."""
    positions = {}
    for k, character in enumerate(page):
        positions.setdefault(character, []).append(k)
    masks = {}
    for character, found in positions.items():
        bits = bytearray(len(page) // 8 + 1)
        for k in found:
            bits[k >> 3] |= 1 << (k & 7)
        masks[character] = int.from_bytes(bits, "little")
    return masks


def coverage(nodes, page, losses=False):
    """(found, total, lost runs): how many of the source's characters the page has in order, i.e.
    the length of the longest common subsequence of the source text (its text nodes joined, without
    spaces) and the page text, against the source's length.

    The LCS is computed exactly with the bit-parallel algorithm (Allison and Dix; Hyyrö): one pass
    over the source, each step a few operations on integers as long as the page is in bits, so
    about |source| x |page| / 64 word operations (a second for the 92,000-character record).
    With losses=True it also lists where it is lost: the source positions at which the prefix's
    LCS does not grow, gathered into runs (position, length)."""
    source = "".join(nodes)
    masks = bit_masks(page)
    everything = (1 << len(page)) - 1
    row = everything
    runs, previous = [], 0
    for t, character in enumerate(source, 1):
        mask = masks.get(character)
        if mask is not None:
            match = row & mask
            row = ((row + match) | (row - match)) & everything
        if losses:
            found = len(page) - row.bit_count()
            if found == previous:
                if runs and runs[-1][0] + runs[-1][1] == t - 1:
                    runs[-1][1] += 1
                else:
                    runs.append([t - 1, 1])
            previous = found
    return len(page) - row.bit_count(), len(source), runs


def describe_losses(nodes, page, runs, limit=5):
    """The first lost runs, each in the source's context, and where the page is at that point."""
    source = "".join(nodes)
    described = []
    for at, count in runs[:limit]:
        before = source[max(0, at - CONTEXT):at]
        entry = {"source_offset": at, "lost": count,
                 "source": before + "⟦" + source[at:at + count][:2 * CONTEXT] + ("…" if count > 2 * CONTEXT else "")
                 + "⟧" + source[at + count:at + count + CONTEXT],
                 "page": "(the text before it is not on the page either)"}
        for size in (12, 6, 3):  # the page after the source's last few characters before the loss
            anchor = page.find(source[max(0, at - size):at]) + min(at, size) if at else 0
            if anchor >= min(at, size):
                entry["page"] = page[max(0, anchor - CONTEXT):anchor] + "⟦⟧" + page[anchor:anchor + CONTEXT]
                break
        described.append(entry)
    return described


def test_the_measure_counts_lost_and_reordered_characters():
    """The fidelity measure itself: the same text scores all, dropped and reordered text less."""
    assert coverage(["第一條", "本辦法依法訂定之。"], "標題第一條本辦法依法訂定之。")[:2] == (12, 12)
    found, total, runs = coverage(["第一條", "本辦法依法訂定", "第二條", "施行日期由主管機關公告。"],
                                  "標題第一條第二條施行日期由主管機關公告。", losses=True)
    assert (found, total) == (18, 25) and runs == [[3, 7]], (found, total, runs)
    assert coverage(["甲乙丙丁戊己", "庚辛壬癸子丑"], "庚辛壬癸子丑甲乙丙丁戊己")[0] == 6
    assert coverage(["公告事項"], "")[:2] == (0, 4)
    assert "⟦本辦法依法訂定之。⟧第二條" in describe_losses(["第一條", "本辦法依法訂定之。", "第二條"], "第一條第二條", [[3, 9]])[0]["source"]


# --- The import and the build, once for the module --------------------------------------------

class Started:
    """A `gazette` run going on in the background (the machine has few cores and each run mostly
    one): result() waits for it and gives a CompletedProcess with its wall seconds."""

    def __init__(self, binary, *arguments):
        self.arguments = [str(binary), *map(str, arguments)]
        self.stdout, self.stderr = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        self.started = time.perf_counter()
        self.process = subprocess.Popen(self.arguments, cwd=REPO, stdout=self.stdout, stderr=self.stderr)
        self.completed = None

    def result(self):
        if self.completed is None:
            code = self.process.wait()
            seconds = time.perf_counter() - self.started
            output = []
            for stream in (self.stdout, self.stderr):
                stream.seek(0)
                output.append(stream.read().decode("utf-8", "replace"))
                stream.close()
            self.completed = subprocess.CompletedProcess(self.arguments, code, *output)
            self.completed.seconds = seconds
        return self.completed

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
        self.result()


def run(binary, *arguments):
    return Started(binary, *arguments).result()


def import_days(binary, content, days):
    return run(binary, "import", "ey-xml", *days, "--content", content)


def summary(result):
    match = SUMMARY.search(result.stdout)
    assert match, f"no summary line in the import's output:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return tuple(int(n) for n in match.groups())


@dataclass
class Imported:
    folder: Path
    content: Path
    output: Path
    records: list
    imported: subprocess.CompletedProcess
    build: Started
    reimport: Started          # the same 48 days again, into the same content
    stamps_before_reimport: dict
    fresh: Started             # the same 48 days into a folder of their own
    first_days: Started        # the first 47 days into another, for the 48th to be added
    check: Started = None

    @property
    def site(self):
        return BuiltSite(self.output, site_base_url(self.content), self.content)


@pytest.fixture(scope="module")
def ey(gazette_bin, tmp_path_factory):
    """All 48 days imported; then, side by side, the build, the same import again, the import into
    a fresh folder and the import of the first 47 days, which the tests below wait for."""
    assert len(DAYS) == ISSUES, f"expected {ISSUES} day files in {CORPUS}, found {len(DAYS)}"
    folder = tmp_path_factory.mktemp("ey-import")
    content, output = folder / "content", folder / "site"
    imported = import_days(gazette_bin, content, DAYS)
    print(f"\nimport of {len(DAYS)} days: {imported.seconds:.1f} s")
    stamps_before = stamps(content)
    started = Imported(
        folder, content, output, source_records(), imported,
        build=Started(gazette_bin, "build", "--content", content, "--templates", REPO / "Templates", "--output", output),
        reimport=Started(gazette_bin, "import", "ey-xml", *DAYS, "--content", content), stamps_before_reimport=stamps_before,
        fresh=Started(gazette_bin, "import", "ey-xml", *DAYS, "--content", folder / "fresh"),
        first_days=Started(gazette_bin, "import", "ey-xml", *DAYS[:-1], "--content", folder / "new-day"))
    yield started
    for run_ in (started.build, started.reimport, started.fresh, started.first_days, started.check):
        if run_ is not None:
            run_.stop()


@pytest.fixture(scope="module")
def built(ey, gazette_bin):
    """The imported site, once the import and the build succeeded; `gazette check` starts on it."""
    assert ey.imported.returncode == 0, ey.imported.stderr[-3000:]
    build = ey.build.result()
    assert build.returncode == 0, f"build failed ({build.returncode}):\n{build.stderr[-3000:]}"
    print(f"\nbuild: done {build.seconds:.1f} s after it started")
    if ey.check is None:
        ey.check = Started(gazette_bin, "check", "--content", ey.content, "--templates", REPO / "Templates", "--output", ey.output)
    return ey


@dataclass
class Analysis:
    results: list          # per record: dict with meta_id, day, coverage, losses, tables
    seconds: float


def analyse(record, output):
    source = SourceBody()
    source.feed(record.html)
    source.close()
    path = output / record.page
    if not path.is_file():
        return {"meta_id": record.meta_id, "page": record.page, "missing_page": True}
    page_html = path.read_text(encoding="utf-8")
    article, body = notice_parts(page_html, record.page)
    text = visible(article)
    matched, total, _ = coverage(source.nodes, text)
    share = matched / total if total else 1.0
    lost = describe_losses(source.nodes, text, coverage(source.nodes, text, losses=True)[2]) if share < GOAL else []
    # The same against the notice body alone: text the body lost that the title or the meta list
    # happen to hold (the date, the document number) counts as lost here. Reported, not asserted.
    in_body = coverage(source.nodes, visible(article[body:]))[0]
    return {"meta_id": record.meta_id, "day": record.day.name, "page": record.page, "subtype": record.subtype,
            "characters": total, "matched": matched, "coverage": share, "losses": lost, "body_matched": in_body,
            "source_tables": [(len(t.rows), t.is_comparison(), t.has_merged_cells()) for t in source.tables],
            "page_tables": page_tables(page_html, record.page), "size": len(page_html),
            "legal": 'class="legal ' in page_html, "article": 'class="article"' in page_html}


@pytest.fixture(scope="module")
def analysis(built):
    """Every record against its page, on every core (the pure-Python LCS is most of the time)."""
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(analyse, built.records, [built.output] * len(built.records), chunksize=8))
    return Analysis(results, time.perf_counter() - started)


# --- 1. Every record becomes a notice ----------------------------------------------------------

def test_every_record_is_imported_as_a_notice(ey):
    assert ey.imported.returncode == 0, f"import failed ({ey.imported.returncode}):\n{ey.imported.stderr[-3000:]}"
    imported, records, issues, written, failed, _ = summary(ey.imported)
    assert (imported, records, issues, failed) == (RECORDS, RECORDS, ISSUES, 0), ey.imported.stdout
    assert len(ey.records) == RECORDS
    expected_issues = {record.issue for record in ey.records}
    assert len(expected_issues) == ISSUES
    assert {p.name for p in (ey.content / "gazette").iterdir()} == expected_issues
    notices = sorted(p.relative_to(ey.content / "gazette").as_posix() for p in (ey.content / "gazette").glob("*/*.md"))
    assert notices == sorted(f"{r.issue}/ey-{r.meta_id.lower()}.md" for r in ey.records)
    assert all((ey.content / "gazette" / issue / "issue.yml").is_file() for issue in expected_issues)
    assert written == RECORDS + ISSUES + 1, "a first import writes every notice, every issue.yml and site.yml"
    for record in ey.records[::97]:
        front = (ey.content / "gazette" / record.issue / f"ey-{record.meta_id.lower()}.md").read_text(encoding="utf-8")
        assert re.search(rf'^source:\n  id: "?{record.meta_id}"?\n  url: "?http', front, re.M), front[:1500]


def test_every_record_has_its_page(built):
    pages = set(built.site.pages)
    expected = {record.page for record in built.records}
    missing = sorted(expected - pages)
    assert not missing, f"{len(missing)} records without a page, e.g. {missing[:5]}"
    notices = {p for p in pages if re.fullmatch(r"gazette/[^/]+/[^/]+/index\.html", p)}
    assert notices == expected, f"pages that are no record: {sorted(notices - expected)[:5]}"
    issues = {p for p in pages if re.fullmatch(r"gazette/[^/]+/index\.html", p)}
    assert len(issues) == ISSUES, sorted(issues)[:5]



def test_every_akoma_ntoso_file_is_valid_and_named_once(built):
    """Issue 16: each record's Akoma Ntoso file and each issue's, valid against the OASIS schema
    (xmllint, many files per run), each with a work IRI of its own."""
    files = akoma_ntoso_files(built.output)
    assert len(files) == RECORDS + ISSUES, f"{len(files)} Akoma Ntoso files for {RECORDS} records and {ISSUES} issues"
    errors = schema_errors(files)
    print(f"\nAkoma Ntoso: {len(files)} files of the EY corpus checked with xmllint, {len(errors)} errors")
    assert not errors, f"{len(errors)} schema errors, e.g.\n" + "\n".join(errors[:20])
    akn = "{" + AKN_NAMESPACE + "}"
    iris = [ET.parse(path).getroot()[0].find(f"{akn}meta/{akn}identification/{akn}FRBRWork/{akn}FRBRuri").get("value")
            for path in files]
    assert len(set(iris)) == len(iris), "two files share a work IRI"


# --- 3. Every word of the body, in order --------------------------------------------------------

def distribution(results):
    scored = [r for r in results if "coverage" in r]
    below = sorted((r for r in scored if r["coverage"] < GOAL), key=lambda r: (r["coverage"], r["meta_id"]))
    return {
        "records": len(results),
        "pages missing": [r["meta_id"] for r in results if r.get("missing_page")],
        "at 100%": sum(r["matched"] == r["characters"] for r in scored),
        "at >= 99.9%": sum(r["coverage"] >= 0.999 for r in scored),
        "at >= 99%": sum(r["coverage"] >= 0.99 for r in scored),
        "below 99%": sum(r["coverage"] < 0.99 for r in scored),
        "source characters": sum(r["characters"] for r in scored),
        "characters found": sum(r["matched"] for r in scored),
        "body alone, at 100%": sum(r["body_matched"] == r["characters"] for r in scored),
        "body alone, below 99.9%": [{"meta_id": r["meta_id"], "page": r["page"], "coverage": round(r["body_matched"] / r["characters"], 6),
                                     "lost": r["characters"] - r["body_matched"]}
                                    for r in sorted(scored, key=lambda r: r["meta_id"]) if r["characters"] and r["body_matched"] / r["characters"] < GOAL],
        "below 99.9%": [{"meta_id": r["meta_id"], "day": r["day"], "page": r["page"], "coverage": round(r["coverage"], 6),
                         "lost": r["characters"] - r["matched"], "of": r["characters"], "losses": r["losses"]}
                        for r in below],
    }


def test_every_word_of_every_body_reaches_its_page_in_order(analysis, tmp_path_factory):
    report = distribution(analysis.results)
    path = tmp_path_factory.getbasetemp() / "ey-fidelity.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    total = report["source characters"] or 1
    print("\n=== EY import fidelity: source characters found on the page, in order ===")
    print(f"records {report['records']}: 100% {report['at 100%']}, >=99.9% {report['at >= 99.9%']}, "
          f">=99% {report['at >= 99%']}, <99% {report['below 99%']}; "
          f"characters {report['characters found']:,} of {report['source characters']:,} ({report['characters found'] / total:.4%}); "
          f"measured in {analysis.seconds:.1f} s")
    for entry in report["below 99.9%"]:
        print(f"  MetaId {entry['meta_id']} ({entry['day']}, {entry['page']}): {entry['coverage']:.4%}, "
              f"{entry['lost']} of {entry['of']} characters lost")
        for loss in entry["losses"][:3]:
            print(f"    at {loss['source_offset']}, {loss['lost']} lost: source …{loss['source']}… page …{loss['page']}…")
    body_below = report["body alone, below 99.9%"]
    print(f"against the notice body alone (title and meta list left out; not asserted): 100% {report['body alone, at 100%']}, "
          f"below 99.9% {len(body_below)}" + (": " + ", ".join(f"{e['meta_id']} {e['coverage']:.2%}" for e in body_below[:20]) if body_below else ""))
    print(f"report: {path}")
    assert not report["pages missing"], f"records without a page: {report['pages missing'][:20]}"
    below = report["below 99.9%"]
    assert not below, (f"{len(below)} records below {GOAL:.1%} (see {path}): "
                       + "; ".join(f"{e['meta_id']} {e['coverage']:.4%}" for e in below[:30]))


# --- 4. Tables ----------------------------------------------------------------------------------

def test_data_and_comparison_tables_keep_their_rows(analysis):
    wrong, tables, comparisons = [], 0, 0
    for r in analysis.results:
        if "coverage" not in r:
            continue
        source, page = r["source_tables"], r["page_tables"]
        tables += len(source)
        comparisons += sum(t[1] for t in source)
        if len(source) != len(page):
            wrong.append(f"MetaId {r['meta_id']} ({r['page']}): {len(source)} data tables in the source, {len(page)} on the page")
            continue
        for number, ((rows, comparison, _), (page_rows, caption, page_comparison)) in enumerate(zip(source, page), 1):
            if rows != page_rows + caption:
                wrong.append(f"MetaId {r['meta_id']} table {number}: {rows} rows in the source, {page_rows} on the page"
                             + (" and a caption" if caption else ""))
            if comparison != page_comparison:
                wrong.append(f"MetaId {r['meta_id']} table {number}: " + ("a comparison table in the source is not "
                             "class=\"comparison\" on the page" if comparison else "class=\"comparison\" on the page, not in the source"))
    print(f"\ntables: {tables} data tables in the source ({comparisons} comparison tables), {len(wrong)} differences")
    for line in wrong[:60]:
        print("  " + line)
    assert tables > 600 and comparisons > 100, "too few tables found: is the source parser reading the bodies?"
    assert not wrong, f"{len(wrong)} table differences:\n" + "\n".join(wrong[:40])


# --- 2. `gazette check` on the build (it runs while the words and tables are compared) -----------

def test_build_and_check_pass(built):
    build = built.build.result()
    assert not re.search(r"\berror\b", build.stderr), build.stderr[-3000:]
    checked = built.check.result()
    print(f"\ngazette check: done {checked.seconds:.1f} s after it started: {checked.stdout.strip()}")
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert re.search(rf"\b1,?720 notices\b", checked.stdout) and "none broken" in checked.stdout, checked.stdout


def machine_view(path):
    """What one page says of itself to machines: the rule's gaps, the vocabulary's problems, the classification."""
    page = machine_readable.describe(path)
    if page.refresh:
        return None
    vocabulary = machine_readable.Vocabulary()
    return {"gaps": machine_readable.rule_problems(page), "blocks": len(page.blocks),
            "problems": [p for block in page.blocks for p in vocabulary.problems(machine_readable.graph_nodes(block), path.name)],
            "codes": {scheme: page.values(element) for scheme, element in
                      (("Category", "Category.Theme"), ("Cake", "Category.Cake"), ("Service", "Category.Service"))}}


def test_every_imported_page_describes_itself_to_machines(built):
    """The national rule's elements and schema.org on all the imported site's pages. The import cannot know the EY's
    agency code, so DC.Identifier is the one gap every page has, which `gazette check` reports once on site.yml; the
    classification codes are the records' own, and a page lacks one exactly where its record has none."""
    pages = [built.output / page for page in built.site.pages]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        views = dict(zip(pages, pool.map(machine_view, pages, chunksize=64)))
    views = {path: view for path, view in views.items() if view is not None}
    print(f"\nmetadata of {len(views)} pages read in {time.perf_counter() - started:.0f} s")
    assert len(views) > 5000
    assert {str(p): v["blocks"] for p, v in views.items() if v["blocks"] != 1} == {}
    assert {str(p): v["problems"] for p, v in views.items() if v["problems"]} == {}
    allowed = {"no DC.Identifier", "no Category.Theme", "no Category.Cake", "no Category.Service"}
    assert {str(p): v["gaps"] for p, v in views.items() if set(v["gaps"]) - allowed} == {}
    assert all("no DC.Identifier" in v["gaps"] for v in views.values())
    codes = {}
    for day in DAYS:
        for record in ET.parse(day).getroot().iter("Record"):
            codes[(record.findtext("MetaId") or "").strip()] = {
                field: [c.strip() for c in (record.findtext(field) or "").split(";") if c.strip()]
                for field in ("Category", "Cake", "Service")}
    for record in built.records:
        view = views[built.output / record.page]
        for field, given in view["codes"].items():
            wanted = list(dict.fromkeys(codes[record.meta_id][field]))
            assert given == wanted, f"{record.page}: {field} {given} != {wanted} (MetaId {record.meta_id})"
    checked = built.check.result()
    identifier = [line for line in checked.stderr.splitlines() if "DC.Identifier" in line]
    assert len(identifier) == 1 and "site.yml:1:1: warning:" in identifier[0] and "'agencyCode" in identifier[0], identifier


# --- 5. Idempotence and determinism -------------------------------------------------------------

def stamps(folder):
    """path -> (bytes, mtime, inode) of every file under folder."""
    found = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            info = path.stat()
            found[path.relative_to(folder).as_posix()] = (path.read_bytes(), info.st_mtime_ns, info.st_ino)
    return found


def touched(before, after):
    return sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))


def test_importing_again_writes_nothing(ey):
    again = ey.reimport.result()
    assert again.returncode == 0, again.stderr[-3000:]
    assert summary(again)[3] == 0, again.stdout
    changed = touched(ey.stamps_before_reimport, stamps(ey.content))
    assert not changed, f"{len(changed)} files rewritten (bytes, modification time or inode) by the same import: {changed[:10]}"


def test_a_fresh_import_is_byte_identical(ey):
    result = ey.fresh.result()
    assert result.returncode == 0, result.stderr[-3000:]
    actual, expected = snapshot(ey.folder / "fresh"), snapshot(ey.content)
    assert actual == expected, difference(actual, expected)


def test_a_new_day_touches_nothing_imported_before(ey, gazette_bin):
    first = ey.first_days.result()
    assert first.returncode == 0, first.stderr[-3000:]
    content = ey.folder / "new-day"
    new_issue = issue_of(DAYS[-1])
    assert not (content / "gazette" / new_issue).exists()
    before = stamps(content)
    time.sleep(0.05)  # a file rewritten now gets a later modification time
    second = import_days(gazette_bin, content, DAYS[-1:])
    assert second.returncode == 0, second.stderr[-3000:]
    after = stamps(content)
    changed = touched(before, after)
    outside = [p for p in changed if not p.startswith(f"gazette/{new_issue}/") and p != "site.yml"]
    assert not outside, f"the new day rewrote files of earlier issues: {outside[:10]}"
    new_files = sorted(p for p in after if p.startswith(f"gazette/{new_issue}/"))
    assert new_files and all(p in changed for p in new_files)
    assert summary(second)[3] == len(changed), (second.stdout, changed)
    for path in new_files:
        assert after[path][0] == (ey.content / path).read_bytes(), f"{path} differs from the one a single import of all days writes"
    if "site.yml" in changed:
        old, new = before["site.yml"][0].decode().splitlines(), after["site.yml"][0].decode().splitlines()
        remaining = iter(new)
        assert all(line in remaining for line in old), "site.yml lost or reordered lines when the new day extended it"
        entries = lambda lines: sum(bool(re.match(r"\s*- slug:", line)) for line in lines)
        assert entries(new) > entries(old), "site.yml was written without gaining entries"


# --- 6. Problems name the file and the record ---------------------------------------------------

def day_file(path, records):
    def value(text):
        assert "]]>" not in text
        return f"<![CDATA[{text}]]>"
    body = "".join("<Record>" + "".join(f"<{k}>{value(v)}</{k}>" for k, v in fields.items()) + "</Record>\r\n" for fields in records)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\r\n<Gazette>\r\n{body}</Gazette>\r\n', encoding="utf-8")
    return path


def real_records(day, count):
    return [{child.tag: child.text or "" for child in record} for record in list(ET.parse(day).getroot().iter("Record"))[:count]]


def test_a_bad_record_is_named_and_the_others_imported(gazette_bin, tmp_path):
    good, bad = real_records(DAYS[-1], 2), real_records(DAYS[-1], 3)[2]
    bad["PubGovName"] = bad["PubGov"] = ""
    path = day_file(tmp_path / DAYS[-1].name, good[:1] + [bad] + good[1:])
    content = tmp_path / "content"
    result = import_days(gazette_bin, content, [path])
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert re.search(rf"^{re.escape(str(path))}: MetaId {bad['MetaId'].strip()}: error: .+", result.stderr, re.M), result.stderr
    assert summary(result)[:3] == (2, 3, 1) and summary(result)[4] == 1, result.stdout
    written = sorted(p.name for p in content.glob("gazette/*/*.md"))
    assert written == sorted(f"ey-{r['MetaId'].strip().lower()}.md" for r in good), written


def test_a_malformed_file_is_named_with_its_line_and_the_others_imported(gazette_bin, tmp_path):
    broken = tmp_path / "105-04-10.xml"
    broken.write_text('<?xml version="1.0" encoding="utf-8"?>\n<Gazette>\n<Record>\n<MetaId><![CDATA[1]]></MetaId>\n</Gazette>\n',
                      encoding="utf-8")
    content = tmp_path / "content"
    result = import_days(gazette_bin, content, [broken, DAYS[0]])
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert re.search(rf"^{re.escape(str(broken))}:\d+:1: error: not well-formed XML", result.stderr, re.M), result.stderr
    records = len(list(ET.parse(DAYS[0]).getroot().iter("Record")))
    imported, total, issues, _, _, _ = summary(result)
    assert (imported, total, issues) == (records, records, 1), result.stdout
    assert len(list(content.glob(f"gazette/{issue_of(DAYS[0])}/*.md"))) == records


# --- 7. Hostile HTML ----------------------------------------------------------------------------

HOSTILE_TITLE = '公告："引號" \'單引號\' 與冒號: 值 #非註解 & <b>非標籤</b>'
HOSTILE_BODY = """<p>主旨：測試惡意內容。</p>
<script>alert(1)</script>
<p><img src=x onerror=alert(2)>圖後文字</p>
<p><a href="javascript:alert(3)">x</a>連結後文字</p>
<p style="background:url(javascript:alert(4))" onclick="alert(5)">樣式段落</p>
<iframe src="https://evil.example/"></iframe>
<p>**粗體** 與 [x](javascript:alert(6)) 與 &lt;b&gt;非粗體&lt;/b&gt;</p>
<p>---</p>
<p>key: value "雙引號" 'single'</p>
<p># 非標題</p>
<p>說明：以上文字應原樣顯示。</p>"""
LITERALS = ["**粗體**", "[x](javascript:alert(6))", "<b>非粗體</b>", "---", 'key:value"雙引號"\'single\'', "#非標題",
            "圖後文字", "x連結後文字", "樣式段落", "說明：以上文字應原樣顯示。"]


class Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.scripts, self.text, self.in_script = [], [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        self.in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        (self.scripts if self.in_script else self.text).append(data)


def hostile_problems(page_html, where):
    """What of the hostile record got through to its page: markup that runs or loads something,
    script text, or Markdown syntax turned into markup; and the literal text that is not shown."""
    problems = []
    markup = Markup()
    markup.feed(page_html)
    markup.close()
    problems += [f"<{tag}> on the page" for tag in sorted({"iframe", "object", "embed", "img"} & set(markup.tags))]
    problems += [f"event handler {tag} {name}={value!r}" for tag, name, value in markup.attributes if name.startswith("on")]
    problems += [f"{tag} {name}={value!r}" for tag, name, value in markup.attributes if re.search(r"javascript:|alert\(", value, re.I)]
    problems += ["a script on the page calls alert(" for script in markup.scripts if "alert(" in script]
    text = WHITE.sub("", "".join(markup.text)).replace("[x](javascript:alert(6))", "")
    problems += [f"{word!r} in the page's text" for word in ("alert(", "javascript:") if word in text]
    article, body = notice_parts(page_html, where)
    body_text = visible(article[body:])
    problems += [f"not shown as text: {literal!r}" for literal in LITERALS if WHITE.sub("", literal) not in body_text]
    problems += [f"<{m.group(1)}> in the body: Markdown or HTML syntax of the source became markup"
                 for m in re.finditer(r"<(strong|em|b|i|hr|h[1-6]|a|code|pre|blockquote)\b", article[body:])]
    title = re.search(r"<h1[^>]*>.*?</h1>", article, re.S)
    if not title or WHITE.sub("", HOSTILE_TITLE) not in visible(title.group(0)):
        problems.append(f"the title is not shown as written: {title.group(0) if title else None}")
    return problems


def test_the_hostile_checks_catch_a_page_that_lets_it_through():
    page = ('<html><body><article class="notice"><h1>公告</h1><div class="notice-body">'
            '<p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><strong>粗體</strong></p>'
            '<script>alert(1)</script></div></article></body></html>')
    problems = " ".join(hostile_problems(page, "canary"))
    for expected in ("<img>", "onerror", "javascript:alert(3)", "alert(", "<strong>", "not shown as text: '**粗體**'", "title"):
        assert expected in problems, (expected, problems)


def test_hostile_html_never_reaches_the_page(gazette_bin, tmp_path):
    record = real_records(DAYS[-1], 1)[0]
    record.update(MetaId="990001", Title=HOSTILE_TITLE, HTMLContent=HOSTILE_BODY, Officer_name="部長 王小明",
                  PubGovName="測試機關", PubGov="測試機關", GazetteId="測字第1050000001號", Keyword="測試")
    path = day_file(tmp_path / "105-04-09.xml", [record])
    content, output = tmp_path / "content", tmp_path / "site"
    result = import_days(gazette_bin, content, [path])
    assert result.returncode == 0, result.stderr
    built = run(gazette_bin, "build", "--content", content, "--templates", REPO / "Templates", "--output", output)
    assert built.returncode == 0, built.stderr
    pages = sorted(output.glob("gazette/*/ey-990001/index.html"))
    assert len(pages) == 1, sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    problems = hostile_problems(pages[0].read_text(encoding="utf-8"), pages[0])
    assert not problems, "\n".join(problems)
    site = BuiltSite(output, site_base_url(content), content)
    assert not {p: atom_problems(site, p) for p in feeds(site) if atom_problems(site, p)}


# --- 8. Gates on the imported site --------------------------------------------------------------

def notice_pages_to_validate(built, analysis):
    """Every imported notice page: the Nu checker takes about 20 s for all 1,720 here."""
    return [built.output / r["page"] for r in analysis.results if "coverage" in r]


def test_imported_notice_pages_are_valid_html(built, analysis):
    files = notice_pages_to_validate(built, analysis)
    started = time.perf_counter()
    code, messages = nu_check(files)
    print(f"\nNu HTML checker: {len(files)} imported notice pages, {len(messages)} errors, {time.perf_counter() - started:.0f} s")
    assert len(files) >= 200
    assert code == 0 and not messages, describe(messages)


AXE_PAGE_LIMIT = 120_000  # axe-core takes over a minute on the 300 KB rosters; it checks each construct on a smaller page


def axe_sample(built, analysis):
    """About ten pages: one per construct of real bodies (the median-sized page under
    AXE_PAGE_LIMIT bytes that carries it), the largest issue page and the home page."""
    scored = [r for r in analysis.results if "coverage" in r]
    records = {r.meta_id: r for r in built.records}
    constructs = {
        "data table": lambda r: any(not t[1] for t in r["source_tables"]),
        "comparison table": lambda r: any(t[1] for t in r["source_tables"]),
        "merged-cell form": lambda r: any(t[2] and not t[1] for t in r["source_tables"]),
        "legal numbering": lambda r: r["legal"],
        "articles": lambda r: r["article"],
        "公示送達 roster": lambda r: r["subtype"] == "公示送達" and r["source_tables"],
        "table with a caption": lambda r: any(caption for _, caption, _ in r["page_tables"]),
        "joint order": lambda r: ";" in records[r["meta_id"]].agencies or ";" in records[r["meta_id"]].signers,
    }
    chosen = {}
    for name, test in constructs.items():
        carrying = sorted((r for r in scored if test(r) and r["size"] <= AXE_PAGE_LIMIT), key=lambda r: (r["size"], r["meta_id"]))
        assert carrying, f"no imported notice carries a {name}"
        chosen[name] = carrying[len(carrying) // 2]["page"]
    issues = [p for p in built.site.pages if re.fullmatch(r"gazette/[^/]+/index\.html", p)]
    chosen["largest issue"] = max(issues, key=lambda p: ((built.output / p).stat().st_size, p))
    chosen["home"] = "index.html"
    return chosen


def test_imported_pages_pass_axe(built, analysis, browser, serve):
    site = built.site
    base = serve(site)
    failures, rules, seconds = [], set(), []
    chosen = axe_sample(built, analysis)
    started = time.perf_counter()
    try:
        for name, page in chosen.items():
            seconds.append(time.perf_counter())
            reset(browser)
            browser.get(base + site.url_path(page))
            browser.execute_script(AXE_SOURCE)
            result = browser.execute_script("return axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})", AXE_TAGS)
            assert result["passes"], f"axe checked nothing on {page}"
            rules.update(r["id"] for r in result["passes"])
            if result["violations"]:
                failures.append(f"{name} ({page}):\n{describe_violations(result['violations'])}")
    finally:
        reset(browser)
    print(f"\naxe-core {AXE_VERSION}: {len(chosen)} imported pages ({', '.join(f'{k}: {v}' for k, v in chosen.items())}), "
          f"{len(rules)} rules passed, {len(failures)} with violations, {time.perf_counter() - started:.0f} s "
          f"(slowest page {max(b - a for a, b in zip(seconds, seconds[1:] + [time.perf_counter()])):.1f} s)")
    assert not failures, "\n".join(failures)


def test_imported_feeds_conform_to_rfc_4287(built):
    site = built.site
    found = feeds(site)
    assert "feed.xml" in found, "the imported site has no main feed"
    problems = {path: atom_problems(site, path) for path in found}
    entries = sum(len(ET.parse(site.root / path).getroot().findall(ATOM + "entry")) for path in found)
    print(f"\nAtom: {len(found)} feeds, {entries} entries of the imported site")
    assert entries > 0
    assert not any(problems.values()), {path: p[:5] for path, p in problems.items() if p}
