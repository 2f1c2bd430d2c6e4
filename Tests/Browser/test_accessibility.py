"""axe-core finds no serious or critical violations on the key pages, in light and dark mode.

axe-selenium-python's Axe class injects and runs axe-core. Its own bundled axe-core is 3.1.1
(2018); a newer axe-core (4.12.1, shipped inside the axe-playwright-python wheel, installed
without dependencies by Tools/browser-setup.sh) is used when present. AXE_SCRIPT=/path/axe.min.js
overrides both.
"""
import importlib.util
import os
from pathlib import Path

import pytest
from axe_selenium_python import Axe

from conftest import PAGE_NAMES, open_page

BLOCKING = {"serious", "critical"}


def axe_script() -> str | None:
    if os.environ.get("AXE_SCRIPT"):
        return os.environ["AXE_SCRIPT"]
    spec = importlib.util.find_spec("axe_playwright_python")  # locates, does not import
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "axe.min.js"
        if candidate.is_file():
            return str(candidate)
    return None  # fall back to the axe-core bundled with axe-selenium-python


@pytest.fixture(scope="session")
def axe_for(driver):
    script = axe_script()
    return lambda: Axe(driver, script) if script else Axe(driver)


def _set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def test_axe_version(driver, pages, axe_for):
    open_page(driver, pages["dashboard"])
    axe = axe_for()
    axe.inject()
    version = driver.execute_script("return axe.version")
    print(f"axe-core {version} ({axe.script_url})")
    assert version


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_serious_axe_violations(driver, pages, axe_for, name, scheme):
    _set_scheme(driver, scheme)
    open_page(driver, pages[name])
    axe = axe_for()
    axe.inject()
    results = axe.run()
    violations = results["violations"]
    blocking = [v for v in violations if v.get("impact") in BLOCKING]
    others = [f"{v['id']} ({v.get('impact')})" for v in violations if v not in blocking]
    if others:
        print(f"{name}/{scheme}: non-blocking axe findings: {', '.join(others)}")
    assert not blocking, f"{pages[name]} ({scheme}):\n" + axe.report(blocking)
