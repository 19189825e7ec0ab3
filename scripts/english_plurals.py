"""Fill the English catalogue's plural forms from its sources: "%n day(s)" -> "%n day" / "%n days".

The app's source texts are English already, so the English catalogue only needs the plural forms of
texts counted with %n (Qt shows a numerus source text as it is when no form is given). A form someone
wrote by hand is kept. Run by ``scripts/update_translations.sh`` before compiling.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Irregular words the app counts.
IRREGULAR = {"entry(ies)": ("entry", "entries"), "(es)": ("", "es")}


def forms(source: str) -> tuple[str, str]:
    singular, plural = source, source
    for marker, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marker, one), plural.replace(marker, many)
    singular = re.sub(r"\(s\)", "", singular)
    plural = re.sub(r"\(s\)", "s", plural)
    return singular, plural


def fill(path: Path) -> int:
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        written = [form.text for form in translation.findall("numerusform") if form.text]
        if len(written) == 2 and translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in forms(source):
            element = ET.SubElement(translation, "numerusform")
            element.text = text
        translation.attrib.pop("type", None)
        changed += 1
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return changed


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("midas_desktop/resources/i18n/midas_en.ts")
    print(f"{path}: {fill(path)} plural text(s) filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
