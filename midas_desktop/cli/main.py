"""``midas``: the post's command line (contract: shared cli-contract.md).

Exit status: 0 the job was done (an invalid MRZ that was checked is a job done), 1 it ran but failed
(store, password, permission), 2 bad input or usage. Errors are one line on standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from midas_desktop.cli import commands_admin, commands_counter, commands_documents, commands_sync
from midas_desktop.cli.io import fail, protect_terminal
from midas_desktop.services.errors import ServiceError

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2, as the contract asks."""

    def error(self, message: str) -> NoReturn:
        fail(f"{message} (see '{self.prog} --help')")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="midas", description="MIDAS Desktop: the border post's command line.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    commands_documents.register(commands)
    commands_counter.register(commands)
    commands_admin.register(commands)
    commands_sync.register(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except ServiceError as exc:
        fail(str(exc))
        return exc.exit_status
    except ValueError as exc:
        # Bad stay-rule input: imported here, since only a command that loaded the rules can raise it.
        from midas_desktop.domain.stay.errors import StayInputError

        if not isinstance(exc, StayInputError):
            raise
        fail(str(exc))
        return 2
    except KeyboardInterrupt:
        fail("interrupted; nothing half-written was kept")
        return 130
    except BrokenPipeError:
        return 1


def main() -> None:
    protect_terminal()
    try:
        status = run()
    except SystemExit:
        raise
    except Exception as exc:  # our bug: say so in one line, never a traceback in the user's face
        fail(
            f"internal error ({type(exc).__name__}); nothing half-written was kept. "
            "Set MIDAS_DEBUG=1 to see the details."
        )
        import os

        if os.environ.get("MIDAS_DEBUG"):
            raise
        status = 1
    sys.exit(status)
