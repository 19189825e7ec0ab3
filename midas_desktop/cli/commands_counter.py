"""The counter and the supervisor's desk: entries, exits, refusals, extensions, overstays, alerts."""

from __future__ import annotations

import argparse
from typing import Any

from midas_desktop.cli.common import add_json_flag, add_login_options, open_session
from midas_desktop.cli.io import emit_json
from midas_desktop.services import alerts, extensions, overstays
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, CrossingResult, Direction, record_crossing
from midas_desktop.services.errors import BadInput


def register(commands: Any) -> None:
    for direction in Direction:
        crossing = commands.add_parser(direction.value, help=f"record an {direction.value} at this post")
        crossing.add_argument("lines", nargs="+", metavar="LINE", help="the MRZ lines (2 or 3)")
        crossing.add_argument("--at", metavar="ISO-8601", help="the moment of the crossing (default: now)")
        if direction is Direction.ENTRY:
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
    listing = alert_commands.add_parser("list", help="list alerts")
    listing.add_argument("--status", choices=[s.value for s in alerts.AlertStatus])
    listing.add_argument("--kind")
    add_json_flag(listing)
    add_login_options(listing)
    listing.set_defaults(handler=list_alerts)
    for status in (
        alerts.AlertStatus.ACKNOWLEDGED,
        alerts.AlertStatus.ESCALATED,
        alerts.AlertStatus.RESOLVED,
    ):
        verb = {"acknowledged": "acknowledge", "escalated": "escalate", "resolved": "resolve"}[status.value]
        change = alert_commands.add_parser(verb, help=f"{verb} an alert")
        change.add_argument("alert_id", type=int, metavar="ID")
        change.add_argument("--note", default="", help="what was done (required to resolve)")
        add_json_flag(change)
        add_login_options(change)
        change.set_defaults(handler=change_alert, status=status)


def record(args: argparse.Namespace) -> int:
    request = CrossingRequest(
        lines=args.lines,
        direction=args.direction,
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
    with open_session(args) as session:
        found = alerts.list_alerts(session, status=args.status, kind=args.kind)
    for item in found:
        if args.json:
            emit_json(item)
        else:
            print(
                f"#{item['id']:<6} {item['status']:<12} {item['kind']:<18} "
                f"{item['created']}  {item['summary']}"
            )
    return 0


def change_alert(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        item = alerts.change_status(session, args.alert_id, args.status, args.note)
    if args.json:
        emit_json(item)
    else:
        print(f"alert {item['id']} is now {item['status']}")
    return 0
