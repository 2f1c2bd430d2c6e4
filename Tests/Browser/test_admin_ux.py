"""What an admin needs to read prices (issue #13), in real headless Chromium:

- the token unit and its money value beside every price (a second build with
  Tests/Browser/site-money.json), the glossary and the links to it;
- the model page's plumbing in a collapsed "Technical details" block;
- honest fallbacks: no filter form without JavaScript, a 404 page that keeps its styles and
  links when served for a nested missing path;
- navigation: breadcrumbs, family links and filter, "Clear filters", the templates filter,
  distinct names for filtered exports, print CSS, price-range filter, sticky headers.

These need a site built by admin-site (glossary.html); on the hand-made fixture site they
are skipped. The money build uses ADMIN_SITE (default .build/debug/admin-site), or
MONEY_SITE_DIR when given.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import console_errors, open_page, wait_for

ROOT = Path(__file__).resolve().parents[2]
MONEY_CONFIG = Path(__file__).resolve().parent / "site-money.json"


@pytest.fixture(scope="module", autouse=True)
def _generated_site(site_dir):
    if not (site_dir / "glossary.html").is_file():
        pytest.skip("needs a site built by admin-site (no glossary.html in SITE_DIR)")


# --------------------------------------------------------------------------- servers

class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder; a missing path gets 404.html with status 404, as static hosts do."""

    def log_message(self, format, *args):  # noqa: A002
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the browser closing a connection early is not a test failure


def _serve(folder: Path):
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def fallback_url(site_dir):
    server, url = _serve(site_dir)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def money_site(tmp_path_factory):
    given = os.environ.get("MONEY_SITE_DIR")
    if given:
        folder = Path(given).resolve()
    else:
        tool = Path(os.environ.get("ADMIN_SITE") or ROOT / ".build/debug/admin-site")
        if not tool.is_file():
            pytest.fail(f"no admin-site binary at {tool}: run `swift build` or set ADMIN_SITE / MONEY_SITE_DIR", pytrace=False)
        folder = tmp_path_factory.mktemp("money") / "site"
        run = subprocess.run([str(tool), "build", "--config", str(MONEY_CONFIG), "--output", str(folder)],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr
    server, url = _serve(folder)
    yield folder, url
    server.shutdown()
    server.server_close()


def money_value() -> tuple[Decimal, str]:
    token = json.loads(MONEY_CONFIG.read_text())["token"]
    return Decimal(token["moneyValue"]), token["currency"]


def expected_money(raw: str) -> str:
    """The exact product, plain notation, at least two decimals (TokenUnit.money)."""
    value, currency = money_value()
    amount = Decimal(raw) * value
    text = format(amount.normalize(), "f") if amount != 0 else "0"
    whole, _, frac = text.partition(".")
    frac = frac.ljust(2, "0")
    return f"{whole}.{frac} {currency}"


# --------------------------------------------------------------------------- 1. unit and money

def test_money_beside_every_price_in_the_catalogue(driver, money_site):
    _, url = money_site
    d = open_page(driver, urljoin(url, "models/index.html"))
    cells = d.execute_script("""
        const t = document.getElementById('model-table');
        const keys = Array.from(t.tHead.rows[0].cells).map(th => th.dataset.sort);
        const out = [];
        for (const tr of t.tBodies[0].rows) Array.from(tr.cells).forEach((td, i) => {
          if (['cost', 'min', 'max'].includes(keys[i])) {
            const m = td.querySelector('.money');
            out.push({raw: td.dataset.value, money: m ? m.textContent : null});
          }
        });
        return out;""")
    priced = [c for c in cells if c["raw"]]
    assert priced, "no priced cell in the catalogue"
    for c in priced:
        assert c["money"] == expected_money(c["raw"]), c


def test_money_on_the_model_page_and_glossary(driver, money_site):
    _, url = money_site
    d = open_page(driver, urljoin(url, "models/index.html"))
    link = d.find_element(By.CSS_SELECTOR, "#model-table tbody a[href$='.html']").get_attribute("href")
    raw = d.find_element(By.CSS_SELECTOR, "#model-table tbody tr td[data-value].num").get_attribute("data-value")
    open_page(d, link)
    base = d.find_element(By.XPATH, "//dt[normalize-space()='Base cost']/following-sibling::dd[1]")
    assert expected_money(raw) in base.text
    assert "tokens" in base.text
    open_page(d, urljoin(url, "glossary.html#token"))
    value, currency = money_value()
    token = d.find_element(By.XPATH, "//dt[@id='token']/following-sibling::dd[1]").text
    assert f"{value} {currency}" in token


def test_no_money_value_means_no_money_and_says_how(driver, pages, base_url, site_dir):
    config = json.loads((ROOT / "Site/site.json").read_text())
    if "moneyValue" in config.get("token", {}):
        pytest.skip("Site/site.json sets a money value")
    d = open_page(driver, pages["catalogue"])
    assert not d.find_elements(By.CSS_SELECTOR, ".money")
    open_page(d, urljoin(base_url, "glossary.html"))
    token = d.find_element(By.XPATH, "//dt[@id='token']/following-sibling::dd[1]").text
    assert "token.moneyValue" in token


# --------------------------------------------------------------------------- 2. glossary

GLOSSARY_TERMS = ["token", "base-cost", "multiplier", "per-unit-rate", "minimum-charge", "rounding",
                  "price-matrix", "content-type", "provider", "family", "record-id", "payload-structure",
                  "price-range", "price-at-defaults"]


def test_glossary_has_every_term_and_is_in_the_nav(driver, pages, base_url):
    d = open_page(driver, pages["dashboard"])
    nav = d.find_element(By.CSS_SELECTOR, ".site-nav a[href$='glossary.html']")
    nav.click()
    wait_for(d, lambda _: d.current_url.endswith("glossary.html"))
    ids = set(d.execute_script("return Array.from(document.querySelectorAll('dl.glossary dt[id]')).map(e => e.id)"))
    missing = [t for t in GLOSSARY_TERMS if t not in ids]
    assert not missing, f"glossary lacks {missing}"
    for t in GLOSSARY_TERMS:
        dd = d.find_element(By.XPATH, f"//dt[@id='{t}']/following-sibling::dd[1]")
        assert len(dd.text) > 40, f"{t}: {dd.text!r}"
    assert not console_errors(d)


@pytest.mark.parametrize("page", ["catalogue", "model", "templates", "workflow"])
def test_pages_link_their_terms_to_existing_glossary_anchors(driver, pages, base_url, page):
    d = open_page(driver, pages[page])
    hrefs = sorted({a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "a[href*='glossary.html#']")})
    assert hrefs, f"{page} links to no glossary term"
    open_page(d, urljoin(base_url, "glossary.html"))
    for href in hrefs:
        anchor = urlsplit(href).fragment
        assert d.execute_script("return !!document.getElementById(arguments[0])", anchor), href
    if page == "catalogue":
        assert any(h.endswith("#token") for h in hrefs), "the catalogue must link the unit to the glossary"


# --------------------------------------------------------------------------- 3. jargon, dead fields

def test_model_page_keeps_plumbing_in_collapsed_technical_details(driver, pages):
    d = open_page(driver, pages["model"])
    top = d.find_element(By.CSS_SELECTOR, "main > dl.meta").text
    for jargon in ("Payload structure", "API endpoint", "Logo", "Source file", "not linked"):
        assert jargon not in top, f"{jargon!r} is in the model's main fields"
    details = d.find_element(By.CSS_SELECTOR, "details.tech-details")
    assert details.get_attribute("open") is None
    assert details.find_element(By.TAG_NAME, "summary").text.strip() == "Technical details"
    payload = details.find_element(By.XPATH, ".//dt[normalize-space()='Payload structure']")
    assert not payload.is_displayed()
    details.find_element(By.TAG_NAME, "summary").click()
    wait_for(d, lambda _: payload.is_displayed())
    assert "not linked" not in d.find_element(By.TAG_NAME, "main").text


def test_template_thumbnails_are_not_shown_as_main_fields(driver, pages):
    d = open_page(driver, pages["workflow"])
    top = d.find_element(By.CSS_SELECTOR, "main > dl.meta").text
    assert "Thumbnail" not in top
    assert d.find_element(By.CSS_SELECTOR, "details.tech-details").get_attribute("open") is None


# --------------------------------------------------------------------------- 4. fallbacks

def test_filter_form_shows_with_javascript_only(driver, nojs_driver, pages):
    d = open_page(driver, pages["catalogue"])
    assert d.find_element(By.ID, "model-filters").is_displayed()
    assert not d.find_elements(By.CSS_SELECTOR, "#nojs-notice") or not d.find_element(By.ID, "nojs-notice").is_displayed()
    n = nojs_driver
    n.get(pages["catalogue"])
    wait_for(n, lambda _: n.find_elements(By.ID, "model-table"))
    assert not n.find_element(By.ID, "model-filters").is_displayed()
    notice = n.find_element(By.ID, "nojs-notice")
    assert notice.is_displayed()
    # The notice's links lead to pages that list models without JavaScript.
    href = notice.find_element(By.CSS_SELECTOR, "a[href*='providers/']").get_attribute("href")
    n.get(href)
    assert n.find_elements(By.CSS_SELECTOR, "main table a[href]")


@pytest.mark.parametrize("missing", ["models/x/y/missing", "no-such-page.html", "templates/a/b/c/d.html"])
def test_404_keeps_styles_and_links_at_any_depth(driver, fallback_url, missing):
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urljoin(fallback_url, missing))
    assert err.value.code == 404
    d = open_page(driver, urljoin(fallback_url, missing))
    assert "Page not found" in d.find_element(By.TAG_NAME, "h1").text
    styled = d.execute_script("""
        const link = document.querySelector('link[rel=stylesheet]');
        return !!(link && link.sheet && link.sheet.cssRules.length > 0)
            && getComputedStyle(document.querySelector('.visually-hidden, .skip-link')).position === 'absolute';""")
    assert styled, "site.css did not load on the nested 404 page"
    assert d.execute_script("return !!window.AdminSite"), "site.js did not load on the nested 404 page"
    for a in d.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = a.get_attribute("href")
        if not href.startswith(fallback_url) or "#" in href:
            continue
        with urllib.request.urlopen(href) as r:
            assert r.status == 200, href


# --------------------------------------------------------------------------- 5. navigation

def test_model_page_has_breadcrumbs_to_the_catalogue(driver, pages):
    d = open_page(driver, pages["model"])
    crumbs = d.find_element(By.CSS_SELECTOR, "nav.breadcrumbs[aria-label='Breadcrumb']")
    items = crumbs.find_elements(By.TAG_NAME, "li")
    assert [i.text for i in items[:2]] == ["Dashboard", "Models"]
    assert items[-1].get_attribute("aria-current") == "page"
    assert items[-1].text == d.find_element(By.TAG_NAME, "h1").text.split(" active")[0].split(" inactive")[0].strip()
    crumbs.find_element(By.LINK_TEXT, "Models").click()
    wait_for(d, lambda _: urlsplit(d.current_url).path.endswith("models/index.html"))


def _rows(d):
    return d.execute_script("""return Array.from(document.querySelectorAll('#model-table tbody tr')).map(tr => ({
        family: tr.dataset.family, provider: tr.dataset.provider, min: tr.dataset.min, max: tr.dataset.max,
        hidden: tr.hidden}))""")


def test_family_link_filters_the_catalogue(driver, pages):
    d = open_page(driver, pages["catalogue"])
    link = d.find_element(By.CSS_SELECTOR, "#model-table tbody td a[href*='family=']")
    family = link.text
    link.click()
    wait_for(d, lambda _: "family=" in d.current_url and d.execute_script("return !!window.AdminSite"))
    rows = _rows(d)
    shown = [r for r in rows if not r["hidden"]]
    assert shown and all(r["family"] == family for r in shown)
    assert len(shown) == sum(1 for r in rows if r["family"] == family)
    assert Select(d.find_element(By.ID, "f-family")).first_selected_option.get_attribute("value") == family


def test_clear_filters_shows_every_row_and_cleans_the_url(driver, pages):
    d = open_page(driver, pages["catalogue"])
    total = len(_rows(d))
    select = Select(d.find_element(By.ID, "f-provider"))
    select.select_by_index(1)
    d.find_element(By.ID, "f-q").send_keys("zzzz-no-such-model")
    wait_for(d, lambda _: all(r["hidden"] for r in _rows(d)))
    wait_for(d, lambda _: "q=" in d.current_url)
    d.find_element(By.ID, "clear-filters").click()
    wait_for(d, lambda _: not any(r["hidden"] for r in _rows(d)))
    wait_for(d, lambda _: not set(parse_qs(urlsplit(d.current_url).query)) & {"provider", "q"})
    assert d.find_element(By.ID, "model-count").text.startswith(f"{total} ")


def test_templates_table_filter(driver, pages):
    d = open_page(driver, pages["templates"])
    box = d.find_element(By.ID, "t-q")
    assert box.is_displayed()
    names = d.execute_script("return Array.from(document.querySelectorAll('#template-costs tbody tr')).map(tr => tr.cells[0].textContent.trim())")
    assert len(names) >= 2
    term = names[0].split()[0].lower()
    expected = sum(1 for n in d.execute_script(
        "return Array.from(document.querySelectorAll('#template-costs tbody tr')).map(tr => tr.textContent.toLowerCase())") if term in n)
    box.send_keys(term)
    shown = lambda: d.execute_script("return Array.from(document.querySelectorAll('#template-costs tbody tr')).filter(tr => !tr.hidden).length")
    wait_for(d, lambda _: shown() == expected)
    assert d.find_element(By.ID, "template-count").text.startswith(f"{expected} of {len(names)}")
    box.clear()
    box.send_keys("zzzz-nothing")
    wait_for(d, lambda _: shown() == 0)


def test_templates_filter_is_hidden_without_javascript(nojs_driver, pages):
    n = nojs_driver
    n.get(pages["templates"])
    assert not n.find_element(By.ID, "template-filters").is_displayed()


def _download(d, tmp_path: Path, fmt: str) -> Path:
    d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    d.find_element(By.CSS_SELECTOR, f'#model-exports [data-export="{fmt}"]').click()
    deadline = time.time() + 10
    while time.time() < deadline:
        done = list(tmp_path.glob(f"*.{fmt}"))
        if done and not list(tmp_path.glob("*.crdownload")):
            return done[0]
        time.sleep(0.1)
    pytest.fail(f"no .{fmt} download in {tmp_path}")


def test_filtered_export_has_a_distinct_name(driver, pages, tmp_path):
    d = open_page(driver, pages["catalogue"])
    full = _download(d, tmp_path / "full", "csv") if (tmp_path / "full").mkdir() is None else None
    assert full.name == "models.csv"
    Select(d.find_element(By.ID, "f-provider")).select_by_index(1)
    value = Select(d.find_element(By.ID, "f-provider")).first_selected_option.get_attribute("value")
    (tmp_path / "filtered").mkdir()
    filtered = _download(d, tmp_path / "filtered", "csv")
    assert filtered.name.startswith("models-filtered-") and value.lower() in filtered.name
    assert filtered.name != full.name


def test_print_keeps_the_id_column_and_repeats_headers(driver, pages):
    d = open_page(driver, pages["catalogue"])
    d.set_window_size(720, 900)   # about an A4 page's printable width at 96 dpi
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    time.sleep(0.2)
    m = d.execute_script("""
        const t = document.getElementById('model-table');
        const id = t.querySelector('th[data-sort=id]');
        const cell = t.tBodies[0].rows[0].cells[id.cellIndex];
        return {thead: getComputedStyle(t.tHead).display, right: id.getBoundingClientRect().right,
                cellRight: cell.getBoundingClientRect().right, page: document.documentElement.clientWidth,
                tableRight: t.getBoundingClientRect().right};""")
    assert m["thead"] == "table-header-group"
    assert m["right"] <= m["page"] + 1 and m["cellRight"] <= m["page"] + 1, m
    pdf = d.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})
    assert pdf["data"]


# --------------------------------------------------------------------------- 6. comparing prices

def test_price_range_filter_keeps_overlapping_rows(driver, pages):
    d = open_page(driver, pages["catalogue"])
    rows = _rows(d)
    maxes = sorted(Decimal(r["max"]) for r in rows if r["max"])
    lo, hi = maxes[len(maxes) // 3], maxes[2 * len(maxes) // 3]
    d.find_element(By.ID, "f-pmin").send_keys(str(lo))
    d.find_element(By.ID, "f-pmax").send_keys(str(hi))
    expect = [not (r["min"] and r["max"] and Decimal(r["max"]) >= lo and Decimal(r["min"]) <= hi) for r in rows]
    wait_for(d, lambda _: [r["hidden"] for r in _rows(d)] == expect)
    assert 0 < expect.count(False) < len(rows)
    wait_for(d, lambda _: parse_qs(urlsplit(d.current_url).query).get("pmin") == [str(lo)])


def test_family_filter_select_lists_every_family(driver, pages):
    d = open_page(driver, pages["catalogue"])
    families = sorted({r["family"] for r in _rows(d) if r["family"]})
    options = [o.get_attribute("value") for o in Select(d.find_element(By.ID, "f-family")).options][1:]
    assert options == families


def test_min_cost_column_only_when_it_differs_from_base_cost(driver, pages):
    d = open_page(driver, pages["catalogue"])
    has_min = bool(d.find_elements(By.CSS_SELECTOR, "#model-table th[data-sort=min]"))
    differs = d.execute_script("""
        const t = document.getElementById('model-table');
        const cost = t.querySelector('th[data-sort=cost]').cellIndex;
        return Array.from(t.tBodies[0].rows).some(tr => tr.dataset.min !== tr.cells[cost].dataset.value);""")
    assert has_min == differs


def test_table_headers_stick_on_screen(driver, pages):
    d = open_page(driver, pages["catalogue"])
    assert d.execute_script("return getComputedStyle(document.querySelector('#model-table thead th')).position") == "sticky"
