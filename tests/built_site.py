"""A site built by the real `gazette` binary, read the way the conformance gates need it:
its pages, its links and ids, its base URL, and one page of each type."""
import fnmatch
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit


@dataclass
class PageRefs:
    """What one HTML page points at and offers as fragment targets."""
    refs: list = field(default_factory=list)  # (tag, attribute, value)
    ids: set = field(default_factory=set)
    robots: str = ""
    has_footer: bool = False
    footer_classes: set = field(default_factory=set)
    footer_links: list = field(default_factory=list)


class _RefCollector(HTMLParser):
    URL_ATTRIBUTES = {"href", "src", "action", "poster", "data", "cite"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = PageRefs()
        self.footer_depth = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.page.ids.add(values["name"])
        for name, value in attrs:
            if value is None:
                continue
            if name in self.URL_ATTRIBUTES:
                self.page.refs.append((tag, name, value))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.refs.append((tag, name, candidate.split()[0]))
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url\s*=\s*(.+)$", values.get("content") or "", re.IGNORECASE)
            if match:
                self.page.refs.append((tag, "http-equiv=refresh", match.group(1).strip().strip("'\"")))
        if tag == "meta" and (values.get("name") or "").lower() == "robots":
            self.page.robots = (values.get("content") or "").lower()
        if tag == "footer":
            self.page.has_footer = True
            self.footer_depth += 1
        elif self.footer_depth:
            self.page.footer_classes.update((values.get("class") or "").split())
            if tag == "a" and values.get("href"):
                self.page.footer_links.append(values["href"])

    def handle_endtag(self, tag):
        if tag == "footer" and self.footer_depth:
            self.footer_depth -= 1


def read_page(path):
    collector = _RefCollector()
    collector.feed(Path(path).read_text(encoding="utf-8"))
    collector.close()
    return collector.page


@dataclass(frozen=True)
class PageType:
    """A kind of page, found by a path pattern matched segment by segment ('**' spans folders)."""
    name: str
    pattern: str
    required: bool


# The page types of the list. Required ones must exist in every build; the others
# (plans, search) are checked as soon as a build contains them.
PAGE_TYPES = [
    PageType("home", "index.html", True),
    PageType("issue list", "gazette/index.html", True),
    PageType("issue", "gazette/*/index.html", True),
    PageType("notice", "gazette/*/*/index.html", True),
    PageType("category index", "categories/index.html", True),
    PageType("category", "categories/*/index.html", True),
    PageType("agency index", "agencies/index.html", True),
    PageType("agency", "agencies/*/index.html", True),
    PageType("tag index", "tags/index.html", True),
    PageType("tag", "tags/*/index.html", True),
    PageType("archive index", "archive/index.html", True),
    PageType("archive", "archive/*/index.html", True),
    PageType("list, later page", "*/*/page/*/index.html", False),
    PageType("accessibility statement", "accessibility/index.html", True),
    PageType("open-data licence", "license/index.html", True),
    PageType("404", "404.html", True),
    PageType("short link", "d/*/index.html", True),
    PageType("plan list", "plans/index.html", False),
    PageType("plan", "plans/**/index.html", False),
    PageType("search", "search/index.html", False),
    PageType("regulation index", "regulations/index.html", False),
    PageType("regulation", "regulations/*/index.html", False),
    PageType("consultations", "consultations/index.html", False),
]


# The blocks of real gazette bodies, each marked by a class its writer puts on it: a notice page
# carrying each one is checked too, since the largest notice need not carry them all.
BODY_CONSTRUCTS = {
    "data table": 'class="data-table"',
    "comparison table": 'class="comparison"',
    "legal numbering": 'class="legal ',
    "article": 'class="article"',
    "signature block": 'class="signature"',
}


def matches(path, pattern):
    parts, wanted = path.split("/"), pattern.split("/")

    def match(i, j):
        if j == len(wanted):
            return i == len(parts)
        if wanted[j] == "**":
            return any(match(k, j + 1) for k in range(i, len(parts) + 1))
        return i < len(parts) and fnmatch.fnmatchcase(parts[i], wanted[j]) and match(i + 1, j + 1)

    return match(0, 0)


def shape(path):
    """Pages of one shape are made by one template: the first folder, the depth, and paging."""
    parts = path.split("/")
    return (parts[0] if len(parts) > 1 else "", len(parts), "page" in parts[:-1])


class BuiltSite:
    def __init__(self, root, base_url, content):
        self.root = Path(root)
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.base_path = urlsplit(self.base_url).path or "/"
        self.content = Path(content)
        self.pages = sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html")
                            if not any(part.startswith(".") for part in p.relative_to(self.root).parts))
        self._refs = {}

    def refs(self, page):
        if page not in self._refs:
            self._refs[page] = read_page(self.root / page)
        return self._refs[page]

    def url_path(self, page):
        """The root-relative URL a page is served at (folders end with '/')."""
        folder = page[: -len("index.html")] if page.endswith("index.html") else page
        return self.base_path + quote(folder)

    def absolute_url(self, page):
        return self.base_url + quote(page[: -len("index.html")] if page.endswith("index.html") else page)

    def file_for(self, url):
        """The output file an absolute URL of this site is served from, or None when it is not
        under the base URL. The path is percent-decoded; a folder means its index.html."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if (parts.scheme, parts.netloc.lower()) != (base.scheme, base.netloc.lower()):
            return None
        if not parts.path.startswith(self.base_path):
            return ""
        relative = unquote(parts.path[len(self.base_path):], errors="strict")
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        elif (self.root / relative).is_dir():
            relative += "/index.html"
        return relative

    def resolve(self, page, ref):
        """(absolute URL, fragment) of a reference on a page."""
        absolute = urljoin(self.absolute_url(page), ref.strip())
        base, _, fragment = absolute.partition("#")
        return base.split("?")[0], fragment

    def pages_of_type(self, page_type):
        return [p for p in self.pages if matches(p, page_type.pattern)]

    def representatives(self):
        """One page per declared type (the largest, so the richest: attachments, tables, tags),
        plus one per shape that no declared type covers, so new kinds of page are checked too."""
        chosen = {}
        for page_type in PAGE_TYPES:
            found = self.pages_of_type(page_type)
            if found:
                chosen[page_type.name] = max(found, key=lambda p: ((self.root / p).stat().st_size, p))
        notices = self.pages_of_type(next(t for t in PAGE_TYPES if t.name == "notice"))
        for construct, marker in BODY_CONSTRUCTS.items():
            carrying = [p for p in notices if marker in (self.root / p).read_text(encoding="utf-8")]
            if carrying:
                chosen["notice with " + construct] = max(carrying, key=lambda p: ((self.root / p).stat().st_size, p))
        covered = {shape(p) for p in chosen.values()}
        for page in self.pages:
            if shape(page) not in covered:
                covered.add(shape(page))
                chosen["other: " + page] = page
        return chosen
