"""Gate: WCAG 2.1 AA in real headless Chromium, on one page of every type of both sites.

axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) finds no violation; text at 200% and a 320 px
viewport never scroll sideways; the keyboard reaches everything with a visible focus; reduced
motion is respected; the accessibility statement and the accessibility-mark slot exist."""
import re
from pathlib import Path

import pytest
import selenium_axe_python
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from built_site import BODY_CONSTRUCTS, PAGE_TYPES, BuiltSite

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_SOURCE = (Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
AXE_VERSION = re.search(r"axe v([\d.]+)", AXE_SOURCE[:200]).group(1)
MAX_TABS = 120


def page_types(site):
    """The representative page of each type; fails when a type every build must have is missing."""
    chosen = site.representatives()
    missing = [t.name for t in PAGE_TYPES if t.required and t.name not in chosen]
    if site.content.name == "Content":
        missing += ["notice with " + c for c in BODY_CONSTRUCTS if "notice with " + c not in chosen]
    assert not missing, f"page types missing from the build: {missing}"
    return chosen


def reset(browser):
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    browser.set_window_size(1280, 900)


@pytest.fixture
def browser(browser):
    """The session's browser, given back to the next suite without emulated widths or media."""
    yield browser
    reset(browser)


def load(browser, base, site, page):
    reset(browser)
    browser.get(base + site.url_path(page))
    WebDriverWait(browser, 30).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def emulate_width(browser, width):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def describe_violations(violations):
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return "\n".join(lines)


def test_axe_finds_violations_on_a_bad_page(browser, tmp_path, serve):
    """The gate itself works: axe in this browser flags a page built to fail."""
    (tmp_path / "index.html").write_text('<!DOCTYPE html><html><head><title>x</title></head><body>'
                                         '<p style="color:#bbb;background:#fff">low contrast</p><img src="x.png">'
                                         '</body></html>', encoding="utf-8")
    browser.get(serve(BuiltSite(tmp_path, "https://canary.example/", tmp_path)) + "/")
    browser.execute_script(AXE_SOURCE)
    result = browser.execute_script("return axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})", AXE_TAGS)
    found = {v["id"] for v in result["violations"]}
    assert {"color-contrast", "image-alt", "html-has-lang"} <= found, found


@pytest.mark.parametrize("site_name", ["sample", "corpus"])
def test_no_axe_violations_on_any_page_type(browser, serve, request, site_name):
    site = request.getfixturevalue(site_name + "_site")
    base = serve(site)
    failures, rules = [], set()
    chosen = page_types(site)
    for name, page in chosen.items():
        load(browser, base, site, page)
        browser.execute_script(AXE_SOURCE)
        result = browser.execute_script("return axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})",
                                        AXE_TAGS)
        assert result["passes"], f"axe checked nothing on {page}"
        rules.update(r["id"] for r in result["passes"])
        if result["violations"]:
            failures.append(f"{name} ({page}):\n{describe_violations(result['violations'])}")
    print(f"\naxe-core {AXE_VERSION}: {len(chosen)} page types of {site_name} ({', '.join(chosen)}), "
          f"{len(rules)} rules passed, {len(failures)} pages with violations")
    assert not failures, "\n".join(failures)


OVERFLOW_SCRIPT = """
const width = document.documentElement.clientWidth;
const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
  const x = getComputedStyle(e).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) continue;
  if ((r.right > width + 1 || r.left < -1) && !scrolls(el))
    out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
}
return {width: width, scrollWidth: document.documentElement.scrollWidth, offenders: out.slice(0, 10)};
"""


@pytest.mark.parametrize("site_name", ["sample", "corpus"])
def test_text_at_200_percent_and_narrow_screens_never_scroll_sideways(browser, serve, request, site_name):
    """WCAG 1.4.4 (text doubled in a 1280 px window) and 1.4.10 (reflow at 320 CSS px, i.e. 400% zoom)."""
    site = request.getfixturevalue(site_name + "_site")
    base = serve(site)
    failures = []
    for name, page in page_types(site).items():
        for label, width, text_zoom in [("200% text at 1280px", 1280, True), ("320px viewport", 320, False)]:
            load(browser, base, site, page)
            if width != 1280:
                emulate_width(browser, width)
            if text_zoom:
                browser.execute_script("document.documentElement.style.fontSize = '200%'")
            result = browser.execute_script(OVERFLOW_SCRIPT)
            if result["scrollWidth"] > result["width"] or result["offenders"]:
                failures.append(f"{name} ({page}) at {label}: page {result['scrollWidth']}px wide in "
                                f"{result['width']}px; {result['offenders']}")
    assert not failures, "\n".join(failures)


FOCUS_SCRIPT = """
const el = document.activeElement;
if (!el || el === document.body) return null;
const style = getComputedStyle(el);
const r = el.getBoundingClientRect();
const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255;
  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const opaque = c => { const v = rgb(c); return v.length < 4 || v[3] > 0; };
const backgroundAt = (x, y) => {
  for (let e = document.elementFromPoint(x, y); e; e = e.parentElement) {
    const b = getComputedStyle(e).backgroundColor; if (opaque(b) && b !== 'transparent') return b; }
  return 'rgb(255, 255, 255)'; };
const width = parseFloat(style.outlineWidth) || 0;
const ring = parseFloat(style.outlineOffset) + width / 2;
const contrasts = [];
for (const [x, y] of [[r.left - ring, r.top + r.height / 2], [r.right + ring, r.top + r.height / 2],
                      [r.left + r.width / 2, r.top - ring], [r.left + r.width / 2, r.bottom + ring]]) {
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
  const a = lum(style.outlineColor), b = lum(backgroundAt(x, y));
  contrasts.push((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
}
return {tag: el.tagName.toLowerCase(), text: (el.textContent || el.name || '').trim().slice(0, 30),
        className: String(el.className), outline: style.outlineStyle, width: width,
        contrast: contrasts.length ? Math.min(...contrasts) : null,
        inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth};
"""


@pytest.mark.parametrize("site_name", ["sample", "corpus"])
def test_keyboard_reaches_everything_with_a_visible_focus(browser, serve, request, site_name):
    """Tab first reaches the skip link, which works; every focus has an outline of at least 2px
    contrasting 3:1 with what surrounds it (WCAG 2.4.7, 1.4.11), and is scrolled into view."""
    site = request.getfixturevalue(site_name + "_site")
    base = serve(site)
    failures, focus_count = [], 0
    for name, page in page_types(site).items():
        load(browser, base, site, page)
        if site.refs(page).robots.find("noindex") >= 0:
            continue
        ActionChains(browser).send_keys(Keys.TAB).perform()
        first = browser.execute_script(FOCUS_SCRIPT)
        if not first or "skip-link" not in first["className"]:
            failures.append(f"{name} ({page}): the first Tab reaches {first}, not the skip link")
            continue
        ActionChains(browser).send_keys(Keys.ENTER).perform()
        if browser.execute_script("return document.activeElement.id") != "main":
            failures.append(f"{name} ({page}): the skip link does not move the focus to <main>")
        load(browser, base, site, page)
        seen = set()
        for _ in range(MAX_TABS):
            ActionChains(browser).send_keys(Keys.TAB).perform()
            focus = browser.execute_script(FOCUS_SCRIPT)
            key = browser.execute_script("return document.activeElement")
            if focus is None or key in seen:
                break
            seen.add(key)
            focus_count += 1
            problems = []
            if focus["outline"] == "none" or focus["width"] < 2:
                problems.append(f"outline {focus['outline']} {focus['width']}px")
            if focus["contrast"] is not None and focus["contrast"] < 3:
                problems.append(f"outline contrast {focus['contrast']:.2f}:1")
            if not focus["inView"]:
                problems.append("not scrolled into view")
            if problems:
                failures.append(f"{name} ({page}): focus on <{focus['tag']}> '{focus['text']}': {', '.join(problems)}")
    print(f"\nkeyboard: {focus_count} focus stops checked on {site_name}")
    assert focus_count > 0
    assert not failures, f"{len(failures)} focus problems:\n" + "\n".join(failures[:40])


MOTION_SCRIPT = """
const moving = [];
for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
  for (const pseudo of [null, '::before', '::after']) {
    const s = getComputedStyle(el, pseudo);
    const durations = (s.transitionDuration + ',' + s.animationDuration).split(',').map(parseFloat);
    if ((s.animationName !== 'none' && durations.some(d => d > 0.01)) || s.transitionDuration.split(',').some(d => parseFloat(d) > 0.01))
      moving.push(el.tagName.toLowerCase() + (pseudo || ''));
  }
}
const rules = [...document.styleSheets].flatMap(sheet => [...sheet.cssRules])
  .filter(rule => rule.media && rule.conditionText && rule.conditionText.includes('prefers-reduced-motion'));
return {matches: matchMedia('(prefers-reduced-motion: reduce)').matches, moving: moving.slice(0, 10),
        scroll: getComputedStyle(document.documentElement).scrollBehavior, rules: rules.length};
"""


def test_reduced_motion_is_respected(browser, serve, sample_site):
    base = serve(sample_site)
    failures = []
    for name, page in page_types(sample_site).items():
        load(browser, base, sample_site, page)
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        result = browser.execute_script(MOTION_SCRIPT)
        assert result["matches"], "Chromium did not emulate prefers-reduced-motion"
        if sample_site.refs(page).has_footer and not result["rules"]:
            failures.append(f"{name} ({page}): no prefers-reduced-motion rule in its stylesheets")
        if result["moving"] or result["scroll"] == "smooth":
            failures.append(f"{name} ({page}): still moves with reduced motion: {result}")
    assert not failures, "\n".join(failures)


def test_accessibility_statement_and_mark_slot(any_site):
    statement = any_site.root / "accessibility" / "index.html"
    assert statement.is_file(), "no accessibility statement at /accessibility/"
    assert "<h1>無障礙聲明</h1>" in statement.read_text(encoding="utf-8")
    link = any_site.url_path("accessibility/index.html")
    layout_pages = [p for p in any_site.pages if any_site.refs(p).has_footer]
    assert len(layout_pages) >= len(any_site.pages) // 3
    missing = [p for p in layout_pages
               if "accessibility-mark" not in any_site.refs(p).footer_classes or link not in any_site.refs(p).footer_links]
    assert not missing, f"footers without the accessibility-mark slot or the statement link: {missing[:10]}"
    without_footer = [p for p in any_site.pages if p not in layout_pages and "noindex" not in any_site.refs(p).robots]
    assert not without_footer, f"pages outside the layout: {without_footer[:10]}"


def test_layout_focus_and_motion_checks_catch_a_bad_page(browser, tmp_path, serve):
    """The browser checks above can fail: a page that scrolls sideways, hides its focus and moves."""
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title><style>a:focus { outline: none; } '
        'a { transition: color 2s; }</style></head><body><a href="#">first</a>'
        '<div style="width: 2000px">wide</div></body></html>', encoding="utf-8")
    browser.get(serve(BuiltSite(tmp_path, "https://canary.example/", tmp_path)) + "/")
    assert browser.execute_script(OVERFLOW_SCRIPT)["offenders"]
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.execute_script(FOCUS_SCRIPT)["outline"] == "none"
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    motion = browser.execute_script(MOTION_SCRIPT)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert motion["moving"] and motion["rules"] == 0
