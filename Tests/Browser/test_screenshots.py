"""Screenshots of the main pages for people to look at (saved in ARTIFACTS_DIR)."""
import pytest

from conftest import full_page_screenshot, open_page

PNG = b"\x89PNG\r\n\x1a\n"


def _emulate(driver, media="", scheme=None):
    features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": features})


@pytest.mark.parametrize("name", ["dashboard", "catalogue", "workflow"])
def test_screenshot_light(driver, pages, artifacts_dir, name):
    _emulate(driver, scheme="light")
    open_page(driver, pages[name])
    path = full_page_screenshot(driver, artifacts_dir / f"{name}.png")
    assert path.read_bytes()[:8] == PNG


@pytest.mark.parametrize("name", ["dashboard", "catalogue", "workflow"])
def test_screenshot_dark(driver, pages, artifacts_dir, name):
    _emulate(driver, scheme="dark")
    open_page(driver, pages[name])
    path = full_page_screenshot(driver, artifacts_dir / f"{name}-dark.png")
    assert path.read_bytes()[:8] == PNG


def test_screenshot_catalogue_mobile(driver, pages, artifacts_dir):
    open_page(driver, pages["catalogue"])
    path = full_page_screenshot(driver, artifacts_dir / "catalogue-mobile.png", width=390)
    assert path.read_bytes()[:8] == PNG


def test_screenshot_catalogue_print(driver, pages, artifacts_dir):
    """Print media: navigation and filters are hidden, black on white."""
    _emulate(driver, media="print")
    open_page(driver, pages["catalogue"])
    hidden = driver.execute_script("""
        return ['.site-nav', '.filters', '#model-exports'].map(s => document.querySelector(s))
          .filter(Boolean).every(el => getComputedStyle(el).display === 'none');""")
    assert hidden, "nav/filters/exports must be hidden in print"
    headers = driver.execute_script(
        "return Array.from(document.querySelectorAll('#model-table thead th')).map(th => th.getBoundingClientRect().height > 0 && th.innerText.trim() !== '')")
    assert all(headers), "table headers must stay visible in print"
    bg = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert bg in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), bg
    path = full_page_screenshot(driver, artifacts_dir / "catalogue-print.png")
    assert path.read_bytes()[:8] == PNG
