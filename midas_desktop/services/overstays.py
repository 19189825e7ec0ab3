"""The overstay scan: open stays past their latest legal exit, and exits recorded after it.

The stored ``latest_exit`` of each stay (computed when it opened, moved by extensions) lets an index
find candidates without evaluating every traveller; each candidate is then evaluated with the full
stay arithmetic, so the figures are the same as at the counter. The scan raises one overstay alert per
stay, however often it runs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import RuleBook
from midas_desktop.services import alerts as alert_service
from midas_desktop.services import audit_log, history
from midas_desktop.services.clock import local_date, utc_now
from midas_desktop.services.session import PostSession
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store import hot
from midas_desktop.store.models import Document, PostSettings, Stay, Traveller


class _OpenStay(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def traveller_id(self) -> int: ...

    @property
    def entry_movement_id(self) -> str | None: ...


_Person = Traveller | hot.TravellerRow


def _open_overstay_days(
    db: Session, book: RuleBook, stays: Iterable[_OpenStay], people: Mapping[int, _Person], day: dt.date
) -> dict[int, int]:
    """The days each of these open stays is overstayed as of ``day``, by stay id: each traveller's
    whole history evaluated as of that day (the same function the counter uses), the histories read
    together. 0 when the stay was ended by a movement after the day or is no longer open."""
    stays = list(stays)
    built = history.histories_of(db, book, [people[t] for t in sorted({s.traveller_id for s in stays})], day)
    records = {
        traveller_id: {record.entry_movement_id: record for record in one.stays}
        for traveller_id, one in built.items()
    }
    out: dict[int, int] = {}
    for stay in stays:
        record = records[stay.traveller_id].get(stay.entry_movement_id or "")
        out[stay.id] = record.overstay_days if record is not None and record.open else 0
    return out


def scan(session: PostSession, at: dt.datetime, *, raise_alerts: bool = True) -> list[dict[str, object]]:
    """Every overstay as of ``at``; with ``raise_alerts`` the open ones get (or update) an alert."""
    session.require(Action.RUN_OVERSTAY_SCAN)
    day = local_date(at, session.post.timezone)
    now = utc_now()
    with session.transaction() as db:
        open_past_exit = select(Stay).where(
            Stay.exit_date.is_(None), Stay.latest_exit < day, Stay.entry_date <= day
        )
        exited_late = select(Stay).where(Stay.overstay_days > 0, Stay.exit_date <= day)
        candidates = sorted(
            [*db.execute(open_past_exit).scalars(), *db.execute(exited_late).scalars()],
            key=lambda s: (s.latest_exit or day, s.id),
        )
        if not candidates:
            return []
        traveller_ids = sorted({s.traveller_id for s in candidates})
        people = {
            t.id: t for t in db.execute(select(Traveller).where(Traveller.id.in_(traveller_ids))).scalars()
        }
        docs: dict[int, Document] = {}
        documents = db.execute(select(Document).where(Document.traveller_id.in_(traveller_ids))).scalars()
        for document in documents:
            docs[document.traveller_id] = document
        # Closed stays carry their overstay; open ones are evaluated with the traveller's whole history
        # as of the day scanned (the same function the counter uses).
        book = load_rule_book(db)
        evaluated = _open_overstay_days(db, book, [s for s in candidates if s.exit_date is None], people, day)
        found: list[dict[str, object]] = []
        raised = 0
        for stay in candidates:
            person = people[stay.traveller_id]
            days = evaluated[stay.id] if stay.exit_date is None else stay.overstay_days
            if days <= 0:
                continue
            exited = stay.exit_date is not None
            if raise_alerts:
                existing = alert_service.find_overstay_alert(db, stay.id)
                if existing is None:
                    db.add(alert_service.overstay_alert(person, stay, None, now, days, exited=exited))
                    raised += 1
                elif existing.details.get("overstay_days") != days:
                    alert_service.update_overstay(existing, days, exited=exited, movement=None)
            doc: Document | None = docs.get(person.id)
            found.append(
                {
                    "stay_id": stay.id,
                    "status": "exited" if exited else "open",
                    "surname": person.surname,
                    "given_names": person.given_names,
                    "nationality": person.nationality,
                    "birth_date": person.birth_date.isoformat() if person.birth_date else None,
                    "document_number": doc.number if doc else None,
                    "issuing_state": doc.issuing_state if doc else None,
                    "country": stay.country,
                    "entry_date": stay.entry_date.isoformat(),
                    "exit_date": stay.exit_date.isoformat() if stay.exit_date else None,
                    "latest_exit": stay.latest_exit.isoformat() if stay.latest_exit else None,
                    "overstay_days": days,
                    "rule": stay.rule,
                }
            )
        if raise_alerts and raised:
            audit_log.append(db, session, "overstay_scan", {"date": day.isoformat(), "new_alerts": raised})
        return found


# Travellers whose histories are read and evaluated together when counting (bounds the memory).
_COUNT_CHUNK = 500


def overstays_by_nationality(session: PostSession, at: dt.datetime) -> Counter[str]:
    """How many overstays :func:`scan` finds as of ``at``, by the traveller's nationality, without
    listing them (the statistics screen): the stays that ended late are counted in SQL from their
    stored figures, as the scan takes them; the open stays past their latest exit (the index of open
    stays) are evaluated as the scan evaluates them, a few hundred travellers at a time."""
    session.require(Action.RUN_OVERSTAY_SCAN)
    day = local_date(at, session.post.timezone)
    counts: Counter[str] = Counter()
    with session.reading() as db:
        exited_late = (
            select(Traveller.nationality, func.count())
            .select_from(Stay)
            .join(Traveller, Traveller.id == Stay.traveller_id)
            .where(Stay.overstay_days > 0, Stay.exit_date <= day)
            .group_by(Traveller.nationality)
        )
        for nationality, n in db.execute(exited_late):
            counts[str(nationality)] += int(n)
        open_past_exit = db.execute(
            select(Stay.id, Stay.traveller_id, Stay.entry_movement_id).where(
                Stay.exit_date.is_(None), Stay.latest_exit < day, Stay.entry_date <= day
            )
        ).all()
        if not open_past_exit:
            return counts
        book = load_rule_book(db)
        by_traveller: dict[int, list[_OpenStay]] = {}
        for row in open_past_exit:
            by_traveller.setdefault(row.traveller_id, []).append(row)
        travellers = sorted(by_traveller)
        for start in range(0, len(travellers), _COUNT_CHUNK):
            chunk: Sequence[int] = travellers[start : start + _COUNT_CHUNK]
            people = {row.id: row for row in hot.travellers(db, chunk)}
            stays = [stay for traveller_id in chunk for stay in by_traveller[traveller_id]]
            days = _open_overstay_days(db, book, stays, people, day)
            for stay in stays:
                if days[stay.id] > 0:
                    counts[str(people[stay.traveller_id].nationality)] += 1
    return counts


SCAN_DAY_SETTING = "overstay_scan_day"


def daily_scan(session: PostSession, at: dt.datetime) -> list[dict[str, object]]:
    """The app's daily scan, incremental: only the stays whose latest legal exit passed since the last
    scan (open, by the index of open stays by latest exit) and the exits recorded since then after it
    (pulled ones included) are evaluated; each new overstay gets its alert. Returns what it raised."""
    session.require(Action.RUN_OVERSTAY_SCAN)
    day = local_date(at, session.post.timezone)
    now = utc_now()
    with session.transaction() as db:
        settings = db.get(PostSettings, 1)
        assert settings is not None
        last = settings.settings.get(SCAN_DAY_SETTING)
        since = dt.date.fromisoformat(last) if isinstance(last, str) else dt.date.min
        if since >= day:
            return []
        newly_due = select(Stay).where(
            Stay.exit_date.is_(None),
            Stay.latest_exit >= since,
            Stay.latest_exit < day,
            Stay.entry_date <= day,
        )
        exited_late = select(Stay).where(
            Stay.exit_date >= since, Stay.exit_date <= day, Stay.overstay_days > 0
        )
        candidates = [*db.execute(newly_due).scalars(), *db.execute(exited_late).scalars()]
        raised: list[dict[str, object]] = []
        book = load_rule_book(db)
        # One statement each for the alerts already raised and for the travellers, whatever the count.
        alerted = set(hot.overstay_alert_stays(db, [stay.id for stay in candidates]))
        people = {row.id: row for row in hot.travellers(db, sorted({s.traveller_id for s in candidates}))}
        # The histories of every traveller with a stay to evaluate, read together.
        evaluated = _open_overstay_days(
            db, book, [s for s in candidates if s.exit_date is None and s.id not in alerted], people, day
        )
        new_alerts: list[hot.AlertRow] = []
        for stay in candidates:
            if stay.id in alerted:
                continue
            alerted.add(stay.id)
            person = people[stay.traveller_id]
            days = evaluated[stay.id] if stay.exit_date is None else stay.overstay_days
            if days <= 0:
                continue
            new_alerts.append(
                alert_service.overstay_alert_row(person, stay, now, days, exited=stay.exit_date is not None)
            )
            raised.append({"stay_id": stay.id, "overstay_days": days, "exited": stay.exit_date is not None})
        hot.insert_alerts(db, new_alerts)
        settings.settings = {**settings.settings, SCAN_DAY_SETTING: day.isoformat()}
        if raised:
            audit_log.append(
                db, session, "overstay_scan", {"date": day.isoformat(), "new_alerts": len(raised)}
            )
        return raised
