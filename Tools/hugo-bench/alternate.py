#!/usr/bin/env python3
"""Times commands in alternation (A, B, A, B, ...), each run under /usr/bin/time -v.

usage: alternate.py --runs 5 [--json FILE] LABEL PREPARE COMMAND [LABEL PREPARE COMMAND ...]

PREPARE runs before every timed run and is not timed (e.g. removing the output folder, so
every run is a cold build); pass "" for none. Prints one line per run and, per label, the
median wall time, the median CPU use and the peak resident memory (from /usr/bin/time -v);
with two labels, the ratio of the first median to the second.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def parse_time_v(path):
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if ":" not in line:
                continue
            key, _, value = line.rpartition(": ")
            out[key.strip()] = value.strip()
    return out


def main(argv):
    runs = 5
    json_path = None
    args = list(argv)
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--json":
            json_path = args.pop(0)
        else:
            sys.exit(f"alternate.py: unknown flag {flag}")
    if len(args) % 3 != 0 or not args:
        sys.exit(__doc__)
    jobs = [tuple(args[i:i + 3]) for i in range(0, len(args), 3)]
    results = {label: [] for label, _, _ in jobs}
    for run in range(1, runs + 1):
        for label, prepare, command in jobs:
            if prepare:
                subprocess.run(prepare, shell=True, check=True)
            with tempfile.NamedTemporaryFile(prefix="alternate-", suffix=".txt", delete=False) as tmp:
                time_file = tmp.name
            start = time.perf_counter()
            proc = subprocess.run(
                ["/usr/bin/time", "-v", "-o", time_file, "bash", "-c", "exec " + command],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall = time.perf_counter() - start
            info = parse_time_v(time_file)
            os.unlink(time_file)
            if proc.returncode != 0:
                sys.stderr.write(proc.stderr)
                sys.exit(f"alternate.py: {label} failed (status {proc.returncode}): {command}")
            user = float(info.get("User time (seconds)", "0"))
            system = float(info.get("System time (seconds)", "0"))
            rss_kb = int(info.get("Maximum resident set size (kbytes)", "0"))
            r = {"wall": wall, "user": user, "sys": system, "rss_kb": rss_kb}
            results[label].append(r)
            print(f"  run {run} {label:>6}: {wall:7.3f} s wall, {user + system:7.3f} s CPU "
                  f"({(user + system) / wall:.2f} cores), peak {rss_kb / 1024:7.1f} MB", flush=True)
    summary = {}
    for label, _, command in jobs:
        rs = results[label]
        med = statistics.median(r["wall"] for r in rs)
        cores = statistics.median((r["user"] + r["sys"]) / r["wall"] for r in rs)
        peak = max(r["rss_kb"] for r in rs)
        summary[label] = {"command": command, "median_s": med, "min_s": min(r["wall"] for r in rs),
                          "max_s": max(r["wall"] for r in rs), "cores_busy": cores, "peak_rss_kb": peak,
                          "runs": rs}
        print(f"  {label:>6}: median {med:.3f} s (min {summary[label]['min_s']:.3f}, max {summary[label]['max_s']:.3f}), "
              f"{cores:.2f} cores busy, peak RSS {peak / 1024:.1f} MB")
    if len(jobs) == 2:
        a, b = jobs[0][0], jobs[1][0]
        ratio = summary[a]["median_s"] / summary[b]["median_s"]
        summary["ratio"] = ratio
        print(f"  ratio {a}/{b}: {ratio:.3f}")
    if json_path:
        with open(json_path, "w") as f:
            json.dump(summary, f, indent=2)


if __name__ == "__main__":
    main(sys.argv[1:])
