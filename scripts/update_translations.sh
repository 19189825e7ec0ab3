#!/usr/bin/env bash
# Extract the desktop app's texts into the Qt Linguist sources and compile them:
#   midas_desktop/resources/i18n/midas_{es,en}.ts  (edit with pyside6-linguist)  ->  midas_{es,en}.qm (shipped)
# The English catalogue's plural forms ("%n day(s)" -> "1 day", "2 days") are filled from the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mapfile -t SOURCES < <(find midas_desktop/gui -name "*.py" | sort)
for lang in es en; do
    "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "midas_desktop/resources/i18n/midas_${lang}.ts" \
        -source-language en -target-language "$lang"
done
"$BIN/python" scripts/english_plurals.py midas_desktop/resources/i18n/midas_en.ts
# lupdate again: the file back in Linguist's own layout (so later runs change only what changed)
"$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts midas_desktop/resources/i18n/midas_en.ts -source-language en \
    -target-language en >/dev/null
for lang in es en; do
    "$BIN/pyside6-lrelease" "midas_desktop/resources/i18n/midas_${lang}.ts" -qm "midas_desktop/resources/i18n/midas_${lang}.qm"
done
