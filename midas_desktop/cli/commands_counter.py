"""The counter and the supervisor's desk: entries, exits, refusals, extensions, overstays, alerts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from midas_desktop.cli.common import add_json_flag, add_login_options, open_session
from midas_desktop.cli.io import emit_json, safe_text
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.errors import BadInput

if TYPE_CHECKING:  # services load when a command runs, not for --help
    from midas_desktop.services.crossings import CrossingResult

ALERT_STATUSES = ("open", "acknowledged", "escalated", "resolved")


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="what the officer sees before deciding: the traveller, their stays everywhere, the figures "
        "and any alert (read-only, any role)",
    )
    check.add_argument("lines", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
    check.add_argument("--at", metavar="ISO-8601", help="the moment evaluated (default: now)")
    add_json_flag(check)
    add_login_options(check)
    check.set_defaults(handler=check_traveller)

    for direction in ("entry", "exit"):
        crossing = commands.add_parser(direction, help=f"record an {direction} at this post")
        crossing.add_argument("lines", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
        crossing.add_argument("--at", metavar="ISO-8601", help="the moment of the crossing (default: now)")
        if direction == "entry":
            crossing.add_argument("--days", type=int, metavar="N", help="days granted (default: the rule's)")
        crossing.add_argument("--purpose", help="purpose of travel")
        crossing.add_argument("--transport", help="means of transport (air, land, sea, ...)")
        crossing.add_argument("--vehicle", help="flight, vessel or vehicle number")
        add_json_flag(crossing)
        add_login_options(crossing)
        crossing.set_defaults(handler=record, direction=direction)

    refuse = commands.add_parser("refuse", help="record a refusal of entry, with its reason")
    refuse.add_argument("lines", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
    refuse.add_argument("--reason", required=True, help="why entry is refused")
    refuse.add_argument("--at", metavar="ISO-8601", help="the moment (default: now)")
    add_json_flag(refuse)
    add_login_options(refuse)
    refuse.set_defaults(handler=record_refusal)

    extend = commands.add_parser("extend", help="grant an extension of an open stay (supervisors)")
    target = extend.add_mutually_exclusive_group(required=True)
    target.add_argument("--stay", type=int, metavar="ID", help="the stay's id")
    target.add_argument(
        "--document", metavar="STATE:NUMBER", help="the traveller's document, e.g. MEX:X1234567"
    )
    extend.add_argument("--days", type=int, required=True, metavar="N", help="days added")
    extend.add_argument("--authority", required=True, help="who decided (office, resolution number)")
    extend.add_argument("--reason", required=True)
    extend.add_argument("--at", metavar="ISO-8601", help="the day of the decision (default: today)")
    add_json_flag(extend)
    add_login_options(extend)
    extend.set_defaults(handler=grant_extension)

    scan = commands.add_parser("overstays", help="open stays past their latest exit, and exits after it")
    scan.add_argument("--at", metavar="ISO-8601", help="the day evaluated (default: today)")
    scan.add_argument("--no-alerts", action="store_true", help="list only; raise no alerts")
    add_json_flag(scan)
    add_login_options(scan)
    scan.set_defaults(handler=list_overstays)

    alert = commands.add_parser("alerts", help="the supervisor's alert queue")
    alert_commands = alert.add_subparsers(dest="alerts_command", metavar="COMMAND", parser_class=type(alert))
    alert_commands.required = True
    listing = alert_commands.add_parser(
        "list", help="list alerts (the newest first, as the alerts tab filters and sorts them)"
    )
    listing.add_argument("--status", choices=(*ALERT_STATUSES, "unresolved"))
    listing.add_argument("--kind")
    listing.add_argument("--nationality", default="", help="the start of the traveller's nationality")
    listing.add_argument("--from", dest="first", metavar="DATE", help="created on or after (UTC day)")
    listing.add_argument("--to", dest="last", metavar="DATE", help="created on or before (UTC day)")
    listing.add_argument(
        "--sort",
        default="created",
        help="created (default), id, severity, kind, status, traveller_name, document, nationality "
        "or summary; newest first, unless --ascending",
    )
    listing.add_argument("--ascending", action="store_true", help="the order reversed")
    listing.add_argument("--offset", type=int, default=0, help="skip this many alerts")
    listing.add_argument(
        "--limit",
        type=int,
        help="at most this many (up to 1000), with a line 'alerts X-Y of N' in human output",
    )
    add_json_flag(listing)
    add_login_options(listing)
    listing.set_defaults(handler=list_alerts)
    for status in ALERT_STATUSES[1:]:
        verb = {"acknowledged": "acknowledge", "escalated": "escalate", "resolved": "resolve"}[status]
        change = alert_commands.add_parser(verb, help=f"{verb} an alert")
        change.add_argument("alert_id", type=int, metavar="ID")
        change.add_argument("--note", default="", help="what was done (required to resolve)")
        add_json_flag(change)
        add_login_options(change)
        change.set_defaults(handler=change_alert, status=status)


def check_traveller(args: argparse.Namespace) -> int:
    from midas_desktop.services.checks import check_traveller as check

    with open_session(args) as session:
        result = check(session, args.lines, parse_moment(args.at))
    if args.json:
        emit_json(result.to_dict())
    else:
        print(describe_check(result.to_dict()))
    return 0


def describe_check(view: dict[str, Any]) -> str:
    """A person's reading of ``midas check --json`` (and of ``midas-server traveller``)."""
    out: list[str] = []
    mrz = view.get("mrz")
    if isinstance(mrz, dict):
        out.append(
            f"document: {'valid' if mrz['valid'] else 'NOT VALID'}"
            + (" (expired)" if mrz.get("expired") else "")
        )
    traveller = view["traveller"]
    out.append("traveller: " + ("known" if traveller["known"] else "not seen before"))
    for document in traveller["documents"]:
        out.append(
            f"  document {document['issuing_state']} {document['number']} ({document['link']})"
            + (" scanned" if document.get("current") else "")
        )
    for match in traveller["possible_matches"]:
        person = match["traveller"]
        out.append(
            f"  possibly the same as {person['surname']}, {person['given_names']} ({person['nationality']}, "
            f"born {person['birth_date']}): {match['reason'].replace('_', ' ')}, score {match['score']}"
        )
    out.append(
        f"in the country: {'yes' if view['in_country'] else 'no'}; "
        f"in the area: {'yes' if view['in_area'] else 'no'}; suggested: {view['suggested']}"
    )
    for stay in view["stays"]:
        end = stay["exit_date"] or "still in"
        missing = " (exit not recorded)" if stay["exit_missing"] else ""
        out.append(
            f"  stay {stay['country']} {stay['entry_date']} .. {end}{missing}: "
            f"latest exit {stay['latest_exit'] or '-'}, "
            f"overstay {stay['overstay_days']} day(s) ({stay['rule']})"
        )
    figures = view.get("figures")
    if figures:
        out.append(
            f"figures: {figures['days_used']} day(s) used, {figures['days_remaining']} remaining, "
            f"latest exit {figures['latest_exit']}, overstay {figures['overstay_days']} ({figures['rule']})"
        )
    for hit in view["watchlist"]:
        listed = hit["listed"]
        out.append(
            f"WATCHLIST {hit['kind'].replace('_', ' ')} (score {hit['score']}): {hit['reason']}; listed "
            f"{listed['surname']}, {listed['given_names']} born {listed['birth_date'] or 'unknown'}"
        )
    if view["previous_overstays"]:
        out.append(f"previous overstays: {view['previous_overstays']}")
    return "\n".join(safe_text(line) for line in out)


def record(args: argparse.Namespace) -> int:
    from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing

    request = CrossingRequest(
        lines=args.lines,
        direction=Direction(args.direction),
        at=parse_moment(args.at),
        days_granted=getattr(args, "days", None),
        purpose=args.purpose,
        transport=args.transport,
        vehicle=args.vehicle,
    )
    with open_session(args) as session:
        result = record_crossing(session, request)
    if args.json:
        emit_json(result.to_dict())
    else:
        print(describe_crossing(result))
    return 0


def record_refusal(args: argparse.Namespace) -> int:
    from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing

    request = CrossingRequest(
        lines=args.lines, direction=Direction.ENTRY, at=parse_moment(args.at), refusal_reason=args.reason
    )
    with open_session(args) as session:
        result = record_crossing(session, request)
    if args.json:
        emit_json(result.to_dict())
    else:
        print(describe_crossing(result))
    return 0


def grant_extension(args: argparse.Namespace) -> int:
    from midas_desktop.services import extensions

    with open_session(args) as session:
        stay_id = args.stay
        if stay_id is None:
            state, _, number = args.document.partition(":")
            if not number:
                raise BadInput("--document takes STATE:NUMBER, e.g. MEX:X1234567")
            stay_id = extensions.open_stay_of_document(session, state.upper(), number.upper())
        result = extensions.grant_extension(
            session, stay_id, args.days, args.authority, args.reason, parse_moment(args.at)
        )
    if args.json:
        emit_json(result.to_dict())
    else:
        print(f"stay {result.stay_id} extended by {args.days} day(s): latest legal exit {result.latest_exit}")
    return 0


def describe_crossing(result: CrossingResult) -> str:
    m = result.movement
    traveller = m["traveller"]
    assert isinstance(traveller, dict)
    heading = "ENTRY REFUSED" if m["decision"] == "refused" else str(m["direction"]).upper()
    out = [
        f"{heading} recorded at {m['post']} on {m['local_date']} "
        f"for {traveller['surname']}, {traveller['given_names']} ({traveller['nationality']})"
    ]
    if result.stay is not None:
        s = result.stay
        out.append(
            f"  stay: {s['days_used']} day(s) used, {s['days_remaining']} remaining, "
            f"latest exit {s['latest_exit']}, overstay {s['overstay_days']} ({s['rule']})"
        )
    for alert in result.alerts:
        out.append(f"  ALERT {str(alert['kind']).upper()}: {alert['summary']}")
    return "\n".join(out)


def list_overstays(args: argparse.Namespace) -> int:
    from midas_desktop.services import overstays

    with open_session(args) as session:
        found = overstays.scan(session, parse_moment(args.at), raise_alerts=not args.no_alerts)
    for item in found:
        if args.json:
            emit_json(item)
        else:
            print(
                f"{item['overstay_days']:>4} day(s)  {item['status']:<7} "
                f"{item['surname']}, {item['given_names']} "
                f"({item['nationality']}) doc {item['document_number']}  entry {item['entry_date']}  "
                f"latest exit {item['latest_exit']}  exit {item['exit_date'] or '-'}"
            )
    if not args.json and not found:
        print("no overstays")
    return 0


def list_alerts(args: argparse.Namespace) -> int:
    from midas_desktop.services import alerts
    from midas_desktop.services.clock import parse_date

    query = alerts.AlertQuery(
        status=args.status,
        kind=args.kind,
        nationality=args.nationality,
        first_day=parse_date(args.first) if args.first else None,
        last_day=parse_date(args.last) if args.last else None,
        sort=args.sort,
        descending=not args.ascending,
    )
    with open_session(args) as session:
        if args.limit is None and args.offset == 0:
            for item in alerts.iter_alerts(session, query):
                _print_alert(item, args.json)
            return 0
        page = alerts.alert_queue(session, query, offset=args.offset, limit=args.limit or alerts.PAGE_SIZE)
    for item in page.alerts:
        _print_alert(item, args.json)
    if not args.json:
        shown = f"{page.offset + 1}-{page.offset + len(page.alerts)}" if page.alerts else "none"
        print(f"alerts {shown} of {page.total}")
    return 0


def _print_alert(item: dict[str, object], as_json: bool) -> None:
    if as_json:
        emit_json(item)
    else:
        print(
            f"#{item['id']:<6} {item['status']:<12} {item['kind']:<18} {item['created']}  {item['summary']}"
        )


def change_alert(args: argparse.Namespace) -> int:
    from midas_desktop.services import alerts

    with open_session(args) as session:
        item = alerts.change_status(session, args.alert_id, alerts.AlertStatus(args.status), args.note)
    if args.json:
        emit_json(item)
    else:
        print(f"alert {item['id']} is now {item['status']}")
    return 0
