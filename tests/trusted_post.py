"""A post enrolled in-process with the server's own functions, signing as a real post does: a root
key, an administrator certified by it, an officer certified by the administrator, records and batches
signed by the officer (``domain.trust``). For server tests that need no post store."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any

from sqlalchemy import Engine

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Role
from midas_desktop.server import core
from midas_desktop.sync import protocol


class TrustedPost:
    def __init__(self, engine: Engine, code: str, country: str) -> None:
        self.engine, self.code, self.country = engine, code, country
        self.root = os.urandom(32)
        self.admin_keys = trust.new_key_pair()
        self.officer_keys = trust.new_key_pair()
        self.admin = trust.issue_certificate(
            trust.signer_of(self.root),
            trust.ISSUER_ROOT,
            post=code,
            user_id=1,
            username="admin",
            role=Role.ADMIN,
            status=trust.STATUS_ACTIVE,
            serial=1,
            sign_key=self.admin_keys.sign_public,
            box_key=self.admin_keys.box_public,
            issued_at="2025-01-01T00:00:00Z",
        )
        self.officer = trust.issue_certificate(
            trust.signer_of(self.admin_keys.sign_private),
            "admin:admin:1",
            post=code,
            user_id=2,
            username="officer",
            role=Role.OFFICER,
            status=trust.STATUS_ACTIVE,
            serial=1,
            sign_key=self.officer_keys.sign_public,
            box_key=self.officer_keys.box_public,
            issued_at="2025-01-01T00:00:00Z",
        )
        token = core.add_post(engine, code, code)
        core.enrol(
            engine,
            {
                "post": code,
                "token": token,
                "root_public": trust.public_of_seed(self.root),
                "country": country,
                "certificates": [self.admin.to_dict(), self.officer.to_dict()],
            },
        )

    def sign_record(
        self, payload: dict[str, Any], keys: trust.KeyPair | None = None, signer: str = "officer:1"
    ) -> dict[str, Any]:
        unsigned = {**{k: v for k, v in payload.items() if k != "signature"}, "signer": signer}
        return {**unsigned, "signature": trust.sign((keys or self.officer_keys).sign_private, unsigned)}

    def batch(
        self, *payloads: dict[str, Any], sign: bool = True, extras: protocol.PushExtras | None = None
    ) -> dict[str, Any]:
        # A stay extension is the administrator's (an officer may not grant one), a crossing the
        # officer's: each signed by the user it names as its maker.
        records = [
            {
                "id": p["id"],
                "kind": "stay_extension",
                "payload": self.sign_record(p, self.admin_keys, "admin:1"),
            }
            if "entry_movement_id" in p and sign
            else {
                "id": p["id"],
                "kind": "stay_extension" if "entry_movement_id" in p else "movement",
                "payload": self.sign_record(p) if sign else p,
            }
            for p in payloads
        ]
        batch = protocol.make_batch(
            self.code,
            str(uuid.uuid4()),
            "2025-01-01T00:00:00Z",
            "officer:1",
            records,
            extras or protocol.PushExtras(),
        )
        return {"batch": batch, "signature": trust.sign(self.officer_keys.sign_private, batch)}

    def push(self, *payloads: dict[str, Any]) -> dict[str, Any]:
        return core.store_batch(self.engine, self.batch(*payloads))

    def pull_request(self, cursor: int = 0, changes_cursor: int = 0, limit: int = 1000) -> dict[str, Any]:
        request = {
            "post": self.code,
            "cursor": cursor,
            "changes_cursor": changes_cursor,
            "limit": limit,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "signer": "officer:1",
        }
        return {"request": request, "signature": trust.sign(self.officer_keys.sign_private, request)}

    def movement(self, number: str, direction: str, date: str, nationality: str = "MEX") -> dict[str, Any]:
        return {
            "id": str(uuid.uuid4()),
            "direction": direction,
            "post": self.code,
            "country": self.code[:3],
            "officer": "officer",
            "at": f"{date}T12:00:00Z",
            "local_date": date,
            "days_granted": None,
            "decision": "admitted" if direction == "entry" else "departed",
            "reason": None,
            "purpose": None,
            "transport": None,
            "vehicle": None,
            "traveller": {
                "surname": "SYNTHETIC",
                "given_names": "PERSON",
                "nationality": nationality,
                "birth_date": "1990-01-01",
                "sex": "F",
            },
            "document": {
                "type": "TD3",
                "code": "P",
                "issuing_state": nationality,
                "number": number,
                "expiry_date": "2030-01-01",
            },
        }
