"""Session fixtures shared by the end-to-end suites: the real `gazette` binary, the sample site
and a 1,000-notice corpus built with it, each served on 127.0.0.1, and one headless Chromium."""
import functools
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from built_site import BuiltSite  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS_SIZE = 1000


@pytest.fixture(scope="session")
def gazette_bin():
    """The binary `make test` built; GAZETTE_BIN points elsewhere (e.g. a private scratch folder)."""
    path = Path(os.environ.get("GAZETTE_BIN") or REPO / ".build" / "debug" / "gazette")
    if not path.is_absolute():
        path = REPO / path
    if not os.access(path, os.X_OK):
        pytest.fail(f"gazette binary not found at {path}: run `swift build` first, or set GAZETTE_BIN", pytrace=False)
    return path


@pytest.fixture(scope="session")
def shared_dir():
    if not (SHARED / "bench" / "make_corpus.py").is_file():
        pytest.fail(f"shared/ not found beside the repository at {SHARED}", pytrace=False)
    return SHARED


def run_gazette(binary, *arguments):
    result = subprocess.run([str(binary), *arguments], cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"gazette {' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}", pytrace=False)
    return result


def site_base_url(content):
    match = re.search(r"^baseURL:\s*['\"]?([^'\"\s#]+)", (Path(content) / "site.yml").read_text(encoding="utf-8"), re.M)
    assert match, f"{content}/site.yml has no baseURL"
    return match.group(1)


@pytest.fixture(scope="session")
def sample_site(gazette_bin, tmp_path_factory):
    output = tmp_path_factory.mktemp("sample") / "site"
    run_gazette(gazette_bin, "build", "--content", "Content", "--templates", "Templates", "--output", str(output))
    return BuiltSite(output, site_base_url(REPO / "Content"), REPO / "Content")


@pytest.fixture(scope="session")
def corpus_site(gazette_bin, shared_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    content = folder / "content"
    subprocess.run([sys.executable, str(shared_dir / "bench" / "make_corpus.py"), str(content), "-n", str(CORPUS_SIZE)],
                   check=True, capture_output=True)
    output = folder / "site"
    run_gazette(gazette_bin, "build", "--content", str(content), "--templates", "Templates", "--output", str(output))
    return BuiltSite(output, site_base_url(content), content)


@pytest.fixture(scope="session", params=["sample", "corpus"])
def any_site(request):
    return request.getfixturevalue(request.param + "_site")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


@pytest.fixture(scope="session")
def serve():
    """serve(site) -> http://127.0.0.1:PORT serving the site's output folder at its base path '/'."""
    servers = {}

    def start(site):
        assert site.base_path == "/", "the browser suites serve sites built for the root path"
        if site.root not in servers:
            handler = functools.partial(_QuietHandler, directory=str(site.root))
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[site.root] = server
        return f"http://127.0.0.1:{servers[site.root].server_address[1]}"

    yield start
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(60)
    yield driver
    driver.quit()
