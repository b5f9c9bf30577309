"""Issue 16, part 3: the Akoma Ntoso 3.0 (OASIS LegalDocML) files. Every file of the sample site (and
of a site built from hostile content) is valid against the OASIS schema by xmllint; every notice and
issue page links its file; each body has the articles, legal lists, tables and signatures its page
shows; each issue's file names every notice of the issue; the IRIs follow the naming convention and
are unique; and the lifecycle of the sample regulation e-gazette-trial is the one its notices tell.
tests/test_import.py validates the imported EY corpus the same way."""
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml

from akoma_ntoso import MEDIA_TYPE, NAMESPACE, akoma_ntoso_files, schema_errors
from test_hostile_input import ATTACKS, hostile_site  # noqa: F401 (a fixture)
from test_odf import byte_size

AKN = "{" + NAMESPACE + "}"
DATE = r"\d{4}-\d{2}-\d{2}"
SLUG = r"[a-z0-9-]+"


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def site_settings(site):
    return yaml.safe_load((site.content / "site.yml").read_text(encoding="utf-8"))


def jurisdiction(site):
    locality = site_settings(site).get("locality")
    return "tw-" + locality if locality else "tw"


def notice_files(site):
    """(notice page folder relative to the output, its Akoma Ntoso file) for every notice page."""
    return [(folder, folder / f"{folder.name}.xml")
            for folder in sorted(path.parent.relative_to(site.root) for path in site.root.glob("gazette/*/*/index.html"))]


def root_of(path):
    document = ElementTree.parse(path).getroot()
    assert document.tag == AKN + "akomaNtoso", path
    return document[0]


def frbr(document, level, element):
    return document.find(f"{AKN}meta/{AKN}identification/{AKN}{level}/{AKN}{element}")


def source_of(site, folder):
    """The notice's Markdown file, beside its issue.yml in the content."""
    return site.content / "gazette" / folder.parent.name / f"{folder.name}.md"


@pytest.fixture(scope="module")
def files(sample_site):
    found = akoma_ntoso_files(sample_site.root)
    assert found, "the sample site has no Akoma Ntoso files"
    return found


def test_every_file_is_valid_against_the_schema(sample_site, files):
    notices = notice_files(sample_site)
    issues = {folder.parent for folder, _ in notices}
    assert len(files) == len(notices) + len(issues), "one file per notice and one per issue with notices"
    errors = schema_errors(files)
    print(f"\nAkoma Ntoso: {len(files)} files of the sample site checked with xmllint, {len(errors)} errors")
    assert not errors, "\n".join(errors[:20])


def test_files_of_hostile_content_are_valid_and_keep_the_text(hostile_site):  # noqa: F811
    found = akoma_ntoso_files(hostile_site)
    assert len(found) == 2
    assert not (errors := schema_errors(found)), "\n".join(errors[:20])
    notice = root_of(next(path for path in found if path.name == "evil.xml"))
    # The title loses only what XML 1.0 cannot hold (U+0007).
    assert frbr(notice, "FRBRWork", "FRBRname").get("value") == ATTACKS["title"].replace("\u0007", "")
    keywords = {keyword.get("value") for keyword in notice.iter(AKN + "keyword")}
    assert set(ATTACKS["tags"]) | set(ATTACKS["classification"]) <= keywords
    assert not [element for element in notice.iter() if not element.tag.startswith(AKN)], "markup escaped into the file"


def test_every_page_links_its_file(sample_site):
    for folder, file in notice_files(sample_site) + [(Path(p).parent, Path(p).parent / f"{Path(p).parent.name}.xml")
                                                      for p in sample_site.pages if re.fullmatch(r"gazette/[^/]+/index\.html", p)]:
        assert (sample_site.root / file).is_file(), f"{file} is missing"
        page = (sample_site.root / folder / "index.html").read_text(encoding="utf-8")
        link = sample_site.base_path + file.as_posix()
        size = byte_size((sample_site.root / file).stat().st_size)
        match = re.search(rf'<a href="{re.escape(link)}" type="{re.escape(MEDIA_TYPE)}">[^<]+</a>'
                          rf' <span class="file-info">（Akoma Ntoso XML，{re.escape(size)}）</span>', page)
        assert match, f"{folder}/index.html does not link {link} with its type and size"


def test_bodies_have_what_their_pages_show(sample_site):
    totals = {"articles": 0, "tables": 0, "legal lists": 0, "signatures": 0}
    for folder, file in notice_files(sample_site):
        page = (sample_site.root / folder / "index.html").read_text(encoding="utf-8")
        body = page[page.index('<div class="notice-body">'):]
        document = root_of(sample_site.root / file)
        elements = list(document.iter())

        def having(name, css_class=None, prefix=False):
            def fits(element):
                if css_class is None:
                    return True
                value = element.get("class") or ""
                return value.startswith(css_class) if prefix else value == css_class
            return [e for e in elements if e.tag == AKN + name and fits(e)]

        counts = {
            # An article in a comparison table's cell is a block there, not an article of the notice.
            "articles": (body.count('<div class="article"'), len(having("article")) + len(having("blockContainer", "article"))),
            "tables": (body.count('<table class="data-table"') + body.count('<table class="comparison"'), len(having("table"))),
            "legal lists": (body.count('<ol class="legal legal-'), len(having("list")) + len(having("blockList", "legal-", prefix=True))),
            "signatures": (body.count('<div class="signature"'), len(having("blockContainer", "signature"))),
        }
        for what, (shown, written) in counts.items():
            assert shown == written, f"{folder}: the page shows {shown} {what}, the Akoma Ntoso file has {written}"
            totals[what] += shown
        root = "act" if front_matter(source_of(sample_site, folder))["category"] == "regulations" else "doc"
        assert document.tag == AKN + root
        assert document.find(AKN + ("body" if root == "act" else "mainBody")) is not None
    assert all(totals.values()), f"the sample site should carry every construct: {totals}"


def test_issue_files_name_every_notice_of_their_issue(sample_site):
    for issue in sorted((sample_site.root / "gazette").glob("*/index.html")):
        folder = issue.parent
        expected = {path.parent.name for path in folder.glob("*/index.html")}
        document = root_of(folder / f"{folder.name}.xml")
        assert document.tag == AKN + "officialGazette"
        references = document.findall(f"{AKN}collectionBody/{AKN}component/{AKN}documentRef")
        named = []
        for reference in references:
            target = sample_site.file_for(sample_site.base_url + reference.get("href").removeprefix(sample_site.base_path))
            assert target and (sample_site.root / target).is_file(), f"{folder.name}: {reference.get('href')} does not exist"
            named.append(Path(target).parent.name)
            assert reference.get("showAs") == front_matter(sample_site.content / "gazette" / folder.name / f"{named[-1]}.md")["title"]
        assert sorted(named) == sorted(expected), f"{folder.name}: the issue file names {named}, the issue has {expected}"
        assert frbr(document, "FRBRWork", "FRBRuri").get("value").endswith("/" + folder.name)


def test_iris_follow_the_naming_convention_and_are_unique(sample_site, files):
    place = jurisdiction(sample_site)
    assert place == "tw-khh", "the sample site.yml sets locality: khh"
    categories = {entry["slug"]: entry["name"] for entry in site_settings(sample_site)["categories"]}
    language = "zho"
    works = []
    for path in files:
        document = root_of(path)
        work = frbr(document, "FRBRWork", "FRBRuri").get("value")
        works.append(work)
        assert re.fullmatch(rf"/akn/{place}/(act|doc/{SLUG}|officialGazette)/{DATE}/{SLUG}(\.{SLUG})?", work), work
        assert frbr(document, "FRBRWork", "FRBRthis").get("value") == work + "/!main"
        assert frbr(document, "FRBRWork", "FRBRcountry").get("value") == place
        expression = frbr(document, "FRBRExpression", "FRBRuri").get("value")
        assert expression == f"{work}/{language}@"
        assert frbr(document, "FRBRExpression", "FRBRthis").get("value") == expression + "/!main"
        assert frbr(document, "FRBRExpression", "FRBRlanguage").get("language") == language
        assert frbr(document, "FRBRManifestation", "FRBRthis").get("value") == expression + "/!main.xml"
        assert frbr(document, "FRBRManifestation", "FRBRuri").get("value") == expression + ".akn"
        if document.tag != AKN + "officialGazette":
            folder = path.parent.relative_to(sample_site.root)
            notice = front_matter(source_of(sample_site, folder))
            kind = "act" if categories[notice["category"]] == "法規" else f"doc/{notice['category']}"
            assert work == f"/akn/{place}/{kind}/{notice['date']}/{folder.parent.name}.{folder.name}"
            assert frbr(document, "FRBRWork", "FRBRdate").get("date") == str(notice["date"])
    assert len(set(works)) == len(works), "two files share a work IRI"


def lifecycle(document):
    return [(event.get("date"), event.get("type"), event.get("source"), event.get("refersTo"))
            for event in document.iter(AKN + "eventRef")]


def as_list(value):
    return [] if value is None else value if isinstance(value, list) else [value]


def test_the_lifecycle_of_the_sample_regulation(sample_site):
    """e-gazette-trial: enacted, amended twice (once retroactively), then repealed. Each notice's events
    follow from the front matter of the regulation's notices; each reference names the other's file."""
    notices = {}
    for source in sorted((sample_site.content / "gazette").glob("*/*.md")):
        matter = front_matter(source)
        if matter.get("regulation") == "e-gazette-trial":
            folder = Path("gazette") / source.parent.name / source.stem
            notices[matter["number"]] = (matter, root_of(sample_site.root / folder / f"{source.stem}.xml"))
    assert len(notices) == 4
    expression = {number: frbr(document, "FRBRExpression", "FRBRthis").get("value") for number, (_, document) in notices.items()}
    for number, (matter, document) in notices.items():
        expected = [(str(matter["date"]), "generation", "#original", None)]
        if matter.get("effective"):
            expected.append((str(matter["effective"]), None, "#original", "#entry-into-force"))
        for other, (later, _) in notices.items():
            for key, kind in (("amends", "amendment"), ("repeals", "repeal")):
                if number in as_list(later.get(key)):
                    expected.append((str(later.get("effective") or later["date"]), kind, other, None))
        events = lifecycle(document)
        passive = {reference.get("eId"): reference.get("href") for reference in document.iter(AKN + "passiveRef")}
        actual = [(date, kind, next(n for n, href in expression.items() if href == passive[source[1:]]) if source != "#original" else source,
                   refers) for date, kind, source, refers in events]
        assert actual == sorted(expected, key=lambda event: event[0]), f"{number}: {events}"
        destinations = [element.get("href") for element in document.iter(AKN + "destination")]
        assert destinations == [expression[target] for target in as_list(matter.get("amends")) + as_list(matter.get("repeals"))]
        active = {reference.get("href") for reference in document.iter(AKN + "activeRef")}
        assert active == set(destinations)
    # The enactment's life, spelled out: enacted, in force, amended twice, repealed.
    enactment = next(document for matter, document in notices.values() if not matter.get("amends") and not matter.get("repeals"))
    assert [kind for _, kind, _, _ in lifecycle(enactment)] == ["generation", None, "amendment", "amendment", "repeal"]


def test_the_schema_check_catches_a_broken_file(files, tmp_path):
    """The gate above can fail: a file whose body holds a bare paragraph (an act's body allows only
    hierarchical elements) and which lost its FRBRcountry is refused."""
    act = next(path for path in files if root_of(path).tag == AKN + "act")
    text = act.read_text(encoding="utf-8")
    broken = re.sub(r"<FRBRcountry [^>]*/>\n", "", text).replace("<body>\n", "<body>\n<p>裸段落</p>\n", 1)
    assert broken != text
    copy = tmp_path / act.name
    copy.write_text(broken, encoding="utf-8")
    errors = schema_errors([copy])
    assert any("FRBRcountry" in error for error in errors) and any("'{%s}p'" % NAMESPACE in error for error in errors), errors
