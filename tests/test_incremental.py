"""Issue 6: `gazette build` reuses what the previous build made, and the result is byte-identical to a
cold build (`--clean`, into a folder of its own) after every kind of change: a notice's body, title or
date, a new, deleted or renamed notice, an attachment, a template, site.yml, issue.yml, drafts, a new
binary, a corrupt cache."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from akoma_ntoso import akoma_ntoso_files

from tree_snapshot import difference, snapshot

REPO = Path(__file__).resolve().parent.parent
MADE = re.compile(r"made ([\d,]+) files, wrote ([\d,]+)")


class Workspace:
    """A copy of the sample content and templates, an output built incrementally, and a cold build to compare with."""

    def __init__(self, binary, folder, content, pdf=True):
        self.binary = binary
        self.folder = folder
        self.content = folder / "content"
        self.templates = folder / "templates"
        self.output = folder / "site"
        shutil.copytree(content, self.content)
        shutil.copytree(REPO / "Templates", self.templates)
        if not pdf:
            replace_in(self.content / "site.yml", "pdf: true", "pdf: false")

    def build(self, *extra, output=None, binary=None, env=None):
        result = subprocess.run([str(binary or self.binary), "build", "--timings", "--content", str(self.content),
                                 "--templates", str(self.templates), "--output", str(output or self.output), *extra],
                                capture_output=True, text=True, env=env)
        assert result.returncode == 0, f"build failed ({result.returncode}):\n{result.stderr}"
        made, written = (int(n.replace(",", "")) for n in MADE.search(result.stdout).groups())
        return made, written, result

    def assert_same_as_cold(self, what):
        cold = self.folder / "cold"
        shutil.rmtree(cold, ignore_errors=True)
        shutil.rmtree(self.folder / ".cold.gazette-cache", ignore_errors=True)
        self.build("--clean", output=cold)
        actual, expected = snapshot(self.output), snapshot(cold)
        assert actual == expected, f"after {what}, the incremental build differs from a cold build: {difference(actual, expected)}"

    def notice(self, issue, name):
        return self.content / "gazette" / issue / f"{name}.md"


def replace_in(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def built_workspace(gazette_bin, tmp_path, pdf):
    space = Workspace(gazette_bin, tmp_path, REPO / "Content", pdf=pdf)
    made, written, _ = space.build()
    assert made == written and made > 100, (made, written)
    return space


@pytest.fixture
def sample(gazette_bin, tmp_path):
    return built_workspace(gazette_bin, tmp_path, pdf=True)


@pytest.fixture
def sample_without_pdf(gazette_bin, tmp_path):
    """For what PDFs do not change: LibreOffice costs each cold build seconds (the PDF cases
    are covered by the body, template, site.yml, rename and PDF tests, which keep it on)."""
    return built_workspace(gazette_bin, tmp_path, pdf=False)


def test_a_build_without_changes_makes_almost_nothing(sample):
    made, written, _ = sample.build()
    assert written == 0, f"nothing changed, yet {written} files were written"
    # Pages that depend on no notice (home, 404, assets, plans) are cheap and always made; notice pages are not among them.
    assert made < 30, f"nothing changed, yet {made} files were made"
    sample.assert_same_as_cold("a build without changes")


def test_editing_one_notice_body(sample):
    replace_in(sample.notice("110-spring-001", "led-wall-guidelines"), "特訂定本注意事項", "特訂定本注意事項（修正測試）")
    made, written, _ = sample.build()
    assert 0 < written < 40, f"one body edit wrote {written} files"
    sample.assert_same_as_cold("a body edit")


JOINT_NOTICE = """---
title: 會銜公告測試
category: announcements
agency: [a01, a02]
number: ["高市府行字第1100009001B號", "高市法字第11000090020號"]
date: 2021-03-02
signers:
  - {title: 處　　長, name: 王大明}
  - {title: 局　　長, name: 李小華}
---

Table: 應受送達人名冊
| 編號 | 姓名 | 金額 |
| --- | --- | ---: |
| 1 | 王○明 | 1,200 |

```comparison
columns: 修正條文 | 現行條文 | 說明
---
第三條　申請人應於三十日前申請。
|
第三條　申請人應於十日前申請。
|
延長期間。
```
"""


def test_editing_tables_signers_and_the_numbers_and_agencies_of_a_joint_notice(sample_without_pdf):
    joint = sample_without_pdf.notice("110-spring-002", "joint-notice")
    joint.write_text(JOINT_NOTICE, encoding="utf-8")
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("a new joint notice")
    for old, new, what in [("| 1 | 王○明 | 1,200 |", "| 1 | 王○明 | 1,500 |", "a table cell edit"),
                           ("應於三十日前", "應於二十日前", "a comparison cell edit"),
                           ("name: 李小華", "name: 李大華", "a signer edit"),
                           ("高市法字第11000090020號", "高市法字第11000090021號", "a second number changed"),
                           ("agency: [a01, a02]", "agency: [a01, a03]", "a second agency changed")]:
        replace_in(joint, old, new)
        sample_without_pdf.build()
        sample_without_pdf.assert_same_as_cold(what)


def test_the_keys_of_imported_notices_and_re_publications(sample_without_pdf):
    """A re-publication's page names the first notice, whose short link it shares: a change to either, or the first
    turning into a draft, must remake the pages that show it; the keys of an imported record reach page and data."""
    first = sample_without_pdf.notice("110-spring-001", "led-wall-guidelines")
    again = sample_without_pdf.notice("110-summer-003", "led-wall-again")
    again.write_text(first.read_text(encoding="utf-8").replace("date: 2020-12-30", "date: 2021-05-03\nrepublication: true"),
                     encoding="utf-8")
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("a new re-publication")
    steps = [(first, [("LED電視牆使用注意事項」\"", "LED電視牆使用須知」\"")], "the first notice's title"),
             (again, [("republication: true", "republication: true\ntitleEnglish: Again\nsubtype: 更正\n"
                       "source: {id: \"1\", url: \"https://example.gov.tw/1\"}\nclassification: {theme: \"540\"}")],
              "the keys of an imported record"),
             (again, [("titleEnglish: Again", "titleEnglish: Once more")], "an English title"),
             (again, [("theme: \"540\"", "theme: \"550\"")], "a classification code"),
             (first, [("tags:", "draft: true\ntags:")], "the first notice becoming a draft"),
             (first, [("draft: true\n", "")], "the first notice published again"),
             (again, [("number: \"高市府行國事字第10931860400號\"\n", ""), ("republication: true\n", "")], "a notice without a number")]
    for path, edits, what in steps:
        for old, new in edits:
            replace_in(path, old, new)
        sample_without_pdf.build()
        sample_without_pdf.assert_same_as_cold(what)


def test_editing_a_title_updates_neighbours_lists_and_feeds(sample_without_pdf):
    replace_in(sample_without_pdf.notice("110-spring-001", "led-wall-guidelines"), "LED電視牆使用注意事項」\"", "LED電視牆使用須知」\"")
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("a title edit")


def test_changing_a_date_reorders_every_list(sample_without_pdf):
    replace_in(sample_without_pdf.notice("110-spring-001", "led-wall-guidelines"), "date: 2020-12-30", "date: 2021-07-01")
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("a date change")


def test_adding_deleting_and_renaming_notices(sample):
    source = sample.notice("110-spring-001", "led-wall-guidelines")
    added = sample.notice("110-spring-002", "added-notice")
    text = source.read_text(encoding="utf-8").replace("10931860400", "10931860999")
    added.write_text(text, encoding="utf-8")
    sample.build()
    sample.assert_same_as_cold("a new notice")

    added.rename(sample.notice("110-spring-002", "renamed-notice"))
    sample.build()
    sample.assert_same_as_cold("a renamed notice")

    sample.notice("110-spring-002", "renamed-notice").unlink()
    sample.notice("110-spring-002", "energy-saving-measures").unlink()
    sample.build()
    sample.assert_same_as_cold("deleted notices")


def test_replacing_an_attachment_under_the_same_name(sample):
    attachment = sample.content / "gazette" / "110-spring-001" / "files" / "venue-fee-schedule.csv"
    attachment.write_bytes(attachment.read_bytes() + "新增,一列\n".encode() * 50)
    sample.build()
    sample.assert_same_as_cold("a replaced attachment")


def test_template_site_and_issue_changes(sample):
    replace_in(sample.templates / "notice.mustache", "{{", "<!-- edited -->{{")
    sample.build()
    sample.assert_same_as_cold("a template change")

    replace_in(sample.content / "site.yml", "title: 高雄市政府電子公報", "title: 高雄市政府電子公報（測試）")
    sample.build()
    sample.assert_same_as_cold("a site.yml change")

    replace_in(sample.content / "gazette" / "110-spring-001" / "issue.yml", "title: 110年春字第1期", "title: 110年春字第1期（更正）")
    sample.build()
    sample.assert_same_as_cold("an issue.yml change")


def counting_office(folder):
    """The real soffice behind a script that logs the documents each run is given."""
    real = shutil.which("soffice")
    assert real, "LibreOffice is not installed; run ./scripts/install-test-deps"
    folder.mkdir()
    log = folder / "converted.log"
    script = folder / "soffice"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do case "$a" in *.odt) echo "$a" >> "{log}";; esac; done\nexec "{real}" "$@"\n',
                      encoding="utf-8")
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}, log


def converted(log):
    documents = log.read_text(encoding="utf-8").split() if log.exists() else []
    log.unlink(missing_ok=True)
    return len(documents)


def test_a_pdf_is_converted_again_only_when_its_document_changed(sample, tmp_path):
    env, log = counting_office(tmp_path / "office")
    sample.build(env=env)
    assert converted(log) == 0, "nothing changed, yet documents were converted"

    replace_in(sample.notice("110-spring-001", "led-wall-guidelines"), "特訂定本注意事項", "特訂定本注意事項（修正測試）")
    sample.build(env=env)
    assert converted(log) == 2, "a body edit converts its notice's and its issue's documents, no other"
    sample.assert_same_as_cold("a body edit, with its PDFs")

    replace_in(sample.templates / "notice.mustache", "{{", "<!-- edited -->{{")
    sample.build(env=env)
    assert converted(log) == 0, "a page template reaches no document"

    pdf = sample.output / "gazette" / "110-spring-001" / "110-spring-001.pdf"
    pdf.unlink()
    sample.build(env=env)
    # Back from the spare tree or converted alone: a removed file is never left missing.
    assert pdf.is_file() and converted(log) <= 1, "a PDF removed from the output is not made again, alone"
    sample.assert_same_as_cold("a PDF removed from the output")


def test_drafts_on_and_off(sample_without_pdf):
    made, _, _ = sample_without_pdf.build("--drafts")
    cold = sample_without_pdf.folder / "cold-drafts"
    sample_without_pdf.build("--drafts", "--clean", output=cold)
    assert snapshot(sample_without_pdf.output) == snapshot(cold), difference(snapshot(sample_without_pdf.output), snapshot(cold))
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("drafts turned off again")


def test_a_new_binary_makes_every_file_again(sample_without_pdf, tmp_path):
    newer = tmp_path / "gazette-newer"
    shutil.copy2(sample_without_pdf.binary, newer)
    with open(newer, "ab") as handle:
        handle.write(b"\0")  # another binary, still runnable: the bytes after an ELF's sections are not loaded
    made, written, _ = sample_without_pdf.build(binary=newer)
    files = len(snapshot(sample_without_pdf.output)[0]) - 1  # the .gazette marker is not a job
    assert made == files, f"a new binary made {made} of {files} files"
    sample_without_pdf.assert_same_as_cold("a new binary")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_corrupt_cache_falls_back_to_a_full_build_with_a_warning(sample_without_pdf, damage):
    cache = sample_without_pdf.folder / ".site.gazette-cache"
    state = cache / "state"
    original = state.read_bytes()
    for file in (state, cache / "notices"):
        data = file.read_bytes()
        file.write_bytes({"garbage": b"\x13" * len(data), "truncated": data[: len(data) // 2], "empty": b""}[damage])
    replace_in(sample_without_pdf.notice("110-spring-001", "led-wall-guidelines"), "特訂定本注意事項", "特訂定本注意事項（另一次修正）")
    made, _, result = sample_without_pdf.build()
    assert "warning:" in result.stderr and str(state) in result.stderr, result.stderr
    assert made > 100, f"a corrupt cache must make every file again, made {made}"
    assert state.read_bytes() != original
    sample_without_pdf.assert_same_as_cold(f"a {damage} cache")
    made, _, result = sample_without_pdf.build()
    assert "warning:" not in result.stderr and made < 30, "the next build trusts the rewritten cache"


def test_clean_makes_every_file(sample_without_pdf):
    made, written, _ = sample_without_pdf.build("--clean")
    files = len(snapshot(sample_without_pdf.output)[0]) - 1
    assert made == files and written == files, (made, written, files)


def test_files_removed_from_the_published_site_are_made_again(sample):
    page = sample.output / "gazette" / "110-spring-001" / "led-wall-guidelines" / "index.html"
    page.unlink()
    sample.build()
    sample.assert_same_as_cold("a page deleted from the output by hand")


@pytest.fixture(scope="module")
def corpus(shared_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("incremental-corpus") / "content"
    subprocess.run([sys.executable, str(shared_dir / "bench" / "make_corpus.py"), str(folder), "-n", "300", "--seed", "5"],
                   check=True, capture_output=True)
    return folder


def test_search_shards_are_patched_after_body_edits(gazette_bin, corpus, tmp_path):
    space = Workspace(gazette_bin, tmp_path, corpus)
    space.build()
    space.build()
    notices = sorted((space.content / "gazette").glob("*/*.md"))
    edits = [
        (notices[10], lambda text: text + "\n新增段落：颱風災後復原補助申請。\n"),
        (notices[20], lambda text: text.rsplit("\n\n", 2)[0] + "\n"),
        (notices[30], lambda text: text + "\nZyzzyva quokka 罕見詞彙測試。\n"),
    ]
    for path, change in edits:
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        made, written, _ = space.build()
        assert written < 200, f"one body edit in a 300-notice site wrote {written} files"
        space.assert_same_as_cold(f"a body edit of {path.name}")


def test_a_second_build_into_the_same_output_waits_its_turn(sample_without_pdf):
    """`serve` and `build` (or two terminals) writing one output would write the same spare folder."""
    import fcntl
    with open(sample_without_pdf.folder / ".site.gazette-cache" / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = subprocess.run([str(sample_without_pdf.binary), "build", "--content", str(sample_without_pdf.content), "--templates",
                                 str(sample_without_pdf.templates), "--output", str(sample_without_pdf.output)], capture_output=True, text=True)
    assert result.returncode != 0 and "another gazette build is writing this output folder" in result.stderr, result.stderr
    sample_without_pdf.build()
    sample_without_pdf.assert_same_as_cold("a build refused while another held the lock")


def test_unchanged_files_are_trusted_by_their_stamp_and_changed_ones_are_not(sample_without_pdf):
    """Once the cache has settled, notices whose size, inode and times are unchanged are not read again; a notice
    rewritten with the same size and its old modification time put back still counts as changed (its ctime moved)."""
    import time
    time.sleep(2.2)
    sample_without_pdf.build()
    notice = sample_without_pdf.notice("110-spring-001", "led-wall-guidelines")
    before = notice.stat()
    text = notice.read_text(encoding="utf-8")
    swapped = text.replace("特訂定本注意事項", "特定訂本注意事項")
    assert swapped != text and len(swapped.encode()) == len(text.encode())
    notice.write_text(swapped, encoding="utf-8")
    os.utime(notice, ns=(before.st_atime_ns, before.st_mtime_ns))
    made, written, _ = sample_without_pdf.build()
    assert written > 0, "a same-size edit with the old modification time was not noticed"
    sample_without_pdf.assert_same_as_cold("a same-size edit with the old modification time")


def test_a_notice_s_legal_life_remakes_what_shows_it(sample_without_pdf):
    """Issue 15: a correction added remakes the corrected notice's page, its regulation's page and the lists
    that mark it; so do a repeal, a changed comment period and the correction's removal; each build equals a
    cold build."""
    space = sample_without_pdf
    corrected = space.notice("110-summer-003", "records-fee-standard")
    number = re.search(r'^number: "([^"]+)"', corrected.read_text(encoding="utf-8"), re.M).group(1)
    page = space.output / "gazette" / "110-summer-003" / "records-fee-standard" / "index.html"
    regulation = space.output / "regulations" / "records-fee" / "index.html"
    assert "correction-banner" not in page.read_text(encoding="utf-8")
    correction = space.notice("110-summer-006", "records-fee-errata")
    correction.write_text(f'---\ntitle: "更正「檔案應用收費標準」附表"\ncategory: announcements\nagency: a01\n'
                          f'number: "高市府行國文字第11030999100號"\ndate: 2021-06-10\ncorrects: "{number}"\n---\n\n'
                          "## 主旨\n\n更正附表之收費金額。\n", encoding="utf-8")
    space.build()
    assert "correction-banner" in page.read_text(encoding="utf-8")
    assert "已更正" in regulation.read_text(encoding="utf-8")
    space.assert_same_as_cold("a correction added")
    steps = [(correction, "date: 2021-06-10", "date: 2021-06-11", "the correction's date"),
             (space.notice("110-summer-006", "records-fee-standard-draft"), "days: 14", "days: 7", "a comment period"),
             (correction, "category: announcements\n", "category: announcements\nregulation: records-fee\n"
              f'repeals: "{number}"\neffective: 2021-07-01\n', "a repeal of the regulation")]
    for path, old, new, what in steps:
        replace_in(path, old, new)
        space.build()
        space.assert_same_as_cold(what)
    assert "已廢止" in regulation.read_text(encoding="utf-8")
    correction.unlink()
    space.build()
    assert "correction-banner" not in page.read_text(encoding="utf-8")
    assert "已廢止" not in regulation.read_text(encoding="utf-8")
    space.assert_same_as_cold("the correction removed")


def test_what_pages_say_to_machines_is_remade_with_its_inputs(sample_without_pdf):
    """Issue 16: the national metadata and the JSON-LD follow site.yml's publisher and codes, a category's codes, a
    notice's summary and relations, and the site's span of dates; each build equals a cold build."""
    space = sample_without_pdf
    home = space.output / "index.html"
    notice_page = space.output / "gazette" / "110-spring-001" / "fengshan-venue-fee-repeal" / "index.html"
    steps = [
        (space.content / "site.yml", "publisher: 高雄市政府", "publisher: 高雄市政府（測試）", "the publisher"),
        (space.content / "site.yml", "    name: 令\n", "    name: 令\n    classification: {cake: \"130\"}\n", "a category's codes"),
        (space.notice("110-spring-001", "fengshan-venue-fee-repeal"), "agency: a01\n", "agency: a01\nsummary: 摘要已改寫。\n",
         "a notice's summary"),
        (space.notice("110-spring-001", "fengshan-venue-fee-repeal"), "date: 2020-12-28", "date: 2020-11-30",
         "a notice dated before every other"),
    ]
    for path, old, new, what in steps:
        replace_in(path, old, new)
        space.build()
        space.assert_same_as_cold(what)
    text = home.read_text(encoding="utf-8")
    assert '<meta name="DC.Publisher" content="高雄市政府（測試）">' in text
    assert '<meta name="DC.coverage.t.min" content="2020-11-30">' in text
    page = notice_page.read_text(encoding="utf-8")
    assert '<meta name="Category.Cake" content="130">' in page and '<meta name="DC.Description" content="摘要已改寫。">' in page


def akoma_ntoso_stamps(output):
    """Each Akoma Ntoso file's modification time: a file reused from the previous build keeps its own."""
    return {path.relative_to(output).as_posix(): path.stat().st_mtime_ns for path in akoma_ntoso_files(output / "gazette")}


def test_akoma_ntoso_files_are_remade_when_what_they_show_changes(sample_without_pdf):
    """Issue 16: a body edit remakes the notice's Akoma Ntoso file alone; a title edit also its issue's file, which
    names it; a category change of a repeal (a doc becomes an act: its IRI changes) also the files of the notices it
    repeals, whose lifecycle names it, and the issue's (an issue lists its notices by category). Each build equals a
    cold build."""
    space = sample_without_pdf
    led = "gazette/110-spring-001/led-wall-guidelines/led-wall-guidelines.xml"
    repeal = "gazette/110-summer-006/e-gazette-trial-repeal/e-gazette-trial-repeal.xml"
    repealed = {"gazette/110-spring-002/e-gazette-trial-regulation/e-gazette-trial-regulation.xml",
                "gazette/110-summer-003/e-gazette-trial-amendment/e-gazette-trial-amendment.xml",
                "gazette/110-summer-006/e-gazette-trial-second-amendment/e-gazette-trial-second-amendment.xml"}
    steps = [(space.notice("110-spring-001", "led-wall-guidelines"), "特訂定本注意事項", "特訂定本注意事項（修正測試）",
              "a body edit", {led}),
             (space.notice("110-spring-001", "led-wall-guidelines"), "LED電視牆使用注意事項」\"", "LED電視牆使用須知」\"",
              "a title edit", {led, "gazette/110-spring-001/110-spring-001.xml"}),
             (space.notice("110-summer-006", "e-gazette-trial-repeal"), "category: orders", "category: regulations",
              "a repeal's category", {repeal, "gazette/110-summer-006/110-summer-006.xml"} | repealed)]
    for path, old, new, what, expected in steps:
        before = akoma_ntoso_stamps(space.output)
        replace_in(path, old, new)
        space.build()
        after = akoma_ntoso_stamps(space.output)
        assert after.keys() == before.keys()
        remade = {name for name, stamp in after.items() if stamp != before[name]}
        assert remade == expected, f"after {what}, the Akoma Ntoso files remade were {sorted(remade)}"
        space.assert_same_as_cold(what)


def test_editing_one_notice_remakes_its_issue_s_ey_exchange_file_only(sample_without_pdf):
    """Issue 16, part 4: an issue's EY exchange file (gazette/<issue>/exchange/<YYY-MM-DD>.xml) is made again when one of
    its notices changes, body or title, and the other issues' files are left as they are."""
    space = sample_without_pdf
    exports = {path.parent.parent.name: path
               for path in (space.output / "gazette").glob("*/exchange/[0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].xml")}
    assert len(exports) == 4, sorted(exports)
    for old, new, what in [("特訂定本注意事項", "特訂定本注意事項（交換格式測試）", "a body edit"),
                           ("title: ", "title: 修正測試", "a title edit")]:
        stamps = {issue: path.stat().st_mtime_ns for issue, path in exports.items()}
        replace_in(space.notice("110-spring-001", "led-wall-guidelines"), old, new)
        space.build()
        assert new.replace("title: ", "") in exports["110-spring-001"].read_text(encoding="utf-8"), what
        assert {issue for issue, path in exports.items() if path.stat().st_mtime_ns != stamps[issue]} == {"110-spring-001"}, what
        space.assert_same_as_cold(what)
