"""Issue 15: the legal life of a notice. Corrections shown both ways, regulations with their
status and history, comment periods and the consultations page (open or closed by the reader's
today), the day service by publication takes effect, effective dates, iCalendar files, open
data, the printed metadata block, and errors at file:line:column. Expected values are computed
here from the content's front matter by the rules of 行政程序法, not read from the output."""
import csv
import datetime
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import icalendar
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "Content"


def roc(date):
    return f"中華民國{date.year - 1911}年{date.month}月{date.day}日"


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1])


def parse_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


class Notices:
    """Every notice of the sample content with its front matter, issue date and page URL."""

    def __init__(self, content=CONTENT):
        self.site = yaml.safe_load((content / "site.yml").read_text(encoding="utf-8"))
        self.all = []
        for issue in sorted((content / "gazette").iterdir()):
            meta = yaml.safe_load((issue / "issue.yml").read_text(encoding="utf-8"))
            for path in sorted(issue.glob("*.md")):
                fields = front_matter(path)
                if fields.get("draft"):
                    continue
                numbers = fields.get("number") or []
                numbers = [numbers] if isinstance(numbers, str) else numbers
                self.all.append(dict(fields, path=path, issue=issue.name, published=parse_date(meta["date"]),
                                     date=parse_date(fields["date"]), numbers=[str(n) for n in numbers],
                                     page=f"gazette/{issue.name}/{path.stem}/index.html",
                                     url=f"/gazette/{issue.name}/{path.stem}/"))

    def by_number(self, number):
        found = [n for n in self.all if number in n["numbers"]]
        assert found, f"no notice has number {number}"
        return found[0]

    def with_key(self, key):
        return [n for n in self.all if n.get(key)]

    def holidays(self):
        return {parse_date(d) for d in self.site.get("holidays") or []}


def references(value):
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [v if isinstance(v, dict) else {"number": str(v)} for v in values]


def last_day(notice, holidays):
    """行政程序法第48條: the first day is not counted when the period starts the next day; a last day on a
    Saturday, Sunday or holiday moves to the next working day."""
    comments = notice["comments"]
    if "until" in comments:
        return parse_date(comments["until"])
    days = int(comments["days"])
    day = notice["published"] + datetime.timedelta(days=days if comments.get("counting", "next-day") == "next-day" else days - 1)
    while day.weekday() >= 5 or day in holidays:
        day += datetime.timedelta(days=1)
    return day


@pytest.fixture(scope="module")
def notices():
    return Notices()


def page(site, relative):
    return (site.root / relative).read_text(encoding="utf-8")


def test_the_sample_carries_every_kind_of_legal_life(notices):
    """The sample content exercises each part: without it the tests below would check nothing."""
    actions = {}
    for notice in notices.with_key("regulation"):
        actions.setdefault(notice["regulation"], set()).add(
            "repeal" if notice.get("repeals") else "amend" if notice.get("amends") else "draft" if notice.get("comments") else "enact")
    assert any({"enact", "amend", "repeal"} <= kinds for kinds in actions.values()), actions
    assert notices.with_key("corrects") and notices.with_key("comments") and notices.with_key("effective")
    assert any(n["category"] == "service" for n in notices.all)
    assert any(n["effective"] > n["date"] for n in notices.with_key("effective"))
    amended_with_table = [n for n in notices.with_key("amends") if "對照表" in n["path"].read_text(encoding="utf-8")]
    assert amended_with_table, "no amendment carries its comparison table"


def test_corrections_are_shown_on_both_notices_in_lists_and_in_feeds(sample_site, notices):
    corrections = notices.with_key("corrects")
    for correction in corrections:
        target = references(correction["corrects"])[0]
        if target.get("outside"):
            assert target["number"] in page(sample_site, correction["page"])
            continue
        corrected = notices.by_number(target["number"])
        html = page(sample_site, corrected["page"])
        banner = re.search(r'<p class="correction-banner"[^>]*>(.*?)</p>', html, re.S)
        assert banner, f"{corrected['page']} has no correction banner"
        assert f'href="{correction["url"]}"' in banner.group(1)
        assert roc(correction["date"]) in banner.group(1)
        own = page(sample_site, correction["page"])
        meta = re.search(r"<dt>更正對象</dt><dd>(.*?)</dd>", own, re.S)
        assert meta and f'href="{corrected["url"]}"' in meta.group(1), correction["page"]
        listing = page(sample_site, f"categories/{corrected['category']}/index.html")
        entry = re.search(r'<a class="notice-link" href="' + re.escape(corrected["url"]) + r'">[^<]*</a>([^\n]*)', listing)
        assert entry and "已更正" in entry.group(1), "the category list does not mark the corrected notice"
        feed = page(sample_site, f"categories/{corrected['category']}/feed.xml")
        assert correction["url"] in feed, "the correction is not an entry of the corrected notice's feed"


def test_each_regulation_has_its_status_and_history_in_date_order(sample_site, notices):
    names = {r["slug"]: r["name"] for r in notices.site.get("regulations", [])}
    index = page(sample_site, "regulations/index.html")
    for slug, name in names.items():
        members = sorted(notices.with_key("regulation") and [n for n in notices.all if n.get("regulation") == slug],
                         key=lambda n: n["date"])
        if not members:
            continue
        assert f'href="/regulations/{slug}/"' in index
        html = page(sample_site, f"regulations/{slug}/index.html")
        assert f"<h1>{name}</h1>" in html
        body = html.split("<tbody>", 1)[1]
        linked = re.findall(r'<a href="(/gazette/[^"]+)">', body)
        assert linked == [n["url"] for n in members], f"{slug}: history out of date order"
        repeals = [n for n in members if n.get("repeals")]
        status = re.search(r"<dt>現況</dt><dd>(.*?)</dd>", html, re.S).group(1)
        if repeals:
            repeal = repeals[0]
            when = parse_date(repeal["effective"]) if repeal.get("effective") else repeal["date"]
            assert status.startswith(f"已廢止（{roc(when)}）"), status
        elif all(n.get("comments") for n in members):
            assert status.startswith("草案預告")
        else:
            assert status.startswith("現行")
        for member in members:
            assert f'href="/regulations/{slug}/"' in page(sample_site, member["page"]), f"{member['page']} does not link its regulation"


def test_comment_periods_end_on_the_day_the_law_counts(sample_site, notices):
    drafts = notices.with_key("comments")
    html = page(sample_site, "consultations/index.html")
    rows = re.findall(r'<tr data-last-day="([\d-]+)"><th scope="row"><a href="([^"]+)">', html)
    expected = sorted(drafts, key=lambda n: n["date"], reverse=True)
    assert [url for _, url in rows] == [n["url"] for n in expected], "consultations not newest first"
    for (day, _), draft in zip(rows, expected):
        computed = last_day(draft, notices.holidays())
        assert day == computed.isoformat(), draft["path"]
        assert f'<time datetime="{computed.isoformat()}">{roc(computed)}</time>' in page(sample_site, draft["page"])
    # Without script every last day is shown in words.
    assert html.count("截止日：") == len(drafts)


@pytest.mark.parametrize("today_offset, state", [(-1, "徵詢中"), (0, "徵詢中"), (1, "已截止")])
def test_the_reader_s_today_decides_which_drafts_are_open(browser, serve, sample_site, notices, today_offset, state):
    draft = max(notices.with_key("comments"), key=lambda n: n["date"])
    deadline = last_day(draft, notices.holidays())
    # Noon in Taiwan on the chosen day, whatever the machine's own zone.
    instant = datetime.datetime.combine(deadline + datetime.timedelta(days=today_offset), datetime.time(4, 0),
                                        tzinfo=datetime.timezone.utc)
    millis = int(instant.timestamp() * 1000)
    script = ("(() => { const fixed = %d; const Real = Date; class Fixed extends Real { constructor(...a) {"
              " super(...(a.length ? a : [fixed])); } static now() { return fixed; } } Date = Fixed; })();" % millis)
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": script})
    try:
        browser.get(serve(sample_site) + "/consultations/")
        cell = browser.execute_script(
            "return document.querySelector('tr[data-last-day] a[href=\"' + arguments[0] + '\"]')"
            ".closest('tr').querySelector('.consultation-state').textContent", draft["url"])
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]})
    assert cell == state


def test_service_by_publication_takes_effect_by_the_category_s_rule(sample_site, notices):
    rules = {c["slug"]: c for c in notices.site["categories"] if c.get("serviceTakesEffectAfterDays")}
    services = [n for n in notices.all if n["category"] in rules]
    assert services
    for notice in services:
        rule = rules[notice["category"]]
        day = notice["published"] + datetime.timedelta(days=int(rule["serviceTakesEffectAfterDays"]))
        html = page(sample_site, notice["page"])
        assert f'<dt>送達生效日</dt><dd><time datetime="{day.isoformat()}">{roc(day)}</time>（依{rule["serviceBasis"]}）</dd>' in html


def test_effective_dates_are_in_the_metadata_and_in_the_calendars(sample_site, notices):
    site_calendar = icalendar.Calendar.from_ical((sample_site.root / "calendar.ics").read_bytes())
    site_events = {(str(e["URL"]), e.decoded("DTSTART")) for e in site_calendar.walk("VEVENT")}
    for notice in notices.with_key("effective"):
        day = parse_date(notice["effective"])
        assert f'<dt>生效日期</dt><dd><time datetime="{day.isoformat()}">{roc(day)}</time>' in page(sample_site, notice["page"])
        own = icalendar.Calendar.from_ical((sample_site.root / notice["page"]).with_name("calendar.ics").read_bytes())
        assert day in [e.decoded("DTSTART") for e in own.walk("VEVENT")]
        assert any(url.endswith(notice["url"]) and start == day for url, start in site_events)


def test_every_calendar_file_is_rfc_5545(sample_site):
    files = sorted(sample_site.root.rglob("*.ics"))
    assert len(files) > 2
    for path in files:
        data = path.read_bytes()
        assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b""), f"{path}: lines must end in CRLF"
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, f"{path}: a line of {len(line)} octets"
            line.decode("utf-8")
        calendar = icalendar.Calendar.from_ical(data)
        assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
        events = list(calendar.walk("VEVENT"))
        assert events
        for event in events:
            for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL"):
                assert key in event, f"{path}: an event without {key}"
            assert isinstance(event.decoded("DTSTART"), datetime.date)
        uids = [str(e["UID"]) for e in events]
        assert len(uids) == len(set(uids))


def test_open_data_and_documents_carry_the_relations(sample_site, notices):
    records = {r["url"].split("gazette.kcg.example.gov.tw", 1)[1]: r
               for r in json.loads(page(sample_site, "data/notices.json"))}
    with open(sample_site.root / "data" / "notices.csv", encoding="utf-8", newline="") as handle:
        rows = {r["url"].split("gazette.kcg.example.gov.tw", 1)[1]: r for r in csv.DictReader(handle)}
    for correction in notices.with_key("corrects"):
        target = references(correction["corrects"])[0]
        assert records[correction["url"]]["corrects"]["number"] == target["number"]
        assert rows[correction["url"]]["corrects"] == target["number"]
        if not target.get("outside"):
            corrected = notices.by_number(target["number"])
            assert correction["numbers"][0] in [r["number"] for r in records[corrected["url"]]["correctedBy"]]
            assert rows[corrected["url"]]["corrected_by"] == correction["numbers"][0]
            with zipfile.ZipFile((sample_site.root / corrected["page"]).with_name(corrected["path"].stem + ".odt")) as odt:
                assert "更正公告" in odt.read("content.xml").decode("utf-8")
    for draft in notices.with_key("comments"):
        day = last_day(draft, notices.holidays()).isoformat()
        assert records[draft["url"]]["comments"]["lastDay"] == day
        assert rows[draft["url"]]["comments_last_day"] == day
    issue = json.loads(page(sample_site, f"data/issues/{notices.with_key('comments')[0]['issue']}.json"))
    assert any(n["comments"] for n in issue["notices"])


BAD_INPUT = [
    ("corrects: \"高市府不存在字第1號\"\n", "'corrects' names document number '高市府不存在字第1號', which no notice of the site has"),
    ("effective: 2000-01-01\n", "'effective' 2000-01-01 is before the notice's date"),
    ("comments:\n  until: 2000-01-01\n", "comment deadline 2000-01-01 is before the issue's publication date"),
    ("regulation: no-such-regulation\n", "unknown regulation 'no-such-regulation'"),
]


@pytest.mark.parametrize("extra, message", BAD_INPUT)
def test_bad_lifecycle_input_is_an_error_at_its_line_and_the_site_stays(gazette_bin, tmp_path, notices, extra, message):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "site.yml").write_text((content / "site.yml").read_text(encoding="utf-8").replace("pdf: true", "pdf: false"),
                                      encoding="utf-8")
    output = tmp_path / "site"
    build = [str(gazette_bin), "build", "--content", str(content), "--templates", str(REPO / "Templates"), "--output", str(output)]
    assert subprocess.run(build, capture_output=True).returncode == 0
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    victim = next(n for n in notices.all if not n.get("corrects") and not n.get("effective") and not n.get("comments")
                  and not n.get("regulation"))
    path = content / victim["path"].relative_to(CONTENT)
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    date_line = next(i for i, line in enumerate(lines) if line.startswith("date:"))
    path.write_text("\n".join(lines[:date_line + 1]) + "\n" + extra + "\n".join(lines[date_line + 1:]), encoding="utf-8")
    result = subprocess.run(build, capture_output=True, text=True)
    assert result.returncode != 0
    # The error is on one of the lines inserted after the date line.
    inserted = "|".join(str(date_line + 2 + i) for i in range(extra.count("\n")))
    location = re.escape(str(path)) + r":(" + inserted + r"):\d+: error: "
    assert re.search(location + re.escape(message), result.stderr), result.stderr
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before


def test_search_results_show_that_a_notice_was_corrected(browser, serve, sample_site, notices):
    from test_search_browser import type_query, wait_for_results
    correction = next(c for c in notices.with_key("corrects") if not references(c["corrects"])[0].get("outside"))
    corrected = notices.by_number(references(correction["corrects"])[0]["number"])
    query = corrected["numbers"][0]
    browser.get(serve(sample_site) + "/search/")
    type_query(browser, query)
    results = {url: text for url, _, text in wait_for_results(browser, query)}
    assert "已更正" in results[corrected["url"]]
    assert "已更正" not in results.get(correction["url"], "")
