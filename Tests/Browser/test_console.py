"""No browser console errors (SEVERE log entries) on the key pages."""
import pytest

from conftest import PAGE_NAMES, console_errors, open_page


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_console_errors(driver, pages, name):
    open_page(driver, pages[name])
    errors = console_errors(driver)
    assert not errors, f"console errors on {pages[name]}:\n" + "\n".join(e["message"] for e in errors)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_stylesheet_and_script_load(driver, pages, name):
    """site.css is applied (custom properties resolve) and site.js ran (html.js is set)."""
    open_page(driver, pages[name])
    bg = driver.execute_script(
        "return getComputedStyle(document.documentElement).getPropertyValue('--surface').trim()")
    assert bg, "site.css did not load (no --surface custom property)"
    assert driver.execute_script("return document.documentElement.classList.contains('js')"), \
        "site.js did not run (html has no class 'js')"
