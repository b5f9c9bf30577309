"""The PDFs Gazette makes beside its ODF documents (`pdf: true`, on in the sample site), read with
poppler's tools and qpdf: every font embedded and every Chinese face Taiwan's, the titles,
numbers and table cells in the text, the PDF/A identification, title and language, one outline
entry per notice, page numbers in an issue's contents, a sound structure after pinning; and
what a build does when LibreOffice is missing, fails or hangs."""
import os
import re
import shutil
import stat
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

REPO = Path(__file__).resolve().parent.parent
# Latin faces LibreOffice embeds beside the Chinese ones: Liberation for letters and digits,
# OpenSymbol for list bullets. Any other face must be one of Taiwan's CNS 11643 fonts.
LATIN_FACES = re.compile(r"^(LiberationSerif|LiberationSans|LiberationMono|OpenSymbol)(-|$)")
TAIWAN_FACES = re.compile(r"^TW-(Sung|Kai)(-Ext-B|-Plus)?-98_1$")


def tool(name):
    path = shutil.which(name)
    assert path, f"{name} is not installed; run ./scripts/install-test-deps"
    return path


def run(arguments, **options):
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=300, **options)
    assert result.returncode == 0, f"{' '.join(map(str, arguments))} failed ({result.returncode}):\n{result.stderr}"
    return result


def squeeze(text):
    """Text without whitespace: pdftotext puts spaces between Chinese and Latin or digits."""
    return re.sub(r"\s+", "", text)


def gazette_pdfs(root):
    """The PDFs Gazette converted: those beside an .odt of the same name (not attachments)."""
    return sorted(path for path in root.rglob("*.pdf") if path.with_suffix(".odt").is_file())


def odf_meta(odt):
    with zipfile.ZipFile(odt) as archive:
        return ElementTree.fromstring(archive.read("meta.xml"))


DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def pdfs(sample_site):
    found = gazette_pdfs(sample_site.root)
    odts = sorted(sample_site.root.rglob("*.odt"))
    assert found and len(found) == len(odts), f"{len(found)} PDFs for {len(odts)} text documents"
    return found


def test_every_font_is_embedded_and_every_chinese_face_is_taiwans(pdfs):
    problems = []
    for pdf in pdfs:
        lines = run([tool("pdffonts"), str(pdf)]).stdout.splitlines()[2:]
        assert lines, f"{pdf} lists no fonts"
        for line in lines:
            name = line.split()[0].split("+", 1)[-1]
            embedded = line[-23:].split()[0]
            if embedded != "yes":
                problems.append(f"{pdf.name}: {name} is not embedded")
            if not LATIN_FACES.match(name) and not TAIWAN_FACES.match(name):
                problems.append(f"{pdf.name}: {name} is not a Traditional Chinese (Taiwan) face")
    assert not problems, "\n".join(problems)


def embedded_faces(pdf):
    return {line.split()[0].split("+", 1)[-1] for line in run([tool("pdffonts"), str(pdf)]).stdout.splitlines()[2:]}


def test_symbols_set_in_the_latin_face_fall_back_on_taiwans_faces(gazette_bin, tmp_path):
    """℃ ※ ≦ ‧ ﹝ are in a paragraph's Latin run for LibreOffice; Liberation lacks them, and
    fontconfig's pick was Noto CJK, which embeds as Japanese (47 of the EY corpus's 1,768 PDFs)."""
    content = small_site(tmp_path)
    symbols = "℃※≦≧‧﹝﹞﹒★℉"
    (content / "gazette" / "110-spring-001" / "first.md").write_text(
        "---\ntitle: 第一則※\ncategory: orders\nagency: a01\nnumber: 高市法字第1號\ndate: 2021-01-05\n---\n\n"
        f"室溫達攝氏30℃時※注意；濃度≦50﹝含﹞‧★ {symbols}\n", encoding="utf-8")
    output = tmp_path / "site"
    result = build(gazette_bin, content, output)
    assert result.returncode == 0, result.stderr
    for pdf in gazette_pdfs(output):
        faces = embedded_faces(pdf)
        assert all(LATIN_FACES.match(face) or TAIWAN_FACES.match(face) for face in faces), f"{pdf.name}: {sorted(faces)}"
        text = run([tool("pdftotext"), str(pdf), "-"]).stdout
        assert all(symbol in text for symbol in symbols), f"{pdf.name} lost symbols: {text}"


def test_the_structure_is_sound_after_pinning(pdfs):
    for pdf in pdfs:
        result = subprocess.run([tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
        assert result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout, f"{pdf}:\n{result.stdout}{result.stderr}"
        info = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True)
        assert info.returncode == 0 and info.stderr == "", f"poppler complains about {pdf}: {info.stderr}"


def test_pdfa_identification_title_language_and_date_come_from_the_document(pdfs):
    for pdf in pdfs:
        meta = odf_meta(pdf.with_suffix(".odt"))
        title = meta.find(f".//{DC}title").text
        language = meta.find(f".//{DC}language").text
        date = meta.find(".//{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}creation-date").text[:10]
        info = run([tool("pdfinfo"), str(pdf)]).stdout
        assert re.search(rf"^Title:\s+{re.escape(title)}$", info, re.M), f"{pdf}: the title is not {title}"
        assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{pdf} is not tagged"
        xmp = ElementTree.fromstring(run([tool("pdfinfo"), "-meta", str(pdf)]).stdout.strip())
        texts = {element.tag.split("}")[1]: (element.text or "").strip() for element in xmp.iter()}
        assert texts["part"] == "2" and texts["conformance"] == "B", f"{pdf} is not identified as PDF/A-2b"
        first_item = {element.tag: element.find(".//{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li").text
                      for element in xmp.iter() if element.tag in (f"{DC}title", f"{DC}language")}
        assert first_item.get(f"{DC}title") == title, f"{pdf}: dc:title is not {title}"
        language_items = [first_item.get(f"{DC}language")]
        assert language_items == [language], f"{pdf}: dc:language is {language_items}, not {language}"
        assert texts["CreateDate"] == f"{date}T00:00:00Z", f"{pdf} is not dated as its document"
        assert f"/Lang({language})".encode() in pdf.read_bytes(), f"{pdf}: the catalog does not give the language"


class Page(HTMLParser):
    """A notice page's title and the text of every table cell in its body, without the words
    only screen readers hear (［刪除］ before a deletion, which print shows struck through)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.cells, self.stack, self.cell, self.hidden = "", [], [], None, 0

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if self.hidden or dict(attrs).get("class") == "visually-hidden":
            self.hidden += 1
        if tag in ("td", "th") and "main" in self.stack:
            self.cell = ""

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden -= 1
        if tag in ("td", "th") and self.cell is not None:
            self.cells.append(self.cell)
            self.cell = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "h1":
            self.title += data
        if self.cell is not None and not self.hidden:
            self.cell += data


def notice_folders(root):
    return sorted(pdf.parent for pdf in gazette_pdfs(root / "gazette") if pdf.parent.parent.name != "gazette")


def test_every_notice_pdf_has_its_title_numbers_and_every_table_cell(sample_site, pdfs):
    checked_cells = 0
    for folder in notice_folders(sample_site.root):
        page = Page()
        page.feed((folder / "index.html").read_text(encoding="utf-8"))
        source = sample_site.content / "gazette" / folder.parent.name / f"{folder.name}.md"
        numbers = re.findall(r"高市[^\s\"',\]]*號", source.read_text(encoding="utf-8").split("\n---", 1)[0])
        pdf = folder / f"{folder.name}.pdf"
        text = "".join(pdf_pages(pdf))
        # A cell of several lines is whole in pdftotext's reading order, a row in its layout.
        reading = squeeze(run([tool("pdftotext"), str(pdf), "-"]).stdout)
        assert squeeze(page.title) in text, f"{folder.name}: the title is not in the PDF"
        for number in numbers:
            assert squeeze(number) in text, f"{folder.name}: {number} is not in the PDF"
        missing = [cell for cell in page.cells if not printed(squeeze(cell), text, reading)]
        assert not missing, f"{folder.name}: cells missing from the PDF: {missing[:5]}"
        checked_cells += len(page.cells)
    assert checked_cells > 50, f"only {checked_cells} table cells in the sample's notices"


def printed(cell, layout, reading):
    """Whether a cell's text is in the PDF: whole in the layout or the reading order, or, when
    it wraps beside other cells that wrap too, its lines in order within the row's lines."""
    if cell in layout or cell in reading:
        return True
    start = layout.find(cell[:3])
    while start >= 0:
        window = iter(layout[start:start + 4 * len(cell) + 80])
        if all(character in window for character in cell):
            return True
        start = layout.find(cell[:3], start + 1)
    return False


def pdf_pages(pdf):
    """Each page's text, squeezed, without the page footer. In layout mode pdftotext keeps each
    printed line whole; its reading order would split a row across columns."""
    count = int(re.search(r"^Pages:\s+(\d+)", run([tool("pdfinfo"), str(pdf)]).stdout, re.M).group(1))
    return [re.sub(r"第\d+頁，共\d+頁", "", squeeze(run([tool("pdftotext"), "-layout", "-f", str(page), "-l", str(page),
                                                            str(pdf), "-"]).stdout))
            for page in range(1, count + 1)]


def outline(pdf):
    """The outline's top level as pdftohtml reads it: (title, page) for each entry."""
    xml = run([tool("pdftohtml"), "-xml", "-i", "-q", "-stdout", str(pdf)]).stdout
    root = ElementTree.fromstring(xml)
    top = root.find("outline")
    assert top is not None, f"{pdf} has no outline"
    return [("".join(item.itertext()), int(item.get("page"))) for item in top.findall("item")]


def issue_notices(sample_site, issue):
    notices = []
    for path in sorted((sample_site.content / "gazette" / issue).glob("*.md")):
        head = path.read_text(encoding="utf-8").split("\n---", 1)[0]
        if re.search(r"^draft:\s*true", head, re.M):
            continue
        title = re.search(r"^title:\s*\"?(.*?)\"?$", head, re.M).group(1).replace('\\"', '"')
        notices.append(title)
    return notices


def issues(sample_site):
    return sorted(path.name for path in (sample_site.content / "gazette").iterdir() if (path / "issue.yml").is_file())


def test_an_issue_pdf_has_one_bookmark_per_notice_and_each_starts_a_page(sample_site):
    for issue in issues(sample_site):
        pdf = sample_site.root / "gazette" / issue / f"{issue}.pdf"
        entries = outline(pdf)
        assert sorted(title for title, _ in entries) == sorted(issue_notices(sample_site, issue)), f"{issue}: {entries}"
        pages = pdf_pages(pdf)
        for title, page in entries:
            assert pages[page - 1].startswith(squeeze(title)[:12]), f"{issue}: {title} does not start page {page}"


def test_an_issue_pdf_contents_give_the_page_of_every_notice(sample_site):
    for issue in issues(sample_site):
        pdf = sample_site.root / "gazette" / issue / f"{issue}.pdf"
        contents = "".join(pdf_pages(pdf)[:3])
        for title, page in outline(pdf):
            found = re.search(re.escape(squeeze(title)) + r"(?:（[^）]*）)?\.*(\d+)", contents)
            assert found, f"{issue}: {title} is not in the contents with a page number"
            assert int(found.group(1)) == page, f"{issue}: the contents put {title} on page {found.group(1)}, it is on {page}"


def test_pages_link_every_pdf_with_its_type_and_size(sample_site, pdfs):
    for pdf in pdfs:
        page = (pdf.parent / "index.html").read_text(encoding="utf-8")
        href = "/" + pdf.relative_to(sample_site.root).as_posix()
        assert re.search(rf'<a href="{re.escape(href)}"[^>]* type="application/pdf"', page), f"{pdf.parent} does not link {href}"


# What a build does when LibreOffice is not there, fails or hangs


def small_site(root):
    content = root / "content"
    issue = content / "gazette" / "110-spring-001"
    issue.mkdir(parents=True)
    (content / "site.yml").write_text(
        "title: 高雄市政府電子公報\nbaseURL: https://gazette.example.gov.tw/\npdf: true\n"
        "categories:\n  - slug: orders\n    name: 令\nagencies:\n  - slug: a01\n    name: 法制局\n", encoding="utf-8")
    (issue / "issue.yml").write_text("title: 110年春字第1期\ndate: 2021-01-06\n", encoding="utf-8")
    (issue / "first.md").write_text('---\ntitle: 第一則\ncategory: orders\nagency: a01\nnumber: 高市法字第1號\ndate: 2021-01-05\n---\n\n本文。\n',
                                    encoding="utf-8")
    return content


def fake_office(folder, script):
    """A `soffice` first on the PATH that does what `script` says instead of converting."""
    folder.mkdir()
    office = folder / "soffice"
    office.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    office.chmod(office.stat().st_mode | stat.S_IXUSR)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}


def build(gazette_bin, content, output, env=None):
    return subprocess.run([str(gazette_bin), "build", "--content", str(content), "--output", str(output)],
                          capture_output=True, text=True, env=env, timeout=300)


def snapshot(root):
    return {path.relative_to(root): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_without_libreoffice_the_build_stops_with_how_to_install_it(gazette_bin, tmp_path):
    content = small_site(tmp_path)
    output = tmp_path / "site"
    result = build(gazette_bin, content, output)
    assert result.returncode == 0, result.stderr
    before = snapshot(output)
    (content / "gazette" / "110-spring-001" / "first.md").write_text(
        '---\ntitle: 第一則更新\ncategory: orders\nagency: a01\nnumber: 高市法字第1號\ndate: 2021-01-05\n---\n\n新本文。\n', encoding="utf-8")
    tools = tmp_path / "tools"
    tools.mkdir()
    for name in ["sh", "env"]:
        (tools / name).symlink_to(shutil.which(name))
    result = build(gazette_bin, content, output, env={**os.environ, "PATH": str(tools)})
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(lines) == 1 and "LibreOffice" in lines[0] and "apt-get install libreoffice-writer-nogui" in lines[0] \
        and "pdf: false" in lines[0], result.stderr
    assert snapshot(output) == before, "the previous output changed"


def test_a_libreoffice_that_makes_nothing_is_reported_with_the_document(gazette_bin, tmp_path):
    content = small_site(tmp_path)
    env = fake_office(tmp_path / "tools", "echo 'Error: source file could not be loaded' >&2\nexit 1")
    result = build(gazette_bin, content, tmp_path / "site", env=env)
    assert result.returncode != 0
    assert "gazette/110-spring-001/first/first.odt" in result.stderr or "gazette/110-spring-001/110-spring-001.odt" in result.stderr
    assert "exit status 1" in result.stderr and "source file could not be loaded" in result.stderr, result.stderr
    assert not (tmp_path / "site").exists() or not list((tmp_path / "site").rglob("*.html")), "a failed build published pages"


def test_a_libreoffice_that_hangs_is_stopped_and_the_document_named(gazette_bin, tmp_path):
    content = small_site(tmp_path)
    env = fake_office(tmp_path / "tools", "exec sleep 600")
    env["GAZETTE_PDF_TIMEOUT"] = "2"
    result = build(gazette_bin, content, tmp_path / "site", env=env)
    assert result.returncode != 0
    assert "stopped making progress" in result.stderr and ".odt" in result.stderr, result.stderr
    assert subprocess.run(["pgrep", "-f", "sleep 600"], capture_output=True).returncode != 0, "the hung process was left running"


def test_more_documents_than_one_libreoffice_run_takes_are_all_converted(gazette_bin, tmp_path):
    """LibreOffice 7.4 silently drops the documents past about 256 arguments (246 of 1,020
    converted, exit status 0): 255 documents must all come out, each its own."""
    content = small_site(tmp_path)
    (content / "gazette" / "110-spring-001" / "first.md").unlink()
    for issue in range(1, 6):
        folder = content / "gazette" / f"110-spring-{issue:03d}"
        folder.mkdir(exist_ok=True)
        (folder / "issue.yml").write_text(f"title: 110年春字第{issue}期\ndate: 2021-01-{issue:02d}\n", encoding="utf-8")
        for number in range(1, 51):
            (folder / f"n{number:02d}.md").write_text(
                f"---\ntitle: 第{issue}期第{number}則\ncategory: orders\nagency: a01\nnumber: 高市法字第{issue}{number:03d}號\n"
                f"date: 2021-01-{issue:02d}\n---\n\n本文第{issue}期第{number}則。\n", encoding="utf-8")
    output = tmp_path / "site"
    result = build(gazette_bin, content, output)
    assert result.returncode == 0, result.stderr
    made = gazette_pdfs(output)
    assert len(made) == 255, f"{len(made)} PDFs for 255 documents"
    for pdf in made[::17]:
        title = odf_meta(pdf.with_suffix(".odt")).find(f".//{DC}title").text
        assert re.search(rf"^Title:\s+{re.escape(title)}$", run([tool("pdfinfo"), str(pdf)]).stdout, re.M), f"{pdf} is not its document"


def test_pdf_false_makes_no_pdf(gazette_bin, tmp_path):
    content = small_site(tmp_path)
    (content / "site.yml").write_text((content / "site.yml").read_text(encoding="utf-8").replace("pdf: true", "pdf: false"),
                                      encoding="utf-8")
    env = fake_office(tmp_path / "tools", "exit 1")
    result = build(gazette_bin, content, tmp_path / "site", env=env)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "site").rglob("*.odt")) and not list((tmp_path / "site").rglob("*.pdf"))
