"""A real ``midas-server serve`` process for the hostile-client tests, and a post that talks to it the
way a real post does (a root key, certified users, signed batches), measured from another loopback
address (127.0.0.2) so that limits per client address do not count it with the attacker's."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import httpx
from central_db import LiveServer
from trusted_post import TrustedPost

from midas_desktop.server import database
from midas_desktop.sync import protocol

#: The normal post's address: another loopback address than the attackers' 127.0.0.1.
POST_ADDRESS = "127.0.0.2"


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


class NormalPost:
    """A post enrolled on the live server's database, pushing and pulling over HTTP from 127.0.0.2."""

    def __init__(self, server: LiveServer, code: str = "GTM-TECUN", country: str = "GTM") -> None:
        self.server = server
        engine = database.open_engine(server.db_url)
        try:
            self.trusted = TrustedPost(engine, code, country)
        finally:
            engine.dispose()
        self.http = httpx.Client(
            base_url=server.url,
            timeout=30,
            transport=httpx.HTTPTransport(local_address=POST_ADDRESS),
        )
        self.numbers = iter(range(10**6))

    def movement(self, **changes: Any) -> dict[str, Any]:
        movement = self.trusted.movement(f"N{next(self.numbers):07d}", "entry", today())
        movement["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        movement.update(changes)
        return movement

    def push_body(self, *payloads: dict[str, Any]) -> bytes:
        return protocol.canonical_json(self.trusted.batch(*payloads))

    def push(self, *payloads: dict[str, Any]) -> httpx.Response:
        return self.http.post(
            "/v1/batches",
            content=self.push_body(*(payloads or (self.movement(),))),
            headers={"content-type": "application/json"},
        )

    def timed_push(self) -> tuple[int, float]:
        """A normal one-movement push: its status and how long the answer took (wall clock)."""
        body = self.push_body(self.movement())
        started = time.monotonic()
        response = self.http.post("/v1/batches", content=body, headers={"content-type": "application/json"})
        return response.status_code, time.monotonic() - started

    def server_key(self) -> str:
        key: str = self.http.get("/v1/health").json()["server_public_key"]
        return key

    def close(self) -> None:
        self.http.close()
