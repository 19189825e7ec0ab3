#!/usr/bin/env bash
# Extract the desktop app's texts into the Qt Linguist sources and compile them:
#   midas_desktop/resources/i18n/midas_{es,en}.ts  (edit with pyside6-linguist)  ->  midas_{es,en}.qm (shipped)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
for lang in es en; do
    "$BIN/pyside6-lupdate" midas_desktop/gui/*.py -ts "midas_desktop/resources/i18n/midas_${lang}.ts" -source-language en -target-language "$lang"
    "$BIN/pyside6-lrelease" "midas_desktop/resources/i18n/midas_${lang}.ts" -qm "midas_desktop/resources/i18n/midas_${lang}.qm"
done
