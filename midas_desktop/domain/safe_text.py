"""Text on its way out, to a terminal, a log or a spreadsheet, where a value recorded elsewhere (a
name, a post's name, a nationality pushed by another post) must not act as anything but text.

- Terminals: control characters (escape sequences, carriage returns, bells) would move the cursor,
  rewrite lines or retitle the window: they are shown as U+FFFD.
- Logs: the same characters would forge lines; they are escaped (``\\x1b``), so the line keeps what
  it said.
- Spreadsheets (CSV and XLSX exports): a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is taken as a formula by Excel and LibreOffice (``=HYPERLINK(...)``). It is written
  with a leading apostrophe, as OWASP advises; control characters become U+FFFD (XLSX cannot hold
  them). Numbers stay numbers.
"""

from __future__ import annotations

from typing import Any, TextIO

__all__ = ["SafeStream", "for_log", "for_spreadsheet", "for_terminal"]

_CONTROLS = [*range(0x00, 0x20), *range(0x7F, 0xA0)]
_TERMINAL = {code: "\ufffd" for code in _CONTROLS}
_LOG = {code: f"\\x{code:02x}" for code in _CONTROLS}
_LOG.update({0x2028: "\\u2028", 0x2029: "\\u2029"})
_STREAM = {
    **{code: "\ufffd" for code in range(0x00, 0x20) if code not in (0x09, 0x0A)},
    **{code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)},
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(text: str) -> str:
    """``text`` with every control character shown as U+FFFD."""
    return text.translate(_TERMINAL)


def for_log(text: str) -> str:
    """``text`` with every control character escaped, and lone surrogates as U+FFFD."""
    escaped = text.translate(_LOG)
    try:
        escaped.encode("utf-8")
    except UnicodeEncodeError:
        escaped = escaped.encode("utf-8", "replace").decode("utf-8")
    return escaped


def for_spreadsheet(value: Any) -> Any:
    """A cell's value that a spreadsheet shows as written: text that would start a formula gets a
    leading apostrophe; other values (numbers, dates, None) are returned as they are."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    return value.translate(_TERMINAL)


class SafeStream:
    """A text stream for people's eyes (standard output or error of a command) that never passes a
    control character on, except line feeds and tabs: other C0 characters become U+FFFD, DEL and
    C1 characters a JSON-style escape (JSON output, which escapes C0 itself, stays valid JSON)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(text.translate(_STREAM))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
