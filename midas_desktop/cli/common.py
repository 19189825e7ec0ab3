"""Options and steps shared by the commands that open the store."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from midas_desktop.cli.io import PasswordReader, fail
from midas_desktop.store.location import resolve_store_path

if TYPE_CHECKING:  # the store and its services load only when a command opens it (a fast --help)
    from midas_desktop.services.session import PostSession


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the post store (default: $MIDAS_STORE, else $XDG_DATA_HOME/midas/post.db)",
    )


def add_login_options(parser: argparse.ArgumentParser) -> None:
    add_store_option(parser)
    parser.add_argument("--user", required=True, metavar="NAME", help="the user who logs in")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )


def open_session(args: argparse.Namespace, passwords: PasswordReader | None = None) -> PostSession:
    from midas_desktop.services.session import login

    reader = passwords or PasswordReader(args.password_stdin)
    password = reader.read("Password: ")
    session = login(resolve_store_path(args.store), args.user, password)
    if session.conversion is not None:
        # A store made by an older version was converted by this login: the new recovery key is
        # shown once, here, whatever the command (standard error, so JSON output stays clean).
        conversion = session.conversion
        fail(
            "this store was converted to per-user keys; its NEW recovery key (shown only now, the old "
            f"one no longer opens it): {conversion.recovery_key}"
        )
        if conversion.users_to_reset:
            fail(
                "these users need a new password from an administrator: "
                + ", ".join(conversion.users_to_reset)
            )
    return session


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines on standard output")
