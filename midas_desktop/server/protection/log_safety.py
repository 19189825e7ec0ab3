"""Log lines the central server can write without harm: control characters escaped (a value chosen
by a client cannot forge lines or drive the terminal of whoever reads the log), no tracebacks (their
frames and messages can carry names and document numbers; the line keeps the exception's type), and
a bounded length."""

from __future__ import annotations

import logging
import os

from midas_desktop.domain.safe_text import for_log

MAX_LINE = 1000


def escape(text: str) -> str:
    """``text`` with every control character shown as an escape (``domain.safe_text.for_log``)."""
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


def install() -> None:
    """Put the filter on every handler of the root logger and of uvicorn's loggers (once each)."""
    names = ["", "uvicorn", "uvicorn.error", "uvicorn.access", "midas", "midas.server"]
    for name in names:
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, SafeLogFilter) for f in handler.filters):
                handler.addFilter(SafeLogFilter())
