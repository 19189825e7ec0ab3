"""Batch files carried from a post with no link: ``midas-server import``.

A file is opened with the server's box key and each batch in it is stored by
:func:`midas_desktop.server.core.store_batch`, the very function behind ``POST /v1/batches``: the
same signature check, the same one row per movement id. Importing a file twice, or a file whose
records also came over the network, stores nothing twice; the receipt acknowledges them all again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from midas_desktop.server import core
from midas_desktop.sync import carry, protocol


@dataclass(frozen=True)
class ImportResult:
    post: str
    batches: int
    records: int
    new: int
    receipt: bytes  # the signed receipt file, for the post to take back


def import_batch_file(engine: Engine, data: bytes) -> ImportResult:
    """Store every batch of a batch file; returns the receipt.

    Raises :class:`carry.CarryError` for a file that is damaged, altered or made for another server
    (nothing stored), and :class:`core.Rejected` as a push would (unknown or revoked post, a bad post
    signature). Every batch is checked for shape before the first is stored; each is then stored in
    its own transaction, as over the network, so a refusal part-way leaves earlier batches stored,
    which is safe: importing the file again acknowledges them without storing them twice.
    """
    key = core.server_key(engine)
    assert key.box_private_key is not None  # server_key() fills it in
    carried = carry.open_batch_file(data, key.box_private_key)
    if not carried.envelopes:
        raise carry.CarryError("the batch file holds no batches")
    for index, envelope in enumerate(carried.envelopes):
        try:
            batch, _signature = protocol.check_envelope(envelope)
        except protocol.ProtocolError as exc:
            raise carry.CarryError(f"batch {index} of the file is malformed: {exc}") from exc
        if batch["post"] != carried.post:
            raise carry.CarryError(f"batch {index} of the file is from another post than the file")
    acks: list[dict[str, Any]] = [core.store_batch(engine, envelope) for envelope in carried.envelopes]
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return ImportResult(
        post=carried.post,
        batches=len(acks),
        records=sum(len(a["ack"]["accepted"]) for a in acks),
        new=sum(int(a["ack"]["new"]) for a in acks),
        receipt=carry.seal_receipt(carried.post, created, acks, key.private_key),
    )
