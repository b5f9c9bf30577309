"""Gates: every Atom feed is well-formed RFC 4287; sitemap.xml is valid against the sitemaps.org
schema and lists exactly the pages meant for search engines."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import urlsplit

from built_site import BuiltSite

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def is_absolute_iri(text):
    parts = urlsplit(text)
    return bool(parts.scheme) and (parts.scheme in ("urn", "tag") or bool(parts.netloc))


def atom_problems(site, path):
    """Everything in one feed that breaks RFC 4287 or points outside the built site."""
    problems = []
    root = ET.parse(site.root / path).getroot()
    if root.tag != ATOM + "feed":
        return [f"root element is {root.tag}, not atom:feed"]

    def single(element, name, where):
        found = element.findall(ATOM + name)
        if len(found) != 1:
            problems.append(f"{where} has {len(found)} atom:{name}, must have exactly one")
            return None
        return found[0]

    def date(element, where):
        updated = single(element, "updated", where)
        if updated is None:
            return None
        if not RFC3339.match(updated.text or ""):
            problems.append(f"{where} atom:updated {updated.text!r} is not an RFC 3339 date-time")
            return None
        return instant(updated.text)

    def text_construct(element, name, where):
        node = single(element, name, where)
        if node is not None and not (node.text or "").strip():
            problems.append(f"{where} atom:{name} is empty")

    def has_author(element):
        return any((a.findtext(ATOM + "name") or "").strip() for a in element.findall(ATOM + "author"))

    feed_id = single(root, "id", "feed")
    if feed_id is not None and not is_absolute_iri(feed_id.text or ""):
        problems.append(f"feed atom:id {feed_id.text!r} is not an absolute IRI")
    text_construct(root, "title", "feed")
    feed_updated = date(root, "feed")
    links = root.findall(ATOM + "link")
    selves = [link for link in links if link.get("rel") == "self"]
    if len(selves) != 1:
        problems.append(f"feed has {len(selves)} link rel=self, should have one")
    elif selves[0].get("href") != site.absolute_url(path):
        problems.append(f"link rel=self is {selves[0].get('href')}, the feed is at {site.absolute_url(path)}")
    alternates = [(link.get("type"), link.get("hreflang")) for link in links if link.get("rel", "alternate") == "alternate"]
    if len(alternates) != len(set(alternates)):
        problems.append("feed has two alternate links with the same type and hreflang")
    for link in links:
        target = site.file_for(link.get("href", ""))
        if link.get("rel") != "self" and target is not None and not (site.root / target).is_file():
            problems.append(f"feed link {link.get('href')} is not a page of the site")

    ids = set()
    entries = root.findall(ATOM + "entry")
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        entry_id = single(entry, "id", where)
        if entry_id is not None:
            if not is_absolute_iri(entry_id.text or ""):
                problems.append(f"{where} atom:id {entry_id.text!r} is not an absolute IRI")
            if entry_id.text in ids:
                problems.append(f"{where} repeats atom:id {entry_id.text}")
            ids.add(entry_id.text)
        text_construct(entry, "title", where)
        updated = date(entry, where)
        if updated and feed_updated and updated > feed_updated:
            problems.append(f"{where} is newer than the feed's atom:updated")
        if not has_author(entry) and not has_author(root):
            problems.append(f"{where} has no atom:author and neither has the feed")
        entry_links = [link for link in entry.findall(ATOM + "link") if link.get("rel", "alternate") == "alternate"]
        if entry.find(ATOM + "content") is None and not entry_links:
            problems.append(f"{where} has neither atom:content nor a link rel=alternate")
        for link in entry_links:
            target = site.file_for(link.get("href", ""))
            if target is None or not (site.root / target).is_file():
                problems.append(f"{where} links to {link.get('href')}, which is not a page of the site")
    return problems


def feeds(site):
    return sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*.xml")
                  if ET.parse(p).getroot().tag == ATOM + "feed")


def test_feed_checks_catch_a_broken_feed(sample_site, tmp_path):
    copy = BuiltSite(tmp_path / "site", sample_site.base_url, sample_site.content)
    shutil.copytree(sample_site.root, copy.root)
    feed = copy.root / "feed.xml"
    text = feed.read_text(encoding="utf-8")
    broken = re.sub(r"<updated>[^<]*</updated>", "<updated>yesterday</updated>", text, count=2)
    broken = broken.replace("<author>", "<contributor>").replace("</author>", "</contributor>")
    feed.write_text(broken, encoding="utf-8")
    problems = atom_problems(copy, "feed.xml")
    assert any("RFC 3339" in p for p in problems) and any("no atom:author" in p for p in problems), problems


def test_every_feed_conforms_to_rfc_4287(any_site):
    found = feeds(any_site)
    assert "feed.xml" in found, "the site has no main feed"
    advertised = {any_site.file_for(any_site.resolve(page, href)[0])
                  for page in any_site.pages
                  for tag, attribute, href in any_site.refs(page).refs
                  if tag == "link" and attribute == "href" and href.endswith(".xml")}
    assert advertised <= set(found), f"pages advertise feeds that are not Atom files: {advertised - set(found)}"
    problems = {path: atom_problems(any_site, path) for path in found}
    entries = sum(len(ET.parse(any_site.root / path).getroot().findall(ATOM + "entry")) for path in found)
    print(f"\nAtom: {len(found)} feeds, {entries} entries checked in {any_site.root}")
    assert not any(problems.values()), {path: found for path, found in problems.items() if found}


def test_sitemap_is_valid_against_the_schema(any_site, shared_dir):
    schema = shared_dir / "xml-schema" / "sitemap-0.9.xsd"
    result = subprocess.run(["xmllint", "--noout", "--schema", str(schema), str(any_site.root / "sitemap.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_sitemap_lists_exactly_the_indexable_pages(any_site):
    root = ET.parse(any_site.root / "sitemap.xml").getroot()
    locs = [url.findtext(SITEMAP + "loc") for url in root.findall(SITEMAP + "url")]
    assert len(locs) == len(set(locs)), "sitemap.xml lists a URL twice"
    listed = {any_site.file_for(loc) for loc in locs}
    assert None not in listed and "" not in listed, "sitemap.xml lists URLs outside the site's base URL"
    short_links = [p for p in any_site.pages if p.startswith("d/")]
    assert short_links and all("noindex" in any_site.refs(p).robots for p in short_links), \
        "the /d/ short-link pages must be noindex"
    indexable = {p for p in any_site.pages if p != "404.html" and "noindex" not in any_site.refs(p).robots}
    print(f"\nsitemap: {len(locs)} URLs, {len(indexable)} indexable pages of {len(any_site.pages)}")
    assert listed - indexable == set(), f"sitemap.xml lists pages that are missing or noindex: {sorted(listed - indexable)[:20]}"
    assert indexable - listed == set(), f"pages missing from sitemap.xml: {sorted(indexable - listed)[:20]}"
