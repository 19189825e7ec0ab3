"""What per-user keys and signatures cost: login, recording a crossing, checking the audit log.

Each row times the product beside its peer on the same store in one run:
- login: the whole login (scrypt, the key pair, the certificate chain, the sealed database key, the
  store opened and checked) beside the bare key derivation b88dd7d's login spent its time in (scrypt
  and one AES-GCM unwrap);
- recording a crossing: the whole recording, and the signing alone (the movement's Ed25519 signature
  and the audit entry's), beside the same recording with signing replaced by a no-op;
- ``midas audit verify``: the chain, every signature and every record's digest, per audit entry.

Usage: python scripts/bench_trust.py [--logins N] [--crossings N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench_stats import p95

from midas_desktop.domain.mrz import compose_td3
from midas_desktop.services import audit_log, users, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import PostSession, init_store, login
from midas_desktop.store import keys

PASSWORD = "bench-password-1"


def _times(action: Callable[[], object], runs: int) -> list[float]:
    out: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _row(name: str, product: list[float], peer: list[float] | None, peer_name: str) -> str:
    med = statistics.median(product)
    if peer is None:
        return f"| {name} | {med:.2f} / p95 {p95(product):.2f} | — | — |"
    peer_med = statistics.median(peer)
    return (
        f"| {name} | {med:.2f} / p95 {p95(product):.2f} | {peer_name} {peer_med:.2f} / p95 {p95(peer):.2f} "
        f"| {med / peer_med:.2f}x |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logins", type=int, default=15)
    parser.add_argument("--crossings", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "post.db"
        init_store(
            store,
            post_code="BENCH",
            post_name="Bench",
            country="GTM",
            timezone=None,
            admin="admin",
            password=PASSWORD,
        )
        with login(store, "admin", PASSWORD) as admin:
            users.add_user(admin, "officer", "officer", PASSWORD)

        logins = _times(lambda: login(store, "officer", PASSWORD).close(), args.logins)
        credential = keys.load_key_file(keys.key_file_path(store)).credentials["officer"]
        derivations = _times(lambda: keys.unwrap_credential(credential, PASSWORD), args.logins)

        day = dt.datetime(2025, 1, 1, 15, tzinfo=dt.UTC)
        documents = [
            compose_td3(
                document_code="P",
                issuing_state="MEX",
                surname=f"BENCH{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}",
                given_names="ANA",
                document_number=f"B{n:07d}",
                nationality="MEX",
                birth_date=dt.date(1980, 1, 1) + dt.timedelta(days=n),
                sex="F",
                expiry_date=dt.date(2031, 1, 1),
            )
            for n in range(2 * args.crossings)
        ]
        with login(store, "officer", PASSWORD) as officer:
            # Signing's whole cost: the Ed25519 signatures (the movement's, the audit entry's) and the
            # check of the user's previous entry that a new entry links to (``audit_log.own_previous``).
            spent = [0.0]
            original_sign, original_previous = PostSession.sign, audit_log.own_previous

            def timed(function: Callable[..., Any]) -> Callable[..., Any]:
                def run(*args: Any) -> Any:
                    start = time.perf_counter()
                    try:
                        return function(*args)
                    finally:
                        spent[0] += (time.perf_counter() - start) * 1000

                return run

            per_crossing: list[float] = []

            def signed_crossing(document: Any) -> None:
                before = spent[0]
                record_crossing(officer, CrossingRequest(document, Direction.ENTRY, day))
                per_crossing.append(spent[0] - before)

            signed_sign, signed_previous = timed(original_sign), timed(original_previous)
            recorded: list[float] = []
            unsigned: list[float] = []
            # Alternated, one of each in turn, so that both meet the same store and the same load.
            for index in range(args.crossings):
                PostSession.sign = signed_sign  # type: ignore[method-assign]
                audit_log.own_previous = signed_previous
                recorded += _times(partial(signed_crossing, documents[index]), 1)
                PostSession.sign = lambda self, obj: "unsigned"  # type: ignore[method-assign]
                audit_log.own_previous = lambda db, signer, post: None
                unsigned_request = CrossingRequest(documents[args.crossings + index], Direction.ENTRY, day)
                unsigned += _times(partial(record_crossing, officer, unsigned_request), 1)
            PostSession.sign = original_sign  # type: ignore[method-assign]
            audit_log.own_previous = original_previous

        with login(store, "admin", PASSWORD) as admin:
            start = time.perf_counter()
            report = verification.verify_audit(admin)
            seconds = time.perf_counter() - start
        assert not report.ok  # the unsigned crossings above are exactly what it must catch
    print("| operation | midas (ms, median) | peer (ms, median) | ratio |")
    print("|---|---|---|---|")
    print(_row("login (whole)", logins, derivations, "key derivation alone"))
    print(_row("record one crossing", recorded, unsigned, "without signing"))
    print(
        _row("signing a crossing (movement, audit entry, own previous entry checked)", per_crossing, None, "")
    )
    print(f"| audit verify, per entry | {seconds * 1000 / max(1, report.audit_entries):.3f} | — | — |")
    print(
        f"\n{args.logins} logins, {args.crossings} crossings each way, {report.audit_entries} audit entries."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
