"""Administration: ``init``, ``user add``, ``stats``, ``watchlist import``, ``audit verify``,
``store verify``, ``backup``, ``restore`` and ``demo``."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from midas_desktop.cli.common import add_json_flag, add_login_options, add_store_option, open_session
from midas_desktop.cli.io import PasswordReader, emit_json, fail
from midas_desktop.services.clock import parse_date, parse_moment
from midas_desktop.services.errors import BadInput
from midas_desktop.store.location import resolve_store_path

# The services (and SQLAlchemy, SQLCipher) load inside each handler: ``midas --help`` stays fast.


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create the encrypted post store and its first administrator")
    add_store_option(init)
    init.add_argument("--post", required=True, metavar="CODE", help="the post's code, e.g. GTM-TECUN")
    init.add_argument("--post-name", required=True, metavar="NAME")
    init.add_argument(
        "--country",
        metavar="CODE",
        help="the admitting country (ICAO code; default: the post code's first three letters)",
    )
    init.add_argument("--timezone", metavar="ZONE", help="the post's time zone, e.g. America/Guatemala")
    init.add_argument("--admin", required=True, metavar="USER")
    init.add_argument(
        "--password-stdin", action="store_true", help="read the administrator's password from standard input"
    )
    init.set_defaults(handler=init_command)

    user = commands.add_parser("user", help="user accounts")
    user_commands = user.add_subparsers(dest="user_command", metavar="COMMAND", parser_class=type(user))
    user_commands.required = True
    add = user_commands.add_parser("add", help="add a user (stdin: the admin's password, then the new one's)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=["officer", "supervisor", "admin"])
    add_login_options(add)
    add.set_defaults(handler=user_add)
    listing = user_commands.add_parser("list", help="every account: role, status, certificate, lock-outs")
    add_json_flag(listing)
    add_login_options(listing)
    listing.set_defaults(handler=user_list)
    reset = user_commands.add_parser(
        "reset",
        help="new keys and a password to change at next login (stdin: the admin's password, then the "
        "new one); rotates the store's key",
    )
    reset.add_argument("name", metavar="NAME")
    add_login_options(reset)
    reset.set_defaults(handler=user_reset)
    disable = user_commands.add_parser("disable", help="disable an account for good; rotates the store's key")
    disable.add_argument("name", metavar="NAME")
    add_login_options(disable)
    disable.set_defaults(handler=user_change, change="disable")
    enable = user_commands.add_parser(
        "enable", help="enable an account again (stdin: the admin's password, then the new one's)"
    )
    enable.add_argument("name", metavar="NAME")
    add_login_options(enable)
    enable.set_defaults(handler=user_reset, enable=True)
    role = user_commands.add_parser("role", help="give a user another role (no new password)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=["officer", "supervisor", "admin"])
    add_login_options(role)
    role.set_defaults(handler=user_change, change="role")
    unlock = user_commands.add_parser("unlock", help="let a user locked out by wrong passwords try again")
    unlock.add_argument("name", metavar="NAME")
    add_login_options(unlock)
    unlock.set_defaults(handler=user_change, change="unlock")
    password = user_commands.add_parser(
        "password", help="change your own password (stdin: the current password, then the new one)"
    )
    add_login_options(password)
    password.set_defaults(handler=user_password)

    stats = commands.add_parser("stats", help="movement counts by day, direction and nationality")
    stats.add_argument("--format", choices=["csv", "json"], default="json")
    stats.add_argument("--from", dest="first", metavar="DATE")
    stats.add_argument("--to", dest="last", metavar="DATE")
    add_login_options(stats)
    stats.set_defaults(handler=stats_command)

    wl = commands.add_parser("watchlist", help="the watchlist")
    wl_commands = wl.add_subparsers(dest="watchlist_command", metavar="COMMAND", parser_class=type(wl))
    wl_commands.required = True
    wl_import = wl_commands.add_parser(
        "import",
        help="import a CSV file (document_number, issuing_state, "
        "surname, given_names, birth_date, reason, source)",
    )
    wl_import.add_argument("file", metavar="CSV")
    wl_import.add_argument(
        "--replace-source",
        action="store_true",
        help="drop the earlier entries of the sources in this file first",
    )
    add_json_flag(wl_import)
    add_login_options(wl_import)
    wl_import.set_defaults(handler=watchlist_import)

    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="COMMAND", parser_class=type(audit))
    audit_commands.required = True
    audit_verify = audit_commands.add_parser("verify", help="verify the audit hash chain")
    add_json_flag(audit_verify)
    add_login_options(audit_verify)
    audit_verify.set_defaults(handler=verify_command, full=False)

    store = commands.add_parser("store", help="the store file")
    store_commands = store.add_subparsers(dest="store_command", metavar="COMMAND", parser_class=type(store))
    store_commands.required = True
    store_verify = store_commands.add_parser("verify", help="check every page and the audit chain")
    add_json_flag(store_verify)
    add_login_options(store_verify)
    store_verify.set_defaults(handler=verify_command, full=True)

    backup = commands.add_parser("backup", help="write an encrypted backup (store and key slots) to FILE")
    backup.add_argument("--to", required=True, metavar="FILE")
    add_login_options(backup)
    backup.set_defaults(handler=backup_command)

    restore = commands.add_parser("restore", help="put a backup in place; USER must be able to open it")
    restore.add_argument("--from", dest="source", required=True, metavar="FILE")
    restore.add_argument(
        "--force", action="store_true", help="replace an existing store (kept beside, renamed)"
    )
    add_login_options(restore)
    restore.set_defaults(handler=restore_command)

    recover = commands.add_parser(
        "recover",
        help="set a new password for an administrator with the recovery key "
        "(stdin: the recovery key, then the new password)",
    )
    recover.add_argument("--admin", required=True, metavar="USER")
    add_store_option(recover)
    recover.add_argument("--password-stdin", action="store_true", help="read both from standard input")
    recover.set_defaults(handler=recover_command)

    rekey = store_commands.add_parser(
        "rekey", help="re-encrypt the store under a new key; prints a new recovery key (last line)"
    )
    add_login_options(rekey)
    rekey.set_defaults(handler=rekey_command)

    purge = commands.add_parser("purge", help="erase what is past retention (see --dry-run first)")
    purge.add_argument("--at", metavar="ISO-8601", help="the day evaluated (default: today)")
    purge.add_argument("--dry-run", action="store_true", help="count what would be erased, erase nothing")
    purge.add_argument("--movements-years", type=int, help="set: keep stays this many years after exit")
    purge.add_argument("--overstay-years", type=int, help="set: keep overstay cases this many years")
    add_json_flag(purge)
    add_login_options(purge)
    purge.set_defaults(handler=purge_command)

    demo = commands.add_parser("demo", help="create a demo store with synthetic crossings and show it")
    add_store_option(demo)
    demo.add_argument("--travellers", type=int, default=400, help="synthetic travellers (default 400)")
    demo.set_defaults(handler=demo_command)


def _default_country(post_code: str) -> str:
    from midas_desktop.domain.mrz.countries import is_known_country

    prefix = post_code.split("-")[0].upper()
    return prefix if is_known_country(prefix) else "UTO"


def init_command(args: argparse.Namespace) -> int:
    from midas_desktop.domain.mrz.countries import is_known_country
    from midas_desktop.services.session import init_store

    country = (args.country or _default_country(args.post)).upper()
    if not is_known_country(country):
        raise BadInput(f"unknown country code {country!r}")
    password = PasswordReader(args.password_stdin).read("Administrator's password: ")
    path = resolve_store_path(args.store)
    recovery = init_store(
        path,
        post_code=args.post,
        post_name=args.post_name,
        country=country,
        timezone=args.timezone,
        admin=args.admin,
        password=password,
    )
    print(f"created the encrypted store {path} for post {args.post} ({args.post_name}, {country})")
    print(f"key slots: {path}.keys (keep them with the store; backups carry both)")
    print("recovery key (shown only now; write it down and lock it away):")
    print(recovery)
    return 0


def user_add(args: argparse.Namespace) -> int:
    from midas_desktop.services import users

    passwords = PasswordReader(args.password_stdin)
    with open_session(args, passwords) as session:
        new_password = passwords.read("New user's password: ")
        users.add_user(session, args.name, args.role, new_password)
    print(f"added {args.role} {args.name}")
    return 0


def user_list(args: argparse.Namespace) -> int:
    from midas_desktop.services import users

    with open_session(args) as session:
        accounts = users.list_users(session)
    for account in accounts:
        if args.json:
            emit_json(account)
        else:
            state = "active" if account["active"] else "disabled"
            extra = " (must choose a password)" if account["must_change_password"] else ""
            locked = f", locked {account['locked_seconds']} s" if account["locked_seconds"] else ""
            print(f"{account['username']:<20} {account['role']:<11} {state}{extra}{locked}")
    return 0


def user_reset(args: argparse.Namespace) -> int:
    from midas_desktop.services import users

    passwords = PasswordReader(args.password_stdin)
    with open_session(args, passwords) as session:
        new_password = passwords.read("New password: ")
        if getattr(args, "enable", False):
            users.enable_user(session, args.name, new_password)
            print(f"enabled {args.name}; they choose their own password at their next login")
        else:
            users.reset_password(session, args.name, new_password)
            print(f"new password for {args.name}; they choose their own at their next login")
    return 0


def user_change(args: argparse.Namespace) -> int:
    from midas_desktop.services import users

    with open_session(args) as session:
        if args.change == "disable":
            users.disable_user(session, args.name)
            print(f"disabled {args.name}; the store's key was rotated")
        elif args.change == "role":
            users.change_role(session, args.name, args.role)
            print(f"{args.name} is now {args.role}")
        else:
            released = users.unlock(session, args.name)
            print(f"{args.name} may log in again" if released else f"{args.name} was not locked")
    return 0


def user_password(args: argparse.Namespace) -> int:
    from midas_desktop.services import users
    from midas_desktop.services.session import login

    passwords = PasswordReader(args.password_stdin)
    current = passwords.read("Current password: ")
    store = resolve_store_path(args.store)
    with login(store, args.user, current) as session:
        new_password = passwords.read("New password: ")
        users.change_own_password(session, current, new_password)
    print("your password is changed")
    return 0


def stats_command(args: argparse.Namespace) -> int:
    from midas_desktop.domain.safe_text import for_spreadsheet
    from midas_desktop.services import statistics

    first = parse_date(args.first) if args.first else None
    last = parse_date(args.last) if args.last else None
    with open_session(args) as session:
        counts = statistics.movement_counts(session, first, last)
    if args.format == "json":
        emit_json(counts)
    else:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["date", "direction", "nationality", "count"])
        for row in counts["by_day"]:  # type: ignore[attr-defined]
            cells = [row["date"], row["direction"], row["nationality"], row["count"]]
            writer.writerow([for_spreadsheet(cell) for cell in cells])
    return 0


def watchlist_import(args: argparse.Namespace) -> int:
    from midas_desktop.services import watchlist as watchlist_service

    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read {args.file}: {exc.__class__.__name__}") from exc
    with open_session(args) as session:
        report = watchlist_service.import_csv(session, text, replace_source=args.replace_source)
    if args.json:
        emit_json({"imported": report.imported, "replaced": report.replaced, "errors": report.errors})
    else:
        print(f"imported {report.imported} entries ({report.replaced} replaced)")
        for error in report.errors:
            fail(error)
    return 0


def verify_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import verification

    with open_session(args) as session:
        report = verification.verify_store(session) if args.full else verification.verify_audit(session)
    if args.json:
        emit_json(report.to_dict())
    else:
        print(
            f"{'OK' if report.ok else 'DAMAGED'}: {report.movements} movements, "
            f"{report.audit_entries} audit entries"
        )
        for error in report.errors:
            print(f"  - {error}")
    return 0 if report.ok else 1


def backup_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import backups

    with open_session(args) as session:
        manifest = backups.backup(session, Path(args.to))
    print(f"backup of post {manifest.post_code} written to {args.to}")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import backups

    password = PasswordReader(args.password_stdin).read("Password: ")
    store = resolve_store_path(args.store)
    kept = backups.restore(Path(args.source), store, args.user, password, force=args.force)
    print(f"restored {args.source} to {store}" + (f"; the replaced store is kept as {kept}" if kept else ""))
    return 0


def recover_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import key_management

    passwords = PasswordReader(args.password_stdin)
    recovery_key = passwords.read("Recovery key: ")
    new_password = passwords.read("New password: ")
    key_management.recover_admin(resolve_store_path(args.store), recovery_key, args.admin, new_password)
    print(f"{args.admin} has a new password")
    return 0


def rekey_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import key_management
    from midas_desktop.services.session import login

    passwords = PasswordReader(args.password_stdin)
    password = passwords.read("Password: ")
    with login(resolve_store_path(args.store), args.user, password) as session:
        report = key_management.rotate_database_key(session, password)
    if report.users_to_reset:
        print("these users need a new password from an administrator: " + ", ".join(report.users_to_reset))
    print("the store is re-encrypted; new recovery key (shown only now; the old one no longer opens it):")
    print(report.recovery_key)
    return 0


def purge_command(args: argparse.Namespace) -> int:
    from midas_desktop.services import retention

    with open_session(args) as session:
        if args.movements_years is not None or args.overstay_years is not None:
            with session.transaction() as db:
                current = retention.rules_of(db)
            retention.set_rules(
                session,
                retention.RetentionRules(
                    movement_years_after_exit=args.movements_years or current.movement_years_after_exit,
                    overstay_case_years=args.overstay_years or current.overstay_case_years,
                    warn_days=current.warn_days,
                ),
            )
        report = retention.purge(session, parse_moment(args.at), erase=not args.dry_run)
    if args.json:
        emit_json(report.to_dict())
    else:
        verb = "erased" if report.erased else "would erase"
        print(
            f"{verb} {report.stays} stays, {report.movements} movements, {report.travellers} travellers "
            f"(as of {report.day}); {report.due_soon} more stays fall due within the warning period"
        )
    return 0


def demo_command(args: argparse.Namespace) -> int:
    from midas_desktop.services.demo import run_demo

    return run_demo(resolve_store_path(args.store), args.travellers)
