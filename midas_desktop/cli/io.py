"""Input and output helpers of the command line: passwords from stdin, JSON Lines, one-line errors."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from typing import Any

from midas_desktop.domain.safe_text import SafeStream, for_terminal
from midas_desktop.services.errors import BadInput


class PasswordReader:
    """Reads passwords as the contract says: with ``--password-stdin`` one per line of standard input,
    in the order the command documents; otherwise from the terminal without echo."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin
        self._lines: Iterator[str] | None = None

    def read(self, prompt: str) -> str:
        if not self._from_stdin:
            if not sys.stdin.isatty():
                raise BadInput(
                    "no password given: use --password-stdin and put the password on standard input"
                )
            return getpass.getpass(prompt)
        if self._lines is None:
            self._lines = iter(sys.stdin.read().splitlines())
        try:
            return next(self._lines).rstrip("\r")
        except StopIteration as exc:
            raise BadInput(f"standard input ended before the {prompt.rstrip(': ').lower()}") from exc


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str) + "\n")


def fail(message: str) -> None:
    sys.stderr.write("midas: " + message.replace("\n", " ") + "\n")


def safe_text(text: str) -> str:
    """``text`` for a terminal: control characters (escape sequences, carriage returns, bells) shown as
    U+FFFD, so a name recorded elsewhere cannot drive the officer's terminal (``domain.safe_text``)."""
    return for_terminal(text)


def protect_terminal() -> None:
    """Route standard output and error through :class:`SafeStream` for the rest of the command: no
    value printed by any command can carry a control sequence to the terminal."""
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)
