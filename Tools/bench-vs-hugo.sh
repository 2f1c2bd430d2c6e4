#!/usr/bin/env bash
# The admin-site generator against Hugo, side by side, on the same number of pages.
#
#   bash Tools/bench-vs-hugo.sh              # 1,000 and 10,000 models (+ as many templates)
#   bash Tools/bench-vs-hugo.sh 500 2000     # other sizes
#   RUNS=7 bash Tools/bench-vs-hugo.sh       # more runs per side (default 5)
#   SKIP_REAL=1 bash Tools/bench-vs-hugo.sh  # leave out the real site
#
# For each size N:
#   1. SiteBenchmark writes the Hugo counterpart's content (one file per page, the same data
#      in front matter) for the same synthetic registry of N models and N templates; the
#      layouts in Tools/hugo-bench render the same table layout.
#   2. Both sites are built once (warm-up) and their HTML pages counted.
#   3. Cold builds alternate: ours, hugo, ours, hugo, … (RUNS each); the output folder is
#      removed before every run, untimed. Both write to /dev/shm. Each run is a whole process
#      (ours includes making the synthetic registry in memory; Hugo includes reading its
#      content files) under /usr/bin/time -v for the peak memory.
#   4. Prints the median of each, the ratio ours/hugo and the peak memory of each.
#   5. Raises one model's base cost and rebuilds into the same folder (--change-one): prints
#      the files rewritten.
# Then it times the whole `admin-site build` process for the real site (median of
# RUNS, cold and no-change rebuilds), when the CLI builds.
#
# Results go to stdout and, as JSON, to $OUT_DIR (default /dev/shm/site-bench/results).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
RUNS="${RUNS:-5}"
WORK="${BENCH_DIR:-/dev/shm/site-bench}"
OUT_DIR="${OUT_DIR:-$WORK/results}"
SCRATCH="${SCRATCH:-.build-bench}"

need() { command -v "$1" >/dev/null 2>&1; }
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (for peak memory)…"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi
need hugo || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }
need python3 || { echo "python3 is needed for the alternating runner" >&2; exit 2; }
mkdir -p "$WORK" "$OUT_DIR"

echo "== machine"
echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
echo "hugo: $(hugo version | cut -d' ' -f1-2); swift: $(swift --version 2>&1 | head -1)"

echo "== building SiteBenchmark (release, scratch $SCRATCH)"
swift build -c release --scratch-path "$SCRATCH" --product SiteBenchmark 2>&1 | tail -1
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/SiteBenchmark"

count_html() { find "$1" -name '*.html' | wc -l; }

for N in "${SIZES[@]}"; do
    echo
    echo "== $N models + $N templates"
    SRC="$WORK/hugo-src-$N"
    OURS="$WORK/ours-$N"
    HUGO="$WORK/hugo-$N"
    rm -rf "$SRC" "$OURS" "$HUGO"
    mkdir -p "$SRC/static"
    cp Tools/hugo-bench/config.toml "$SRC/"
    cp -r Tools/hugo-bench/layouts "$SRC/"
    cp -r Site/assets "$SRC/static/assets"
    "$BIN" --models "$N" --templates "$N" --emit-hugo "$SRC" | tail -1

    # Warm-up builds (also fill the page cache) and page counts.
    "$BIN" --models "$N" --templates "$N" --output "$OURS" --runs 1 | grep -E '^(synthetic|run 1)'
    hugo --quiet --source "$SRC" --destination "$HUGO"
    echo "HTML pages: ours $(count_html "$OURS"), hugo $(count_html "$HUGO"); files: ours $(find "$OURS" -type f | wc -l), hugo $(find "$HUGO" -type f | wc -l); bytes: ours $(du -sb "$OURS" | cut -f1), hugo $(du -sb "$HUGO" | cut -f1)"

    python3 Tools/hugo-bench/alternate.py --runs "$RUNS" --json "$OUT_DIR/vs-hugo-$N.json" \
        ours "rm -rf '$OURS'" "'$BIN' --models $N --templates $N --output '$OURS' --runs 1" \
        hugo "rm -rf '$HUGO'" "hugo --quiet --source '$SRC' --destination '$HUGO'"

    # One model's base cost raised, rebuilt into the same folder: which files are rewritten.
    "$BIN" --models "$N" --templates "$N" --output "$OURS" --runs 0 --change-one | grep -E '^(change-one|  rewrote)'
done

echo
echo "== the real site"
if [ "${SKIP_REAL:-0}" = 1 ]; then
    echo "skipped (SKIP_REAL=1)"
    exit 0
fi
echo "-- in process (SiteBenchmark --real: SiteBuilder.build only, median of $RUNS):"
"$BIN" --real --output "$WORK/real-inprocess" --runs "$RUNS" | grep -E '^(real site|run|median)' \
    || echo "SiteBenchmark --real failed (see above)"
echo "-- whole process: admin-site build"
ADMIN_OK=1
if ! swift build -c release --product admin-site > "$WORK/admin-site-build.log" 2>&1; then
    ADMIN_OK=0
    echo "skipped: 'swift build -c release --product admin-site' does not build yet (log: $WORK/admin-site-build.log):"
    grep -m3 'error:' "$WORK/admin-site-build.log" || tail -3 "$WORK/admin-site-build.log"
fi
if [ "$ADMIN_OK" = 1 ]; then
    ADMIN="$(swift build -c release --show-bin-path)/admin-site"
    REAL="$WORK/real"
    rm -rf "$REAL"
    if ! "$ADMIN" build --output "$REAL" > "$WORK/admin-site-run.log" 2>&1; then
        echo "skipped: '$ADMIN build --output $REAL' fails:"
        tail -5 "$WORK/admin-site-run.log"
    else
        echo "cold builds (output removed before each run):"
        python3 Tools/hugo-bench/alternate.py --runs "$RUNS" --json "$OUT_DIR/real-cold.json" \
            cold "rm -rf '$REAL'" "'$ADMIN' build --output '$REAL'"
        echo "no-change rebuilds (output kept):"
        touch "$WORK/before-rebuilds"
        sleep 0.05
        python3 Tools/hugo-bench/alternate.py --runs "$RUNS" --json "$OUT_DIR/real-rebuild.json" \
            rebuild "" "'$ADMIN' build --output '$REAL'"
        echo "files rewritten by the $RUNS no-change rebuilds: $(find "$REAL" -newer "$WORK/before-rebuilds" | wc -l) of $(find "$REAL" | wc -l) (files and folders newer than the first rebuild)"
    fi
fi
echo
echo "results (JSON): $OUT_DIR"
