#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ with the address sanitizer and runs each one for
# FUZZ_SECONDS (default 30: the short CI run; see Docs/FUZZING.md for the long run).
#
# Environment:
#   FUZZ_SECONDS    seconds per harness (libFuzzer -max_total_time), default 30
#   FUZZ_HARNESSES  which harnesses, default all three
#   FUZZ_CORPUS     the working corpus that grows between runs, default Fuzz/.build/corpus
#   FUZZ_ARGS       extra libFuzzer flags, e.g. "-jobs=2 -workers=2" or "-only_ascii=1"
#   FUZZ_CONFIG     debug (default: quicker to build, `assert`s live) or release (about twice
#                   the executions per second; worth it for long runs)
#   FUZZ_STRICT_JSON=0  do not fail when a decoder accepts invalid JSON (on by default)
#
# Exits non-zero on any crash, sanitizer report, timeout or out-of-memory, after printing the
# input's path: libFuzzer writes it to artifacts/fuzz/<Harness>-crash-<sha1> (or -timeout-,
# -oom-) and the run's log to artifacts/fuzz/<Harness>.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${FUZZ_SECONDS:-30}
harnesses=${FUZZ_HARNESSES:-"FuzzPriceRequests FuzzTemplateCatalog FuzzMarkdownDocs"}
corpus=${FUZZ_CORPUS:-Fuzz/.build/corpus}
artifacts=artifacts/fuzz
scratch=Fuzz/.build
mkdir -p "$artifacts" "$corpus"

echo "== fuzz: seeds from the repository's data"
python3 Tools/fuzz-seeds.py "$corpus/seeds"

echo "== fuzz: build (fuzzer + address sanitizer, scratch path $scratch)"
started=$(date +%s)
# `--sanitize=fuzzer --sanitize=address` alone is not enough: SwiftPM passes them as two
# `-sanitize=` flags and swiftc keeps only the last for instrumentation, so the code gets ASan
# but no coverage counters and libFuzzer fuzzes blind ("Is the code instrumented for coverage?").
# The combined flag, last on the command line, turns both on; SwiftPM's own flags still pick
# the runtimes at link time. One product at a time: building the whole package would also
# build the root's server dependencies, which no harness needs.
build=(swift build --package-path Fuzz --scratch-path "$scratch" -c "${FUZZ_CONFIG:-debug}"
       --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)
: >"$artifacts/build.log"
for harness in $harnesses; do
    if ! "${build[@]}" --product "$harness" >>"$artifacts/build.log" 2>&1; then
        # The linker's "Cannot export local symbol '__asan…'" warnings are harmless noise.
        grep -v "Cannot export local symbol" "$artifacts/build.log" | tail -n 60 >&2
        echo "fuzz: build of $harness failed (full log $artifacts/build.log)" >&2
        exit 1
    fi
done
echo "fuzz: build took $(( $(date +%s) - started )) s"
bin=$("${build[@]}" --show-bin-path)

# Swift's own crash backtracer reads memory that the address sanitizer guards and turns every
# finding into a second, confusing ASan report; libFuzzer's handler prints the stack instead.
export SWIFT_BACKTRACE=enable=no
# No leak check at exit: FoundationEssentials' Data(contentsOf:) leaks a 4 KB buffer reading an
# empty file, and libFuzzer always tries the empty input. Short allocation stacks: recording
# full ones costs a fifth of the run; an access report still has its full stack, and a rerun
# of the input by hand (without ASAN_OPTIONS) shows where the memory came from.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=2}

failed=()
for harness in $harnesses; do
    mkdir -p "$corpus/$harness" "Fuzz/Corpus/$harness"
    log="$artifacts/$harness.log"
    rm -f "$artifacts/$harness"-*
    echo "== fuzz: $harness for ${seconds}s (log $log)"
    # The first folder is the working corpus (new inputs land there); the others are read only:
    # the generated seeds and the committed regression inputs, which therefore run every time.
    # Leak checking is off: the Swift runtime caches metadata on first use, which libFuzzer
    # would report as a leak of whichever input happened to need it first.
    # shellcheck disable=SC2086
    if "$bin/$harness" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -detect_leaks=0 -print_final_stats=1 \
        -dict="$corpus/seeds/$harness.dict" \
        -artifact_prefix="$artifacts/$harness-" \
        ${FUZZ_ARGS:-} \
        "$corpus/$harness" "$corpus/seeds/$harness" "Fuzz/Corpus/$harness" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        echo "fuzz: $harness ok: $execs inputs, $rate exec/s, corpus $(find "$corpus/$harness" -type f | wc -l) files"
    else
        failed+=("$harness")
        echo "fuzz: $harness FAILED; the end of its log:" >&2
        tail -n 40 "$log" >&2
        for input in "$artifacts/$harness"-*; do
            case $input in *.log) ;; *) [ -e "$input" ] && echo "fuzz: failing input: $input" >&2 ;; esac
        done
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in $artifacts/; see Docs/FUZZING.md to turn one into a regression test)" >&2
    exit 1
fi
echo "fuzz: all harnesses ran ${seconds}s without a finding"
