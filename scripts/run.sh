#!/usr/bin/env bash
# Quick start: installs what is missing, then runs the post on its embedded default store.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/midas demo "$@"
