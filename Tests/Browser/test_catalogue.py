"""Behaviour of the enhanced model catalogue (models/index.html, table#model-table).

The tests read the data from the page itself, so they work on the fixture site and on
any generated site that follows the DOM contract documented in Site/assets/site.js.
"""
from __future__ import annotations

import csv
import io
import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import console_errors, open_page, wait_for

ROWS_JS = """
const table = document.getElementById('model-table');
const ths = Array.from(table.tHead.rows[table.tHead.rows.length - 1].cells);
const cols = ths.filter(th => th.dataset.sort).map(th => ({key: th.dataset.sort,
    type: th.dataset.type === 'number' ? 'number' : 'text', index: th.cellIndex}));
const rows = [];
for (const tb of table.tBodies) for (const tr of tb.rows) {
  const values = {};
  for (const c of cols) {
    const td = tr.cells[c.index];
    values[c.key] = td ? (td.hasAttribute('data-value') ? td.getAttribute('data-value')
                                                        : td.textContent.trim()) : '';
  }
  rows.push({idx: tr.dataset.testIdx === undefined ? null : Number(tr.dataset.testIdx),
             provider: tr.dataset.provider, type: tr.dataset.contentType, status: tr.dataset.status,
             search: tr.dataset.search || '', hidden: tr.hidden,
             displayed: tr.getClientRects().length > 0, values});
}
return {cols, rows};
"""

TAG_ROWS_JS = """
const table = document.getElementById('model-table');
let i = 0;
for (const tb of table.tBodies) for (const tr of tb.rows) tr.dataset.testIdx = String(i++);
"""


# --------------------------------------------------------------------------- helpers

def state(driver):
    return driver.execute_script(ROWS_JS)


def visible(rows):
    return [r for r in rows if not r["hidden"]]


def query(driver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query, keep_blank_values=True)


def count_text(driver) -> str:
    return driver.find_element(By.ID, "model-count").text


def as_number(raw):
    try:
        return float(raw) if str(raw).strip() != "" else None
    except ValueError:
        return None


def expected_numeric_order(rows, key, descending):
    """Stable: numbers ascending/descending, ties in document order, missing values last."""
    present = [r for r in rows if as_number(r["values"][key]) is not None]
    missing = [r for r in rows if as_number(r["values"][key]) is None]
    present.sort(key=lambda r: as_number(r["values"][key]), reverse=False)
    if descending:
        # reverse=True would also reverse ties; sort on the negated value keeps them stable
        present.sort(key=lambda r: -as_number(r["values"][key]))
    return [r["idx"] for r in present + missing]


def click_sort(driver, key):
    driver.find_element(By.CSS_SELECTOR, f'#model-table th[data-sort="{key}"] button').click()


def aria_sort(driver, key):
    return driver.find_element(By.CSS_SELECTOR, f'#model-table th[data-sort="{key}"]').get_attribute("aria-sort")


def column(cols, type_):
    for c in cols:
        if c["type"] == type_:
            return c
    pytest.fail(f"the catalogue has no sortable column of data-type={type_}")


def js_sorted(driver, values, descending=False):
    """Are the values in localeCompare order (numeric-aware, case-insensitive)? Empties last."""
    return driver.execute_script("""
        const [vals, desc] = arguments;
        const nonEmpty = vals.filter(v => v !== '');
        if (vals.slice(nonEmpty.length).some(v => v !== '')) return false;
        for (let i = 1; i < nonEmpty.length; i++) {
          let c = nonEmpty[i-1].localeCompare(nonEmpty[i], undefined, {numeric: true, sensitivity: 'base'});
          if (desc) c = -c;
          if (c > 0) return false;
        }
        return true;""", values, descending)


def pick_filter_value(driver, name, attr):
    """A non-empty option of select[name] that matches some, but not all, rows."""
    rows = state(driver)["rows"]
    select = Select(driver.find_element(By.CSS_SELECTOR, f'#model-filters select[name="{name}"]'))
    options = [o.get_attribute("value") for o in select.options]
    assert options and options[0] == "", f'first option of select[name="{name}"] must have value ""'
    best = None
    for value in options[1:]:
        n = sum(1 for r in rows if r[attr] == value)
        if 0 < n < len(rows):
            return value, n
        if n > 0 and best is None:
            best = (value, n)
    if best:
        return best
    pytest.fail(f'no option of select[name="{name}"] matches any row')


@pytest.fixture
def catalogue(driver, pages):
    open_page(driver, pages["catalogue"])
    driver.execute_script(TAG_ROWS_JS)
    return driver


# --------------------------------------------------------------------------- enhancement

def test_catalogue_is_enhanced(catalogue):
    d = catalogue
    st = state(d)
    assert len(st["rows"]) >= 2, "the catalogue needs at least two rows"
    assert st["cols"], "no th[data-sort] in #model-table"
    for c in st["cols"]:
        th = d.find_element(By.CSS_SELECTOR, f'#model-table th[data-sort="{c["key"]}"]')
        assert th.find_elements(By.CSS_SELECTOR, "button"), f"th {c['key']} has no sort button"
        assert th.get_attribute("aria-sort") == "none"
    assert all(not r["hidden"] and r["displayed"] for r in st["rows"])
    exports = d.find_element(By.ID, "model-exports")
    assert exports.is_displayed() and exports.get_attribute("hidden") is None
    assert str(len(st["rows"])) in count_text(d)
    assert d.find_element(By.ID, "model-count").get_attribute("aria-live") == "polite"


# --------------------------------------------------------------------------- sorting

def test_sort_numeric_column_then_reverse(catalogue):
    d = catalogue
    st = state(d)
    col = column(st["cols"], "number")
    key = col["key"]

    click_sort(d, key)
    rows = state(d)["rows"]
    assert [r["idx"] for r in rows] == expected_numeric_order(st["rows"], key, descending=False), \
        [r["values"][key] for r in rows]
    assert aria_sort(d, key) == "ascending"
    assert query(d).get("sort") == [key] and query(d).get("dir") == ["asc"]

    click_sort(d, key)
    rows = state(d)["rows"]
    assert [r["idx"] for r in rows] == expected_numeric_order(st["rows"], key, descending=True), \
        [r["values"][key] for r in rows]
    assert aria_sort(d, key) == "descending"
    assert query(d).get("dir") == ["desc"]
    others = [c["key"] for c in st["cols"] if c["key"] != key]
    assert all(aria_sort(d, k) == "none" for k in others)
    assert not console_errors(d)


def test_sort_text_column_then_reverse(catalogue):
    d = catalogue
    col = column(state(d)["cols"], "text")
    key = col["key"]
    click_sort(d, key)
    values = [r["values"][key] for r in state(d)["rows"]]
    assert js_sorted(d, values), values
    assert aria_sort(d, key) == "ascending"
    click_sort(d, key)
    values = [r["values"][key] for r in state(d)["rows"]]
    assert js_sorted(d, values, descending=True), values
    assert aria_sort(d, key) == "descending"


def test_sort_is_stable(catalogue):
    """Rows with equal keys keep their document order, in both directions."""
    d = catalogue
    st = state(d)
    # the sortable column with the most ties
    best = max(st["cols"], key=lambda c: len(st["rows"]) - len({r["values"][c["key"]] for r in st["rows"]}))
    key = best["key"]
    if len({r["values"][key] for r in st["rows"]}) == len(st["rows"]):
        pytest.skip("no column with equal values to check stability on")
    for _ in ("asc", "desc"):
        click_sort(d, key)
        rows = state(d)["rows"]
        groups: dict[str, list[int]] = {}
        for r in rows:
            groups.setdefault(r["values"][key], []).append(r["idx"])
        for value, idxs in groups.items():
            assert idxs == sorted(idxs), f"ties on {key}={value!r} reordered: {idxs}"


# --------------------------------------------------------------------------- filtering

def test_provider_filter_hides_rows_and_updates_url_and_count(catalogue):
    d = catalogue
    total = len(state(d)["rows"])
    value, n = pick_filter_value(d, "provider", "provider")
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')).select_by_value(value)
    wait_for(d, lambda _: len(visible(state(d)["rows"])) == n, message="rows not filtered")
    rows = state(d)["rows"]
    assert all(r["provider"] == value for r in visible(rows))
    assert all(r["hidden"] and not r["displayed"] for r in rows if r["provider"] != value)
    q = query(d)
    assert q.get("provider") == [value]
    assert not any(k in q for k in ("type", "status", "q")), f"empty parameters kept: {q}"
    text = count_text(d)
    assert re.search(rf"\b{n}\b", text) and (n == total or re.search(rf"\b{total}\b", text)), text

    # back to "all": every row again, parameter dropped
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')).select_by_value("")
    wait_for(d, lambda _: len(visible(state(d)["rows"])) == total)
    assert "provider" not in query(d)
    assert re.search(rf"\b{total}\b", count_text(d))
    assert not console_errors(d)


def test_type_and_status_filters_combine(catalogue):
    d = catalogue
    rows = state(d)["rows"]
    type_value, _ = pick_filter_value(d, "type", "type")
    status_value = next(r["status"] for r in rows if r["type"] == type_value)
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="type"]')).select_by_value(type_value)
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="status"]')).select_by_value(status_value)
    expected = [r["idx"] for r in rows if r["type"] == type_value and r["status"] == status_value]
    wait_for(d, lambda _: [r["idx"] for r in visible(state(d)["rows"])] == expected)
    q = query(d)
    assert q.get("type") == [type_value] and q.get("status") == [status_value]


def _search_term(rows):
    """A word from the rows' search text that matches some but not all rows."""
    words = sorted({w for r in rows for w in re.findall(r"[a-z0-9]{3,}", r["search"])})
    candidates = [(sum(w in r["search"] for r in rows), w) for w in words]
    useful = [(n, w) for n, w in candidates if 0 < n < len(rows)]
    assert useful, "no search term that separates rows"
    return min(useful)[1]


def test_search_filters_rows(catalogue):
    d = catalogue
    rows = state(d)["rows"]
    term = _search_term(rows)
    box = d.find_element(By.CSS_SELECTOR, '#model-filters input[name="q"]')
    box.send_keys(term.upper())  # matching is case-insensitive
    expected = [r["idx"] for r in rows if term in r["search"].lower()]
    wait_for(d, lambda _: [r["idx"] for r in visible(state(d)["rows"])] == expected,
             message=f"search for {term!r}")
    wait_for(d, lambda _: query(d).get("q") == [term.upper()], message="q not written to the URL")
    assert re.search(rf"\b{len(expected)}\b", count_text(d))

    box.clear()
    box.send_keys("zzqx-no-such-model")
    wait_for(d, lambda _: not visible(state(d)["rows"]))
    assert re.search(r"\b0\b", count_text(d))
    assert d.find_element(By.CSS_SELECTOR, ".empty-state").is_displayed()
    wait_for(d, lambda _: query(d).get("q") == ["zzqx-no-such-model"])
    # pressing Enter must not navigate away (the form submit is handled in place)
    before = d.current_url
    d.execute_script("document.body.dataset.testMarker = '1'")
    box.send_keys("\n")
    time.sleep(0.3)
    assert d.current_url == before
    assert d.execute_script("return document.body.dataset.testMarker") == "1", "the page reloaded"
    assert not console_errors(d)


# --------------------------------------------------------------------------- URL state

def test_state_is_restored_from_query_string(driver, pages):
    d = driver
    open_page(d, pages["catalogue"])
    d.execute_script(TAG_ROWS_JS)
    st = state(d)
    value, _ = pick_filter_value(d, "provider", "provider")
    num_key = column(st["cols"], "number")["key"]
    matching = [r for r in st["rows"] if r["provider"] == value]
    expected = expected_numeric_order(matching, num_key, descending=True)

    def check():
        assert Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')) \
            .first_selected_option.get_attribute("value") == value
        rows = state(d)["rows"]
        vis = visible(rows)
        assert all(r["provider"] == value for r in vis) and len(vis) == len(matching)
        assert aria_sort(d, num_key) == "descending"
        got = [as_number(r["values"][num_key]) for r in vis]
        want = [as_number(r["values"][num_key]) for r in sorted(matching, key=lambda r: expected.index(r["idx"]))]
        assert got == want
        q = query(d)
        assert q.get("provider") == [value] and q.get("sort") == [num_key] and q.get("dir") == ["desc"]

    # 1) a linked view
    open_page(d, f"{pages['catalogue']}?provider={value}&sort={num_key}&dir=desc")
    check()
    # 2) the same view built through the UI survives a reload
    open_page(d, pages["catalogue"])
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')).select_by_value(value)
    click_sort(d, num_key)
    click_sort(d, num_key)
    d.refresh()
    wait_for(d, lambda _: d.execute_script("return document.readyState") == "complete")
    check()
    assert not console_errors(d)


def test_unknown_query_values_are_ignored(driver, pages):
    open_page(driver, f"{pages['catalogue']}?provider=__nope__&sort=__nope__&dir=sideways")
    rows = state(driver)["rows"]
    assert rows and all(not r["hidden"] for r in rows)
    assert not console_errors(driver)


# --------------------------------------------------------------------------- exports

def _download(driver, tmp_path: Path, fmt: str) -> Path:
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(tmp_path)})
    driver.find_element(By.CSS_SELECTOR, f'#model-exports [data-export="{fmt}"]').click()
    deadline = time.time() + 10
    while time.time() < deadline:
        done = [p for p in tmp_path.glob(f"*.{fmt}")]
        if done and not list(tmp_path.glob("*.crdownload")):
            return done[0]
        time.sleep(0.1)
    pytest.fail(f"no .{fmt} download appeared in {tmp_path}")


def _filtered_sorted(driver):
    d = driver
    value, _ = pick_filter_value(d, "provider", "provider")
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')).select_by_value(value)
    st = state(d)
    key = column(st["cols"], "number")["key"]
    click_sort(d, key)
    click_sort(d, key)
    st = state(d)
    return st["cols"], visible(st["rows"])


def test_csv_export_has_visible_rows_only(catalogue, tmp_path):
    cols, vis = _filtered_sorted(catalogue)
    path = _download(catalogue, tmp_path, "csv")
    text = path.read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline="")))
    keys = [c["key"] for c in cols]
    assert records[0] == keys
    assert records[1:] == [[r["values"][k] for k in keys] for r in vis]


def test_json_export_has_visible_rows_only(catalogue, tmp_path):
    cols, vis = _filtered_sorted(catalogue)
    path = _download(catalogue, tmp_path, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = [c["key"] for c in cols]
    assert isinstance(data, list) and len(data) == len(vis)
    for obj, row in zip(data, vis):
        assert list(obj) == keys
        for c in cols:
            raw = row["values"][c["key"]]
            if c["type"] == "number":
                assert obj[c["key"]] == (as_number(raw) if raw != "" else None)
            else:
                assert obj[c["key"]] == raw


def test_csv_quoting(catalogue):
    out = catalogue.execute_script(
        "return AdminSite.toCSV([['plain', 'a \"quoted\" word', 'x,y', 'two\\nlines', '']])")
    assert out == 'plain,"a ""quoted"" word","x,y","two\nlines",\r\n'
    assert list(csv.reader(io.StringIO(out, newline=""))) == [
        ["plain", 'a "quoted" word', "x,y", "two\nlines", ""]]


def test_csv_export_guards_formulas_in_text_cells_only(catalogue):
    # Issue 10, item 12: leading spaces or control characters must not hide a formula.
    cells = [" =1+1", "=SUM(A1)", "+1", "-5", "@cmd", "\t=x", "\u00a0=1", "\uff1d1", "a-b", "-5"]
    types = ["text"] * 9 + ["number"]
    out = catalogue.execute_script("return AdminSite.toCSV([arguments[0]], arguments[1])", cells, types)
    row = next(csv.reader(io.StringIO(out, newline="")))
    assert row == ["' =1+1", "'=SUM(A1)", "'+1", "'-5", "'@cmd", "'\t=x", "'\u00a0=1", "'\uff1d1", "a-b", "-5"]


# --------------------------------------------------------------------------- copy ids

def test_recordid_click_copies_full_id(catalogue, base_url):
    d = catalogue
    codes = d.find_elements(By.CSS_SELECTOR, "code.recordid[data-full]")
    if not codes:
        pytest.skip("no code.recordid[data-full] on the catalogue")
    origin = base_url.rstrip("/")
    d.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    full = codes[0].get_attribute("data-full")
    codes[0].click()
    wait_for(d, lambda _: codes[0].get_attribute("data-copied") is not None, message="no copy feedback")
    text = d.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERR ' + e));")
    assert text == full
    assert not console_errors(d)


def test_recordid_copy_without_clipboard_api_never_throws(catalogue):
    d = catalogue
    codes = d.find_elements(By.CSS_SELECTOR, "code.recordid[data-full]")
    if not codes:
        pytest.skip("no code.recordid[data-full] on the catalogue")
    d.execute_script("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});")
    codes[0].click()
    time.sleep(0.2)
    assert not console_errors(d)


# --------------------------------------------------------------------------- without JS

class _RowCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0          # nesting depth of <table> inside #model-table
        self.rows = 0
        self.hidden_rows = 0
        self.in_head = False    # inside thead/tfoot (a missing <tbody> tag is fine)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            if self.depth or a.get("id") == "model-table":
                self.depth += 1
        elif self.depth == 1 and tag in ("thead", "tfoot"):
            self.in_head = True
        elif self.depth == 1 and tag == "tbody":
            self.in_head = False
        elif self.depth == 1 and not self.in_head and tag == "tr":
            self.rows += 1
            if "hidden" in a:
                self.hidden_rows += 1

    def handle_endtag(self, tag):
        if tag == "table" and self.depth:
            self.depth -= 1
        elif tag in ("thead", "tfoot"):
            self.in_head = False


def test_raw_html_lists_every_row(site_dir):
    parser = _RowCounter()
    parser.feed((site_dir / "models" / "index.html").read_text(encoding="utf-8"))
    assert parser.rows >= 2, "models/index.html: #model-table has no body rows"
    assert parser.hidden_rows == 0, "rows must not be hidden in the static HTML"


def test_without_javascript_all_rows_show(nojs_driver, pages, site_dir):
    d = nojs_driver
    # even with a filter in the URL, the no-JS page shows the complete table
    d.get(pages["catalogue"] + "?provider=kie_ai&sort=cost&dir=desc")
    wait_for(d, lambda _: d.find_elements(By.ID, "model-table"))
    parser = _RowCounter()
    parser.feed((site_dir / "models" / "index.html").read_text(encoding="utf-8"))
    rows = d.find_elements(By.CSS_SELECTOR, "#model-table tbody tr")
    assert len(rows) == parser.rows
    assert all(r.is_displayed() for r in rows)
    assert not d.find_elements(By.CSS_SELECTOR, "#model-table th button")
    assert not d.find_element(By.ID, "model-exports").is_displayed()
    # The form cannot filter without JS, so it is not shown; the notice says why and that
    # every row is listed.
    assert not d.find_element(By.ID, "model-filters").is_displayed()
    notice = d.find_element(By.ID, "nojs-notice")
    assert notice.is_displayed() and "JavaScript" in notice.text


# --------------------------------------------------------------------------- file://

def test_works_from_file_url(driver, site_dir):
    d = driver
    open_page(d, (site_dir / "models" / "index.html").as_uri())
    assert d.execute_script("return document.documentElement.classList.contains('js')")
    value, n = pick_filter_value(d, "provider", "provider")
    Select(d.find_element(By.CSS_SELECTOR, '#model-filters select[name="provider"]')).select_by_value(value)
    wait_for(d, lambda _: len(visible(state(d)["rows"])) == n)
    key = column(state(d)["cols"], "number")["key"]
    click_sort(d, key)
    assert aria_sort(d, key) == "ascending"
    errors = console_errors(d)
    assert not errors, "\n".join(e["message"] for e in errors)


def test_recordid_is_keyboard_operable(catalogue, base_url):
    d = catalogue
    codes = d.find_elements(By.CSS_SELECTOR, "code.recordid[data-full]")
    if not codes:
        pytest.skip("no code.recordid[data-full] on the catalogue")
    d.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": base_url.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    code = codes[-1]
    assert code.get_attribute("tabindex") == "0" and code.get_attribute("role") == "button"
    d.execute_script("arguments[0].focus()", code)
    code.send_keys("\n")
    wait_for(d, lambda _: code.get_attribute("data-copied") is not None, message="Enter did not copy")
    assert not console_errors(d)
