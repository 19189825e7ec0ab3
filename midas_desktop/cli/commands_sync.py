"""Sync with the central server: ``post enrol``, ``sync`` (and ``sync status``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from midas_desktop.cli.common import add_json_flag, add_login_options, open_session
from midas_desktop.cli.io import emit_json
from midas_desktop.services.errors import BadInput
from midas_desktop.sync import client


def register(commands: Any) -> None:
    post = commands.add_parser("post", help="this post's link to the central server")
    post_commands = post.add_subparsers(dest="post_command", metavar="COMMAND", parser_class=type(post))
    post_commands.required = True
    enrol = post_commands.add_parser("enrol", help="enrol this post with the central server (administrators)")
    enrol.add_argument("--server", required=True, metavar="URL", help="https://HOST[:PORT] of the server")
    enrol.add_argument("--token", required=True, metavar="TOKEN", help="from 'midas-server post add'")
    enrol.add_argument("--ca", metavar="FILE", help="the server's certificate authority (PEM), pinned")
    add_json_flag(enrol)
    add_login_options(enrol)
    enrol.set_defaults(handler=enrol_command)

    sync = commands.add_parser("sync", help="one push and pull with the central server")
    add_json_flag(sync)
    sync.add_argument("--status", action="store_true", help="only show the sync status")
    sync.add_argument(
        "--attempts", type=int, default=8, help="tries per request before giving up (default 8)"
    )
    add_login_options(sync)
    sync.set_defaults(handler=sync_command)


def enrol_command(args: argparse.Namespace) -> int:
    ca_pem = None
    if args.ca:
        try:
            ca_pem = Path(args.ca).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput(f"cannot read the CA file {args.ca}: {exc.__class__.__name__}") from exc
    with open_session(args) as session:
        result = client.enrol(session, args.server, args.token, ca_pem)
    if args.json:
        emit_json(result)
    else:
        print(f"enrolled post {result['post']} with {result['server']}")
    return 0


def sync_command(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.status:
            state = client.status(session)
            if args.json:
                emit_json(state.to_dict())
            else:
                print(
                    f"server {state.server_url or '(not enrolled)'}; {state.queued} queued; "
                    f"last success {state.last_success or 'never'}; last error {state.last_error or 'none'}"
                )
            return 0
        report = client.sync_once(session, max_attempts=max(1, args.attempts))
    if args.json:
        emit_json(report.to_dict())
    else:
        print(
            f"sent {report.sent}, acknowledged {report.acknowledged}, pulled {report.pulled} "
            f"({report.batches} batches, {report.queued} still queued)"
        )
    return 0
