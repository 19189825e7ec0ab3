"""The canonical form signatures and digests are made over must be the standard library's bytes,
whichever library wrote them: a post of an older version signed with ``json.dumps`` and the centre
verifies with ``trust.canonical_json``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from midas_desktop.domain import trust


def standard(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


# Text with every kind of character a record may hold: controls, quotes, accents, other planes.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
scalars = st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | texts
values = st.recursive(
    scalars | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(values)
def test_any_json_value_gives_the_standard_librarys_bytes(value: Any) -> None:
    assert trust.canonical_json(value) == standard(value)


@pytest.mark.parametrize(
    "value",
    [
        {"small": 1e-05, "large": 1e16, "exact": 0.5},  # floats orjson writes otherwise
        {"big": 2**64 + 1},  # an integer orjson will not write
        {1: "a key that is not text"},
        ['\u2028 \u2029 \x7f \x00 \x1f "quoted" \\ ñ 😀'],
    ],
)
def test_the_values_orjson_writes_otherwise_take_the_standard_path(value: Any) -> None:
    assert trust.canonical_json(value) == standard(value)


def test_what_json_cannot_hold_is_refused() -> None:
    # NaN and the infinities are the one difference left: orjson writes them as null where the
    # standard library refuses them. Nothing the product signs holds a float, the record rules refuse
    # one, and the centre refuses them in a request (``test_request_bodies.py``).
    with pytest.raises(TypeError):
        trust.canonical_json({"a set": {1, 2}})
