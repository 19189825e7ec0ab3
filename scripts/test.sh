#!/usr/bin/env bash
# Quick start: installs what is missing (with the test tools), then runs lint, types, the import
# contract and the whole test suite. Exits non-zero when any of them fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
scripts/test_postgres.sh
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"; ruff check midas_desktop tests scripts
echo "== mypy"; mypy
echo "== import contracts"; lint-imports
echo "== pytest"; pytest "$@"
