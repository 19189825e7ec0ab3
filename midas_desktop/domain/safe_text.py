"""Text on its way out, to a terminal, a log or a spreadsheet, where a value recorded elsewhere (a
name, a post's name, a nationality pushed by another post) must not act as anything but text.

- Terminals: control characters (escape sequences, carriage returns, bells) would move the cursor,
  rewrite lines or retitle the window: they are shown as U+FFFD.
- Logs: the same characters would forge lines; they are escaped (``\\x1b``), so the line keeps what
  it said. So are format characters (Unicode category Cf): the bidirectional controls (U+202E and
  kin) would show a line's text in another order than it was written, zero-width ones hide text.
- Spreadsheets (CSV and XLSX exports): a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is taken as a formula by Excel and LibreOffice (``=HYPERLINK(...)``). It is written
  with a leading apostrophe, as OWASP advises; control characters become U+FFFD (XLSX cannot hold
  them). Numbers stay numbers.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TextIO

__all__ = ["SafeStream", "for_log", "for_spreadsheet", "for_terminal"]

_CONTROLS = [*range(0x00, 0x20), *range(0x7F, 0xA0)]
_TERMINAL = {code: "\ufffd" for code in _CONTROLS}
# Control characters, line and paragraph separators, and format characters (bidi controls, zero-width).
_LOG_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
_NOT_PRINTABLE_ASCII = re.compile("[^\x20-\x7e]")
_STREAM = {
    **{code: "\ufffd" for code in range(0x00, 0x20) if code not in (0x09, 0x0A)},
    **{code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)},
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(text: str) -> str:
    """``text`` with every control character shown as U+FFFD."""
    return text.translate(_TERMINAL)


def _log_escape(match: re.Match[str]) -> str:
    character = match.group()
    if unicodedata.category(character) not in _LOG_ESCAPED_CATEGORIES:
        return character
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def for_log(text: str) -> str:
    """``text`` with every control, separator and format character escaped (``\\x1b``, ``\\u202e``),
    and lone surrogates as U+FFFD."""
    escaped = _NOT_PRINTABLE_ASCII.sub(_log_escape, text)
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
