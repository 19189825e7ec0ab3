"""Machine readable zones of ICAO Doc 9303: TD1, TD2, TD3, MRV-A and MRV-B, and the French national
identity card's own 2 x 36 layout (``FRA-ID``).

Pure Python, standard library only. The entry point is :func:`check_mrz`, which parses and validates
lines read from a document and returns an :class:`MrzResult` (``to_dict()`` gives the JSON contract).
:data:`LAYOUTS` describes every field position for field-aware OCR repair; ``compose_*`` build valid
MRZs from field values.

Modules: ``checkdigit`` (7-3-1 check digits), ``countries`` (ICAO/ISO codes), ``layouts`` (field
positions), ``dates`` (century rules), ``names`` (name field, filler noise, transliteration),
``candidates`` (look-alike glyph corrections), ``parse`` (validation), ``compose`` (generation),
``result`` (result types and the problem vocabulary).
"""

from __future__ import annotations

from .checkdigit import check_digit
from .compose import (
    compose_french_id,
    compose_mrva,
    compose_mrvb,
    compose_mrz,
    compose_td1,
    compose_td2,
    compose_td3,
)
from .countries import is_known_country
from .layouts import LAYOUTS, CharClass, CheckSpec, FieldSpan, Layout
from .parse import check_mrz, detect_type, split_documents
from .result import PROBLEMS, CheckOutcome, Finding, MrzFields, MrzResult, Severity

__all__ = [
    "LAYOUTS",
    "PROBLEMS",
    "CharClass",
    "CheckOutcome",
    "CheckSpec",
    "FieldSpan",
    "Finding",
    "Layout",
    "MrzFields",
    "MrzResult",
    "Severity",
    "check_digit",
    "check_mrz",
    "compose_french_id",
    "compose_mrva",
    "compose_mrvb",
    "compose_mrz",
    "compose_td1",
    "compose_td2",
    "compose_td3",
    "detect_type",
    "is_known_country",
    "split_documents",
]
