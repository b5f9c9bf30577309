"""`gazette serve` end to end: the real binary on a free port, serving a copy of Content/, fetched
over raw HTTP (so traversal attempts reach the server unnormalised) and over its live-reload
WebSocket while the tests edit the content."""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import websocket

REPO = Path(__file__).resolve().parent.parent
DRAFT = "gazette/110-summer-006/paper-gazette-fee-repeal.md"
NOTICE = "gazette/110-spring-001/mediation-committee-members.md"
DIAGNOSTIC = re.compile(r"^Content/gazette/\S+\.md:\d+:\d+: error: .+")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, binary, folder, port=None):
        self.folder = folder
        self.port = port or free_port()
        self.output = folder / ".gazette-preview"
        self.process = subprocess.Popen([str(binary), "serve", "--port", str(self.port)], cwd=folder,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_until_serving(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"gazette serve exited: {self.process.communicate()}"
            try:
                if self.request("GET", "/")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        pytest.fail("gazette serve did not answer in time")

    def request(self, method, target, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.putrequest(method, target, skip_host=False, skip_accept_encoding=True)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def live(self):
        channel = websocket.create_connection(f"ws://127.0.0.1:{self.port}/__gazette/live", timeout=60)
        return channel

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(timeout=30)


def copy_content(folder):
    shutil.copytree(REPO / "Content", folder / "Content")
    return folder / "Content"


@pytest.fixture(scope="module")
def server(gazette_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    copy_content(folder)
    running = Server(gazette_bin, folder).wait_until_serving()
    yield running
    running.stop()


def next_message(channel):
    return json.loads(channel.recv())


def edit(path, transform):
    text = path.read_text(encoding="utf-8")
    path.write_text(transform(text), encoding="utf-8")
    return text


def test_pages_are_html_with_the_live_reload_script_before_body_end(server):
    status, headers, body = server.request("GET", "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    page = body.decode()
    assert page.index("/__gazette/live") < page.rindex("</body>")
    assert page.count("/__gazette/live") == 1
    assert int(headers["content-length"]) == len(body)


def test_drafts_are_served(server):
    assert "draft: true" in (server.folder / "Content" / DRAFT).read_text(encoding="utf-8")
    status, headers, body = server.request("GET", "/gazette/110-summer-006/paper-gazette-fee-repeal/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")


def test_pages_link_to_the_preview_address_not_the_published_one(server):
    body = server.request("GET", "/")[2].decode()
    assert f"http://127.0.0.1:{server.port}/" in body
    assert "gazette.example.gov.tw" not in body


def test_a_folder_without_slash_redirects_and_with_slash_serves_its_index(server):
    status, headers, _ = server.request("GET", "/gazette/110-spring-001?x=1")
    assert status == 301
    assert headers["location"] == "/gazette/110-spring-001/?x=1"
    status, _, body = server.request("GET", "/gazette/110-spring-001/")
    assert status == 200 and b"<html" in body


@pytest.mark.parametrize("target", [
    "/../etc/passwd",
    "/../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
    "/..%2fetc/passwd",
    "/..%2F..%2F..%2Fetc%2Fpasswd",
    "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
    "/index.html%00.css",
    "//etc/passwd",
    "/etc/passwd",
    "http://127.0.0.1/../etc/passwd",
    "/.gazette",
])
def test_traversal_attempts_never_reach_a_file_outside(server, target):
    status, _, body = server.request("GET", target)
    assert status in (400, 404)
    assert b"root:" not in body


def test_symbolic_links_leaving_the_output_are_refused(server, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret\n")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "index.html").write_text("<p>outside</p>")
    links = {"passwd-link.txt": "/etc/passwd", "secret-link.txt": str(secret), "outside-folder": str(tmp_path / "folder")}
    for name, target in links.items():
        os.symlink(target, server.output / name)
    inside = server.output / "inside-link.html"
    os.symlink(server.output / "404.html", inside)
    try:
        for name in links:
            status, _, body = server.request("GET", f"/{name}/" if name == "outside-folder" else f"/{name}")
            assert status == 404, name
            assert b"root:" not in body and b"top secret" not in body and b"outside" not in body
        assert server.request("GET", "/inside-link.html")[0] == 200
    finally:
        for name in [*links, "inside-link.html"]:
            (server.output / name).unlink()


@pytest.mark.parametrize("name, expected", [
    ("style.css", "text/css; charset=utf-8"),
    ("script.js", "text/javascript; charset=utf-8"),
    ("data.json", "application/json"),
    ("feed.xml", "application/xml"),
    ("logo.svg", "image/svg+xml"),
    ("photo.png", "image/png"),
    ("photo.jpg", "image/jpeg"),
    ("document.pdf", "application/pdf"),
    ("table.csv", "text/csv; charset=utf-8"),
    ("letter.odt", "application/vnd.oasis.opendocument.text"),
    ("sheet.ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("notes.txt", "text/plain; charset=utf-8"),
    ("unknown.bin", "application/octet-stream"),
])
def test_content_types(server, name, expected):
    path = server.output / "types-test" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"content of " + name.encode())
    try:
        status, headers, body = server.request("GET", f"/types-test/{name}")
        assert status == 200
        assert headers["content-type"] == expected
        assert body == b"content of " + name.encode()
    finally:
        path.unlink()


def test_the_sites_own_files_have_their_types(server):
    assert server.request("GET", "/sitemap.xml")[1]["content-type"] == "application/xml"
    assert server.request("GET", "/robots.txt")[1]["content-type"] == "text/plain; charset=utf-8"


def test_a_miss_gets_the_sites_404_page_with_status_404(server):
    status, headers, body = server.request("GET", "/no/such/page/")
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    own = (server.output / "404.html").read_bytes()
    start = body.index(b"<script>")  # the live-reload script; the page's own JSON-LD script has a type
    assert body.replace(body[start:body.index(b"</script>\n", start) + 10], b"") == own
    assert server.request("GET", "/no-such-file.pdf")[0] == 404


def test_conditional_get_and_head(server):
    status, headers, body = server.request("GET", "/feed.xml")
    assert status == 200 and body
    tag, modified = headers["etag"], headers["last-modified"]
    assert re.fullmatch(r'"[0-9a-f-]+"', tag)
    status, headers, body = server.request("GET", "/feed.xml", {"If-None-Match": tag})
    assert (status, body, headers["etag"]) == (304, b"", tag)
    assert server.request("GET", "/feed.xml", {"If-None-Match": f'"other", {tag}'})[0] == 304
    assert server.request("GET", "/feed.xml", {"If-None-Match": '"other"'})[0] == 200
    assert server.request("GET", "/feed.xml", {"If-Modified-Since": modified})[0] == 304
    assert server.request("GET", "/feed.xml", {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    status, headers, body = server.request("HEAD", "/")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) == len(server.request("GET", "/")[2])
    assert server.request("POST", "/")[0] == 405


def test_a_change_sends_reload_and_the_page_shows_it(server):
    channel = server.live()
    try:
        notice = server.folder / "Content" / NOTICE
        edit(notice, lambda text: text + "\n這是預覽測試加入的段落。\n")
        assert next_message(channel) == {"type": "reload"}
        body = server.request("GET", "/gazette/110-spring-001/mediation-committee-members/")[2].decode()
        assert "這是預覽測試加入的段落。" in body
    finally:
        channel.close()


def test_a_new_folder_is_watched(server):
    channel = server.live()
    try:
        issue = server.folder / "Content" / "gazette" / "110-winter-099"
        issue.mkdir()
        (issue / "issue.yml").write_text("title: 110年冬字第99期\ndate: 2021-12-20\n", encoding="utf-8")
        assert next_message(channel) == {"type": "reload"}
        assert server.request("GET", "/gazette/110-winter-099/")[0] == 200
    finally:
        channel.close()


def test_editor_swap_files_do_not_reload_the_page(server):
    channel = server.live()
    channel.settimeout(1.5)
    folder = server.folder / "Content" / "gazette" / "110-spring-001"
    scratch = [folder / ".mediation-committee-members.md.swp", folder / "mediation-committee-members.md~"]
    try:
        for path in scratch:
            path.write_text("scratch", encoding="utf-8")
        with pytest.raises(websocket.WebSocketTimeoutException):
            channel.recv()
    finally:
        for path in scratch:
            path.unlink()
        channel.close()


def test_broken_content_keeps_the_last_good_site_and_shows_errors_until_fixed(server):
    channel = server.live()
    notice = server.folder / "Content" / NOTICE
    page = "/gazette/110-spring-001/mediation-committee-members/"
    good = server.request("GET", page)[2]
    try:
        original = edit(notice, lambda text: text.replace("category:", "categroy:", 1))
        message = next_message(channel)
        assert message["type"] == "errors"
        assert message["errors"] and all(DIAGNOSTIC.match(line) for line in message["errors"])
        assert any(line.startswith(f"Content/{NOTICE}:") and "categroy" in line for line in message["errors"])
        status, _, body = server.request("GET", page)
        assert (status, body) == (200, good)
        latecomer = server.live()
        assert next_message(latecomer) == message
        latecomer.close()
        notice.write_text(original, encoding="utf-8")
        assert next_message(channel) == {"type": "reload"}
        fresh = server.live()
        fresh.settimeout(1)
        with pytest.raises(websocket.WebSocketTimeoutException):
            fresh.recv()
        fresh.close()
    finally:
        channel.close()


def test_a_port_in_use_is_a_one_line_error(server, gazette_bin, tmp_path):
    copy_content(tmp_path)
    second = subprocess.run([str(gazette_bin), "serve", "--port", str(server.port)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert second.returncode == 1
    errors = [line for line in second.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: port {server.port} on 127.0.0.1 is already in use; stop the other server or choose another with --port"]
    assert "Fatal" not in second.stderr


def test_a_host_that_is_not_an_address_is_refused_before_building(gazette_bin, tmp_path):
    copy_content(tmp_path)
    result = subprocess.run([str(gazette_bin), "serve", "--host", "localhost", "--port", str(free_port())], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "error: --host 'localhost' is not an IPv4 or IPv6 address; use e.g. 127.0.0.1\n"
    assert not (tmp_path / ".gazette-preview").exists()


def test_ctrl_c_stops_cleanly(gazette_bin, tmp_path):
    copy_content(tmp_path)
    running = Server(gazette_bin, tmp_path).wait_until_serving()
    channel = running.live()
    running.process.send_signal(signal.SIGINT)
    assert running.process.wait(timeout=30) == 0
    channel.close()
    with pytest.raises(OSError):
        running.request("GET", "/")


def test_binds_to_loopback_only_by_default(server):
    addresses = [line.split()[1] for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
                 if line.split()[3] == "0A"]
    listening = {address for address in addresses if int(address.split(":")[1], 16) == server.port}
    assert listening == {"0100007F:" + format(server.port, "04X")}


def test_an_open_page_shows_the_errors_overlay_and_reloads_when_fixed(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = f"http://127.0.0.1:{server.port}/gazette/110-spring-001/mediation-committee-members/"
    browser.get(page)
    wait = WebDriverWait(browser, 30)
    browser.execute_script("window.gazetteMarker = 'before';")
    notice = server.folder / "Content" / NOTICE
    # No wait for the page's WebSocket: one that connects after the edit gets the errors at once.
    original = edit(notice, lambda text: text.replace("agency:", "agnecy:", 1))
    try:
        overlay = wait.until(lambda driver: driver.find_elements(By.ID, "gazette-errors"))[0]
        items = [item.text for item in overlay.find_elements(By.TAG_NAME, "li")]
        assert items and all(DIAGNOSTIC.match(item) for item in items)
        assert any("agnecy" in item for item in items)
        assert overlay.get_attribute("role") == "alert"
    finally:
        notice.write_text(original, encoding="utf-8")
    wait.until(lambda driver: driver.execute_script("return window.gazetteMarker === undefined"))
    wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")
    assert browser.find_elements(By.ID, "gazette-errors") == []
