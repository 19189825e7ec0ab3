"""The counter's hot path in plain SQL: the statements a check and a crossing run every time.

Through SQLAlchemy each statement cost some 30 times what SQLite itself spends on it
(``scripts/bench_store.py``, "where the time goes"), and a crossing runs about twenty. These run on
the very connection, and in the very transaction, of the ORM session they are given, so they commit
or roll back with everything else; values are written exactly as SQLAlchemy's SQLite types store them
(dates ``YYYY-MM-DD``, times ``YYYY-MM-DD HH:MM:SS.ffffff``, JSON as text), so either side reads what
the other wrote. Everything not on the hot path stays in the ORM.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from midas_desktop import runtime

__all__ = [
    "AlertRow",
    "DocumentRow",
    "MovementRow",
    "StayRow",
    "TravellerRow",
    "connection",
    "date_in",
    "date_out",
    "moment_in",
    "moment_out",
]

_CHUNK = 500
_CONNECTION_KEY = "midas.hot.connection"


def connection(db: Session) -> Any:
    """The DB-API connection under ``db``'s transaction (begun if it was not yet).

    Kept for the life of the transaction: asking the session each time cost ~50 µs, more than most
    of the statements themselves."""
    transaction = db.get_transaction()
    cached = db.info.get(_CONNECTION_KEY)
    if transaction is not None and cached is not None and cached[0] is transaction:
        return cached[1]
    driver = db.connection().connection.driver_connection
    db.info[_CONNECTION_KEY] = (db.get_transaction(), driver)
    return driver


def date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_in(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def moment_out(value: dt.datetime | None) -> str | None:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if value is not None else None


def moment_in(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _placeholders(count: int) -> str:
    return ",".join("?" * count)


# --- travellers and documents ---------------------------------------------------------------------


def document_owner(db: Session, issuing_state: str, number: str) -> tuple[int, int, dt.date | None] | None:
    """(document id, traveller id, expiry) of a known document."""
    row = (
        connection(db)
        .execute(
            "SELECT id, traveller_id, expiry_date FROM documents WHERE issuing_state = ? AND number = ?",
            (issuing_state, number),
        )
        .fetchone()
    )
    return None if row is None else (row[0], row[1], date_in(row[2]))


def travellers_with_key(db: Session, person_key: str) -> list[int]:
    """The travellers holding this identity key, as their own or as another key of theirs (one a
    join let go: ``person_key_aliases``)."""
    return [
        r[0]
        for r in connection(db).execute(
            "SELECT id FROM travellers WHERE person_key = ?1 "
            "UNION SELECT traveller_id FROM person_key_aliases WHERE person_key = ?1",
            (person_key,),
        )
    ]


def travellers_born(db: Session, birth_date: dt.date, limit: int) -> list[TravellerRow]:
    """Everyone born on this day, read from ``ix_travellers_born`` alone (no table page per row)."""
    return [
        TravellerRow(r[0], r[1], r[2], r[3], birth_date, r[4], None)
        for r in connection(db).execute(
            "SELECT id, surname, given_names, nationality, sex FROM travellers "
            "INDEXED BY ix_travellers_born WHERE birth_date = ? LIMIT ?",
            (date_out(birth_date), limit),
        )
    ]


@dataclass(frozen=True, slots=True)
class TravellerRow:
    id: int
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    person_key: str | None


def travellers(db: Session, ids: Sequence[int]) -> list[TravellerRow]:
    out: list[TravellerRow] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        out.extend(
            TravellerRow(r[0], r[1], r[2], r[3], date_in(r[4]), r[5], r[6])
            for r in connection(db).execute(
                "SELECT id, surname, given_names, nationality, birth_date, sex, person_key FROM travellers "
                f"WHERE id IN ({_placeholders(len(chunk))})",
                chunk,
            )
        )
    return out


def document_keys_of(db: Session, traveller_ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(traveller id, issuing state, number) of their documents."""
    out: list[tuple[int, str, str]] = []
    for start in range(0, len(traveller_ids), _CHUNK):
        chunk = list(traveller_ids[start : start + _CHUNK])
        out.extend(
            connection(db).execute(
                "SELECT traveller_id, issuing_state, number FROM documents "
                f"WHERE traveller_id IN ({_placeholders(len(chunk))})",
                chunk,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    traveller_id: int
    document_type: str
    document_code: str
    issuing_state: str
    number: str
    expiry_date: dt.date | None


def documents_of(db: Session, traveller_ids: Sequence[int]) -> list[DocumentRow]:
    """The documents of these travellers, oldest first."""
    out: list[DocumentRow] = []
    for start in range(0, len(traveller_ids), _CHUNK):
        chunk = list(traveller_ids[start : start + _CHUNK])
        out.extend(
            DocumentRow(r[0], r[1], r[2], r[3], r[4], r[5], date_in(r[6]))
            for r in connection(db).execute(
                "SELECT id, traveller_id, document_type, document_code, issuing_state, number, expiry_date "
                f"FROM documents WHERE traveller_id IN ({_placeholders(len(chunk))})",
                chunk,
            )
        )
    out.sort(key=lambda row: row.id)
    return out


def insert_traveller(db: Session, person: Any, person_key: str | None, now: dt.datetime) -> int:
    cursor = connection(db).execute(
        "INSERT INTO travellers (surname, given_names, nationality, birth_date, sex, created_utc, "
        "person_key) VALUES (?,?,?,?,?,?,?)",
        (
            person.surname,
            person.given_names,
            person.nationality,
            date_out(person.birth_date),
            person.sex,
            moment_out(now),
            person_key,
        ),
    )
    return int(cursor.lastrowid)


def set_person_key(db: Session, traveller_id: int, person_key: str) -> None:
    connection(db).execute(
        "UPDATE travellers SET person_key = ? WHERE id = ? AND person_key IS NULL", (person_key, traveller_id)
    )


def insert_document(db: Session, traveller_id: int, document: Any) -> int:
    cursor = connection(db).execute(
        "INSERT INTO documents (traveller_id, document_type, document_code, issuing_state, number, "
        "expiry_date, mrz) VALUES (?,?,?,?,?,?,?)",
        (
            traveller_id,
            document.document_type,
            document.document_code,
            document.issuing_state,
            document.number,
            date_out(document.expiry_date),
            document.mrz,
        ),
    )
    return int(cursor.lastrowid)


def renew_document(db: Session, document_id: int, expiry: dt.date | None, mrz: str) -> None:
    connection(db).execute(
        "UPDATE documents SET expiry_date = ?, mrz = ? WHERE id = ?", (date_out(expiry), mrz, document_id)
    )


# --- movements, extensions, stays -----------------------------------------------------------------


def movement_facts(db: Session, traveller_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(id, direction, country, local date, at, post, decision, days granted) of their movements."""
    return [row[1:] for row in movement_facts_by_traveller(db, traveller_ids)]


def movement_facts_by_traveller(db: Session, traveller_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(traveller id, id, direction, country, local date, at, post, decision, days granted) of many
    travellers' movements: one statement per 500 travellers, in index order."""
    out: list[tuple[Any, ...]] = []
    ordered = sorted(set(traveller_ids))
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        out.extend(
            (r[0], r[1], r[2], r[3], date_in(r[4]), moment_in(r[5]), r[6], r[7], r[8])
            for r in connection(db).execute(
                "SELECT traveller_id, id, direction, country, local_date, at_utc, post_code, decision, "
                f"days_granted FROM movements WHERE traveller_id IN ({_placeholders(len(chunk))})",
                chunk,
            )
        )
    return out


def extension_facts(db: Session, entry_movement_ids: Sequence[str]) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    for start in range(0, len(entry_movement_ids), _CHUNK):
        chunk = list(entry_movement_ids[start : start + _CHUNK])
        out.extend(
            connection(db).execute(
                "SELECT id, entry_movement_id, days FROM stay_extensions "
                f"WHERE entry_movement_id IN ({_placeholders(len(chunk))})",
                chunk,
            )
        )
    return out


@dataclass(slots=True)
class MovementRow:
    """A movement about to be recorded, with the attributes of the ORM ``Movement`` (so the record's
    payload is built the same way from either)."""

    id: str
    traveller_id: int
    document_id: int | None
    direction: str
    post_code: str
    country: str
    officer: str
    at_utc: dt.datetime
    local_date: dt.date
    days_granted: int | None
    decision: str
    reason: str | None
    purpose: str | None
    transport: str | None
    vehicle: str | None
    nationality: str
    created_utc: dt.datetime
    surname: str | None
    given_names: str | None
    birth_date: dt.date | None
    sex: str | None
    doc_type: str | None
    doc_code: str | None
    doc_issuing_state: str | None
    doc_number: str | None
    doc_expiry: dt.date | None
    signer: str | None = None
    signature: str | None = None


_MOVEMENT_COLUMNS = (
    "id, traveller_id, document_id, direction, post_code, country, officer, at_utc, local_date, "
    "days_granted, decision, reason, purpose, transport, vehicle, nationality, created_utc, surname, "
    "given_names, birth_date, sex, doc_type, doc_code, doc_issuing_state, doc_number, doc_expiry, signer, "
    "signature"
)


def movements_by_id(db: Session, movement_ids: Sequence[str]) -> dict[str, MovementRow]:
    """The movements with these ids (the ids as one JSON parameter), by id: a sync's own check reads
    every movement it sends, and the ORM's conversions cost more than rebuilding the records."""
    rows = connection(db).execute(
        f"SELECT {_MOVEMENT_COLUMNS} FROM movements WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(movement_ids)),),
    )
    found: dict[str, MovementRow] = {}
    for r in rows:
        at, local, created = moment_in(r[7]), date_in(r[8]), moment_in(r[16])
        assert at is not None and local is not None and created is not None  # NOT NULL columns
        found[r[0]] = MovementRow(
            id=r[0],
            traveller_id=r[1],
            document_id=r[2],
            direction=r[3],
            post_code=r[4],
            country=r[5],
            officer=r[6],
            at_utc=at,
            local_date=local,
            days_granted=r[9],
            decision=r[10],
            reason=r[11],
            purpose=r[12],
            transport=r[13],
            vehicle=r[14],
            nationality=r[15],
            created_utc=created,
            surname=r[17],
            given_names=r[18],
            birth_date=date_in(r[19]),
            sex=r[20],
            doc_type=r[21],
            doc_code=r[22],
            doc_issuing_state=r[23],
            doc_number=r[24],
            doc_expiry=date_in(r[25]),
            signer=r[26],
            signature=r[27],
        )
    return found


def insert_movement(db: Session, m: MovementRow) -> None:
    connection(db).execute(
        f"INSERT INTO movements ({_MOVEMENT_COLUMNS}) VALUES ({_placeholders(28)})",
        (
            m.id,
            m.traveller_id,
            m.document_id,
            m.direction,
            m.post_code,
            m.country,
            m.officer,
            moment_out(m.at_utc),
            date_out(m.local_date),
            m.days_granted,
            m.decision,
            m.reason,
            m.purpose,
            m.transport,
            m.vehicle,
            m.nationality,
            moment_out(m.created_utc),
            m.surname,
            m.given_names,
            date_out(m.birth_date),
            m.sex,
            m.doc_type,
            m.doc_code,
            m.doc_issuing_state,
            m.doc_number,
            date_out(m.doc_expiry),
            m.signer,
            m.signature,
        ),
    )


@dataclass(slots=True)
class StayRow:
    """A stored stay (as ``services.history.project`` writes it)."""

    id: int
    traveller_id: int
    country: str
    entry_movement_id: str
    exit_movement_id: str | None
    post_code: str | None
    entry_date: dt.date
    exit_date: dt.date | None
    exit_missing: bool
    days_granted: int | None
    extension_days: int
    latest_exit: dt.date | None
    overstay_days: int
    rule: str

    def values(self) -> tuple[Any, ...]:
        return (
            self.traveller_id,
            self.country,
            self.entry_movement_id,
            self.exit_movement_id,
            self.post_code,
            date_out(self.entry_date),
            date_out(self.exit_date),
            int(self.exit_missing),
            self.days_granted,
            self.extension_days,
            date_out(self.latest_exit),
            self.overstay_days,
            self.rule,
        )


_STAY_COLUMNS = (
    "traveller_id, country, entry_movement_id, exit_movement_id, post_code, entry_date, exit_date, "
    "exit_missing, days_granted, extension_days, latest_exit, overstay_days, rule"
)


def _stay(r: Sequence[Any]) -> StayRow:
    return StayRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        date_in(r[6]) or dt.date.min,
        date_in(r[7]),
        bool(r[8]),
        r[9],
        r[10],
        date_in(r[11]),
        r[12],
        r[13],
    )


def stays_of(db: Session, traveller_id: int) -> list[StayRow]:
    return [
        _stay(r)
        for r in connection(db).execute(
            f"SELECT id, {_STAY_COLUMNS} FROM stays WHERE traveller_id = ?", (traveller_id,)
        )
    ]


def stay_by_entry(db: Session, entry_movement_id: str) -> StayRow | None:
    row = (
        connection(db)
        .execute(f"SELECT id, {_STAY_COLUMNS} FROM stays WHERE entry_movement_id = ?", (entry_movement_id,))
        .fetchone()
    )
    return None if row is None else _stay(row)


def insert_stay(db: Session, stay: StayRow) -> int:
    cursor = connection(db).execute(
        f"INSERT INTO stays ({_STAY_COLUMNS}) VALUES ({_placeholders(13)})", stay.values()
    )
    return int(cursor.lastrowid)


def update_stay(db: Session, stay: StayRow) -> None:
    assignments = ", ".join(f"{name.strip()} = ?" for name in _STAY_COLUMNS.split(","))
    connection(db).execute(f"UPDATE stays SET {assignments} WHERE id = ?", (*stay.values(), stay.id))


def delete_stay(db: Session, stay_id: int) -> None:
    connection(db).execute("UPDATE alerts SET stay_id = NULL WHERE stay_id = ?", (stay_id,))
    connection(db).execute("DELETE FROM stays WHERE id = ?", (stay_id,))


def overstay_alert_stays(db: Session, stay_ids: Sequence[int]) -> list[int]:
    """Which of these stays have an overstay alert."""
    if not stay_ids:
        return []
    ids = list(stay_ids)
    return [
        r[0]
        for r in connection(db).execute(
            f"SELECT stay_id FROM alerts WHERE kind = 'overstay' AND stay_id IN ({_placeholders(len(ids))})",
            ids,
        )
    ]


@dataclass(frozen=True, slots=True)
class AlertRow:
    """A new alert with the columns of the ORM ``Alert`` that a scan sets (the rest stay empty)."""

    kind: str
    status: str
    traveller_id: int | None
    movement_id: str | None
    stay_id: int | None
    created_utc: dt.datetime
    summary: str
    details: dict[str, Any]


def insert_alerts(db: Session, alerts: Sequence[AlertRow]) -> None:
    """Many new alerts in one statement (the daily overstay scan's)."""
    if not alerts:
        return
    connection(db).executemany(
        "INSERT INTO alerts (kind, status, traveller_id, movement_id, stay_id, created_utc, summary, "
        "details) VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                a.kind,
                a.status,
                a.traveller_id,
                a.movement_id,
                a.stay_id,
                moment_out(a.created_utc),
                a.summary,
                json.dumps(a.details),
            )
            for a in alerts
        ],
    )


# --- outbox, audit, settings, rules, watchlist ---------------------------------------------------


def insert_outbox(db: Session, record_id: str, kind: str, payload: dict[str, Any], now: dt.datetime) -> None:
    connection(db).execute(
        "INSERT INTO sync_outbox (id, kind, payload, created_utc, sent_utc) VALUES (?,?,?,?,NULL)",
        (record_id, kind, json.dumps(payload), moment_out(now)),
    )


def oldest_pending_outbox(db: Session) -> dt.datetime | None:
    # Records in quarantine (sync.quarantine) wait for an administrator, not for the link.
    query = (
        "SELECT created_utc FROM sync_outbox WHERE sent_utc IS NULL AND quarantined_utc IS NULL "
        "ORDER BY created_utc LIMIT 1"
    )
    row = connection(db).execute(query).fetchone()
    return None if row is None else moment_in(row[0])


def mark_outbox_sent(db: Session, record_ids: Sequence[str], now: dt.datetime) -> int:
    """Set ``sent_utc`` on those of these outbox records still pending; returns how many. The ids go
    as one JSON parameter (an acknowledgement names up to 500)."""
    cursor = connection(db).execute(
        "UPDATE sync_outbox SET sent_utc = ? "
        "WHERE sent_utc IS NULL AND id IN (SELECT value FROM json_each(?))",
        (moment_out(now), json.dumps(list(record_ids))),
    )
    return int(cursor.rowcount)


def audit_rows(db: Session, *, after: int, upto: int | None, limit: int | None) -> list[tuple[Any, ...]]:
    """The audit entries after ``after`` (to ``upto``, ``limit`` at most), in order, as tuples
    (seq, at, actor, action, details, prev_hash, hash, signer, signature, signer_prev) with the
    details read from their JSON."""
    rows = connection(db).execute(
        "SELECT seq, at, actor, action, details, prev_hash, hash, signer, signature, signer_prev "
        "FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
        (after, upto if upto is not None else 2**62, limit if limit is not None else -1),
    )
    return [(*r[:4], runtime.json_loads(r[4]), *r[5:]) for r in rows]


def last_audit(db: Session) -> tuple[int, str] | None:
    row = connection(db).execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def insert_audit(
    db: Session,
    seq: int,
    at: str,
    actor: str,
    action: str,
    details: dict[str, Any],
    prev_hash: str,
    digest: str,
    signer: str,
    signature: str,
    signer_prev: str | None,
) -> None:
    connection(db).execute(
        "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash, signer, signature, "
        "signer_prev) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, json.dumps(details), prev_hash, digest, signer, signature, signer_prev),
    )


def last_audit_of_signer(db: Session, signer: str) -> tuple[str, str | None] | None:
    """(hash, signature) of the latest entry signed by ``signer`` (index ``ix_audit_log_signer_seq``)."""
    query = "SELECT hash, signature FROM audit_log WHERE signer = ? ORDER BY seq DESC LIMIT 1"
    row = connection(db).execute(query, (signer,)).fetchone()
    return None if row is None else (str(row[0]), None if row[1] is None else str(row[1]))


def post_settings(db: Session) -> dict[str, Any]:
    row = connection(db).execute("SELECT settings FROM post_settings WHERE id = 1").fetchone()
    if row is None:
        return {}
    value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    return value if isinstance(value, dict) else {}


def rule_rows(db: Session) -> tuple[tuple[Any, ...], ...]:
    return tuple(
        connection(db).execute(
            "SELECT id, admitting_country, nationality, kind, max_days, window_days, area "
            "FROM stay_rules ORDER BY id"
        )
    )


def watchlist_candidates(db: Session, keys: Iterable[str]) -> list[tuple[Any, ...]]:
    """The live entries stored under any of ``keys``: (document number, issuing state, surname, given
    names, birth date, reason, source, entry id)."""
    wanted = list(keys)
    if not wanted:
        return []
    return [
        (r[0], r[1], r[2], r[3], date_in(r[4]), r[5], r[6], r[7])
        for r in connection(db).execute(
            "SELECT document_number, issuing_state, surname, given_names, birth_date, reason, source, "
            "entry_id FROM watchlist WHERE removed_utc IS NULL AND id IN "
            f"(SELECT entry_id FROM watchlist_keys WHERE key IN ({_placeholders(len(wanted))}))",
            wanted,
        )
    ]
