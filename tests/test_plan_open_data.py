"""A plan's open data read by the Frictionless reference library: datapackage.json passes the
fiscal-data-package profile, budget.csv matches its table schema, and its lines add up to 合計."""
import csv
import json

import datapackage
import pytest

PLAN = "plans/110/a01"
GRAND_TOTAL = 320267  # 合計 of the seed's crosswalk, in 千元


@pytest.fixture(scope="module")
def package_path(sample_site):
    path = sample_site.root / PLAN / "datapackage.json"
    assert path.is_file(), f"{path} was not written"
    return path


def test_descriptor_passes_the_fiscal_data_package_profile(package_path):
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    assert datapackage.Profile("fiscal-data-package").validate(descriptor)
    model = descriptor["model"]
    assert model["measures"]["amount"] == {"source": "amount", "currency": "TWD", "factor": 1000, "direction": "expenditure"}
    administrative = model["dimensions"]["administrative_classification"]
    assert administrative["classificationType"] == "administrative"
    parents = {name: attribute.get("parent") for name, attribute in administrative["attributes"].items()}
    assert parents["category_code"] == "agency_code" and parents["item_code"] == "category_code"


def test_the_profile_rejects_a_descriptor_without_measures(package_path):
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    descriptor["model"]["measures"] = {"amount": {"source": "amount"}}
    with pytest.raises(datapackage.exceptions.ValidationError):
        datapackage.Profile("fiscal-data-package").validate(descriptor)


def test_budget_lines_match_their_schema_and_add_up(package_path):
    package = datapackage.Package(str(package_path))
    assert package.valid, package.errors
    rows = package.get_resource("budget").read(keyed=True)
    assert len(rows) == 7
    assert sum(row["amount"] for row in rows) == GRAND_TOTAL
    assert [(row["category_label"], row["item_label"] or "", row["item_name"], row["amount"]) for row in rows][-2:] == [
        ("陸、", "一、", "人事費", 181235), ("陸、", "二、", "第一預備金", 1067)]


def test_csv_opens_in_a_spreadsheet_as_written(sample_site):
    raw = (sample_site.root / PLAN / "budget.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark lets zh-TW spreadsheets detect UTF-8"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][rows[0].index("notes")] == "不含人事費181,235千元"
