"""National overstays and their alerts.

The stays come from the domain's ``build_history`` over every post's movements and every extension
(granted at a post or by headquarters), the same function the posts use at their counters. The scan
(:func:`refresh`) keeps ``central_stays`` current: each traveller with a new movement or extension
since the last scan is rebuilt, and their open stays and stays that ended in overstay are kept with
the day overstay begins (``overstay_from``). The overstays page is then one indexed range, and the
figures of the rows shown are computed again by the domain for the day asked.

Headquarters decides an alert (resolved, with a note; or extended, granting days): decisions and
extensions are stored centrally, audited, and extensions join the change feed, so every post of the
stay's country applies them at its next pull.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from midas_desktop.domain.stay import RuleBook, default_rule_book
from midas_desktop.domain.stay.history import (
    Direction,
    ExtensionFact,
    MovementFact,
    StayRecord,
    build_history,
)
from midas_desktop.server import core, travellers
from midas_desktop.server.central_audit.service import record
from midas_desktop.server.console.access import Actor, Conflict, Invalid, NotFound, Permission, require
from midas_desktop.server.models import (
    CentralAlertDecision,
    CentralDailyCount,
    CentralScanState,
    CentralStay,
    CentralTraveller,
    ChangeRow,
    PostRow,
    ServerExtension,
    ServerMovement,
)
from midas_desktop.server.overstays.schemas import (
    PAGE_SIZE,
    Decision,
    OverstayDetail,
    OverstayPage,
    OverstayQuery,
    OverstayRow,
)

_SCAN_LOCK = 0x6D69646173 + 7
_CHUNK = 1000
HQ = "HQ"


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


# --- the scan -----------------------------------------------------------------------------------


def _lock(db: Session) -> None:
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCAN_LOCK})


def _stay_rows(
    traveller_id: int, nationality: str, history_stays: Sequence[StayRecord]
) -> list[dict[str, Any]]:
    rows = []
    for stay in history_stays:
        if not stay.open and stay.overstay_days <= 0:
            continue
        rows.append(
            {
                "entry_movement_id": stay.entry_movement_id,
                "traveller_id": traveller_id,
                "nationality": nationality[:3],
                "country": stay.country[:3],
                "post": stay.post[:32],
                "entry_date": stay.entry_date,
                "exit_date": stay.exit_date,
                "latest_exit": stay.latest_exit,
                "overstay_from": stay.latest_exit + dt.timedelta(days=1) if stay.latest_exit else None,
                "overstay_days": stay.overstay_days if not stay.open else 0,
                "rule": stay.rule[:48],
            }
        )
    return rows


def _facts(
    db: Session, traveller_ids: Sequence[int]
) -> dict[int, tuple[list[MovementFact], list[ExtensionFact]]]:
    """Every movement and extension of these travellers, by traveller (two queries)."""
    found: dict[int, tuple[list[MovementFact], list[ExtensionFact]]] = {t: ([], []) for t in traveller_ids}
    owner: dict[str, int] = {}
    for row in db.execute(
        select(ServerMovement).where(ServerMovement.traveller_id.in_(list(traveller_ids)))
    ).scalars():
        assert row.traveller_id is not None
        fact = travellers.movement_fact(row)
        found[row.traveller_id][0].append(fact)
        if row.direction == "entry":
            owner[row.id] = row.traveller_id
    entries = list(owner)
    for start in range(0, len(entries), _CHUNK):
        for ext_id, entry_id, days in db.execute(
            select(ServerExtension.id, ServerExtension.entry_movement_id, ServerExtension.days).where(
                ServerExtension.entry_movement_id.in_(entries[start : start + _CHUNK])
            )
        ):
            found[owner[entry_id]][1].append(ExtensionFact(ext_id, entry_id, days))
    return found


def rescan(db: Session, traveller_ids: Iterable[int], day: dt.date, book: RuleBook | None = None) -> int:
    """Rebuild the watched stays of these travellers (in the caller's transaction)."""
    book = book or default_rule_book()
    ids = sorted(set(traveller_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        nationalities = dict(
            db.execute(
                select(CentralTraveller.id, CentralTraveller.nationality).where(
                    CentralTraveller.id.in_(chunk)
                )
            ).all()
        )
        facts = _facts(db, chunk)
        rows: list[dict[str, Any]] = []
        for traveller_id in chunk:
            movements, extensions = facts[traveller_id]
            if not movements:
                continue
            nationality = nationalities.get(traveller_id, "")
            history = build_history(movements, extensions, book, nationality, day)
            rows.extend(_stay_rows(traveller_id, nationality, history.stays))
        db.execute(delete(CentralStay).where(CentralStay.traveller_id.in_(chunk)))
        if rows:
            db.execute(insert(CentralStay), rows)
    return len(ids)


def refresh(engine: Engine, day: dt.date | None = None, book: RuleBook | None = None) -> int:
    """Bring the watched stays up to the movements and extensions stored since the last scan;
    returns how many travellers were rebuilt. The first scan reads every traveller once."""
    day = day or today()
    book = book or default_rule_book()
    with Session(engine) as db, db.begin():
        _lock(db)
        state = db.get(CentralScanState, 1)
        if state is None:
            state = CentralScanState(id=1, movement_seq=0, change_seq=0)
            db.add(state)
            db.flush()
        top = db.execute(select(func.max(ServerMovement.seq))).scalar() or 0
        changes_top = db.execute(select(func.max(ChangeRow.seq))).scalar() or 0
        if top > state.counted_seq:
            _count_movements(db, state.counted_seq, top)
            state.counted_seq = top
        if top == state.movement_seq and changes_top == state.change_seq:
            return 0
        if state.movement_seq == 0:
            count = _full_scan(db, day, book)
        else:
            ids = set(
                db.execute(
                    select(ServerMovement.traveller_id)
                    .where(ServerMovement.seq > state.movement_seq, ServerMovement.seq <= top)
                    .distinct()
                ).scalars()
            )
            extended = [
                str(payload.get("entry_movement_id"))
                for payload in db.execute(
                    select(ChangeRow.payload).where(
                        ChangeRow.seq > state.change_seq,
                        ChangeRow.seq <= changes_top,
                        ChangeRow.kind == "extension",
                    )
                ).scalars()
                if isinstance(payload, dict)
            ]
            for start in range(0, len(extended), _CHUNK):
                ids.update(
                    db.execute(
                        select(ServerMovement.traveller_id).where(
                            ServerMovement.id.in_(extended[start : start + _CHUNK])
                        )
                    ).scalars()
                )
            count = rescan(db, [i for i in ids if i is not None], day, book)
        state.movement_seq, state.change_seq = top, changes_top
        state.scanned_utc = core.utc_now()
        return count


def _count_movements(db: Session, after: int, top: int) -> None:
    """Add the movements ``after < seq <= top`` to the daily counts (one statement, in the database)."""
    transport = func.substr(func.coalesce(ServerMovement.payload["transport"].as_string(), ""), 1, 32)
    grouped = (
        select(
            ServerMovement.local_date,
            ServerMovement.post_id,
            ServerMovement.nationality,
            ServerMovement.direction,
            transport,
            func.count(),
        )
        .where(ServerMovement.seq > after, ServerMovement.seq <= top)
        .group_by(
            ServerMovement.local_date,
            ServerMovement.post_id,
            ServerMovement.nationality,
            ServerMovement.direction,
            transport,
        )
    )
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(CentralDailyCount).from_select(
        ["local_date", "post_id", "nationality", "direction", "transport", "count"], grouped
    )
    db.execute(
        statement.on_conflict_do_update(
            index_elements=["local_date", "post_id", "nationality", "direction", "transport"],
            set_={"count": CentralDailyCount.count + statement.excluded["count"]},
        )
    )


def _full_scan(db: Session, day: dt.date, book: RuleBook) -> int:
    db.execute(delete(CentralStay))
    rows: list[dict[str, Any]] = []
    count = 0
    for traveller_id, nationality, movements, extensions in _every_history(db, day):
        history = build_history(movements, extensions, book, nationality, day)
        rows.extend(_stay_rows(traveller_id, nationality, history.stays))
        count += 1
        if len(rows) >= 5000:
            db.execute(insert(CentralStay), rows)
            rows = []
    if rows:
        db.execute(insert(CentralStay), rows)
    return count


def _every_history(
    db: Session, day: dt.date
) -> Iterable[tuple[int, str, list[MovementFact], list[ExtensionFact]]]:
    extended: dict[str, list[ExtensionFact]] = defaultdict(list)
    for ext_id, entry_id, days in db.execute(
        select(ServerExtension.id, ServerExtension.entry_movement_id, ServerExtension.days)
    ):
        extended[entry_id].append(ExtensionFact(ext_id, entry_id, days))
    codes = dict(db.execute(select(PostRow.id, PostRow.code)).all())
    rows = db.execute(
        select(
            ServerMovement.traveller_id,
            CentralTraveller.nationality,
            ServerMovement.id,
            ServerMovement.direction,
            ServerMovement.country,
            ServerMovement.local_date,
            ServerMovement.at_utc,
            ServerMovement.post_id,
            ServerMovement.decision,
            ServerMovement.days_granted,
        )
        .join(CentralTraveller, CentralTraveller.id == ServerMovement.traveller_id)
        .where(ServerMovement.local_date <= day)
        .order_by(ServerMovement.traveller_id)
        .execution_options(yield_per=20000)
    )
    current: int | None = None
    nationality = ""
    movements: list[MovementFact] = []
    for (
        traveller_id,
        traveller_nationality,
        mid,
        direction,
        country,
        local_date,
        at,
        post_id,
        decision,
        granted,
    ) in rows:
        if traveller_id != current:
            if movements and current is not None:
                yield current, nationality, movements, [e for m in movements for e in extended.get(m.id, [])]
            current, nationality, movements = traveller_id, traveller_nationality, []
        movements.append(
            MovementFact(
                id=mid,
                direction=Direction(direction),
                country=country,
                local_date=local_date,
                at=at,
                post=codes.get(post_id, ""),
                decision=decision,
                days_granted=granted,
            )
        )
    if movements and current is not None:
        yield current, nationality, movements, [e for m in movements for e in extended.get(m.id, [])]


# --- the pages ------------------------------------------------------------------------------------


def _conditions(query: OverstayQuery, day: dt.date, *, with_status: bool = True) -> list[Any]:
    """The filters, on ``central_stays`` alone (the count needs no join; "undecided" is an anti-join)."""
    conditions: list[Any] = [CentralStay.overstay_from <= day]
    if query.post:
        conditions.append(CentralStay.post == query.post)
    if query.nationality:
        conditions.append(CentralStay.nationality == query.nationality)
    if query.kind == "open":
        conditions.append(CentralStay.exit_date.is_(None))
    elif query.kind == "exited":
        conditions.append(CentralStay.exit_date.is_not(None))
    taken = aliased(CentralAlertDecision)
    decided = (
        select(taken.entry_movement_id)
        .where(taken.entry_movement_id == CentralStay.entry_movement_id)
        .correlate(CentralStay)
        .exists()
    )
    if with_status and query.status == "open":
        conditions.append(~decided)
    elif with_status and query.status == "decided":
        conditions.append(decided)
    if query.since:
        conditions.append(CentralStay.overstay_from >= query.since)
    if query.until:
        conditions.append(CentralStay.overstay_from <= query.until)
    return conditions


def _count(db: Session, query: OverstayQuery, day: dt.date) -> int:
    """How many match: every watched stay in range (from the index alone) less the decided ones (few,
    counted from the decisions' side), rather than an anti-join over every stay in range."""
    base = _conditions(query, day, with_status=False)
    everything = db.execute(select(func.count()).select_from(CentralStay).where(*base)).scalar() or 0
    if query.status not in ("open", "decided"):
        return everything
    decided = (
        db.execute(
            select(func.count())
            .select_from(CentralAlertDecision)
            .join(CentralStay, CentralStay.entry_movement_id == CentralAlertDecision.entry_movement_id)
            .where(*base)
        ).scalar()
        or 0
    )
    return decided if query.status == "decided" else everything - decided


def _figures_now(
    db: Session, stays: list[CentralStay], day: dt.date, book: RuleBook
) -> dict[str, StayRecord]:
    """The domain's figures of these stays on ``day`` (an open stay's overstay grows day by day)."""
    if not stays:
        return {}
    traveller_ids = sorted({s.traveller_id for s in stays})
    nationalities = dict(
        db.execute(
            select(CentralTraveller.id, CentralTraveller.nationality).where(
                CentralTraveller.id.in_(traveller_ids)
            )
        ).all()
    )
    facts = _facts(db, traveller_ids)
    found: dict[str, StayRecord] = {}
    for traveller_id in traveller_ids:
        movements, extensions = facts[traveller_id]
        history = build_history(movements, extensions, book, nationalities.get(traveller_id, ""), day)
        for stay in history.stays:
            found[stay.entry_movement_id] = stay
    return found


def _row(
    stay: CentralStay, surname: str, given: str, decision: str | None, record: StayRecord | None
) -> OverstayRow:
    return OverstayRow(
        entry_movement_id=stay.entry_movement_id,
        traveller_id=stay.traveller_id,
        surname=surname,
        given_names=given,
        nationality=stay.nationality,
        country=stay.country,
        post=stay.post,
        entry_date=stay.entry_date,
        exit_date=record.exit_date if record else stay.exit_date,
        latest_exit=record.latest_exit if record else stay.latest_exit,
        overstay_days=record.overstay_days if record else stay.overstay_days,
        decision=decision,
    )


def overstays(engine: Engine, actor: Actor, query: OverstayQuery, day: dt.date | None = None) -> OverstayPage:
    """Travellers in overstay on ``day`` (default today), oldest overstay first, a page at a time."""
    require(actor, Permission.READ)
    day = day or today()
    refresh(engine)
    book = default_rule_book()
    with Session(engine) as db:
        conditions = _conditions(query, day)
        total = _count(db, query, day)
        # The page's ids from the stays' own index first, then their rows: a page far down the list
        # costs a walk of the index, not a join per row skipped.
        ids = list(
            db.execute(
                select(CentralStay.entry_movement_id)
                .where(*conditions)
                .order_by(CentralStay.overstay_from, CentralStay.entry_movement_id)
                .offset(query.offset)
                .limit(PAGE_SIZE)
            ).scalars()
        )
        place = {entry_id: index for index, entry_id in enumerate(ids)}
        found = sorted(
            db.execute(
                select(
                    CentralStay,
                    CentralTraveller.surname,
                    CentralTraveller.given_names,
                    CentralAlertDecision.decision,
                )
                .join(CentralTraveller, CentralTraveller.id == CentralStay.traveller_id)
                .outerjoin(
                    CentralAlertDecision,
                    CentralAlertDecision.entry_movement_id == CentralStay.entry_movement_id,
                )
                .where(CentralStay.entry_movement_id.in_(ids))
            ).all(),
            key=lambda row: place[row[0].entry_movement_id],
        )
        figures = _figures_now(db, [r[0] for r in found], day, book)
        posts = list(db.execute(select(PostRow.code).order_by(PostRow.code)).scalars())
        return OverstayPage(
            day=day,
            total=total,
            rows=[_row(s, sn, gn, d, figures.get(s.entry_movement_id)) for s, sn, gn, d in found],
            posts=posts,
        )


def overstay(
    engine: Engine, actor: Actor, entry_movement_id: str, day: dt.date | None = None
) -> OverstayDetail:
    """One overstay alert with the traveller's national history and the decision taken, if any."""
    from midas_desktop.server.traveller_search import service as traveller_service

    require(actor, Permission.READ)
    day = day or today()
    refresh(engine)
    with Session(engine) as db:
        found = db.execute(
            select(CentralStay, CentralTraveller.surname, CentralTraveller.given_names)
            .join(CentralTraveller, CentralTraveller.id == CentralStay.traveller_id)
            .where(CentralStay.entry_movement_id == entry_movement_id)
        ).first()
        if found is None:
            raise NotFound("error.no_overstay")
        stay, surname, given = found
        decision = db.get(CentralAlertDecision, entry_movement_id)
        figures = _figures_now(db, [stay], day, default_rule_book())
        row = _row(
            stay, surname, given, decision.decision if decision else None, figures.get(stay.entry_movement_id)
        )
        history = traveller_service.history_in(db, stay.traveller_id, day)
        record(db, actor, "overstay_viewed", entry_movement_id, traveller=stay.traveller_id)
        db.commit()
        return OverstayDetail(
            stay=row,
            decision=(
                {
                    "decision": decision.decision,
                    "note": decision.note,
                    "by": decision.decided_by,
                    "at": decision.decided_utc.isoformat(timespec="seconds") + "Z",
                    "extension_id": decision.extension_id,
                }
                if decision
                else None
            ),
            history=history,
        )


def decide(engine: Engine, actor: Actor, entry_movement_id: str, decision: Decision) -> None:
    """Headquarters' decision on an overstay alert: resolved with a note, or an extension granted
    (which reaches the posts at their next pull). Once decided, an alert is not decided again."""
    require(actor, Permission.DECIDE)
    refresh(engine)
    now = core.utc_now()
    with Session(engine) as db, db.begin():
        stay = db.get(CentralStay, entry_movement_id)
        if stay is None or stay.overstay_from is None or stay.overstay_from > now.date():
            raise NotFound("error.no_overstay")
        if db.get(CentralAlertDecision, entry_movement_id) is not None:
            raise Conflict("error.already_decided")
        extension_id = None
        if decision.decision == "extended":
            assert decision.extension_days is not None
            extension_id = _grant(db, actor, stay, decision.extension_days, decision.note, now)
        db.add(
            CentralAlertDecision(
                entry_movement_id=entry_movement_id,
                decision=decision.decision,
                note=decision.note,
                decided_by=actor.username,
                decided_utc=now,
                extension_id=extension_id,
            )
        )
        # The decision reaches the posts of the stay's country at their next pull: each resolves its
        # own overstay alert of that stay with headquarters' note.
        core.append_changes(
            db,
            [
                {
                    "kind": "overstay_decision",
                    "ref_id": entry_movement_id,
                    "country": stay.country,
                    "post_id": None,
                    "payload": {
                        "entry_movement_id": entry_movement_id,
                        "decision": decision.decision,
                        "note": decision.note,
                        "decided_by": actor.username,
                        "decided_utc": now.isoformat(timespec="seconds") + "Z",
                        "extension_id": extension_id,
                    },
                    "created_utc": now,
                }
            ],
        )
        record(
            db,
            actor,
            "overstay_decided",
            entry_movement_id,
            decision=decision.decision,
            days=decision.extension_days,
            traveller=stay.traveller_id,
        )


def grant_extension(engine: Engine, actor: Actor, entry_movement_id: str, days: int, reason: str) -> str:
    """An extension of an open stay granted by headquarters; every post of the stay's country
    applies it at its next pull. Returns the extension's id."""
    require(actor, Permission.DECIDE)
    if not 1 <= days <= 365:
        raise Invalid("error.field_number", {"field": "days", "low": 1, "high": 365})
    refresh(engine)
    now = core.utc_now()
    with Session(engine) as db, db.begin():
        stay = db.get(CentralStay, entry_movement_id)
        if stay is None or stay.exit_date is not None:
            raise Conflict("error.no_open_stay")
        extension_id = _grant(db, actor, stay, days, reason, now)
        record(db, actor, "extension_granted", entry_movement_id, days=days, traveller=stay.traveller_id)
        return extension_id


def _grant(db: Session, actor: Actor, stay: CentralStay, days: int, reason: str, now: dt.datetime) -> str:
    extension_id = str(uuid.uuid4())
    book = default_rule_book()
    movements, extensions = _facts(db, [stay.traveller_id])[stay.traveller_id]
    extensions.append(ExtensionFact(extension_id, stay.entry_movement_id, days))
    history = build_history(movements, extensions, book, stay.nationality, now.date())
    latest = (
        next((s.latest_exit for s in history.stays if s.entry_movement_id == stay.entry_movement_id), None)
        or now.date()
    )
    payload = {
        "id": extension_id,
        "entry_movement_id": stay.entry_movement_id,
        "days": days,
        "latest_exit": latest.isoformat(),
        "authority": "headquarters",
        "reason": reason[:500],
        "granted_by": actor.username,
        "granted_utc": now.isoformat(timespec="seconds") + "Z",
        "post": HQ,
        "country": stay.country,
    }
    db.add(
        ServerExtension(
            id=extension_id,
            post_id=None,
            entry_movement_id=stay.entry_movement_id,
            days=days,
            payload=payload,
            received_utc=now,
        )
    )
    db.flush()
    core.append_changes(
        db,
        [
            {
                "kind": "extension",
                "ref_id": extension_id,
                "country": stay.country,
                "post_id": None,
                "payload": payload,
                "created_utc": now,
            }
        ],
    )
    rescan(db, [stay.traveller_id], now.date())
    return extension_id
