"""``midas mrz check`` and ``midas stay evaluate``: rules only, no store."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

from midas_desktop.cli import commands_ocr
from midas_desktop.cli.common import add_json_flag
from midas_desktop.cli.io import emit_json, fail

if TYPE_CHECKING:
    from midas_desktop.domain.mrz import MrzResult
from midas_desktop.services.clock import parse_moment


def register(commands: Any) -> None:
    mrz = commands.add_parser("mrz", help="check MRZ lines")
    mrz_commands = mrz.add_subparsers(dest="mrz_command", metavar="COMMAND", parser_class=type(mrz))
    mrz_commands.required = True
    check = mrz_commands.add_parser(
        "check", help="validate MRZ lines (arguments, or documents on stdin separated by blank lines)"
    )
    add_json_flag(check)
    check.add_argument("--at", metavar="DATE", help="the date that decides 'expired' (default: today)")
    check.add_argument("lines", nargs="*", metavar="LINE")
    check.set_defaults(handler=mrz_check)
    commands_ocr.register(mrz_commands)

    stay = commands.add_parser("stay", help="the stay calculator")
    stay_commands = stay.add_subparsers(dest="stay_command", metavar="COMMAND", parser_class=type(stay))
    stay_commands.required = True
    evaluate = stay_commands.add_parser("evaluate", help="evaluate one JSON scenario from standard input")
    add_json_flag(evaluate)
    evaluate.set_defaults(handler=stay_evaluate)


def mrz_check(args: argparse.Namespace) -> int:
    from midas_desktop.domain.mrz import check_mrz, split_documents

    today = parse_moment(args.at).date() if args.at else dt.date.today()
    documents = [list(args.lines)] if args.lines else split_documents(sys.stdin.read())
    if not documents:
        fail("no MRZ given: pass the lines as arguments or on standard input")
        return 2
    for lines in documents:
        result = check_mrz(lines, today=today)
        if args.json:
            emit_json(result.to_dict())
        else:
            print(describe(result))
    return 0


def describe(result: MrzResult) -> str:
    """A person's view of one result: verdict, the main fields, then each finding."""
    out = [
        f"{'VALID' if result.valid else 'INVALID'} {result.type or 'unknown layout'}"
        + (" (expired)" if result.expired else "")
    ]
    if result.fields is not None:
        f = result.fields
        out.append(f"  {f.surname}, {f.given_names}  {f.nationality}  born {f.birth_date}  sex {f.sex}")
        out.append(f"  document {f.document_number} issued by {f.issuing_state}, expires {f.expiry_date}")
    for finding in result.findings:
        line = f"  - {finding.field or 'document'}: {finding.problem}"
        if finding.expected is not None:
            line += f" (expected {finding.expected}, found {finding.found})"
        if finding.candidates:
            line += f"; could be {', '.join(finding.candidates)}"
        if finding.severity != "error":
            line += f" [{finding.severity}]"
        out.append(line)
    return "\n".join(out)


def stay_evaluate(args: argparse.Namespace) -> int:
    from midas_desktop.domain.stay import evaluate_stay, parse_scenario

    del args  # the result is JSON with or without --json (contract)
    text = sys.stdin.read()
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        fail(f"the scenario is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return 2
    scenario = parse_scenario(obj)
    emit_json(evaluate_stay(scenario.rule, scenario.stays, scenario.check_date).to_dict())
    return 0
