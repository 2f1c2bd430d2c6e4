"""Shared fixtures for the real-browser tests of the generated admin site.

Environment:
  SITE_DIR       folder of the built site (required; every test fails when it is missing)
  ARTIFACTS_DIR  where screenshots go (default: artifacts/)

The site is served from a throw-away HTTP server on 127.0.0.1 (free port) for the whole
session; one headless Chromium (Selenium) is shared by all tests.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WINDOW = (1280, 900)

# Pages every page-level check runs on (keys are used in test ids and screenshot names).
PAGE_NAMES = ["dashboard", "catalogue", "model", "templates", "workflow", "changes"]


# --------------------------------------------------------------------------- site + server

@pytest.fixture(scope="session")
def site_dir() -> Path:
    raw = os.environ.get("SITE_DIR")
    if not raw:
        pytest.fail("SITE_DIR is not set: point it at the built site folder "
                    "(e.g. SITE_DIR=Tests/Browser/fixture_site)", pytrace=False)
    path = Path(raw).resolve()
    if not path.is_dir():
        pytest.fail(f"SITE_DIR={raw!r} is not a directory", pytrace=False)
    for required in ("index.html", "models/index.html", "templates/index.html"):
        if not (path / required).is_file():
            pytest.fail(f"SITE_DIR={raw!r} has no {required}", pytrace=False)
    return path


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    path = Path(os.environ.get("ARTIFACTS_DIR") or "artifacts").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    """Serve SITE_DIR on a free 127.0.0.1 port; yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --------------------------------------------------------------------------- browser

def chrome_options(javascript: bool = True) -> webdriver.ChromeOptions:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", "--lang=en-US",
                "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    prefs = {"download.prompt_for_download": False}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    return options


def make_driver(javascript: bool = True) -> webdriver.Chrome:
    driver = webdriver.Chrome(options=chrome_options(javascript), service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def driver():
    drv = make_driver(javascript=True)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(scope="session")
def nojs_driver():
    drv = make_driver(javascript=False)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(autouse=True)
def _reset_browser_state(request):
    """Undo per-test emulation (dark mode, print, window size) on the shared driver."""
    yield
    if "driver" in request.fixturenames:
        drv = request.getfixturevalue("driver")
        try:
            drv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
            drv.set_window_size(*WINDOW)
        except Exception:  # the driver may already be gone at session end
            pass


# --------------------------------------------------------------------------- helpers

IGNORED_CONSOLE = ("favicon.ico",)  # a missing favicon is a server matter, not a page error


def console_errors(drv) -> list[dict]:
    """SEVERE browser-log entries since the last call (reading the log clears it)."""
    return [e for e in drv.get_log("browser")
            if e.get("level") == "SEVERE" and not any(s in e.get("message", "") for s in IGNORED_CONSOLE)]


def open_page(drv, url: str):
    """Navigate and wait until the document (and deferred scripts) finished loading.
    Drains the console log first so console_errors() afterwards sees only this page."""
    drv.get_log("browser")
    drv.get(url)
    WebDriverWait(drv, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return drv


def wait_for(drv, predicate, timeout: float = 5, message: str = ""):
    return WebDriverWait(drv, timeout).until(lambda d: predicate(d), message)


def full_page_screenshot(drv, path: Path, width: int = WINDOW[0], max_height: int = 6000) -> Path:
    drv.set_window_size(width, WINDOW[1])
    time.sleep(0.1)
    height, chrome = drv.execute_script(
        "return [Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),"
        " Math.max(0, window.outerHeight - window.innerHeight)]")
    drv.set_window_size(width, min(int(height) + int(chrome), max_height))
    time.sleep(0.2)
    drv.save_screenshot(str(path))
    drv.set_window_size(*WINDOW)
    return path


def _same_site_link(drv, css: str, base: str, under: str | None = None, exclude_suffix=("index.html",)):
    for el in drv.find_elements(By.CSS_SELECTOR, css):
        href = el.get_attribute("href") or ""
        if not href.startswith(base):
            continue
        path = urlsplit(href).path
        if under is not None and not path.startswith(urlsplit(urljoin(base, under)).path):
            continue
        if path.endswith("/") or any(path.endswith(s) for s in exclude_suffix):
            continue
        return href.split("#")[0]
    return None


@pytest.fixture(scope="session")
def pages(driver, base_url) -> dict[str, str]:
    """URLs of the pages under test. The model page is the first link in the catalogue table;
    the workflow page is the first page under templates/ linked from the templates index."""
    urls = {
        "dashboard": urljoin(base_url, "index.html"),
        "catalogue": urljoin(base_url, "models/index.html"),
        "templates": urljoin(base_url, "templates/index.html"),
        "changes": urljoin(base_url, "changes/index.html"),
    }
    open_page(driver, urls["catalogue"])
    model = _same_site_link(driver, "#model-table tbody a[href]", base_url)
    if not model:
        pytest.fail("no link to a model page in #model-table of models/index.html", pytrace=False)
    urls["model"] = model
    open_page(driver, urls["templates"])
    workflow = (_same_site_link(driver, "main table a[href]", base_url, under="templates/")
                or _same_site_link(driver, "main a[href]", base_url, under="templates/"))
    if not workflow:
        pytest.fail("templates/index.html links to no workflow page under templates/", pytrace=False)
    urls["workflow"] = workflow
    return urls
