"""Issue 16, parts 1 and 2: every page describes itself to machines. The <meta> elements of Taiwan's rule for
government web pages carry the values of site.yml, the categories, the agencies and each notice; `gazette check` names
the key to fill for every element a page would lack; every JSON-LD block parses and uses only types and properties of
the schema.org vocabulary (extract in tests/data/, source named there), with notices typed as the issue asks."""
import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_gazette
from machine_readable import RULE_ELEMENTS, SCHEMA, Vocabulary, describe, graph_nodes, node_with_id, rule_problems
from test_lifecycle import Notices, references

CONTENT = REPO / "Content"
LEGISLATION = {"法規", "行政規則", "令"}


@pytest.fixture(scope="module")
def notices():
    return Notices(CONTENT)


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary()


def layout_pages(site):
    """Every page made from the layout: the short links /d/<number>/ are bare redirects."""
    pages = [page for page in site.pages if not describe(site.root / page).refresh]
    assert len(pages) > 100
    return pages


def test_every_page_carries_every_element_of_the_rule(sample_site):
    problems = {page: rule_problems(describe(sample_site.root / page)) for page in layout_pages(sample_site)}
    assert {page: found for page, found in problems.items() if found} == {}


def expected_codes(notice, site):
    """A notice's own codes, else its category's, else its agency's, else the site's: per scheme."""
    category = next(c for c in site["categories"] if c["slug"] == notice["category"])
    agencies = notice["agency"] if isinstance(notice["agency"], list) else [notice["agency"]]
    agency = next(a for a in site["agencies"] if a["slug"] == agencies[0])
    codes = {}
    for scheme in ("theme", "cake", "service"):
        for source in (notice, category, agency, site):
            value = (source.get("classification") or {}).get(scheme)
            if value:
                codes[scheme] = [str(v) for v in (value if isinstance(value, list) else [value])]
                break
    return codes


def test_a_notice_s_elements_come_from_its_front_matter_and_site_yml(sample_site, notices):
    site = notices.site
    names = {a["slug"]: a["name"] for a in site["agencies"]}
    categories = {c["slug"]: c["name"] for c in site["categories"]}
    for notice in notices.all:
        page = describe(sample_site.root / notice["page"])
        agencies = notice["agency"] if isinstance(notice["agency"], list) else [notice["agency"]]
        where = notice["page"]
        assert page.values("DC.Title") == [notice["title"]], where
        assert page.values("DC.Date") == [notice["date"].isoformat()], where
        assert page.values("DC.Creator") == [names[a] for a in agencies], where
        assert page.values("DC.Type") == [categories[notice["category"]]], where
        assert page.values("DC.Publisher") == [site["publisher"]] and page.values("DC.Rights") == [site["rights"]], where
        assert page.values("DC.Identifier") == [site["agencyCode"]], where
        assert page.values("DC.Language") == [site["language"]], where
        assert page.values("DC.Format") == ["text/html"], where
        assert sample_site.base_url + f"gazette/{notice['issue']}/" in page.values("DC.Relation"), where
        # A retroactive notice's content begins on its effective date, before its own date.
        earliest = min(notice["date"].isoformat(), str(notice.get("effective") or "9999"))
        assert page.values("DC.coverage.t.min") == [earliest], where
        assert page.values("DC.coverage.t.max")[0] >= notice["date"].isoformat(), where
        if notice.get("summary"):
            assert page.values("DC.Description") == [" ".join(notice["summary"].split())], where
        for tag in notice.get("tags") or []:
            assert tag in page.values("DC.Keywords") and tag in page.values("DC.Subject"), where
        codes = expected_codes(notice, site)
        for scheme, element in (("theme", "Category.Theme"), ("cake", "Category.Cake"), ("service", "Category.Service")):
            assert page.values(element) == codes.get(scheme, []), f"{where}: {element}"
        if notice.get("effective"):
            assert page.values("DC.coverage.t.max")[0] >= str(notice["effective"]), where


def test_a_page_about_the_site_takes_site_yml(sample_site, notices):
    site = notices.site
    home = describe(sample_site.root / "index.html")
    assert home.values("DC.Title") == [site["title"]]
    assert home.values("DC.Description") == [site["description"]]
    assert home.values("DC.Creator") == [site["publisher"]]
    assert home.values("Category.Theme") == [str(site["classification"]["theme"])]
    dates = sorted([n["date"] for n in notices.all] + [n["published"] for n in notices.all])
    assert home.values("DC.coverage.t.min") == [dates[0].isoformat()]
    assert home.values("DC.coverage.t.max") == [dates[-1].isoformat()]


def strip_keys(text, keys):
    """site.yml without the top-level keys given (and the lines indented below them)."""
    lines, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "\t", "#", "\n") and line.strip():
            skipping = line.split(":")[0] in keys
        if not skipping:
            lines.append(line)
    return "".join(lines)


def check(gazette_bin, content):
    return subprocess.run([str(gazette_bin), "check", "--content", str(content), "--templates", str(REPO / "Templates")],
                          cwd=REPO, capture_output=True, text=True)


def test_check_is_silent_on_the_sample_site(gazette_bin):
    result = check(gazette_bin, CONTENT)
    assert result.returncode == 0, result.stderr
    assert "would be empty" not in result.stderr, result.stderr


def test_check_names_the_site_yml_key_and_the_notice_to_fill(gazette_bin, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    site_file = content / "site.yml"
    site_file.write_text(strip_keys(site_file.read_text(encoding="utf-8"),
                                    {"publisher", "agencyCode", "rights", "classification", "description"}), encoding="utf-8")
    # One category gives its own theme: its notices do not need one from elsewhere.
    text = site_file.read_text(encoding="utf-8").replace(
        "  - slug: service\n    name: 公示送達\n", "  - slug: service\n    name: 公示送達\n    classification: {theme: \"150\"}\n")
    site_file.write_text(text, encoding="utf-8")
    empty = content / "gazette" / "110-spring-001" / "empty-body.md"
    empty.write_text("---\ntitle: 空白公告\ncategory: announcements\nagency: a01\ndate: 2021-01-04\n---\n\n", encoding="utf-8")
    result = check(gazette_bin, content)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "would be empty" in line]
    site_lines = [line for line in lines if line.startswith(f"{site_file.relative_to(REPO) if site_file.is_relative_to(REPO) else site_file}:")]
    for key, element in (("publisher", "DC.Publisher"), ("agencyCode", "DC.Identifier"), ("rights", "DC.Rights"),
                         ("description", "DC.Description"), ("classification: {theme", "Category.Theme"),
                         ("classification: {cake", "Category.Cake"), ("classification: {service", "Category.Service")):
        assert any(f"'{key}" in line and element in line for line in site_lines), f"no site.yml line for {key}:\n{result.stderr}"
    empty_lines = [line for line in lines if "empty-body.md:" in line]
    assert len(empty_lines) == 1 and "DC.Description" in empty_lines[0] and "'summary:'" in empty_lines[0], result.stderr
    assert "Category.Theme" in empty_lines[0] and "Category.Cake" in empty_lines[0]
    service_notices = [path for path in (content / "gazette").glob("*/*.md")
                       if yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1]).get("category") == "service"]
    assert service_notices
    for path in service_notices:
        reported = [line for line in lines if f"{path.name}:" in line]
        assert reported and all("Category.Theme" not in line for line in reported), reported
    # Any other notice lacks a theme: its line names its own category's place in site.yml as one place to add it.
    regulations_line = text.splitlines().index("  - slug: regulations") + 1
    regulation_notices = [path for path in (content / "gazette").glob("*/*.md")
                          if yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1]).get("category") == "regulations"]
    assert regulation_notices
    for path in regulation_notices:
        reported = [line for line in lines if f"{path.name}:" in line]
        assert reported and "Category.Theme" in reported[0] and f"site.yml:{regulations_line}:" in reported[0], reported


def blocks_of(site, pages):
    found = {}
    for page in pages:
        description = describe(site.root / page)
        assert len(description.blocks) == 1, f"{page}: {len(description.blocks)} JSON-LD blocks"
        found[page] = description
    return found


def test_every_json_ld_block_uses_the_vocabulary(sample_site, vocabulary):
    counts, problems = {}, {}
    for page, description in blocks_of(sample_site, layout_pages(sample_site)).items():
        block = description.blocks[0]
        assert block["@context"] == "https://schema.org", page
        found = vocabulary.problems(graph_nodes(block), page, counts)
        if found:
            problems[page] = found
    assert problems == {}
    for type_name in ("WebPage", "CollectionPage", "BreadcrumbList", "ListItem", "Legislation", "Article",
                      "PublicationIssue", "Periodical", "WebSite", "GovernmentOrganization", "Report"):
        assert counts.get(type_name), f"no {type_name} on any page: {counts}"
    print(f"\nJSON-LD nodes by type: {dict(sorted(counts.items()))}")


def test_notices_are_legislation_or_articles_with_their_relations(sample_site, notices):
    site = notices.site
    categories = {c["slug"]: c["name"] for c in site["categories"]}
    names = {a["slug"]: a["name"] for a in site["agencies"]}
    for notice in notices.all:
        block = describe(sample_site.root / notice["page"]).blocks[0]
        url = sample_site.base_url + notice["url"].lstrip("/")
        page = node_with_id(block, url)
        entity = node_with_id(block, page["mainEntity"]["@id"])
        agencies = notice["agency"] if isinstance(notice["agency"], list) else [notice["agency"]]
        where = notice["page"]
        assert entity["url"] == url and entity["name"] == notice["title"], where
        if categories[notice["category"]] in LEGISLATION:
            assert entity["@type"] == "Legislation", where
            identifier = entity["legislationIdentifier"]
            assert (identifier if isinstance(identifier, list) else [identifier]) == notice["numbers"], where
            assert entity["legislationDate"] == notice["date"].isoformat(), where
            assert [org["name"] for org in entity["legislationPassedBy"]] == [names[a] for a in agencies], where
            assert entity["legislationLegalForce"] in {SCHEMA + "InForce", SCHEMA + "NotInForce"}, where
            if notice.get("effective"):
                assert entity["legislationDateOfApplicability"] == str(notice["effective"]), where
            for key, field in (("corrects", "legislationCorrects"), ("amends", "legislationAmends"), ("repeals", "legislationRepeals")):
                wanted = []
                for reference in references(notice.get(key)):
                    if reference.get("outside"):
                        wanted.append(("outside", str(reference["number"])))
                    else:
                        target = notices.by_number(str(reference["number"]))
                        wanted.append(("site", sample_site.base_url + target["url"].lstrip("/") + "#notice"))
                given = [("site", ref["@id"]) if "@id" in ref else ("outside", ref["legislationIdentifier"])
                         for ref in entity.get(field, [])]
                assert given == wanted, f"{where}: {field}"
        else:
            assert entity["@type"] == "Article", where
            assert entity["articleSection"] == categories[notice["category"]], where
            assert [org["name"] for org in entity["author"]] == [names[a] for a in agencies], where
        assert entity["isPartOf"]["@id"] == sample_site.base_url + f"gazette/{notice['issue']}/#issue", where
    legislation = [n for n in notices.all if categories[n["category"]] in LEGISLATION]
    related = [n for n in legislation if n.get("amends") or n.get("repeals") or n.get("corrects")]
    assert legislation and related, "the sample has no legislation with relations to check"


def test_breadcrumbs_and_issues_match_what_the_page_shows(sample_site, notices):
    pages = blocks_of(sample_site, [p for p in layout_pages(sample_site) if p != "index.html"])
    with_trail = 0
    for page, description in pages.items():
        block = description.blocks[0]
        trails = [node for node in graph_nodes(block) if node["@type"] == "BreadcrumbList"]
        if not description.crumbs:
            assert trails == [], page
            continue
        with_trail += 1
        items = trails[0]["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1)), page
        assert [item["name"] for item in items] == description.crumbs, page
        assert items[-1]["item"] == sample_site.absolute_url(page), page
    assert with_trail > 50
    for issue in {n["issue"] for n in notices.all}:
        block = describe(sample_site.root / "gazette" / issue / "index.html").blocks[0]
        entity = node_with_id(block, sample_site.base_url + f"gazette/{issue}/#issue")
        assert entity["@type"] == "PublicationIssue" and entity["isPartOf"]["@type"] == "Periodical"
        wanted = sorted(sample_site.base_url + n["url"].lstrip("/") + "#notice" for n in notices.all if n["issue"] == issue)
        assert sorted(part["@id"] for part in entity["hasPart"]) == wanted


def test_the_home_page_describes_the_site_and_its_publisher(sample_site, notices):
    block = describe(sample_site.root / "index.html").blocks[0]
    website = node_with_id(block, sample_site.base_url + "#website")
    publisher = node_with_id(block, sample_site.base_url + "#publisher")
    assert website["@type"] == "WebSite" and website["name"] == notices.site["title"]
    assert publisher["@type"] == "GovernmentOrganization" and publisher["name"] == notices.site["publisher"]
    assert publisher["identifier"] == notices.site["agencyCode"]


def test_the_vocabulary_extract_names_its_source(vocabulary):
    assert vocabulary.source["repository"] == "schemaorg/schemaorg" and vocabulary.source["release"]
    assert all(path.startswith("data/releases/") for path in vocabulary.source["files"])
    assert {"Legislation", "InForce", "NotInForce"} <= set(vocabulary.types)
    assert vocabulary.properties["legislationCorrects"]["domainIncludes"] == ["Legislation"]


# --- Part 5: open data the national platform can list ---------------------------------------------

# The field names of data.gov.tw's dataset list that a publisher gives (the platform fills 品質檢測 and 資料集上架方式).
PLATFORM_FIELDS = ["資料集識別碼", "資料集名稱", "檔案格式", "資料下載網址", "編碼格式", "資料集描述", "主要欄位說明", "提供機關",
                   "更新頻率", "授權方式", "授權說明網址", "相關網址", "計費方式", "提供機關聯絡人姓名", "提供機關聯絡人電話",
                   "上架日期", "詮釋資料更新時間", "資料量"]
LICENCE = "政府資料開放授權條款-第1版"


def open_data_files(site):
    """Every open-data file of the output: the register, the issues' files and the plans' budgets."""
    root = site.root
    found = {p.relative_to(root).as_posix() for p in (root / "data").rglob("*") if p.is_file()}
    found -= {"data/datasets.json", "data/datasets.csv"}
    found |= {p.relative_to(root).as_posix() for name in ("budget.csv", "datapackage.json") for p in (root / "plans").rglob(name)}
    return found


def record_count(path):
    if path.name == "notices.json":
        return len(json.loads(path.read_text(encoding="utf-8")))
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return len(list(csv.reader(handle))) - 1
    return None


def test_every_open_data_file_is_described_for_the_national_platform(sample_site, notices):
    root = sample_site.root
    datasets = json.loads((root / "data" / "datasets.json").read_text(encoding="utf-8"))
    with open(root / "data" / "datasets.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == PLATFORM_FIELDS
    assert [[dataset[field] or "" for field in PLATFORM_FIELDS] for dataset in datasets] == rows[1:]
    described = set()
    for dataset in datasets:
        name = dataset["資料集名稱"]
        assert list(dataset) == PLATFORM_FIELDS, name
        assert dataset["授權方式"] == LICENCE and dataset["計費方式"] == "免費" and dataset["編碼格式"] == "UTF-8", name
        assert dataset["提供機關"] == notices.site["publisher"], name
        assert dataset["提供機關聯絡人電話"] == notices.site["openData"]["contactPhone"], name
        assert sample_site.file_for(dataset["授權說明網址"]) == "license/index.html", name
        assert (root / sample_site.file_for(dataset["相關網址"])).is_file(), name
        assert dataset["上架日期"] <= dataset["詮釋資料更新時間"], name
        files = [sample_site.file_for(url) for url in dataset["資料下載網址"].split(";")]
        assert all(files) and all((root / f).is_file() for f in files), name
        formats = sorted({Path(f).suffix[1:].upper() for f in files})
        assert sorted(dataset["檔案格式"].split(";")) == formats, name
        counts = {record_count(root / f) for f in files} - {None}
        if counts:
            assert counts == {int(dataset["資料量"])}, name
        described |= set(files)
    assert described == open_data_files(sample_site)
    register = next(d for d in datasets if sample_site.file_for(d["資料下載網址"].split(";")[0]) == "data/notices.json")
    dates = sorted(n["date"].isoformat() for n in notices.all)
    assert (register["上架日期"], register["詮釋資料更新時間"], int(register["資料量"])) == (dates[0], dates[-1], len(dates))
    assert len([d for d in datasets if "plans/" in d["資料下載網址"]]) == len(list((root / "plans").rglob("budget.csv"))) > 0


def test_the_licence_page_declares_the_licence_and_every_page_links_it(sample_site, notices):
    page = (sample_site.root / "license" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://data.gov.tw/license"' in page and LICENCE in page
    assert f"提供機關／{notices.site['publisher']}" in page
    licence_url = sample_site.base_url + "license/"
    without = [p for p in layout_pages(sample_site)
               if licence_url not in {sample_site.resolve(p, link)[0] for link in sample_site.refs(p).footer_links}]
    assert without == []
    for issue in (sample_site.root / "data" / "issues").glob("*.json"):
        assert json.loads(issue.read_text(encoding="utf-8"))["license"] == licence_url, issue.name
    for package in (sample_site.root / "plans").rglob("datapackage.json"):
        licences = json.loads(package.read_text(encoding="utf-8"))["licenses"]
        assert licences == [{"title": LICENCE, "path": licence_url}], package
