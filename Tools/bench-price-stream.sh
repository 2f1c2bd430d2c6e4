#!/usr/bin/env bash
# How fast `admin-site price` streams, against a Python json.loads + json.dumps loop over the
# same lines (the floor any NDJSON service pays just to read and write JSON).
#
#     bash Tools/bench-price-stream.sh [LINES=1000000] [RUNS=5]
#
# Builds admin-site and PricingBenchmark in release mode (scratch .build-release), writes
# LINES realistic request lines from the registry and the catalogue (PricingBenchmark
# --emit-price-lines: every model's calls interleaved, every tenth line a template by id)
# to /dev/shm, then times RUNS runs of each on one core (taskset, when present) and prints
# the medians and the ratio. Run it from the package root.
set -euo pipefail
LINES="${1:-1000000}"
RUNS="${2:-5}"
SCRATCH=.build-release
cd "$(dirname "$0")/.."

echo "== building (release, scratch $SCRATCH)"
swift build -c release --scratch-path "$SCRATCH" --product admin-site 2>&1 | tail -1
swift build -c release --scratch-path "$SCRATCH" --product PricingBenchmark 2>&1 | tail -1
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)"

DIR=/dev/shm
[ -d "$DIR" ] || DIR="${TMPDIR:-/tmp}"
FILE="$DIR/price-lines-$$.ndjson"
trap 'rm -f "$FILE"' EXIT
"$BIN/PricingBenchmark" --emit-price-lines "$LINES" > "$FILE"
echo "== $LINES lines, $(du -h "$FILE" | cut -f1), e.g.:"
head -c 300 "$FILE"; echo " …"

PIN=()
command -v taskset > /dev/null && PIN=(taskset -c 0)

# Median wall time of RUNS runs of a command reading $FILE, output discarded.
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s.%N)
        "$@" < "$FILE" > /dev/null || [ $? -eq 1 ]   # price exits 1 when a line fails
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print }'
}

SWIFT_S=$(median "${PIN[@]}" "$BIN/admin-site" price)
PY_S=$(median "${PIN[@]}" python3 -c '
import sys, json
w = sys.stdout.write
for line in sys.stdin:
    w(json.dumps(json.loads(line)) + "\n")
')
FAILED=$("$BIN/admin-site" price < "$FILE" | grep -c '"error"' || true)

awk -v n="$LINES" -v s="$SWIFT_S" -v p="$PY_S" -v f="$FAILED" 'BEGIN {
    printf "admin-site price            %8.3f s  %10.0f lines/s  (lines answered with an error: %d)\n", s, n / s, f
    printf "python json.loads+dumps     %8.3f s  %10.0f lines/s\n", p, n / p
    printf "ratio (price / python time) %8.3f    (below 1: price is faster)\n", s / p
}'
