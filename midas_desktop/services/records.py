"""Records as signed facts: a movement or an extension, as its maker signed it, for the central server
and for the post's own checks.

A movement's payload is built from the movement row alone (the traveller and the document as read for
that crossing are copied onto it), so it is the same bytes whenever it is rebuilt: the signature made
when it was recorded verifies for as long as the row is unchanged, whatever later joins or renewals do
to the traveller's record. The audit entry of the act names the payload's digest.
"""

from __future__ import annotations

from typing import Any, Protocol

from midas_desktop.domain import trust
from midas_desktop.services.clock import iso_utc
from midas_desktop.store.hot import MovementRow
from midas_desktop.store.models import Movement, StayExtension


class RecordSigner(Protocol):
    @property
    def signer_ref(self) -> str: ...

    def sign(self, obj: object) -> str: ...


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def movement_payload(movement: Movement | MovementRow) -> dict[str, Any]:
    """The movement as printed by ``midas entry --json`` and sent to the central server (unsigned)."""
    payload: dict[str, Any] = {
        "id": movement.id,
        "direction": movement.direction,
        "post": movement.post_code,
        "country": movement.country,
        "officer": movement.officer,
        "at": iso_utc(movement.at_utc),
        "local_date": movement.local_date.isoformat(),
        "days_granted": movement.days_granted,
        "decision": movement.decision,
        "reason": movement.reason,
        "purpose": movement.purpose,
        "transport": movement.transport,
        "vehicle": movement.vehicle,
        "traveller": {
            "surname": movement.surname or "",
            "given_names": movement.given_names or "",
            "nationality": movement.nationality,
            "birth_date": _date(movement.birth_date),
            "sex": movement.sex or "X",
        },
        "document": None
        if not movement.doc_number
        else {
            "type": movement.doc_type,
            "code": movement.doc_code,
            "issuing_state": movement.doc_issuing_state,
            "number": movement.doc_number,
            "expiry_date": _date(movement.doc_expiry),
        },
    }
    if movement.signer:
        payload["signer"] = movement.signer
    return payload


def signed_movement(movement: Movement | MovementRow) -> dict[str, Any]:
    """The payload with its signature, as pushed (and as another post receives it)."""
    payload = movement_payload(movement)
    if movement.signature:
        payload["signature"] = movement.signature
    return payload


def sign_movement(signer: RecordSigner, movement: Movement | MovementRow) -> dict[str, Any]:
    """Sign a new movement in its maker's name; returns the signed payload."""
    movement.signer = signer.signer_ref
    movement.signature = signer.sign(movement_payload(movement))
    return signed_movement(movement)


def extension_payload(extension: StayExtension) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": extension.id,
        "entry_movement_id": extension.entry_movement_id,
        "days": extension.days,
        "latest_exit": extension.latest_exit.isoformat(),
        "authority": extension.authority,
        "reason": extension.reason,
        "granted_by": extension.granted_by,
        "granted_utc": iso_utc(extension.granted_utc),
        "post": extension.post_code,
    }
    if extension.signer:
        payload["signer"] = extension.signer
    return payload


def sign_extension(signer: RecordSigner, extension: StayExtension) -> dict[str, Any]:
    extension.signer = signer.signer_ref
    extension.signature = signer.sign(extension_payload(extension))
    return {**extension_payload(extension), "signature": extension.signature}


def digest(payload: dict[str, Any]) -> str:
    """The SHA-256 of a payload's canonical JSON (signature included): what the audit entry names."""
    return trust.record_digest(payload)


def verifies(payload: dict[str, Any], signature: str | None, key: str | None) -> bool:
    return bool(signature and key) and trust.verify(str(key), payload, str(signature))
