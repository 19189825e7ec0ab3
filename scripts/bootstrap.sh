#!/usr/bin/env bash
# Installs everything the post needs on Debian 12, idempotently: Debian packages, a virtual
# environment in .venv and the pinned Python packages. Usage: scripts/bootstrap.sh [--test]
# (--test adds the test and lint tools). Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0; [ "${1:-}" = "--test" ] && want_test=1

apt_packages=(python3 python3-venv ca-certificates tesseract-ocr fonts-ocr-b
  # what Qt's wheels load at run time (offscreen and on an X display), and Xvfb for screenshots
  libegl1 libgl1 libopengl0 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core xvfb xauth)
# the web console's browser tests drive Debian's chromium through Playwright, whose driver (a node
# binary in the wheel) needs libatomic
[ $want_test -eq 1 ] && apt_packages+=(chromium libatomic1)
bundle=/etc/ssl/certs/ca-certificates.crt
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
  as_root=(); [ "$(id -u)" -ne 0 ] && as_root=(sudo)
  # Installing ca-certificates regenerates the CA bundle from Debian's list; a CA that was put into the
  # bundle by hand (a site's TLS proxy) would be lost and PyPI unreachable. Keep the old bundle's CAs.
  saved_bundle=$(mktemp); [ -s "$bundle" ] && cp "$bundle" "$saved_bundle"
  "${as_root[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  if [ -s "$saved_bundle" ] && ! cmp -s "$saved_bundle" "$bundle"; then
    cat "$saved_bundle" | "${as_root[@]}" tee -a "$bundle" >/dev/null
  fi
  rm -f "$saved_bundle"
fi

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv" >&2
  python3 -m venv .venv
fi
req=requirements/runtime.txt; [ $want_test -eq 1 ] && req=requirements/test.txt
stamp=.venv/.installed-$(basename "$req" .txt)
sig=$(cat requirements/*.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sig" ]; then
  echo "bootstrap: installing pinned Python packages from $req" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  echo "$sig" > "$stamp"
fi
