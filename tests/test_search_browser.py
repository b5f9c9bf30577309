"""/search/ in headless Chromium: substrings from the middle of titles, bodies and document numbers
find their notices and nothing else; on the 10,000-notice corpus each query costs at most 100 KB,
counted at this suite's own loopback server with the browser cache off."""
import functools
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit, unquote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import REPO, run_gazette

CJK = re.compile(r"[\u4e00-\u9fff]{4,}")
BUDGET = 100_000
LARGE_CORPUS = 10_000


class CountingServer:
    """Serves a folder on 127.0.0.1 and adds up the bytes of the response bodies it sends."""

    def __init__(self, root):
        counter = self

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, *arguments):
                pass

            def copyfile(self, source, outputfile):
                data = source.read()
                with counter.lock:
                    counter.bytes += len(data)
                    counter.requests.append(self.path)
                outputfile.write(data)

        self.lock = threading.Lock()
        self.bytes = 0
        self.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def reset(self):
        with self.lock:
            self.bytes = 0
            self.requests = []

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def notices(content):
    """(url, title, number, body) of every published notice under a content folder."""
    found = []
    for path in sorted(Path(content, "gazette").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        if re.search(r"^draft:\s*true", front, re.M):
            continue
        def field(name):
            match = re.search(r"^" + name + r":\s*(.*?)\s*$", front, re.M)
            return match.group(1).strip("\"'") if match else None
        slug = field("slug") or path.stem
        found.append((f"/gazette/{path.parent.name}/{slug}/", field("title"), field("number"), body))
    return found


def middle(text, length):
    """`length` characters from the middle of the longest run of Chinese characters."""
    runs = CJK.findall(text)
    run = max(runs, key=len)
    start = (len(run) - length) // 2
    return run[start:start + length]


def page_text(site_root, url):
    html = (Path(site_root) / unquote(url).strip("/") / "index.html").read_text(encoding="utf-8")
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", main))


def wait_for_results(driver, query, timeout=60):
    """Waits until the status names the query (search finished), then returns the listed results."""
    def finished(d):
        text = d.find_element(By.ID, "search-status").text
        return ("「" + query + "」") in text and "搜尋中" not in text
    WebDriverWait(driver, timeout).until(finished)
    while True:
        more = driver.find_element(By.ID, "search-more")
        if not more.is_displayed():
            break
        count = len(driver.find_elements(By.CSS_SELECTOR, "#search-results > li"))
        more.click()
        WebDriverWait(driver, timeout).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results > li")) > count
            or not d.find_element(By.ID, "search-more").is_displayed())
    listed = driver.execute_script("""return Array.from(document.querySelectorAll('#search-results > li')).map(li => [
        new URL(li.querySelector('h2 a').href).pathname,
        Array.from(li.querySelectorAll('mark')).map(mark => mark.textContent), li.innerText])""")
    return [(unquote(url), marks, text) for url, marks, text in listed]


def type_query(driver, query):
    box = driver.find_element(By.ID, "search-q")
    driver.execute_script("document.getElementById('search-status').textContent = ''")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    box.send_keys(query)


@pytest.fixture(scope="module")
def sample_server(sample_site):
    server = CountingServer(sample_site.root)
    yield server
    server.close()


def sample_queries(content):
    queries = []
    for url, title, number, body in notices(content)[::3]:
        for length in (2, 3, 4):
            if CJK.search(title):
                queries.append((middle(title, length), url))
            queries.append((middle(body, length), url))
    url, _, number, _ = notices(content)[0]
    digits = re.search(r"\d{6,}", number).group(0)
    queries.append((digits[2:-3], url))
    return queries


def test_typed_substrings_find_their_notices_and_nothing_else(browser, sample_site, sample_server):
    browser.get(sample_server.url + "/search/")
    queries = sample_queries(REPO / "Content")
    assert len(queries) >= 20
    for query, source in queries:
        type_query(browser, query)
        results = wait_for_results(browser, query)
        urls = [url for url, _, _ in results]
        assert source in urls, f"{query!r} (from {source}) did not list it: {urls}"
        assert len(urls) == len(set(urls)), f"{query!r} listed a notice twice"
        for url, marks, text in results:
            assert query in page_text(sample_site.root, url), f"{query!r} listed {url}, which does not contain it"
            assert query in marks, f"{query!r}: {url} shows no highlighted match ({marks})"
        expected = {url for url, title, number, body in notices(REPO / "Content") if query in title + number + body}
        assert expected <= set(urls), f"{query!r} missed {expected - set(urls)}"
        assert browser.execute_script("return new URLSearchParams(location.search).get('q')") == query


def test_titles_rank_before_bodies_and_newer_before_older(browser, sample_server):
    browser.get(sample_server.url + "/search/?q=" + quote("場地"))
    results = wait_for_results(browser, "場地")
    in_title = [("場地" in text.split("\n")[0]) for _, _, text in results]
    assert in_title == sorted(in_title, reverse=True), "a body match is listed before a title match"
    assert len(results) >= 3


def test_back_button_restores_the_previous_query(browser, sample_server):
    browser.get(sample_server.url + "/search/?q=" + quote("調解"))
    first = wait_for_results(browser, "調解")
    assert first
    box = browser.find_element(By.ID, "search-q")
    type_query(browser, "場地")
    box.send_keys(Keys.ENTER)
    wait_for_results(browser, "場地")
    browser.back()
    again = wait_for_results(browser, "調解")
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "調解"
    assert [url for url, _, _ in again] == [url for url, _, _ in first]


def test_filters_narrow_the_results(browser, sample_server):
    browser.get(sample_server.url + "/search/?q=" + quote("高雄"))
    everything = wait_for_results(browser, "高雄")
    browser.execute_script("document.getElementById('search-status').textContent = ''")
    category = Select(browser.find_element(By.ID, "search-category"))
    category.select_by_index(len(category.options) - 1)
    chosen = browser.find_element(By.CSS_SELECTOR, "#search-category option:checked").text
    filtered = wait_for_results(browser, "高雄")
    assert 0 < len(filtered) < len(everything)
    assert all(chosen in text for _, _, text in filtered)
    assert "category=" in browser.current_url


def test_full_width_and_capital_letters_match_as_the_index_normalises(browser, sample_server):
    browser.get(sample_server.url + "/search/?q=" + quote("ｌｅｄ電視"))
    results = wait_for_results(browser, "ｌｅｄ電視")
    assert "/gazette/110-spring-001/led-wall-guidelines/" in [url for url, _, _ in results]
    assert all("LED電視" in marks for _, marks, _ in results)


def test_words_padded_with_ideographic_spaces_are_found_without_them(browser, sample_server):
    # 第四章　附則 is printed padded with U+3000, as rosters pad names (林　蓉): typed unpadded it is found.
    browser.get(sample_server.url + "/search/?q=" + quote("四章附則"))
    results = wait_for_results(browser, "四章附則")
    assert "/gazette/110-summer-006/public-toilet-ordinance-amendment/" in [url for url, _, _ in results]
    assert all(mark.replace("\u3000", "") == "四章附則" for _, marks, _ in results for mark in marks)


def test_without_javascript_the_page_points_to_the_indexes(sample_site):
    html = (Path(sample_site.root) / "search" / "index.html").read_text(encoding="utf-8")
    noscript = html.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    assert "JavaScript" in noscript and 'href="/categories/"' in noscript and 'href="/agencies/"' in noscript
    assert '<label for="search-q">' in html and 'type="search"' in html and 'aria-live="polite"' in html
    header = (Path(sample_site.root) / "index.html").read_text(encoding="utf-8")
    assert 'action="/search/"' in header


@pytest.fixture(scope="module")
def large_corpus(gazette_bin, shared_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-10k")
    content = folder / "content"
    subprocess.run([sys.executable, str(shared_dir / "bench" / "make_corpus.py"), str(content), "-n", str(LARGE_CORPUS)],
                   check=True, capture_output=True)
    output = folder / "site"
    run_gazette(gazette_bin, "build", "--content", str(content), "--templates", "Templates", "--output", str(output))
    return content, output


def person_queries(content, count=20):
    people = []
    for url, _, _, body in notices(content):
        match = re.search(r"(?:承辦人|應受送達人)：(\S+)", body)
        people.append((match.group(1), url))
    step = len(people) // count
    return [people[k * step + 7] for k in range(count)]


def test_person_names_on_ten_thousand_notices_cost_at_most_100_kb(browser, large_corpus):
    content, output = large_corpus
    server = CountingServer(output)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    costs, found = [], 0
    try:
        for name, url in person_queries(content):
            server.reset()
            browser.get(server.url + "/search/?q=" + quote(name))
            results = wait_for_results(browser, name)
            time.sleep(0.3)
            costs.append((server.bytes, name))
            assert all(name in text for _, _, text in results), f"{name}: a listed notice does not contain it"
            found += url in [listed for listed, _, _ in results]
    finally:
        browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
        server.close()
    sizes = [size for size, _ in costs]
    index = sum(f.stat().st_size for f in (output / "search").rglob("*.json"))
    html = sum(f.stat().st_size for f in output.rglob("*.html"))
    print(f"index {index} bytes, HTML {html} bytes")
    assert index <= html
    print(f"\nsearch on {LARGE_CORPUS} notices: recall {found}/{len(costs)}, bytes per query median "
          f"{statistics.median(sizes):.0f} max {max(sizes)}")
    assert found == len(costs) == 20
    assert max(sizes) <= BUDGET, f"over budget: {sorted(costs, reverse=True)[:5]}"


def test_search_page_with_results_passes_axe(browser, sample_server):
    import selenium_axe_python
    source = (Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    browser.get(sample_server.url + "/search/?q=" + quote("場地"))
    assert wait_for_results(browser, "場地")
    browser.execute_script(source)
    report = browser.execute_script("return axe.run(document, {runOnly: {type: 'tag', "
                                    "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    problems = [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in report["violations"]]
    assert not problems, problems


def test_keyboard_alone_reaches_the_results(browser, sample_server):
    browser.get(sample_server.url + "/search/")
    body = browser.find_element(By.TAG_NAME, "body")
    for _ in range(40):
        body = browser.switch_to.active_element
        if body.get_attribute("id") == "search-q":
            break
        body.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("id") == "search-q"
    browser.execute_script("document.getElementById('search-status').textContent = ''")
    browser.switch_to.active_element.send_keys("調解")
    results = wait_for_results(browser, "調解")
    assert results
    for _ in range(12):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if browser.switch_to.active_element.get_attribute("href"):
            break
    link = browser.switch_to.active_element
    assert urlsplit(link.get_attribute("href")).path == results[0][0]
    link.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: urlsplit(d.current_url).path == results[0][0])


def roster_cells(path):
    """The cells of every pipe-table body row in a notice's Markdown."""
    rows = [line.strip().strip("|").split("|") for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not re.match(r"^\|[\s:|-]+\|$", line)]
    return [[cell.strip() for cell in row] for row in rows[1:]]


def test_table_cells_are_found_and_no_query_spans_two_cells(browser, sample_server):
    source = REPO / "Content" / "gazette" / "110-summer-006" / "waste-fine-service.md"
    url = "/gazette/110-summer-006/waste-fine-service/"
    rows = roster_cells(source)
    assert len(rows) >= 10
    browser.get(sample_server.url + "/search/")
    for row in rows[:4]:
        for cell in row[1:4]:
            type_query(browser, cell)
            assert url in [found for found, _, _ in wait_for_results(browser, cell)], f"{cell!r} is in a cell of {url}"
        # The end of one cell and the start of the next are neighbours in no text a reader sees.
        across = row[1][-1] + row[2][:2]
        type_query(browser, across)
        assert url not in [found for found, _, _ in wait_for_results(browser, across)], f"{across!r} spans two cells"
