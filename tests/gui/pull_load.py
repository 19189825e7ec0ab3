"""A large pull from the central server, applied to a post store while the counter works (for the GUI
test and ``scripts/bench_counter.py``).

The movements are what other posts send (the pull's payloads: synthetic travellers, entries and exits
at other posts); they are stored by the services' own ingest in transactions of the sync client's
length (``PULL_SLICE_SECONDS``, about 30 ms), exactly as ``SyncClient`` stores a pulled page; only the
HTTP round trips to a server are left out.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
import uuid
from collections.abc import Callable

from midas_desktop.services import ingest
from midas_desktop.services.clock import utc_now
from midas_desktop.services.session import PostSession
from midas_desktop.sync.client import PULL_SLICE_SECONDS
from midas_desktop.synthetic.people import generate_people

POSTS = (("GTM-PEDRO", "GTM"), ("SLV-HACHADURA", "SLV"), ("HND-CORINTO", "HND"), ("NIC-GUASAULE", "NIC"))


def pulled_movements(
    count: int, *, seed: int = 11, start: dt.date = dt.date(2025, 1, 1)
) -> list[dict[str, object]]:
    """``count`` movements of other posts: each synthetic traveller enters, and most leave again."""
    rng = random.Random(seed)
    people = generate_people(max(1, count // 2 + 1), seed=seed)
    out: list[dict[str, object]] = []
    for person in people:
        post, country = rng.choice(POSTS)
        entry = start + dt.timedelta(days=rng.randint(0, 300))
        days = rng.randint(1, 100)
        for direction, day in (("entry", entry), ("exit", entry + dt.timedelta(days=days))):
            if len(out) == count or (direction == "exit" and rng.random() < 0.2):
                break
            out.append(
                {
                    "id": str(uuid.uuid4()),
                    "direction": direction,
                    "post": post,
                    "country": country,
                    "officer": "officer",
                    "at": f"{day.isoformat()}T{rng.randint(12, 23):02d}:00:00Z",
                    "local_date": day.isoformat(),
                    "days_granted": None,
                    "decision": "admitted" if direction == "entry" else "departed",
                    "reason": None,
                    "purpose": "tourism",
                    "transport": "land",
                    "vehicle": None,
                    "traveller": {
                        "surname": person.surname,
                        "given_names": person.given_names,
                        "nationality": person.nationality,
                        "birth_date": person.birth_date.isoformat(),
                        "sex": person.sex,
                    },
                    "document": {
                        "type": "TD3",
                        "code": "P",
                        "issuing_state": person.nationality,
                        "number": person.document_number,
                        "expiry_date": person.document_expiry.isoformat(),
                    },
                }
            )
        if len(out) == count:
            break
    return out


class PullThread(threading.Thread):
    """Stores the movements as the sync client stores a pulled page, in short transactions."""

    def __init__(self, session: PostSession, movements: list[dict[str, object]]) -> None:
        super().__init__(name="pull", daemon=True)
        self.session = session
        self.movements = movements
        self.applied = 0
        self.transactions = 0
        self.longest_transaction = 0.0
        self.stop_requested = threading.Event()
        self.error: BaseException | None = None
        self.seconds = 0.0

    def run(self) -> None:
        began = time.perf_counter()
        try:
            start = 0
            while start < len(self.movements) and not self.stop_requested.is_set():
                with self.session.transaction() as db:
                    opened = time.monotonic()
                    end = start
                    while end < len(self.movements) and (
                        end == start or time.monotonic() - opened < PULL_SLICE_SECONDS
                    ):
                        self.applied += ingest.apply_movements(db, [self.movements[end]], utc_now())
                        end += 1
                self.longest_transaction = max(self.longest_transaction, time.monotonic() - opened)
                self.transactions += 1
                start = end
        except BaseException as exc:  # reported by the caller
            self.error = exc
        self.seconds = time.perf_counter() - began


def start_pull(session: PostSession, count: int, on_start: Callable[[], None] | None = None) -> PullThread:
    thread = PullThread(session, pulled_movements(count))
    if on_start is not None:
        on_start()
    thread.start()
    return thread
