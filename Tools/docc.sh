#!/usr/bin/env bash
# Builds the DocC documentation of the two library products, TokenPricing and ModelRegistry,
# from their catalogues (Sources/<Module>/<Module>.docc) and their public symbols. Uses the
# toolchain's own `docc` and the package manager's symbol-graph dump, so no documentation
# plugin lands in a consumer's dependency graph. Fails on any DocC warning (a broken symbol
# link, a missing article), so the docs cannot drift from the code unnoticed.
# Usage: bash Tools/docc.sh [OUTPUT_DIR]     (default artifacts/docc)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-artifacts/docc}"

command -v docc >/dev/null 2>&1 || { echo "docc: error: the toolchain's docc is not on PATH" >&2; exit 2; }
swift package dump-symbol-graph --minimum-access-level public >/dev/null
GRAPHS="$(swift build --show-bin-path)/../symbolgraph"
[ -d "$GRAPHS" ] || GRAPHS="$(dirname "$(swift build --show-bin-path)")/symbolgraph"

mkdir -p "$OUT"
for module in TokenPricing ModelRegistry; do
  dir="$(mktemp -d)"
  cp "$GRAPHS/$module".symbols.json "$dir/"
  cp "$GRAPHS/$module"@*.symbols.json "$dir/" 2>/dev/null || true
  rm -rf "$OUT/$module.doccarchive"
  docc convert "Sources/$module/$module.docc" \
    --fallback-display-name "$module" --fallback-bundle-identifier "registry.$module" \
    --additional-symbol-graph-dir "$dir" \
    --output-path "$OUT/$module.doccarchive" \
    --warnings-as-errors 2>&1 | sed "s|^|docc $module: |"
  rm -rf "$dir"
  echo "docc: $module -> $OUT/$module.doccarchive"
done
