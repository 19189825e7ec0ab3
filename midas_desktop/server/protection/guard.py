"""An ASGI middleware around the whole API: the body limits enforced while the body is read, a
memory budget for bodies in flight, and a last line of defence that answers an unexpected failure
with a one-line 500 and logs only its type (a traceback could carry a name or a document number).
A client that goes away before its body is read is not a failure of the server: one line at INFO.

A too large or too slow body surfaces in the app as :class:`BodyRefused` from ``receive``; the app's
handler for refusals (``Rejected``) answers it with its status and reason.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import ClientDisconnect

from midas_desktop.server.protection.limits import ServerLimits

log = logging.getLogger("midas.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyRefused(Exception):
    """The request's body broke a limit; ``status`` and the message are the answer."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


class BodyBudget:
    """Bytes of request bodies this worker holds at once (reserved from the first byte to the answer)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.used = 0

    def reserve(self, amount: int) -> bool:
        if amount and self.used + amount > self.capacity:
            return False
        self.used += amount
        return True

    def release(self, amount: int) -> None:
        self.used = max(0, self.used - amount)


def _declared_length(scope: Scope) -> int | str | None:
    """Content-Length as a number; None when absent; "bad" when it is not one number."""
    values = [v for k, v in scope.get("headers", []) if k == b"content-length"]
    if not values:
        return None
    if len(values) > 1 or not values[0].isdigit() or len(values[0]) > 18:
        return "bad"
    return int(values[0])


async def _answer(send: Send, status: int, message: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
        # The rest of an unread body is not worth reading: the connection ends with this answer.
        (b"connection", b"close"),
        *((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    def __init__(self, app: ASGIApp, limits: ServerLimits) -> None:
        self.app = app
        self.limits = limits
        self.budget = BodyBudget(limits.body_budget_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits
        declared = _declared_length(scope)
        if declared == "bad":
            await _answer(send, 400, "Content-Length is not one whole number")
            return
        if isinstance(declared, int) and declared > limits.max_body_bytes:
            await _answer(send, 413, f"the body is larger than {limits.max_body_bytes} bytes")
            return
        reserved = declared if isinstance(declared, int) else 0
        if not self.budget.reserve(reserved):
            await _answer(
                send, 503, "the server is busy with other requests; try again shortly", {"Retry-After": "2"}
            )
            return
        started = False
        received = 0
        began = time.monotonic()

        async def guarded_receive() -> Message:
            nonlocal received, reserved
            remaining = limits.body_total_seconds - (time.monotonic() - began)
            try:
                message = await asyncio.wait_for(
                    receive(), timeout=max(0.0, min(limits.body_idle_seconds, remaining))
                )
            except TimeoutError as exc:
                raise BodyRefused(408, "the request body did not arrive in time") from exc
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limits.max_body_bytes:
                    raise BodyRefused(413, f"the body is larger than {limits.max_body_bytes} bytes")
                if isinstance(declared, int) and received > declared:
                    raise BodyRefused(400, "the body is longer than its Content-Length")
                if received > reserved:  # a body of undeclared length reserves as it comes
                    if not self.budget.reserve(received - reserved):
                        raise BodyRefused(
                            503,
                            "the server is busy with other requests; try again shortly",
                            {"Retry-After": "2"},
                        )
                    reserved = received
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, tracking_send)
        except BodyRefused as exc:  # raised where no handler of the app saw it (e.g. a 404 route)
            if not started:
                await _answer(send, exc.status, str(exc), exc.headers)
        except ClientDisconnect:
            # The client closed the connection before its body was read: its doing, and no one is
            # left to answer.
            log.info("a client went away during its request (%s %s)", scope.get("method"), _route(scope))
        except Exception as exc:
            # The app's own error handling has answered 500 already (or will not): one line, no trace.
            log.error(
                "internal error answering %s %s (%s)", scope.get("method"), _route(scope), type(exc).__name__
            )
            if not started:
                await _answer(send, 500, "internal error")
            if os.environ.get("MIDAS_DEBUG"):
                raise  # a developer's run: uvicorn logs the traceback
        finally:
            self.budget.release(reserved)


def _route(scope: Scope) -> str:
    """The path for a log line: printable ASCII only, and short (a path is chosen by the client)."""
    path = str(scope.get("path", ""))[:80]
    return "".join(c if " " < c < "\x7f" else "?" for c in path)
