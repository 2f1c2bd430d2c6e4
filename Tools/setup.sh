#!/usr/bin/env bash
# Installs what building the package needs on a fresh Debian machine: libcmark (the docs
# renderer, through the CCMark system-library target) and pkg-config. Idempotent: it only
# calls apt-get when something is missing. The Swift toolchain itself must be on PATH.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

missing=()
[ -f /usr/include/cmark.h ] || missing+=(libcmark-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v swift >/dev/null 2>&1 || { echo "setup: error: swift is not on PATH (install the Swift 6 toolchain)" >&2; exit 2; }
