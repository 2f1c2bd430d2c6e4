#!/usr/bin/env bash
# The main job: set up, check the registry and docs, and render the admin site into _site/
# (or the folder given as $1) from the defaults in the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-_site}"

bash Tools/setup.sh
swift build -c release --product admin-site
BIN="$(swift build -c release --show-bin-path)/admin-site"
"$BIN" check
"$BIN" build --output "$OUT"
echo "site written to $OUT/ (open $OUT/index.html, or run: $BIN serve)"
