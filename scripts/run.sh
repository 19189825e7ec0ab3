#!/usr/bin/env bash
# Quick start: installs what is missing, then starts the desktop app on its embedded default store
# ($MIDAS_STORE, else ~/.local/share/midas/post.db): the first run creates the store and its first
# administrator. "scripts/run.sh --demo" opens a demo store filled with synthetic crossings instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/midas-desktop "$@"
