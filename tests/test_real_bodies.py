"""The legal numbering and articles of real notices: the body text of every record of the
Executive Yuan Gazette's open data in ../shared/corpora/ey-gazette/ that has numbered items or
articles, typed as an editor would (one paragraph per printed paragraph), must come out with
one article per printed article, one item per printed marker, and every word in order.

The corpus is open data under the 政府資料開放授權條款 (提供機關／行政院公報資訊網); it is read
from ../shared and never copied into the repository."""
import html
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

BLOCKS = {"p", "div", "li", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "br", "center"}
DIGITS = "一二三四五六七八九十百千零〇兩"
SPACE = r"[ \u3000\xa0]"
# The documented syntax (docs/content-format.md), written again here from the documentation.
ARTICLE = re.compile(rf"^第{SPACE}*(?:[{DIGITS}0-9０-９]{SPACE}*)+條(?:之[{DIGITS}0-9０-９]+)?(?={SPACE}|（|$)")
MARKER = re.compile(rf"^(?:[{DIGITS}]{{1,4}}、|[(（][{DIGITS}]{{1,4}}[)）]|[0-9０-９]{{1,4}}[、．]|[(（][0-9０-９]{{1,4}}[)）])")


class BodyText(HTMLParser):
    """The printed paragraphs of a Word-exported body, outside bordered data tables."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.tables, self.skip = [], [], [], 0

    def flush(self):
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.current)).strip(" ")
        if text.strip(" \xa0\u3000") and not any(self.tables):
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.flush()
        if tag == "table":
            border = dict(attrs).get("border") or "0"
            self.tables.append(border.strip().isdigit() and int(border) > 0)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCKS:
            self.flush()
        if tag == "table" and self.tables:
            self.tables.pop()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def markdown_paragraph(text):
    """A printed paragraph as Markdown that means the same text: ASCII punctuation escaped."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text.strip(" "))


def records(shared_dir):
    for path in sorted((shared_dir / "corpora" / "ey-gazette").glob("*/*/*.xml")):
        for record in ET.parse(path).getroot().iter("Record"):
            parser = BodyText()
            parser.feed(record.findtext("HTMLContent") or "")
            parser.close()
            parser.flush()
            yield path, record.findtext("MetaId"), parser.blocks


def visible_text(page):
    main = page.split('<div class="notice-body">', 1)[1].split('<div class="signature">', 1)[0]
    main = main.split("</article>", 1)[0]
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", main)))


@pytest.fixture(scope="module")
def real_bodies(gazette_bin, shared_dir, tmp_path_factory):
    content = tmp_path_factory.mktemp("real") / "content"
    chosen = []
    for path, meta_id, blocks in records(shared_dir):
        if not any(ARTICLE.match(b) or MARKER.match(b) for b in blocks):
            continue
        issue = path.stem
        folder = content / "gazette" / issue
        if not folder.exists():
            folder.mkdir(parents=True)
            year, month, day = (int(part) for part in issue.split("-"))
            (folder / "issue.yml").write_text(f'title: "{issue}"\ndate: {year + 1911}-{month:02d}-{day:02d}\n', encoding="utf-8")
        body = "\n\n".join(markdown_paragraph(b) for b in blocks)
        (folder / f"r{meta_id}.md").write_text(
            f'---\ntitle: "record {meta_id}"\ncategory: records\nagency: ey\nnumber: "EY-{meta_id}"\n'
            f"date: {int(issue[:3]) + 1911}{issue[3:]}\n---\n\n{body}\n", encoding="utf-8")
        chosen.append((issue, meta_id, blocks))
    (content / "site.yml").write_text(
        "title: 行政院公報（測試）\nbaseURL: https://gazette.example.gov.tw/\nlanguage: zh-Hant-TW\n"
        "categories:\n  - slug: records\n    name: 公報\nagencies:\n  - slug: ey\n    name: 行政院\n", encoding="utf-8")
    output = content.parent / "site"
    result = subprocess.run([str(gazette_bin), "build", "--content", str(content), "--output", str(output)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return output, chosen


def test_enough_real_records_are_checked(real_bodies):
    _, chosen = real_bodies
    assert len(chosen) >= 1000, len(chosen)


def test_every_printed_article_and_marker_is_one_article_and_one_item(real_bodies):
    output, chosen = real_bodies
    wrong = []
    articles_seen = items_seen = 0
    for issue, meta_id, blocks in chosen:
        page = (output / "gazette" / issue / f"r{meta_id}" / "index.html").read_text(encoding="utf-8")
        articles = [b for b in blocks if ARTICLE.match(b)]
        # An article whose text starts with a marker (第三條　一、…) has that item as its first 款.
        items = [b for b in blocks if MARKER.match(b)]
        items += [a for a in articles if MARKER.match(a[ARTICLE.match(a).end():].lstrip(" \u3000\xa0"))]
        found_articles = page.count('<div class="article"')
        found_items = page.count('<span class="legal-marker">')
        articles_seen += found_articles
        items_seen += found_items
        if (found_articles, found_items) != (len(articles), len(items)):
            wrong.append(f"{issue} MetaId {meta_id}: {found_articles} articles for {len(articles)}, "
                         f"{found_items} items for {len(items)}")
    print(f"\n{len(chosen)} records: {articles_seen} articles, {items_seen} numbered items")
    assert not wrong, f"{len(wrong)} records differ:\n" + "\n".join(wrong[:20])


def test_every_word_of_the_body_survives_in_order(real_bodies):
    output, chosen = real_bodies
    lost = []
    for issue, meta_id, blocks in chosen:
        text = visible_text((output / "gazette" / issue / f"r{meta_id}" / "index.html").read_text(encoding="utf-8"))
        position = 0
        for block in blocks:
            wanted = re.sub(r"\s+", "", block)
            found = text.find(wanted, position)
            if found < 0:
                lost.append(f"{issue} MetaId {meta_id}: {wanted[:60]!r}")
                break
            position = found + len(wanted)
    assert not lost, f"{len(lost)} records lost text:\n" + "\n".join(lost[:20])
