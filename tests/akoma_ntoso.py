"""Akoma Ntoso files of a built site, found and checked with xmllint against the OASIS schema in
../shared/xml-schema: shared by tests/test_akoma_ntoso.py (the sample site) and tests/test_import.py
(the imported EY corpus)."""
import shutil
import subprocess
from pathlib import Path

SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "xml-schema" / "akomantoso30.xsd"
NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MEDIA_TYPE = "application/akn+xml"
# One xmllint run reads the schema once and checks this many files: the EY corpus's 1,768 in five runs.
BATCH = 400


def akoma_ntoso_files(root):
    """Every .xml of the output whose root is in the Akoma Ntoso namespace (feeds and sitemaps are not)."""
    return sorted(path for path in Path(root).rglob("*.xml") if NAMESPACE.encode() in path.read_bytes()[:200])


def schema_errors(files):
    """xmllint's complaints about the files, [] when every one validates."""
    xmllint = shutil.which("xmllint")
    assert xmllint, "xmllint is not installed: run scripts/install-test-deps (Debian libxml2-utils)"
    assert SCHEMA.is_file(), f"the Akoma Ntoso schema is missing at {SCHEMA}"
    errors = []
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        result = subprocess.run([xmllint, "--noout", "--schema", str(SCHEMA), *map(str, batch)],
                                capture_output=True, text=True)
        complaints = [line for line in result.stderr.splitlines() if line and not line.endswith(" validates")]
        if result.returncode != 0 and not complaints:
            complaints = [f"xmllint exited with {result.returncode} on {batch[0]}…"]
        errors += complaints
    return errors
