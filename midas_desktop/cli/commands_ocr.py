"""``midas mrz read [--json] IMAGE ...``: MRZs read from image files (contract: cli-contract.md).

One result object per image, in input order; an unreadable file is reported in its object's
``error``, never as a failed command. Exit 0 when every image was looked at, 1 when the OCR engine
itself cannot run (model file or Tesseract missing), 2 for bad usage. ``--engine`` picks the
recogniser: ``cnn`` (default, the shipped OCR-B cell classifier) or ``tesseract``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from midas_desktop.cli.common import add_json_flag
from midas_desktop.cli.io import emit_json, fail


def register(mrz_commands: Any) -> None:
    """Add ``read`` to the ``mrz`` subcommands (the ``add_subparsers`` object of ``midas mrz``)."""
    read = mrz_commands.add_parser("read", help="read MRZs from image files (PNG, JPEG, TIFF...)")
    add_json_flag(read)
    read.add_argument("--at", metavar="DATE", help="the date that decides 'expired' (default: today)")
    read.add_argument("--no-portrait", action="store_true", help="skip the portrait search")
    read.add_argument(
        "--engine",
        choices=("cnn", "tesseract"),
        default="cnn",
        help="character recogniser (default: cnn, the OCR-B cell classifier)",
    )
    read.add_argument("images", nargs="+", metavar="IMAGE")
    read.set_defaults(handler=mrz_read)


def mrz_read(args: argparse.Namespace) -> int:
    from midas_desktop.cli.commands_documents import describe
    from midas_desktop.services.clock import parse_moment

    today = parse_moment(args.at).date() if args.at else dt.date.today()
    try:
        from midas_desktop.ocr import RecogniserUnavailable, read_mrz, shared_recogniser
        from midas_desktop.ocr.classify import ClassifierUnavailable, shared_classifier

        if args.engine == "tesseract":
            shared_recogniser()
        else:
            shared_classifier()
    except (ImportError, RecogniserUnavailable, ClassifierUnavailable) as exc:
        fail(f"the OCR engine cannot start: {exc}")
        return 1
    for path in args.images:
        reading = read_mrz(path, today=today, want_portrait=not args.no_portrait, engine=args.engine)
        if args.json:
            emit_json(reading.to_dict())
            continue
        print(f"{path}: {reading.ms:.0f} ms")
        if reading.result is None:
            print(f"  no MRZ read: {reading.error}")
            continue
        for line, confidence in zip(reading.lines, reading.confidence, strict=False):
            print(f"  {line}  ({confidence:.2f})")
        print(describe(reading.result))
    return 0
