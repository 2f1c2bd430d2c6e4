"""table[data-enhance="sortable"] (the templates cost table): sort only, no filters."""
import pytest
from selenium.webdriver.common.by import By

from conftest import console_errors, open_page

COLS_JS = """
const table = arguments[0];
const ths = Array.from(table.tHead.rows[table.tHead.rows.length - 1].cells);
const cols = ths.filter(th => th.dataset.sort).map(th => ({key: th.dataset.sort,
    type: th.dataset.type === 'number' ? 'number' : 'text', index: th.cellIndex}));
const rows = Array.from(table.tBodies).flatMap(tb => Array.from(tb.rows)).map(tr => {
  const v = {};
  for (const c of cols) { const td = tr.cells[c.index];
    v[c.key] = td ? (td.hasAttribute('data-value') ? td.getAttribute('data-value') : td.textContent.trim()) : ''; }
  return v; });
return {cols, rows};
"""


def _num(v):
    return float(v) if str(v).strip() != "" else None


@pytest.fixture
def sortable_table(driver, pages):
    open_page(driver, pages["templates"])
    tables = driver.find_elements(By.CSS_SELECTOR, 'table[data-enhance="sortable"]')
    assert tables, 'templates/index.html has no table[data-enhance="sortable"]'
    return tables[0]


def test_sortable_table_sorts_both_ways(driver, sortable_table):
    table = sortable_table
    st = driver.execute_script(COLS_JS, table)
    assert st["cols"], "no th[data-sort] in the sortable table"
    url_before = driver.current_url
    for col in st["cols"]:
        th = table.find_element(By.CSS_SELECTOR, f'th[data-sort="{col["key"]}"]')
        assert th.get_attribute("aria-sort") == "none"
        for direction, aria in (("asc", "ascending"), ("desc", "descending")):
            th.find_element(By.TAG_NAME, "button").click()
            assert th.get_attribute("aria-sort") == aria
            values = [r[col["key"]] for r in driver.execute_script(COLS_JS, table)["rows"]]
            if col["type"] == "number":
                present = [_num(v) for v in values if _num(v) is not None]
                assert present == sorted(present, reverse=direction == "desc"), values
                assert all(_num(v) is None for v in values[len(present):]), "missing values must go last"
            else:
                assert driver.execute_script("""
                    const [vals, desc] = arguments;
                    for (let i = 1; i < vals.length; i++) {
                      let c = vals[i-1].localeCompare(vals[i], undefined, {numeric: true, sensitivity: 'base'});
                      if (desc) c = -c;
                      if (c > 0 && vals[i] !== '') return false;
                    }
                    return true;""", values, direction == "desc"), values
    # sort-only tables leave the URL alone
    assert driver.current_url == url_before
    assert not console_errors(driver)
