"""The OpenDocument files of the sample site, checked with the tools that define and read them:
the ZIP package rules on the archive bytes, the OASIS RELAX NG schemas (jing) for every part,
the PDFs Gazette converts from them with LibreOffice (read back with pdftotext; tests/test_pdf.py
checks the PDFs themselves) and LibreOffice recalculating the plan's spreadsheet to CSV. Every
tool is required: a missing one fails the suite."""
import csv
import html
import os
import re
import shutil
import struct
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO.parent / "shared" / "odf-schema"
MEDIA_TYPES = {
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".pdf": "application/pdf",
}
NOTICE = "gazette/110-spring-001/venue-rules-amendment"
ISSUE = "gazette/110-spring-001"
PLAN = "plans/110/a01"


def tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: run scripts/install-test-deps", pytrace=False)
    return path


def run(arguments, **options):
    result = subprocess.run(arguments, capture_output=True, text=True, **options)
    assert result.returncode == 0, f"{' '.join(map(str, arguments))} failed:\n{result.stdout}\n{result.stderr}"
    return result


def squeeze(text):
    """Text without whitespace: pdftotext puts spaces between Chinese and Latin or digits."""
    return re.sub(r"\s+", "", text)


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


@pytest.fixture(scope="module")
def documents(sample_site):
    found = sorted(path for path in sample_site.root.rglob("*") if path.suffix in MEDIA_TYPES and path.suffix != ".pdf")
    assert found, "the sample site has no OpenDocument files"
    return found


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """soffice with a private profile for this run, set to recalculate formulas when a file is
    loaded (by default LibreOffice trusts the values cached in the file)."""
    binary = tool("soffice")
    profile = tmp_path_factory.mktemp("libreoffice-profile")
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
        encoding="utf-8")

    def convert(target, files, outdir):
        outdir.mkdir(parents=True, exist_ok=True)
        run([binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
             "--outdir", str(outdir), *map(str, files)], timeout=300)

    return convert


# The package, on the archive bytes


def test_every_notice_issue_and_plan_has_its_documents(sample_site):
    root = sample_site.root
    issues = [path.parent for path in (REPO / "Content" / "gazette").glob("*/issue.yml")]
    notices = [path for issue in issues for path in issue.glob("*.md") if not front_matter(path).get("draft")]
    assert len(issues) == 4 and len(notices) >= 20
    for issue in issues:
        assert (root / "gazette" / issue.name / f"{issue.name}.odt").is_file(), f"issue {issue.name} has no document"
    for notice in notices:
        folder = root / "gazette" / notice.parent.name / notice.stem
        assert (folder / f"{notice.stem}.odt").is_file(), f"notice {notice} has no document"
    assert (root / PLAN / "a01-110.odt").is_file() and (root / PLAN / "a01-110-budget.ods").is_file()


def test_the_mimetype_entry_comes_first_stored_and_without_extra_field(documents):
    for path in documents:
        raw = path.read_bytes()
        signature, _, _, method, _, _, _, compressed, size, name_length, extra_length = struct.unpack("<IHHHHHIIIHH", raw[:30])
        assert signature == 0x04034B50, f"{path}: not a ZIP local file header"
        name = raw[30:30 + name_length]
        assert name == b"mimetype", f"{path}: first entry is {name!r}"
        assert method == 0, f"{path}: mimetype is compressed (method {method})"
        assert extra_length == 0, f"{path}: mimetype has an extra field"
        content = raw[30 + name_length:30 + name_length + size]
        assert compressed == size and content == MEDIA_TYPES[path.suffix].encode(), f"{path}: mimetype is {content!r}"


def test_the_manifest_lists_every_part(documents):
    manifest_entry = re.compile(r'<manifest:file-entry manifest:full-path="([^"]*)"[^>]*manifest:media-type="([^"]*)"')
    for path in documents:
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None, f"{path}: a CRC does not match"
            names = set(archive.namelist())
            listed = dict(manifest_entry.findall(archive.read("META-INF/manifest.xml").decode("utf-8")))
        assert listed.pop("/") == MEDIA_TYPES[path.suffix]
        assert set(listed) == names - {"mimetype", "META-INF/manifest.xml"}, f"{path}: manifest {listed} but archive {names}"
        assert {"content.xml", "styles.xml", "meta.xml"} <= set(listed)


# The schemas


def version_of(xml):
    match = re.search(r'office:version="([^"]+)"', xml)
    assert match, "a part declares no office:version"
    return match.group(1)


def schema(version, kind=""):
    names = {("1.2", ""): "OpenDocument-v1.2-os-schema.rng", ("1.2", "manifest"): "OpenDocument-v1.2-os-manifest-schema.rng",
             ("1.3", ""): "OpenDocument-v1.3-schema.rng", ("1.3", "manifest"): "OpenDocument-v1.3-manifest-schema.rng"}
    assert (version, kind) in names, f"no schema for ODF {version}"
    path = SCHEMAS / names[(version, kind)]
    if not path.is_file():
        pytest.fail(f"{path} is missing: the ODF schemas live in shared/odf-schema beside the repository", pytrace=False)
    return path


def jing(schema_path, files):
    """jing's complaints, without its warnings about optional Java libraries."""
    result = subprocess.run([tool("jing"), "-i", str(schema_path), *map(str, files)], capture_output=True, text=True)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if line and not line.startswith("[warning]")]
    return result.returncode, problems


@pytest.fixture(scope="module")
def unpacked(documents, tmp_path_factory):
    """Every document unpacked, with the ODF version its parts declare (one, the same in all)."""
    root = tmp_path_factory.mktemp("unpacked")
    result = []
    for number, path in enumerate(documents):
        folder = root / f"{number}-{path.stem}"
        with zipfile.ZipFile(path) as archive:
            archive.extractall(folder)
        versions = {version_of((folder / part).read_text(encoding="utf-8")) for part in ["content.xml", "styles.xml", "meta.xml"]}
        manifest = (folder / "META-INF" / "manifest.xml").read_text(encoding="utf-8")
        versions.add(re.search(r'manifest:version="([^"]+)"', manifest).group(1))
        assert len(versions) == 1, f"{path} declares several ODF versions: {versions}"
        result.append((path, folder, versions.pop()))
    return result


def test_every_part_validates_against_the_schema_of_its_version(unpacked):
    by_version = {}
    for _, folder, version in unpacked:
        by_version.setdefault(version, []).extend(folder / part for part in ["content.xml", "styles.xml", "meta.xml"])
    for version, files in by_version.items():
        code, problems = jing(schema(version), files)
        assert code == 0 and not problems, "\n".join(problems)


def test_every_manifest_validates_against_the_manifest_schema(unpacked):
    by_version = {}
    for _, folder, version in unpacked:
        by_version.setdefault(version, []).append(folder / "META-INF" / "manifest.xml")
    for version, files in by_version.items():
        code, problems = jing(schema(version, "manifest"), files)
        assert code == 0 and not problems, "\n".join(problems)


def test_the_schema_check_rejects_a_broken_document(unpacked, tmp_path):
    _, folder, version = unpacked[0]
    broken = tmp_path / "content.xml"
    broken.write_text((folder / "content.xml").read_text(encoding="utf-8").replace("<office:text>", "<office:text><text:bogus/>", 1),
                      encoding="utf-8")
    code, problems = jing(schema(version), [broken])
    assert code != 0 and any("bogus" in line for line in problems)


# What the documents say


def test_metadata_comes_from_the_content(sample_site):
    notice = front_matter(REPO / "Content" / "gazette" / "110-spring-001" / "venue-rules-amendment.md")
    with zipfile.ZipFile(sample_site.root / NOTICE / "venue-rules-amendment.odt") as archive:
        meta = archive.read("meta.xml").decode("utf-8")
        dates = {info.date_time[:3] for info in archive.infolist()}
    assert f"<dc:title>{html.escape(notice['title'], quote=False)}</dc:title>" in meta
    assert "<dc:language>zh-TW</dc:language>" in meta and "<meta:generator>Gazette</meta:generator>" in meta
    assert f"<meta:creation-date>{notice['date']}T00:00:00</meta:creation-date>" in meta
    assert dates == {(notice["date"].year, notice["date"].month, notice["date"].day)}, "entry dates are the notice's date"


def test_the_same_content_gives_the_same_bytes(sample_site, gazette_bin, tmp_path):
    again = tmp_path / "again"
    run([str(gazette_bin), "build", "--content", "Content", "--templates", "Templates", "--output", str(again)],
        cwd=REPO, env={**os.environ, "TZ": "America/New_York"})
    # The PDFs too: LibreOffice's conversion time is pinned to the document's date (docs/pdf.md).
    first = {path.relative_to(sample_site.root): path.read_bytes() for pattern in ["*.od?", "*.pdf"]
             for path in sample_site.root.rglob(pattern)}
    second = {path.relative_to(again): path.read_bytes() for pattern in ["*.od?", "*.pdf"] for path in again.rglob(pattern)}
    assert first.keys() == second.keys() and any(name.suffix == ".pdf" for name in first)
    assert [name for name in first if first[name] != second[name]] == []


class DocumentLinks(HTMLParser):
    """The links of a page's 文件下載 section, with their type and the size shown beside them."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.links = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "section" and values.get("class") == "documents":
            self.inside = True
        elif tag == "a" and self.inside:
            self.links.append([values["href"], values.get("type"), ""])

    def handle_endtag(self, tag):
        if tag == "section":
            self.inside = False

    def handle_data(self, data):
        if self.inside and self.links:
            self.links[-1][2] += data


def byte_size(count):
    """ByteSize.format, as the pages show sizes."""
    if count < 1024:
        return f"{count} 位元組"
    value, unit = count / 1024, 0
    while value >= 1024 and unit < 2:
        value, unit = value / 1024, unit + 1
    tenths = round(value * 10)
    return f"{tenths // 10}.{tenths % 10} {['KB', 'MB', 'GB'][unit]}"


@pytest.mark.parametrize("page,files", [
    (NOTICE, ["venue-rules-amendment.odt", "venue-rules-amendment.pdf"]),
    (ISSUE, ["110-spring-001.odt", "110-spring-001.pdf"]),
    (PLAN, ["a01-110-budget.ods", "a01-110.odt", "a01-110.pdf"]),
])
def test_pages_link_their_documents_with_type_and_size(sample_site, page, files):
    parser = DocumentLinks()
    parser.feed((sample_site.root / page / "index.html").read_text(encoding="utf-8"))
    # The XML beside them is checked where it is made: Akoma Ntoso in tests/test_akoma_ntoso.py, the EY
    # exchange file in tests/test_ey_export.py.
    links = [link for link in parser.links if not link[0].endswith(".xml")]
    assert [link[0] for link in links] == [f"/{page}/{name}" for name in files]
    for href, media_type, text in links:
        path = sample_site.root / href.lstrip("/")
        assert media_type == MEDIA_TYPES[path.suffix]
        assert f"（{path.suffix[1:].upper()}，{byte_size(path.stat().st_size)}）" in text


# LibreOffice reads them


@pytest.fixture(scope="module")
def pdf_text(sample_site):
    """The text of the PDFs Gazette made beside the documents (the sample site has pdf: true)."""
    texts = {}
    for source in [sample_site.root / NOTICE / "venue-rules-amendment.odt", sample_site.root / ISSUE / "110-spring-001.odt",
                   sample_site.root / PLAN / "a01-110.odt"]:
        pdf = source.with_suffix(".pdf")
        assert pdf.is_file(), f"Gazette made no PDF of {source}"
        texts[source.stem] = squeeze(run([tool("pdftotext"), str(pdf), "-"]).stdout)
    return texts


def test_a_notice_converts_with_its_title_and_metadata(pdf_text):
    text = pdf_text["venue-rules-amendment"]
    for expected in ["修正「高雄市政府行政中心場地使用管理規則」", "發文字號：高市府行國事字第10931852700號",
                     "發文日期：中華民國109年12月28日", "發文機關：行政暨國際處", "類別：法規", "第十條"]:
        assert squeeze(expected) in text, expected


def test_an_issue_converts_with_cover_contents_and_every_notice(pdf_text):
    text = pdf_text["110-spring-001"]
    issue = yaml.safe_load((REPO / "Content" / ISSUE / "issue.yml").read_text(encoding="utf-8"))
    assert "110年春字第1期" in text and "中華民國110年1月6日出刊" in text and "目錄" in text
    notices = [front_matter(path) for path in (REPO / "Content" / ISSUE).glob("*.md") if not front_matter(path).get("draft")]
    assert issue["title"] == "110年春字第1期" and len(notices) == 5
    for notice in notices:
        assert text.count(squeeze(notice["title"])) >= 2, f"{notice['title']} is not both in the contents and in the body"
        assert squeeze(notice["number"]) in text


def test_a_plan_converts_with_its_summary_and_figures(pdf_text):
    text = pdf_text["a01-110"]
    plan = yaml.safe_load((REPO / "Content" / PLAN / "plan.yml").read_text(encoding="utf-8"))
    first_point = (REPO / "Content" / PLAN / "summary.md").read_text(encoding="utf-8").splitlines()[0][3:]
    assert squeeze(plan["title"]) in text and squeeze(plan["title"] + "提要") in text
    assert "一、" + squeeze(first_point) in text
    assert "合計" in text and plan["crosswalk"]["total"] in text
    for item in plan["programs"] + plan["crosswalk"]["items"]:
        if "amount" in item:
            assert item["amount"] in text, f"{item['name']}: {item['amount']} is not in the PDF"


def test_the_spreadsheet_totals_are_formulas_that_recalculate_to_the_published_figures(sample_site, office, tmp_path):
    source = sample_site.root / PLAN / "a01-110-budget.ods"
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    content = parts["content.xml"].decode("utf-8")
    formulas = re.findall(r'table:formula="of:=SUM\([^"]+\)" office:value-type="float" office:value="(\d+)"', content)
    assert len(formulas) >= 3, "the totals are not formulas"
    assert re.search(r'office:value-type="float" office:value="26767"', content), "amounts are not numbers"
    # Forget the cached results, so that the figures LibreOffice shows are the ones it computes.
    stale = re.sub(r'(table:formula="[^"]+" office:value-type="float" office:value=")\d+("><text:p>)[^<]*', r"\g<1>0\g<2>0", content)
    assert stale != content
    blank = tmp_path / "a01-110-budget.ods"
    with zipfile.ZipFile(blank, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        parts["content.xml"] = stale.encode("utf-8")
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    office("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", [blank], tmp_path / "csv")

    plan = yaml.safe_load((REPO / "Content" / PLAN / "plan.yml").read_text(encoding="utf-8"))
    unit = plan["unit"]
    crosswalk = list(csv.reader((tmp_path / "csv" / "a01-110-budget-施政計畫與預算配合對照表.csv").open(encoding="utf-8")))
    programs = list(csv.reader((tmp_path / "csv" / "a01-110-budget-施政計畫.csv").open(encoding="utf-8")))
    assert f"（單位：{unit}）" in crosswalk[0][2] and f"（單位：{unit}）" in programs[0][4]

    def number(text):
        return int(text.replace(",", "")) if text else None

    assert crosswalk[-1][0] == "合計" and number(crosswalk[-1][2]) == number(plan["crosswalk"]["total"])
    items = plan["crosswalk"]["items"]
    rows = [item for item in items if "." in item["code"] or "amount" in item or "notes" in item
            or not any(other["code"].startswith(item["code"] + ".") for other in items)]
    assert [number(row[2]) for row in crosswalk[1:-1]] == [number(item.get("amount", "")) for item in rows]
    shown = {row[0]: number(row[4]) for row in programs[1:] if row[0]}
    assert shown == {item["code"]: number(item.get("amount", "")) for item in plan["programs"]}


# A long comparison table and a data table, printed by LibreOffice


COLUMNS = ["修正條文", "現行條文", "說明"]
ROWS = 30
LONG_ROW = 10
FEES = [["攤位類別", "面積（平方公尺）", "月使用費（元）"], ["生鮮攤", "6", "3,600"], ["熟食攤", "4.5", "2,700"],
        ["雜貨攤", "3", "1,500"]]


def comparison_cells(row):
    """One row's cells, each a list of paragraphs short enough for one line of a column, so that
    a page break falls between them and each is found in the PDF whole; none holds a column's
    name. Row LONG_ROW is longer than a page, so LibreOffice must split it; row 5 adds an
    article, so its current cell is empty."""
    lines = 70 if row == LONG_ROW else 6
    amended = [f"列{row}欄1句{k}：修正文字。" for k in range(1, lines + 1)]
    current = [] if row == 5 else [f"列{row}欄2句{k}：現有文字。" for k in range(1, lines + 1)]
    reasons = [f"{number}、列{row}欄3句{k}：調整。" for k, number in enumerate("一二三", start=1)]
    return [amended, current, reasons]


def comparison_block():
    lines = ["```comparison", "caption: 高雄市公有零售市場管理自治條例部分修正草案對照表", "columns: " + " | ".join(COLUMNS)]
    for row in range(1, ROWS + 1):
        if row in (1, 16):
            lines += ["---", f"# 第{'一' if row == 1 else '二'}章　章名{row}"]
        lines.append("---")
        for index, cell in enumerate(comparison_cells(row)):
            if index:
                lines.append("|")
            for paragraph in cell:
                lines += [paragraph, ""]
    return "\n".join(lines + ["```"])


def pipe_table():
    rows = ["Table: 攤位使用費基準表", "| " + " | ".join(FEES[0]) + " |", "|---|--:|--:|"]
    return "\n".join(rows + ["| " + " | ".join(row) + " |" for row in FEES[1:]])


@pytest.fixture(scope="module")
def long_tables(gazette_bin, tmp_path_factory):
    """A site of one joint notice whose body holds a data table and a 30-row comparison table,
    built with its PDF, its document unpacked for the schema: (odt, folder, pdf)."""
    root = tmp_path_factory.mktemp("long-tables")
    content = root / "content"
    issue = content / "gazette" / "110-spring-001"
    issue.mkdir(parents=True)
    (content / "site.yml").write_text(
        "title: 高雄市政府電子公報\nbaseURL: https://gazette.example.gov.tw/\nlanguage: zh-Hant-TW\npdf: true\n"
        "categories:\n  - slug: regulations\n    name: 法規\n"
        "agencies:\n  - slug: a01\n    name: 經濟發展局\n  - slug: a02\n    name: 法制局\n", encoding="utf-8")
    (issue / "issue.yml").write_text("title: 110年春字第1期\ndate: 2021-01-06\n", encoding="utf-8")
    (issue / "market-rules.md").write_text(
        '---\ntitle: "修正「高雄市公有零售市場管理自治條例」部分條文"\ncategory: regulations\nagency: [a01, a02]\n'
        'number: ["高市經發市字第11030000100號", "高市法規字第11030000200號"]\ndate: 2021-01-05\n'
        "signers:\n  - title: 局　　長\n    name: 王大同\n  - title: 局　　長\n    name: 李小明\n"
        "delegation: 依分層負責規定授權單位主管決行\n---\n\n"
        f"## 主旨\n\n修正本自治條例部分條文。\n\n{pipe_table()}\n\n## 對照表\n\n{comparison_block()}\n", encoding="utf-8")
    output = root / "site"
    run([str(gazette_bin), "build", "--content", str(content), "--templates", "Templates", "--output", str(output)], cwd=REPO)
    odt = output / "gazette" / "110-spring-001" / "market-rules" / "market-rules.odt"
    assert odt.is_file(), "the notice has no document"
    folder = root / "unpacked"
    with zipfile.ZipFile(odt) as archive:
        archive.extractall(folder)
    pdf = odt.with_suffix(".pdf")
    assert pdf.is_file(), "Gazette made no PDF of the notice"
    return odt, folder, pdf


def pdf_pages(pdf):
    """Each page's text, squeezed. In layout mode pdftotext keeps each printed line whole; its
    reading order would split a row across columns (第一章 | 章名) and join cells' lines."""
    count = int(re.search(r"^Pages:\s+(\d+)", run([tool("pdfinfo"), str(pdf)]).stdout, re.M).group(1))
    return [squeeze(run([tool("pdftotext"), "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"]).stdout)
            for page in range(1, count + 1)]


def test_a_document_with_long_tables_validates_against_the_schema(long_tables):
    _, folder, _ = long_tables
    content = (folder / "content.xml").read_text(encoding="utf-8")
    assert content.count("<table:table-header-rows>") == 2, "both tables have a header row"
    assert 'table:number-columns-spanned="3"' in content, "heading rows span the comparison's columns"
    code, problems = jing(schema(version_of(content)), [folder / part for part in ["content.xml", "styles.xml", "meta.xml"]])
    assert code == 0 and not problems, "\n".join(problems)


def test_the_comparison_header_row_repeats_on_every_page_with_its_rows(long_tables):
    pages = pdf_pages(long_tables[2])
    row_mark = re.compile(r"列\d+欄\d+句\d+")
    with_rows = [number for number, text in enumerate(pages, start=1) if row_mark.search(text)]
    assert len(with_rows) >= 4, f"the comparison table fills only pages {with_rows} of {len(pages)}"
    for number in with_rows:
        missing = [name for name in COLUMNS if name not in pages[number - 1]]
        assert not missing, f"page {number} carries table rows but not the header {missing}"
    # The row longer than a page is split, not pushed whole to a page of its own and cut off.
    pages_of_long_row = [number for number, text in enumerate(pages, start=1) if f"列{LONG_ROW}欄1句" in text]
    assert len(pages_of_long_row) >= 2, f"row {LONG_ROW} is on pages {pages_of_long_row}"


def test_every_cell_of_both_tables_is_printed(long_tables):
    text = "".join(pdf_pages(long_tables[2]))
    expected = ["高雄市公有零售市場管理自治條例部分修正草案對照表", "第一章章名1", "第二章章名16", "攤位使用費基準表"]
    expected += [cell for row in FEES for cell in row]
    expected += [paragraph for row in range(1, ROWS + 1) for cell in comparison_cells(row) for paragraph in cell]
    missing = [cell for cell in expected if squeeze(cell) not in text]
    assert not missing, f"{len(missing)} of {len(expected)} cell texts are not in the PDF, e.g. {missing[:5]}"


def test_a_joint_notice_lists_every_number_agency_and_signer(long_tables):
    text = "".join(pdf_pages(long_tables[2]))
    for expected in ["發文字號：高市經發市字第11030000100號、高市法規字第11030000200號", "發文機關：經濟發展局、法制局",
                     "局　　長　王大同", "局　　長　李小明", "依分層負責規定授權單位主管決行"]:
        assert squeeze(expected) in text, expected
