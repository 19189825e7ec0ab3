"""The name field: primary and secondary identifiers, truncation, and filler misread as letters.

Layout (Doc 9303 Part 3, 4.6): PRIMARY<<SECONDARY, '<' between name parts, '<' fillers to the end.
Stock OCR engines read the filler '<' as 'K' (sometimes 'C', 'E' or 'L'), and every check digit
weighs '<' and 'K' alike, so a name full of noise can pass every check digit. The patterns flagged as
noise are ones no real name produces:
- a run of three or more 'K' ending the name ('MARIAKKKK', 'KKKK' alone);
- anything after three or more consecutive fillers once the name has begun ('MARIA<<<<<<K<<<'):
  one '<' separates name parts and '<<' the two identifiers, so '<<<' can only be padding;
- two single-letter parts ending the name, both filler look-alikes and one of them 'K' ('K<K').
Real names containing K ('KOKKONEN', 'KIKKA', 'LEE<K') are not touched.

Only one '<<' may stand inside the name, between the primary and the secondary identifier
(Part 3, 4.6): a second one ('ERIKSSON<<ANNA<<MARIA') is reported (``extra_separator``). No check
digit covers the name, so this rule is the only guard against a filler read in place of a letter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FILLER = "<"
NOISE_LETTERS = frozenset("KCEL")
_TRAILING_K_RUN = re.compile(r"K{3,}$")


@dataclass(frozen=True)
class NameReading:
    """A parsed name field. ``noise`` is the part read as filler noise ('' if none)."""

    surname: str
    given_names: str
    truncated: bool
    noise: str
    noise_field: str | None  # "surname" or "given_names" when there is noise
    extra_separator: bool = False  # a second '<<' inside the name (after the identifiers' one)


def _is_single_noise_letter(token: str) -> bool:
    return len(token) == 1 and token in NOISE_LETTERS


def _strip_noisy_tail(content: str) -> str:
    """``content`` (no trailing fillers) without the filler-noise tail it ends with, if any."""
    first_letter = len(content) - len(content.lstrip(FILLER))
    closing = content.find(FILLER * 3, first_letter)
    if closing != -1:
        # Three fillers after the name began can only be padding: whatever follows is noise.
        content = content[:closing]
    cut_any = closing != -1
    while True:
        content = content.rstrip(FILLER)
        run = _TRAILING_K_RUN.search(content)
        tokens = content.split(FILLER)
        if run is not None:
            content = content[: run.start()]
        elif (
            len(tokens) >= 2
            and _is_single_noise_letter(tokens[-1])
            and (cut_any or (_is_single_noise_letter(tokens[-2]) and "K" in (tokens[-1], tokens[-2])))
        ):
            # 'K<K' at the end, or a stray letter left next to noise already cut.
            content = content[: -len(tokens[-1])]
        else:
            return content
        cut_any = True


def _join_parts(text: str) -> str:
    return " ".join(part for part in text.split(FILLER) if part)


def read_names(raw: str) -> NameReading:
    """Split a raw name field into surname and given names and look for noise and truncation."""
    content = raw.rstrip(FILLER)
    clean = _strip_noisy_tail(content)
    noise = content[len(clean) :].strip(FILLER)
    primary, separator, secondary = clean.lstrip(FILLER).partition(FILLER * 2)
    if clean.startswith(FILLER * 2):  # no primary identifier: the whole name is secondary
        primary, separator, secondary = "", FILLER * 2, clean.lstrip(FILLER)
    noise_field = None
    if noise:
        noise_field = "given_names" if separator and secondary else "surname"
    return NameReading(
        surname=_join_parts(primary),
        given_names=_join_parts(secondary),
        truncated=not noise and raw != "" and raw[-1] != FILLER,
        noise=noise,
        noise_field=noise_field,
        extra_separator=FILLER * 2 in secondary.strip(FILLER),
    )


# Letters that Unicode decomposition does not reduce to A-Z (Doc 9303 Part 3, section 6).
_SPECIAL_LETTERS = {
    "ß": "SS",
    "Æ": "AE",
    "æ": "AE",
    "Ø": "O",
    "ø": "O",
    "Œ": "OE",
    "œ": "OE",
    "Þ": "TH",
    "þ": "TH",
    "Ð": "D",
    "ð": "D",
    "Đ": "D",
    "đ": "D",
    "Ł": "L",
    "ł": "L",
    "ı": "I",
}
_SEPARATORS = frozenset(" -'‐‑’`,.<")


def transliterate(text: str) -> str:
    """``text`` in MRZ letters: accents stripped, separators as single '<', anything else dropped."""
    out: list[str] = []
    for char in text:
        for letter in unicodedata.normalize("NFKD", _SPECIAL_LETTERS.get(char, char)).upper():
            if "A" <= letter <= "Z":
                out.append(letter)
            elif letter in _SEPARATORS and out and out[-1] != FILLER:
                out.append(FILLER)
    return "".join(out).strip(FILLER)


def name_field(surname: str, given_names: str, length: int) -> str:
    """The name field of ``length`` characters; a name too long is cut at the field's end."""
    primary = transliterate(surname)
    secondary = transliterate(given_names)
    field = primary + (FILLER * 2 + secondary if secondary else "")
    return field[:length].ljust(length, FILLER)
