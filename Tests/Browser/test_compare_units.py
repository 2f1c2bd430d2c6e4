"""Comparing prices (issue #13 A, B, C), in real headless Chromium, against the built site's
own API files (never hard-coded model names or counts):

- the catalogue's "Unit price" column (per second, image, 1,000 characters, minute) equals
  api/models.json's unitPrice and sorts numerically with models without one last;
- model pages show the unit price (and its per-value table), the rule as a list of steps,
  and a unit on every matrix axis whose parameter counts seconds or images;
- models/compare.html: ticking models in the catalogue and following "Compare", real record
  ids in ?ids=, unknown ids and more than 4 ids with a clear message, no JavaScript;
- workflow pages list every deliverable (outputs no later step reads) and a running total
  that adds up to the cost at defaults;
- axe finds nothing serious on the new views (light and dark).
"""
from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from selenium.webdriver.common.by import By

from conftest import console_errors, open_page, wait_for
from test_accessibility import BLOCKING, _set_scheme, axe_for  # noqa: F401 (fixture)


@pytest.fixture(scope="module", autouse=True)
def _generated_site(site_dir):
    if not (site_dir / "models" / "compare.html").is_file():
        pytest.skip("needs a site built by admin-site with the compare page")


@pytest.fixture(scope="module")
def api_models(site_dir):
    return json.loads((site_dir / "api" / "models.json").read_text())["models"]


@pytest.fixture(scope="module")
def api_workflows(site_dir):
    return json.loads((site_dir / "api" / "templates.json").read_text())["workflowTemplates"]


def _paged(models):
    """The first entry of each record id (the ones with a page)."""
    seen, out = set(), []
    for m in models:
        if m["recordId"] not in seen:
            seen.add(m["recordId"])
            out.append(m)
    return out


def _text(el):
    return re.sub(r"\s+", " ", el.get_attribute("textContent") or "").strip()


def _column_index(driver, key):
    ths = driver.find_elements(By.CSS_SELECTOR, "#model-table thead th")
    for i, th in enumerate(ths):
        if th.get_attribute("data-sort") == key:
            return i
    pytest.fail(f"no catalogue column {key}")


# --------------------------------------------------------------------------- unit prices

def test_catalogue_unit_price_matches_api_and_sorts(driver, base_url, api_models):
    open_page(driver, urljoin(base_url, "models/index.html"))
    col = _column_index(driver, "unitPrice")
    rows = driver.find_elements(By.CSS_SELECTOR, "#model-table tbody tr")
    expected = {m["recordId"]: (m.get("unitPrice") or {}).get("amount") for m in api_models}
    with_price = [k for k, v in expected.items() if v is not None]
    assert with_price, "no model of the registry has a unit price"
    seen = 0
    for row in rows:
        rid = row.find_element(By.CSS_SELECTOR, "input.compare-pick").get_attribute("value")
        cell = row.find_elements(By.CSS_SELECTOR, "td")[col]
        assert (cell.get_attribute("data-value") or None) == expected[rid], rid
        seen += 1
    assert seen == len(rows)
    # Sort ascending through the header button: numbers ascend, "—" rows last.
    driver.find_elements(By.CSS_SELECTOR, "#model-table thead th")[col].find_element(By.CSS_SELECTOR, "button").click()
    values = [r.find_elements(By.CSS_SELECTOR, "td")[col].get_attribute("data-value")
              for r in driver.find_elements(By.CSS_SELECTOR, "#model-table tbody tr")]
    numbers = [Decimal(v) for v in values if v]
    assert numbers == sorted(numbers)
    assert all(v for v in values[:len(numbers)]) and not any(values[len(numbers):])
    assert not console_errors(driver)


def _perCall_model(api_models):
    for m in _paged(api_models):
        u = m.get("unitPrice")
        if u and u["method"] == "perCall" and u.get("rows") and len(u["rows"]) > 2:
            return m
    pytest.skip("no model with a per-value unit price")


def test_model_page_unit_price_table(driver, base_url, api_models):
    m = _perCall_model(api_models)
    open_page(driver, urljoin(base_url, m["page"]))
    rows = driver.find_elements(By.CSS_SELECTOR, "#unit-price-table tbody tr")
    api_rows = m["unitPrice"]["rows"]
    assert len(rows) == len(api_rows)
    for tr, r in zip(rows, api_rows):
        cells = tr.find_elements(By.CSS_SELECTOR, "td")
        assert cells[1].get_attribute("data-value") == r["amount"]
        assert Decimal(r["price"]) / Decimal(r["quantity"]) - Decimal(r["amount"]) < Decimal("0.0000005")
        if not r["exact"]:
            assert "/" in r["fraction"] and "exactly " + r["fraction"] in cells[1].get_attribute("title")
    summary = _text(driver.find_element(By.ID, "unit-price-summary"))
    per = {"second": "per second", "image": "per image", "minute": "per minute", "1000 characters": "per 1,000 characters"}
    assert per[m["unitPrice"]["per"]] in summary


def test_rule_is_a_list_of_steps(driver, base_url, site_dir, api_models):
    pricing = {p["config"]["recordId"]: p for p in json.loads((site_dir / "api" / "pricing.json").read_text())["models"]}
    checked = 0
    for m in _paged(api_models):
        rule = pricing[m["recordId"]]["rule"]
        factors = rule.get("factors") or []
        if len(factors) < 2 and not rule.get("rounding"):
            continue
        open_page(driver, urljoin(base_url, m["page"]))
        items = driver.find_elements(By.CSS_SELECTOR, "#rule-steps > li")
        expected = 1 + len(factors) + (1 if rule.get("minimumCharge") is not None else 0) + (1 if rule.get("rounding") else 0)
        assert len(items) == expected, m["page"]
        # A multiplier lists its table: one row per entry.
        assert driver.find_elements(By.CSS_SELECTOR, "#rule-steps table.rule-table tbody tr") or not any(
            f.get("kind") == "multiplier" for f in factors)
        # The one-sentence summary stays.
        assert _text(driver.find_element(By.CSS_SELECTOR, ".rule-summary"))
        checked += 1
        if checked >= 3:
            break
    assert checked, "no model with two factors or a rounding"


def _numeric(prop):
    if prop["type"] in ("integer", "number"):
        return True
    values = prop.get("enum") or []
    return bool(values) and all(re.fullmatch(r"-?\d+(\.\d+)?", str(v)) for v in values)


def test_matrix_axes_have_units(driver, base_url, api_models):
    checked = 0
    for m in _paged(api_models):
        props = {p["name"]: p for p in m["inputSchema"]["properties"]}
        durations = [p for p in m["pricedParameters"] if p == "duration" and p in props and _numeric(props[p])]
        if not durations:
            continue
        open_page(driver, urljoin(base_url, m["page"]))
        headers = [_text(th) for th in driver.find_elements(By.CSS_SELECTOR, "table.matrix thead th")]
        captions = [_text(c) for c in driver.find_elements(By.CSS_SELECTOR, "table.matrix caption")]
        assert "duration (seconds)" in headers, (m["page"], headers)
        assert all("duration" not in c or "duration (seconds)" in c for c in captions)
        assert not any(h == "duration" for h in headers)
        checked += 1
    assert checked, "no model prices on a numeric duration"


# --------------------------------------------------------------------------- compare
def _open_compare(drv, url):
    """Open a compare page and wait until compare.js has loaded the chosen models' data
    scripts and drawn the page (window.AdminCompare.ready)."""
    open_page(drv, url)
    wait_for(drv, lambda d: d.execute_script("return !!(window.AdminCompare && window.AdminCompare.ready)"),
             message="compare.js never finished drawing")
    return drv


def test_compare_from_catalogue(driver, base_url, api_models):
    open_page(driver, urljoin(base_url, "models/index.html"))
    link = driver.find_element(By.ID, "compare-link")
    assert link.get_attribute("aria-disabled") == "true"
    boxes = driver.find_elements(By.CSS_SELECTOR, "#model-table input.compare-pick")
    assert boxes and all(b.is_displayed() for b in boxes[:3])
    boxes[0].click()
    assert link.get_attribute("aria-disabled") == "true", "one model is not a comparison"
    boxes[1].click()
    boxes[2].click()
    ids = [b.get_attribute("value") for b in boxes[:3]]
    assert link.get_attribute("aria-disabled") == "false"
    link.click()
    wait_for(driver, lambda d: "compare.html" in d.current_url)
    wait_for(driver, lambda d: d.execute_script("return !!(window.AdminCompare && window.AdminCompare.ready)"))
    wait_for(driver, lambda d: d.find_elements(By.ID, "compare-overview"))
    assert parse_qs(urlsplit(driver.current_url).query)["ids"] == [",".join(ids)]
    names = {m["recordId"]: m["displayName"] for m in api_models}
    heads = [_text(th) for th in driver.find_elements(By.CSS_SELECTOR, "#compare-overview thead th")]
    assert len(heads) == 1 + 3
    for rid, head in zip(ids, heads[1:]):
        assert head.startswith(names[rid])
    # Every chosen model gets its matrices (or its flat price) and its rule steps.
    assert len(driver.find_elements(By.CSS_SELECTOR, ".compare-matrices > section")) == 3
    assert driver.find_elements(By.CSS_SELECTOR, "#compare-rules tbody tr")
    assert driver.find_elements(By.CSS_SELECTOR, "#compare-parameters tbody tr")
    assert not driver.find_elements(By.CSS_SELECTOR, ".compare-message.error")
    assert not console_errors(driver)


def test_compare_prices_match_model_pages(driver, base_url, api_models):
    """The matrices on the compare page are the model page's, cell for cell."""
    m = _perCall_model(api_models)
    other = next(x for x in _paged(api_models) if x["recordId"] != m["recordId"])
    open_page(driver, urljoin(base_url, m["page"]))
    page_cells = [c.get_attribute("data-value") for c in driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody td")]
    _open_compare(driver, urljoin(base_url, f"models/compare.html?ids={m['recordId']},{other['recordId']}"))
    section = driver.find_elements(By.CSS_SELECTOR, ".compare-matrices > section")[0]
    cells = [c.get_attribute("data-value") for c in section.find_elements(By.CSS_SELECTOR, "table.matrix tbody td")]
    assert cells == page_cells and cells


def test_compare_unknown_and_too_many_ids(driver, base_url, api_models):
    real = [m["recordId"] for m in _paged(api_models)][:5]
    assert len(real) == 5
    ids = real + ["no-such-model"]
    _open_compare(driver, urljoin(base_url, "models/compare.html?ids=" + ",".join(ids)))
    messages = " ".join(_text(p) for p in driver.find_elements(By.CSS_SELECTOR, "#compare-messages p"))
    assert "no-such-model" in messages and "No model has the record ID" in messages
    assert "at most 4" in messages
    assert driver.execute_script("return window.AdminCompare.shown") == real[:4]
    assert len(driver.find_elements(By.CSS_SELECTOR, "#compare-overview thead th")) == 5


def test_compare_needs_two(driver, base_url, api_models):
    _open_compare(driver, urljoin(base_url, "models/compare.html"))
    assert "No model chosen" in _text(driver.find_element(By.ID, "compare-messages"))
    assert not driver.find_elements(By.ID, "compare-overview")
    _open_compare(driver, urljoin(base_url, "models/compare.html?ids=nothing-here"))
    assert "nothing-here" in _text(driver.find_element(By.ID, "compare-messages"))


def test_compare_without_javascript(nojs_driver, base_url, api_models):
    open_page(nojs_driver, urljoin(base_url, "models/compare.html?ids=" + api_models[0]["recordId"]))
    notice = nojs_driver.find_element(By.ID, "nojs-notice")
    assert notice.is_displayed() and "JavaScript" in _text(notice)
    links = nojs_driver.find_elements(By.CSS_SELECTOR, ".compare-nojs-list a")
    assert len(links) == len(_paged(api_models))
    assert not nojs_driver.find_elements(By.ID, "compare-overview")


def test_compare_loads_only_the_chosen_models(driver, base_url, api_models):
    """The page carries an index, not every model's data: only the chosen models' data
    scripts are requested."""
    two = [m["recordId"] for m in _paged(api_models)][:2]
    _open_compare(driver, urljoin(base_url, "models/compare.html?ids=" + ",".join(two)))
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".filter(function (n) { return n.indexOf('/compare-data/') >= 0; })")
    assert len(loaded) == 2, loaded
    assert sorted(driver.execute_script("return Object.keys(window.AdminCompareData)")) == sorted(two)
    assert driver.execute_script("return window.AdminCompare.shown") == two
    assert not console_errors(driver)


def test_compare_works_from_file_url(driver, site_dir, api_models):
    """Opened from disk (file://), where fetch is refused, the data scripts still load."""
    two = [m["recordId"] for m in _paged(api_models)][:2]
    url = (Path(site_dir) / "models" / "compare.html").resolve().as_uri() + "?ids=" + ",".join(two)
    _open_compare(driver, url)
    assert driver.execute_script("return window.AdminCompare.shown") == two
    assert len(driver.find_elements(By.CSS_SELECTOR, ".compare-matrices > section")) == 2
    assert not driver.find_elements(By.CSS_SELECTOR, ".compare-message.error")


def test_compare_names_a_missing_data_script(driver, site_dir, api_models, tmp_path):
    """A data script that cannot be loaded (here deleted from a copy of the site) is named in
    an error, and the other models are still compared; it is never drawn as an empty model."""
    a, b, c = [m["recordId"] for m in _paged(api_models)][:3]
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    index = json.loads(re.search(r'id="compare-data">(.*?)</script>', (copy / "models" / "compare.html").read_text(), re.S).group(1))
    script = next(src for rid, src in index["models"] if rid == b)
    (copy / "models" / script).resolve().unlink()
    _open_compare(driver, (copy / "models" / "compare.html").as_uri() + f"?ids={a},{b},{c}")
    errors = " ".join(_text(p) for p in driver.find_elements(By.CSS_SELECTOR, ".compare-message.error"))
    assert b in errors and "could not be loaded" in errors
    assert driver.execute_script("return window.AdminCompare.failed") == [b]
    assert driver.execute_script("return window.AdminCompare.shown") == [a, c]
    assert len(driver.find_elements(By.CSS_SELECTOR, ".compare-matrices > section")) == 2


# --------------------------------------------------------------------------- workflows

def _deliverables(w):
    consumed = set()
    for s in w["steps"]:
        refs = list(s["inputMappings"].values()) + re.findall(r"\{\{\s*(step\d+\.[^}\s]+)\s*\}\}", s.get("promptTemplate") or "")
        for ref in refs:
            m = re.fullmatch(r"step(\d+)\.(.+)", ref)
            if m and int(m.group(1)) < s["stepNumber"]:
                consumed.add((int(m.group(1)), m.group(2)))
    return [s["stepNumber"] for s in sorted(w["steps"], key=lambda s: s["stepNumber"])
            if not s.get("outputKey") or (s["stepNumber"], s["outputKey"]) not in consumed]


def test_workflow_deliverables_and_running_total(driver, base_url, api_workflows):
    assert api_workflows
    several = 0
    for w in api_workflows:
        expected = _deliverables(w)
        assert w["deliverableSteps"] == expected, w["id"]
        open_page(driver, urljoin(base_url, w["page"]))
        items = driver.find_elements(By.CSS_SELECTOR, "#deliverables > li")
        assert [int(re.search(r"from step (\d+)", _text(li)).group(1)) for li in items] == expected, w["id"]
        several += len(expected) > 1
        if w.get("cost"):
            rows = driver.find_elements(By.CSS_SELECTOR, "#running-total tbody tr")
            subtotals = [Decimal(r.find_elements(By.CSS_SELECTOR, "td")[1].get_attribute("data-value")) for r in rows]
            running = [Decimal(r.find_elements(By.CSS_SELECTOR, "td")[2].get_attribute("data-value")) for r in rows]
            total = Decimal(driver.find_element(By.CSS_SELECTOR, "#running-total tfoot td").get_attribute("data-value"))
            assert running == [sum(subtotals[:i + 1]) for i in range(len(subtotals))], w["id"]
            assert running[-1] == total == Decimal(w["cost"]["atDefaults"]), w["id"]
    assert several, "no workflow delivers more than one output"


# --------------------------------------------------------------------------- axe

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_new_views_axe_clean(driver, base_url, api_models, api_workflows, axe_for, scheme):  # noqa: F811
    ids = ",".join(m["recordId"] for m in _paged(api_models)[:3])
    urls = [urljoin(base_url, "models/compare.html?ids=" + ids), urljoin(base_url, _perCall_model(api_models)["page"]),
            urljoin(base_url, api_workflows[0]["page"]), urljoin(base_url, "models/index.html")]
    _set_scheme(driver, scheme)
    for url in urls:
        open_page(driver, url)
        axe = axe_for()
        axe.inject()
        blocking = [v for v in axe.run()["violations"] if v.get("impact") in BLOCKING]
        assert not blocking, f"{url} ({scheme}):\n" + axe.report(blocking)
