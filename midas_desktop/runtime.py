"""What the programs share below every layer: the process settings of the long-running ones (the
desktop app, the sync command, the central server's workers) and the JSON columns' reading and writing."""

from __future__ import annotations

import gc
import json
from typing import Any

import orjson

# Young objects a collection waits for: a sync batch (500 records, their audit entries, parsed and
# encoded) makes tens of thousands, freed by their reference counts as soon as the batch is done.
_YOUNG_THRESHOLD = 20_000


def settle_garbage_collector() -> None:
    """Keep the collector off what lives as long as the process (modules, mappings, the app):
    ``gc.freeze`` moves it out of every later collection. With the default thresholds a sync batch's
    short-lived objects set off full collections over the whole heap many times per batch: about a
    fifth of the central server's ingest and an eighth of a post's push in CPU (py-spy and cProfile of
    ``store_batch`` and ``SyncClient.push``, 2026-12-02). Their memory is freed by reference counting
    whatever the thresholds; only reference cycles wait longer."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_THRESHOLD, 20, 20)


def json_dumps(value: Any) -> str:
    """JSON text of ``value`` for a JSON column: orjson's (compact, several times faster), or the
    standard library's for what orjson will not write (a key that is not text, a big integer)."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError too
        return json.dumps(value)


def json_loads(text: str | bytes) -> Any:
    """A JSON column's value: orjson's reading, or the standard library's for what orjson refuses (a
    lone surrogate written by an older version, NaN); the same values either way."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
