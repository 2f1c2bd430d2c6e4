#!/usr/bin/env bash
# Proves what the README promises a service that imports only the pricing library:
#  1. the documentation's Swift samples are current in the example consumer (doc-samples.py);
#  2. README.md, Docs/ and the DocC catalogues name the package as the example does;
#  3. the example (Examples/PricingConsumer, depending on this package with `traits: []`)
#     resolves no package but this one, and builds only TokenPricing and ModelRegistry;
#  4. the samples compile and the example prices as documented.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

python3 Tools/doc-samples.py --check

# Every `package: "…"` a consumer is told to write must be the example's identity.
names="$(grep -rhoE 'package: "[^"]+"' README.md Docs Sources/*/*.docc Examples/PricingConsumer/Package.swift | sort -u)"
if [ "$names" != 'package: "model-registry"' ]; then
  echo "check-consumer: error: the docs and the example disagree on the package name a consumer writes:" >&2
  echo "$names" >&2
  exit 1
fi

cd Examples/PricingConsumer
swift package resolve >/dev/null
deps="$(swift package show-dependencies --format json | python3 -c '
import json, sys
def walk(node):
    for d in node.get("dependencies", []):
        yield d["identity"]
        yield from walk(d)
print(" ".join(sorted(set(walk(json.load(sys.stdin))))))')"
if [ "$deps" != "model-registry" ]; then
  echo "check-consumer: error: a consumer of TokenPricing resolves more than this package: $deps" >&2
  exit 1
fi
echo "check-consumer: a TokenPricing consumer resolves 1 package (model-registry) and 0 others"

swift build 2>&1 | tail -n 3
modules="$(ls .build/debug/Modules 2>/dev/null | sed -n 's/\.swiftmodule$//p' | sort | tr '\n' ' ')"
echo "check-consumer: modules built: $modules"
swift run --skip-build PricingConsumer
