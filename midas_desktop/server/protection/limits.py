"""The numbers that bound what one client can make the central server spend.

They are the defaults of ``midas-server serve`` (each has an option) and appear in the README's
operations section, next to the reverse proxy settings that match them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace

from midas_desktop.sync import protocol


@dataclass(frozen=True)
class ServerLimits:
    #: A request body larger than this is refused: from Content-Length before a byte of it is read,
    #: and while it streams when the length is not declared (chunked).
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    #: Request bodies held by one worker at once, from the first byte until the answer: bounds the
    #: memory a flood of large pushes can take (more is answered 503 with Retry-After).
    body_budget_bytes: int = 4 * protocol.MAX_BODY_BYTES
    #: A new connection must have completed its TLS handshake within this many seconds...
    tls_handshake_seconds: float = 10.0
    #: ... and sent a request's complete header within this many seconds (also after each answer).
    header_seconds: float = 10.0
    #: A request header (request line and fields) larger than this is answered 431 and closed.
    max_header_bytes: int = 64 * 1024
    #: A connection that sends nothing for this long after an answer is closed.
    keep_alive_seconds: int = 15
    #: A request body must keep coming: at most this long between two parts of it ...
    body_idle_seconds: float = 30.0
    #: ... and the whole body within this long (8 MB at 256 kbit/s takes about 260 s).
    body_total_seconds: float = 300.0
    #: Connections and requests in progress at once, per worker; beyond, uvicorn answers 503.
    max_connections: int = 1000
    #: Connections at once from one client address; more are closed at once (0: no limit, for a
    #: server behind a reverse proxy, where every connection comes from the proxy).
    max_connections_per_client: int = 32
    #: Password checks (scrypt, 16 MiB and ~50 ms each) worked on at once, per worker ...
    login_workers: int = 2
    #: ... and waiting for one; a login beyond is answered 503 with Retry-After at once.
    login_queue: int = 16
    #: Every failed login is answered no sooner than this after it arrived, whatever failed (an unknown
    #: user, a wrong password, a locked account), so the time of the answer tells nothing.
    login_floor_seconds: float = 0.25
    #: JSON nested deeper than this is refused (the protocol needs 6 levels).
    max_json_depth: int = 32


DEFAULT = ServerLimits()


#: How ``midas-server serve`` hands its limits to the worker processes (they are started afresh).
LIMITS_ENV = "MIDAS_SERVER_LIMITS"


def to_env(limits: ServerLimits) -> str:
    return json.dumps(asdict(limits), separators=(",", ":"))


def current() -> ServerLimits:
    """The limits this process serves with: those ``serve`` was given, else the defaults."""
    raw = os.environ.get(LIMITS_ENV)
    if not raw:
        return DEFAULT
    try:
        values = json.loads(raw)
        known = {f.name for f in fields(ServerLimits)}
        return replace(DEFAULT, **{k: v for k, v in values.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        return DEFAULT
