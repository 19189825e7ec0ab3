"""Log lines the central server can write without harm: control and format characters escaped (a
value chosen by a client cannot forge lines, reorder them with bidi controls or drive the terminal of
whoever reads the log), no tracebacks (their frames and messages can carry names and document
numbers; the line keeps the exception's type), and a bounded length."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter

from midas_desktop.domain.safe_text import for_log

MAX_LINE = 1000


def escape(text: str) -> str:
    """``text`` with every control and format character shown as an escape (``safe_text.for_log``)."""
    return for_log(text)


class SafeLogFilter(logging.Filter):
    """Rewrites each record into one safe line (attach to a handler; it then covers every logger)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call must not take the log down with it
            message = str(record.msg)
        if os.environ.get("MIDAS_DEBUG"):
            return True  # a developer's run on synthetic data: tracebacks as they are
        if record.exc_info and record.exc_info[0] is not None:
            message += f" [{record.exc_info[0].__name__}]"
        record.msg = escape(message)[:MAX_LINE]
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


class RateLimitedWarning:
    """One log line per kind per ``every`` seconds: a flood must not flood the log too. The next line
    of a kind says how many were left out before it."""

    def __init__(self, logger: logging.Logger, every: float = 10.0) -> None:
        self.logger = logger
        self.every = every
        self.last: dict[str, float] = {}
        self.suppressed: Counter[str] = Counter()

    def warn(self, kind: str, message: str) -> None:
        now = time.monotonic()
        if now - self.last.get(kind, -self.every) < self.every:
            self.suppressed[kind] += 1
            return
        more = self.suppressed.pop(kind, 0)
        self.last[kind] = now
        self.logger.warning("%s%s", message, f" ({more} more like it since the last line)" if more else "")


def install() -> None:
    """Put the filter on every handler of the root logger and of uvicorn's loggers (once each)."""
    names = ["", "uvicorn", "uvicorn.error", "uvicorn.access", "midas", "midas.server"]
    for name in names:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, SafeLogFilter) for f in handler.filters):
                handler.addFilter(SafeLogFilter())
