"""The HTTP transport's share of the limits: uvicorn's HTTP protocol with a header deadline and a cap
on connections per client address, and an event loop whose TLS handshakes time out.

uvicorn arms its own timer only after an answer (``timeout_keep_alive``, idle time), so a client that
opens a connection and sends nothing, or a header a byte at a time, would hold it for ever; and the
event loop's TLS handshake timeout is 60 s. Both are shortened here, to ``limits.current()``.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from midas_desktop.server.protection import limits
from midas_desktop.server.protection.log_safety import RateLimitedWarning

log = logging.getLogger("midas.server")

_TOO_LARGE_ANSWER = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\ncontent-length: 32\r\n\r\nthe request header is too large.\n"
)
_TIMEOUT_ANSWER = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\ncontent-length: 43\r\n\r\nthe request header did not arrive in time.\n"
)
# Connections open per client address in this worker.
_per_client: Counter[str] = Counter()


warnings = RateLimitedWarning(log)


class GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a header deadline and a per-client connection cap."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._limits = limits.current()
        self._header_timer: asyncio.TimerHandle | None = None
        self._header_bytes = 0
        self._counted_as: str | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        host = self.client[0] if self.client else "?"
        cap = self._limits.max_connections_per_client
        if cap and _per_client[host] >= cap:
            warnings.warn("per-client", f"too many connections from one client address; closed (cap {cap})")
            transport.abort()
            return
        _per_client[host] += 1
        self._counted_as = host
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        if self._counted_as is not None:
            _per_client[self._counted_as] -= 1
            if _per_client[self._counted_as] <= 0:
                del _per_client[self._counted_as]
            self._counted_as = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None or self.transport.is_closing():
            super().data_received(data)  # not in a header: the body has the guard's limits
            return
        # Still waiting for the end of a header (the parser keeps what it has seen): bounded. Counted
        # before the parser sees the bytes, which may end the header and so stop the counting: a
        # header's last chunk counts too. Only the room left is handed on first, so a body arriving
        # in the same chunk as a header within the limit is not counted as header.
        room = self._limits.max_header_bytes - self._header_bytes
        self._header_bytes += min(len(data), room)
        if room > 0:
            super().data_received(data[:room])
        if len(data) <= room or self.transport.is_closing():
            return
        if self._header_timer is None:  # the header ended within the limit: the rest is its body
            super().data_received(data[room:])
            return
        self._cancel_header_timer()
        warnings.warn("header-size", "a request header was too large; closed")
        self.transport.write(_TOO_LARGE_ANSWER)
        self.transport.close()

    def on_headers_complete(self) -> None:
        self._cancel_header_timer()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.pipeline:
            self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_bytes = 0
        self._header_timer = self.loop.call_later(self._limits.header_seconds, self._header_timed_out)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timed_out(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered; its body has its own deadline (the guard's)
        warnings.warn("header", "a connection sent no complete request header in time; closed")
        self.transport.write(_TIMEOUT_ANSWER)
        self.transport.close()


def _with_handshake_timeout(kwargs: dict[str, Any]) -> dict[str, Any]:
    if kwargs.get("ssl") is not None and kwargs.get("ssl_handshake_timeout") is None:
        kwargs["ssl_handshake_timeout"] = limits.current().tls_handshake_seconds
    return kwargs


try:
    import uvloop

    class _UvLoop(uvloop.Loop):
        async def create_server(self, *args: Any, **kwargs: Any) -> Any:
            return await super().create_server(*args, **_with_handshake_timeout(kwargs))

    _LOOP: type[asyncio.AbstractEventLoop] = _UvLoop
except ImportError:  # pragma: no cover - uvloop comes with uvicorn[standard]

    class _AsyncioLoop(asyncio.SelectorEventLoop):
        async def create_server(self, *args: Any, **kwargs: Any) -> Any:
            return await super().create_server(*args, **_with_handshake_timeout(kwargs))

    _LOOP = _AsyncioLoop


def event_loop() -> asyncio.AbstractEventLoop:
    """uvicorn's ``loop=`` factory: uvloop (or asyncio) whose TLS handshakes time out."""
    return _LOOP()


HTTP_PROTOCOL = f"{__name__}:GuardedHttpProtocol"
LOOP_FACTORY = f"{__name__}:event_loop"
