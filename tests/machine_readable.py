"""What a page says of itself to machines, read back with real parsers: its <meta> elements under Taiwan's rule for
government web pages (行政機關電子資料流通詮釋資料及分類檢索規範, revised 2022) and its schema.org JSON-LD, checked
against the schema.org vocabulary extract in tests/data/schema-org-vocabulary.json (its source is named inside)."""
import json
from html.parser import HTMLParser
from pathlib import Path

# The rule's fifteen Dublin Core elements (all required), coverage written as its two dates the way pages that follow
# the rule write it, the keywords element and the three national classifications: 主題, 施政 and 服務分類.
RULE_ELEMENTS = [
    "DC.Title", "DC.Creator", "DC.Subject", "DC.Description", "DC.Contributor", "DC.Type", "DC.Format", "DC.Source",
    "DC.Language", "DC.coverage.t.min", "DC.coverage.t.max", "DC.Publisher", "DC.Date", "DC.Identifier", "DC.Relation",
    "DC.Rights", "DC.Keywords", "Category.Theme", "Category.Cake", "Category.Service",
]
VOCABULARY = Path(__file__).parent / "data" / "schema-org-vocabulary.json"
SCHEMA = "https://schema.org/"


class PageDescription(HTMLParser):
    """The <meta name> elements of the head, the JSON-LD blocks and the visible breadcrumb trail."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.metas, self.blocks, self.crumbs = [], [], []
        self.refresh = False
        self._script = None
        self._crumb_depth = 0
        self._crumb = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and values.get("name") is not None:
            self.metas.append((values["name"], values.get("content")))
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.refresh = True
        if tag == "script" and values.get("type") == "application/ld+json":
            self._script = []
        if tag == "nav" and "breadcrumbs" in (values.get("class") or "").split():
            self._crumb_depth = 1
        elif self._crumb_depth and tag == "li":
            self._crumb = []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.blocks.append(json.loads("".join(self._script)))
            self._script = None
        if self._crumb_depth and tag == "li" and self._crumb is not None:
            self.crumbs.append("".join(self._crumb).strip())
            self._crumb = None
        if self._crumb_depth and tag == "nav":
            self._crumb_depth = 0

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self._crumb is not None:
            self._crumb.append(data)

    def values(self, name):
        return [content for meta, content in self.metas if meta == name]


def describe(path):
    parser = PageDescription()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    parser.close()
    return parser


def rule_problems(page):
    """The rule's elements a page lacks or leaves empty, and the elements it writes twice with one value."""
    problems = []
    for name in RULE_ELEMENTS:
        values = page.values(name)
        if not values:
            problems.append(f"no {name}")
        elif any(value is None or not value.strip() for value in values):
            problems.append(f"empty {name}")
        elif len(set(values)) != len(values):
            problems.append(f"{name} repeated with one value")
    return problems


class Vocabulary:
    def __init__(self, path=VOCABULARY):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.source = data["source"]
        self.types = data["types"]
        self.properties = data["properties"]

    def ancestors(self, type_name):
        seen, stack = set(), [type_name]
        while stack:
            name = stack.pop()
            if name in seen or name not in self.types:
                continue
            seen.add(name)
            stack += self.types[name].get("subTypeOf", [])
        return seen

    def members_of(self, enumeration):
        return {name for name, entry in self.types.items() if entry.get("enumerationtype") == enumeration}

    def problems(self, node, where="", counts=None):
        """Every type the extract lacks, every property whose domain excludes its node's type, every enumeration value
        that is not a member of the property's range, checked through nested nodes."""
        found = []
        if isinstance(node, list):
            for index, item in enumerate(node):
                found += self.problems(item, f"{where}[{index}]", counts)
            return found
        if not isinstance(node, dict):
            return found
        types = node.get("@type")
        if types is None:
            if set(node) - {"@id"}:
                found.append(f"{where}: a node without @type: {sorted(node)}")
            return found
        for type_name in [types] if isinstance(types, str) else types:
            if type_name not in self.types:
                found.append(f"{where}: type {type_name} is not in the vocabulary extract")
                continue
            if counts is not None:
                counts[type_name] = counts.get(type_name, 0) + 1
            lineage = self.ancestors(type_name)
            for key, value in node.items():
                if key.startswith("@"):
                    continue
                entry = self.properties.get(key)
                if entry is None:
                    found.append(f"{where}: {type_name}.{key} is not a schema.org property of the extract")
                    continue
                if not lineage & set(entry["domainIncludes"]):
                    found.append(f"{where}: {key} does not apply to {type_name} (domain {entry['domainIncludes']})")
                for enumeration in entry["rangeIncludes"]:
                    members = self.members_of(enumeration)
                    if members:
                        for item in value if isinstance(value, list) else [value]:
                            if not (isinstance(item, str) and item.startswith(SCHEMA) and item[len(SCHEMA):] in members):
                                found.append(f"{where}: {key} value {item!r} is not a member of {enumeration}")
                found += self.problems(value, f"{where}.{key}", counts)
        return found


def graph_nodes(block):
    return block["@graph"] if "@graph" in block else [block]


def node_with_id(block, identifier):
    return next((node for node in graph_nodes(block) if node.get("@id") == identifier), None)
