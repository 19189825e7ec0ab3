"""Sync with the central server: ``post enrol``, ``sync`` (``--status``), ``sync export``, ``sync receipt``.

``midas sync`` keeps its own options (one push and pull); ``export`` and ``receipt`` are optional
sub-commands of it, for a post with no link whose batches travel on a USB stick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from midas_desktop.cli.common import add_json_flag, add_login_options, open_session
from midas_desktop.cli.io import emit_json, safe_text
from midas_desktop.services.errors import BadInput


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
    # Demanded by sync_command instead: argparse would otherwise want it before a sub-command too.
    next(a for a in sync._actions if a.dest == "user").required = False
    sync.set_defaults(handler=sync_command)
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="COMMAND", parser_class=type(sync))
    sync_commands.required = False

    export = sync_commands.add_parser(
        "export", help="write the pending outbox to an encrypted batch file (for a USB stick)"
    )
    export.add_argument("--to", required=True, metavar="FILE", help="the batch file to write")
    add_json_flag(export)
    add_login_options(export)
    export.set_defaults(handler=export_command)

    receipt = sync_commands.add_parser(
        "receipt", help="clear the records a server's receipt (from 'midas-server import') acknowledges"
    )
    receipt.add_argument("file", metavar="RECEIPT", help="the receipt file written by the server")
    add_json_flag(receipt)
    add_login_options(receipt)
    receipt.set_defaults(handler=receipt_command)

    held = sync_commands.add_parser(
        "quarantine", help="the records set aside: they break a rule or the server refused them"
    )
    add_json_flag(held)
    add_login_options(held)
    held.set_defaults(handler=quarantine_command)

    release = sync_commands.add_parser(
        "release", help="send a quarantined record again at the next sync (administrators)"
    )
    release.add_argument("record_id", metavar="RECORD_ID", help="as 'midas sync quarantine' shows it")
    add_json_flag(release)
    add_login_options(release)
    release.set_defaults(handler=release_command)


def enrol_command(args: argparse.Namespace) -> int:
    from midas_desktop.sync import client

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
    from midas_desktop.sync import client

    if not args.user:
        raise BadInput("the following arguments are required: --user (see 'midas sync --help')")
    with open_session(args) as session:
        if args.status:
            state = client.status(session)
            if args.json:
                emit_json(state.to_dict())
            else:
                print(
                    f"server {state.server_url or '(not enrolled)'}; {state.queued} queued; "
                    f"last success {state.last_success or 'never'}; last error {state.last_error or 'none'}"
                    + (
                        f"; {state.quarantined} quarantined (see 'midas sync quarantine')"
                        if state.quarantined
                        else ""
                    )
                )
            return 0
        from midas_desktop import runtime

        runtime.settle_garbage_collector()
        report = client.sync_once(session, max_attempts=max(1, args.attempts))
    if args.json:
        emit_json(report.to_dict())
    else:
        print(
            f"sent {report.sent}, acknowledged {report.acknowledged}, pulled {report.pulled} "
            f"({report.batches} batches, {report.queued} still queued)"
        )
        if report.quarantined:
            print(f"{report.quarantined} record(s) set aside: see 'midas sync quarantine'")
    return 0


def quarantine_command(args: argparse.Namespace) -> int:
    from midas_desktop.sync import quarantine

    with open_session(args) as session:
        records = quarantine.quarantined(session)
    if args.json:
        for record in records:
            emit_json(record.to_dict())
    elif not records:
        print("no record is quarantined")
    else:
        for record in records:
            print(
                safe_text(
                    f"{record.id}  {record.kind:<14} recorded {record.created}  "
                    f"set aside {record.quarantined}: {record.reason}"
                )
            )
    return 0


def release_command(args: argparse.Namespace) -> int:
    from midas_desktop.sync import quarantine

    with open_session(args) as session:
        quarantine.release(session, args.record_id)
    if args.json:
        emit_json({"released": args.record_id})
    else:
        print(f"released {args.record_id}: it is sent at the next sync")
    return 0


def export_command(args: argparse.Namespace) -> int:
    from midas_desktop.sync import offline

    with open_session(args) as session:
        report = offline.export(session, Path(args.to))
    if args.json:
        emit_json(report.to_dict())
    elif report.file is None:
        print("nothing to export: every record has been acknowledged by the server")
    else:
        print(f"exported {report.records} records in {report.batches} batches to {report.file}")
    return 0


def receipt_command(args: argparse.Namespace) -> int:
    from midas_desktop.sync import offline

    with open_session(args) as session:
        report = offline.apply_receipt(session, Path(args.file))
    if args.json:
        emit_json(report.to_dict())
    else:
        print(
            f"the server acknowledged {report.acknowledged} records; {report.cleared} cleared now, "
            f"{report.queued} still queued"
        )
    return 0
