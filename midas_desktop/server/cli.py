"""``midas-server``: the central server's command line (contract: shared cli-contract.md).

Exit status 0 done, 1 ran but failed (database unreachable, refused), 2 bad input or usage; errors are
one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from midas_desktop.domain.safe_text import SafeStream
from midas_desktop.domain.watchlist import parse_watchlist_csv
from midas_desktop.server import core, database
from midas_desktop.server.protection import limits, log_safety, transport
from midas_desktop.server.protection.limits import ServerLimits
from midas_desktop.sync.protocol import is_loopback_host


def fail(message: str) -> None:
    sys.stderr.write("midas-server: " + message.replace("\n", " ") + "\n")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        fail(f"{message} (see '{self.prog} --help')")
        raise SystemExit(2)


class UsageError(Exception):
    """Bad input (exit status 2)."""


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy URL (default: $MIDAS_SERVER_DB, else sqlite:///$XDG_DATA_HOME/midas-server/central.db)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="midas-server", description="MIDAS central server.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    serve = commands.add_parser("serve", help="run the HTTP API (HTTPS with --cert/--key)")
    _db_option(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", metavar="FILE", help="the server certificate (PEM), with its chain")
    serve.add_argument("--key", metavar="FILE", help="the certificate's private key (PEM)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    defaults = ServerLimits()
    serve.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        help=f"connections and requests at once per worker; beyond, 503 (default {defaults.max_connections})",
    )
    serve.add_argument(
        "--max-connections-per-client",
        type=int,
        default=defaults.max_connections_per_client,
        help="connections at once from one client address; 0 behind a reverse proxy "
        f"(default {defaults.max_connections_per_client})",
    )
    serve.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_seconds,
        metavar="SECONDS",
        help="time to send a complete request header, and for the TLS handshake "
        f"(default {defaults.header_seconds:g})",
    )
    serve.add_argument(
        "--keep-alive",
        type=int,
        default=defaults.keep_alive_seconds,
        metavar="SECONDS",
        help=f"an idle connection is closed after this long (default {defaults.keep_alive_seconds})",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=defaults.body_idle_seconds,
        metavar="SECONDS",
        help=f"longest pause within a request body (default {defaults.body_idle_seconds:g})",
    )
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=defaults.max_body_bytes,
        metavar="BYTES",
        help=f"largest request body; posts split their batches to fit (default {defaults.max_body_bytes})",
    )
    serve.set_defaults(handler=serve_command)

    post = commands.add_parser("post", help="border posts")
    post_commands = post.add_subparsers(dest="post_command", metavar="COMMAND", parser_class=_Parser)
    post_commands.required = True
    add = post_commands.add_parser("add", help="register a post; prints its one-time enrolment token last")
    add.add_argument("code", metavar="CODE")
    add.add_argument("--name", required=True)
    _db_option(add)
    add.set_defaults(handler=post_add)
    revoke = post_commands.add_parser("revoke", help="refuse every further batch of a post")
    revoke.add_argument("code", metavar="CODE")
    _db_option(revoke)
    revoke.set_defaults(handler=post_revoke)

    posts = commands.add_parser("posts", help="every post's health: last sync, audit anchor, alerts")
    posts.add_argument("--json", action="store_true")
    _db_option(posts)
    posts.set_defaults(handler=posts_command)

    user = commands.add_parser("user", help="central users")
    user_commands = user.add_subparsers(dest="user_command", metavar="COMMAND", parser_class=_Parser)
    user_commands.required = True
    user_add = user_commands.add_parser("add", help="add a central user (password on standard input)")
    user_add.add_argument("name", metavar="NAME")
    user_add.add_argument("--role", required=True, choices=core.CENTRAL_ROLES)
    user_add.add_argument("--password-stdin", action="store_true", required=True)
    _db_option(user_add)
    user_add.set_defaults(handler=user_add_command)

    user_unlock = user_commands.add_parser(
        "unlock", help="let a user locked out by wrong passwords try again"
    )
    user_unlock.add_argument("name", metavar="NAME")
    _db_option(user_unlock)
    user_unlock.set_defaults(handler=user_unlock_command)

    stats = commands.add_parser("stats", help="national figures")
    _db_option(stats)
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--at", metavar="DATE", help="evaluate overstays on this date (default: today, UTC)")
    stats.set_defaults(handler=stats_command)

    traveller = commands.add_parser(
        "traveller", help="one traveller's national history (the shape of a post's 'midas check')"
    )
    traveller.add_argument("--document", required=True, metavar="STATE:NUMBER", help="e.g. MEX:X1234567")
    traveller.add_argument("--at", metavar="ISO-8601", help="the moment evaluated (default: now)")
    traveller.add_argument("--post", metavar="CODE", help="as this post sees the traveller")
    traveller.add_argument("--country", metavar="CODE", help="evaluate for this country")
    traveller.add_argument("--json", action="store_true")
    _db_option(traveller)
    traveller.set_defaults(handler=traveller_command)

    watchlist = commands.add_parser("watchlist", help="the national watchlist")
    wl_commands = watchlist.add_subparsers(dest="wl_command", metavar="COMMAND", parser_class=_Parser)
    wl_commands.required = True
    wl_import = wl_commands.add_parser("import", help="add the entries of a CSV file (posts pull them)")
    wl_import.add_argument("file", metavar="CSV")
    _db_option(wl_import)
    wl_import.set_defaults(handler=watchlist_import)

    wl_remove = wl_commands.add_parser("remove", help="remove an entry (posts drop it at their next pull)")
    wl_remove.add_argument("entry_id", metavar="ENTRY_ID")
    wl_remove.add_argument("--reason", required=True)
    wl_remove.add_argument("--by", default="central", metavar="NAME", help="who decided")
    _db_option(wl_remove)
    wl_remove.set_defaults(handler=watchlist_remove)

    carried = commands.add_parser(
        "import", help="store the batches of a file carried from a post (USB stick); writes a receipt"
    )
    carried.add_argument("file", metavar="FILE", help="the batch file written by 'midas sync export'")
    carried.add_argument(
        "--receipt-to",
        metavar="RECEIPT",
        help="where to write the signed receipt for the post (default: FILE.receipt)",
    )
    carried.add_argument("--json", action="store_true")
    _db_option(carried)
    carried.set_defaults(handler=import_command)

    stays = commands.add_parser(
        "scan-stays",
        help="bring the national overstays up to date now (the console does it on each page; the first "
        "scan of a large database reads every traveller once, so run it after an upgrade)",
    )
    _db_option(stays)
    stays.set_defaults(handler=scan_stays_command)

    migrate = commands.add_parser("migrate", help="bring the database to the newest schema")
    _db_option(migrate)
    migrate.set_defaults(handler=migrate_command)
    return parser


def _engine(args: argparse.Namespace) -> Any:
    engine = database.open_engine(database.resolve_url(args.db))
    database.upgrade(engine)
    return engine


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    if bool(args.cert) != bool(args.key):
        raise UsageError("--cert and --key go together")
    if not args.cert and not is_loopback_host(args.host):
        raise UsageError(f"refusing plain HTTP on {args.host}: give --cert and --key, or serve on 127.0.0.1")
    for path in (args.cert, args.key):
        if path and not Path(path).is_file():
            raise UsageError(f"no such file: {path}")
    for name in ("max_connections", "header_timeout", "keep_alive", "body_timeout", "max_body_bytes"):
        if getattr(args, name) <= 0:
            raise UsageError(f"--{name.replace('_', '-')} must be more than 0")
    if args.max_connections_per_client < 0:
        raise UsageError("--max-connections-per-client must be 0 (no limit) or more")
    server_limits = replace(
        ServerLimits(),
        max_connections=args.max_connections,
        max_connections_per_client=args.max_connections_per_client,
        header_seconds=args.header_timeout,
        tls_handshake_seconds=args.header_timeout,
        keep_alive_seconds=args.keep_alive,
        body_idle_seconds=args.body_timeout,
        max_body_bytes=args.max_body_bytes,
        body_budget_bytes=max(ServerLimits().body_budget_bytes, 4 * args.max_body_bytes),
    )
    url = database.resolve_url(args.db)
    _engine(args).dispose()  # migrate once, here, before any worker starts
    os.environ[database.DB_ENV] = url
    os.environ[limits.LIMITS_ENV] = limits.to_env(server_limits)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log_safety.install()
    uvicorn.run(
        "midas_desktop.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=max(1, args.workers),
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        access_log=False,  # paths only, but one line per batch is noise; the app logs what matters
        log_level="info",
        # The transport's limits (protection.transport): header and TLS handshake deadlines, a cap
        # per client address; uvicorn's own: idle keep-alive, connections at once, header size (h11).
        http=transport.HTTP_PROTOCOL,
        loop=transport.LOOP_FACTORY,
        timeout_keep_alive=server_limits.keep_alive_seconds,
        limit_concurrency=server_limits.max_connections,
        h11_max_incomplete_event_size=16 * 1024,
        server_header=False,
    )
    return 0


def post_add(args: argparse.Namespace) -> int:
    engine = _engine(args)
    token = core.add_post(engine, args.code, args.name)
    engine.dispose()
    print(f"registered post {args.code} ({args.name}); its one-time enrolment token:")
    print(token)
    return 0


def post_revoke(args: argparse.Namespace) -> int:
    engine = _engine(args)
    core.revoke_post(engine, args.code)
    engine.dispose()
    print(f"revoked post {args.code}")
    return 0


def user_add_command(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n")
    engine = _engine(args)
    core.add_user(engine, args.name, args.role, password)
    engine.dispose()
    print(f"added {args.role} {args.name}")
    return 0


def posts_command(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from midas_desktop.server.post_trust import overview

    engine = _engine(args)
    try:
        with Session(engine) as db:
            posts = overview(db)
    finally:
        engine.dispose()
    for post in posts:
        if args.json:
            sys.stdout.write(json.dumps(post, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            anchor = post["anchor"]
            assert isinstance(anchor, dict)
            print(
                f"{post['code']:<16} {post['country'] or '---'}  last batch {post['last_batch'] or '-'}  "
                f"anchored to entry {anchor['seq']}  open alerts {post['open_alerts']}"
            )
    return 0


def user_unlock_command(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        core.unlock_user(engine, args.name)
    finally:
        engine.dispose()
    print(f"{args.name} may log in again")
    return 0


def stats_command(args: argparse.Namespace) -> int:
    from midas_desktop.server.stats import national_stats

    try:
        day = dt.date.fromisoformat(args.at) if args.at else None
    except ValueError as exc:
        raise UsageError(f"not an ISO-8601 date: {args.at!r}") from exc
    engine = _engine(args)
    figures = national_stats(engine, day)
    engine.dispose()
    if args.json:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        print(
            f"{figures['movements']} movements from {figures['posts']} posts; "
            f"{figures['overstays']} overstays"
        )
        for code, count in figures["by_post"].items():
            print(f"  {code}: {count}")
    return 0


def traveller_command(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from midas_desktop.server.travellers import traveller_view

    state, _, number = args.document.partition(":")
    if not state or not number:
        raise UsageError("--document takes STATE:NUMBER, e.g. MEX:X1234567")
    try:
        moment = dt.datetime.fromisoformat(args.at.replace("Z", "+00:00")) if args.at else None
    except ValueError as exc:
        raise UsageError(f"not an ISO-8601 date or time: {args.at!r}") from exc
    if moment is None:
        moment = dt.datetime.now(dt.UTC)
    elif len(args.at) == 10:
        moment = moment.replace(hour=12)  # a date alone means noon, as at the posts
    engine = _engine(args)
    try:
        with Session(engine) as db:
            view = traveller_view(
                db,
                state.upper(),
                number.upper(),
                at=moment.astimezone(dt.UTC) if moment.tzinfo else moment,
                post_code=args.post,
                country=args.country.upper() if args.country else None,
            )
    except LookupError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        engine.dispose()
    if args.json:
        sys.stdout.write(json.dumps(view, ensure_ascii=False, separators=(",", ":")) + "\n")
        return 0
    traveller = view["traveller"]
    assert isinstance(traveller, dict)
    if not traveller["known"]:
        print("no traveller with this document has been recorded")
        return 0
    stays = view["stays"]
    assert isinstance(stays, list)
    print(
        f"in the country: {'yes' if view['in_country'] else 'no'}; suggested: {view['suggested']}; "
        f"{len(stays)} stay(s); previous overstays: {view['previous_overstays']}"
    )
    for stay in stays:
        print(
            f"  {stay['country']} {stay['entry_date']} .. {stay['exit_date'] or 'still in'}"
            f"{' (exit not recorded)' if stay['exit_missing'] else ''}: "
            f"overstay {stay['overstay_days']} day(s)"
        )
    return 0


def watchlist_remove(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        core.remove_watchlist_entry(engine, args.entry_id, args.by, args.reason)
    finally:
        engine.dispose()
    print(f"removed watchlist entry {args.entry_id}; posts drop it at their next pull")
    return 0


def watchlist_import(args: argparse.Namespace) -> int:
    from midas_desktop.server.watchlist_admin.service import entry_rows

    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {args.file}: {exc.__class__.__name__}") from exc
    parsed = parse_watchlist_csv(text)
    rows = entry_rows(parsed.entries)
    engine = _engine(args)
    added = core.import_watchlist(engine, rows)
    engine.dispose()
    print(f"imported {added} new entries ({len(rows) - added} already known)")
    for error in parsed.errors:
        fail(f"line {error.line}: {error.message}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    from midas_desktop.server.batch_files import import_batch_file
    from midas_desktop.sync import carry
    from midas_desktop.sync.carry import MAX_FILE_BYTES, CarryError

    source = Path(args.file)
    receipt_path = Path(args.receipt_to) if args.receipt_to else source.with_name(source.name + ".receipt")
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise UsageError(f"{args.file} is too large for a batch file")
        data = source.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror or exc.__class__.__name__}") from exc
    # Refusals are reported once, on standard error, by run(); the log's copy would be a second line.
    logging.getLogger("midas.server").addHandler(logging.NullHandler())
    engine = _engine(args)
    try:
        result = import_batch_file(engine, data)
    except CarryError as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    finally:
        engine.dispose()
    try:
        carry.write_atomically(receipt_path, result.receipt)
    except OSError as exc:
        fail(
            f"the batches are stored, but the receipt could not be written to {receipt_path} "
            f"({exc.strerror or exc.__class__.__name__}); import the file again to write it"
        )
        return 1
    if args.json:
        summary = {
            "post": result.post,
            "batches": result.batches,
            "records": result.records,
            "new": result.new,
            "receipt": str(receipt_path),
        }
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        print(
            f"imported {result.batches} batches from post {result.post}: {result.records} records, "
            f"{result.new} new ({result.records - result.new} already held); receipt: {receipt_path}"
        )
    return 0


def scan_stays_command(args: argparse.Namespace) -> int:
    from midas_desktop.server.overstays.service import refresh

    engine = _engine(args)
    try:
        started = time.monotonic()
        rebuilt = refresh(engine)
    finally:
        engine.dispose()
    print(f"stays of {rebuilt} travellers rebuilt in {time.monotonic() - started:.1f} s")
    return 0


def migrate_command(args: argparse.Namespace) -> int:
    engine = _engine(args)
    print(f"database at revision {database.current_revision(engine)}")
    engine.dispose()
    return 0


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.handler(args)
        return status
    except (UsageError, database.DatabaseUrlError) as exc:
        fail(str(exc))
        return 2
    except core.Rejected as exc:
        fail(str(exc))
        return 2 if exc.status == 400 else 1
    except OperationalError as exc:
        fail("cannot use the database: " + str(exc.orig).strip().splitlines()[0][:200])
        return 1
    except SQLAlchemyError as exc:
        fail(f"database error ({type(exc).__name__})")
        return 1
    except KeyboardInterrupt:
        return 130


def main() -> None:
    # Whatever a command prints (post codes and names, figures) reaches the terminal as text only.
    sys.stdout = SafeStream(sys.stdout)
    sys.stderr = SafeStream(sys.stderr)
    try:
        status = run()
    except SystemExit:
        raise
    except Exception as exc:
        fail(f"internal error ({type(exc).__name__}). Set MIDAS_DEBUG=1 to see the details.")
        if os.environ.get("MIDAS_DEBUG"):
            raise
        status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
