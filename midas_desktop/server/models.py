"""The central database's tables (SQLAlchemy 2.0 typed ORM), on SQLite or PostgreSQL.

Movements keep the post's JSON as sent (``payload``) beside the columns the server queries on. The
integer ``seq`` orders movements as committed: posts pull "everything after my cursor" by it, which is
why batches are stored under a lock that makes commit order equal ``seq`` order (see ``ingest``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        dt.datetime: DateTime(timezone=False),
    }


class ServerKey(ServerBase):
    """The server's own keys (one row).

    The Ed25519 key signs acknowledgements and receipts; posts pin its public half. The X25519 "box"
    key decrypts the batch files posts carry on a stick; posts get its public half at enrolment.
    The box key is null only in a database made before batch files, until the server first starts.
    """

    __tablename__ = "server_key"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    private_key: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    created_utc: Mapped[dt.datetime]
    box_private_key: Mapped[str | None] = mapped_column(String(64))
    box_public_key: Mapped[str | None] = mapped_column(String(64))


class PostRow(ServerBase):
    """An enrolled (or to-be-enrolled) post; only its public key ever reaches the server."""

    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(3))
    token_hash: Mapped[str | None] = mapped_column(String(64))  # sha256 of the one-time token; null once used
    public_key: Mapped[str | None] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(default=False)
    created_utc: Mapped[dt.datetime]
    enrolled_utc: Mapped[dt.datetime | None]
    last_batch_utc: Mapped[dt.datetime | None]
    # The post's root key (domain.trust): every certificate of its users must chain to it.
    root_public: Mapped[str | None] = mapped_column(String(64))
    # Audit entries before this were written before the post signed them (a converted store).
    unsigned_before: Mapped[int] = mapped_column(default=1)
    # The post's audit chain as held here: its last entry's seq and hash.
    anchor_seq: Mapped[int] = mapped_column(default=0)
    anchor_hash: Mapped[str | None] = mapped_column(String(64))
    protocol_version: Mapped[int | None]
    last_pull_utc: Mapped[dt.datetime | None]
    # Records the post said were still waiting to be sent, at its last push.
    reported_queued: Mapped[int | None]
    # The post's capture freeze at its last push (``protocol.parse_capture``): level, days, limits.
    reported_capture: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class BatchRow(ServerBase):
    """A batch once stored: a replay of the same id is acknowledged again without storing anything."""

    __tablename__ = "batches"
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the canonical batch
    records: Mapped[int]
    new_records: Mapped[int]
    received_utc: Mapped[dt.datetime]


class ServerMovement(ServerBase):
    """One crossing at any post; ``id`` is the post's movement UUID, the same everywhere."""

    __tablename__ = "movements"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    batch_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(5))
    decision: Mapped[str] = mapped_column(
        String(16)
    )  # admitted | refused | departed: a refusal opens no stay
    country: Mapped[str] = mapped_column(String(3))
    nationality: Mapped[str] = mapped_column(String(3))
    at_utc: Mapped[dt.datetime]
    local_date: Mapped[dt.date] = mapped_column(Date)
    days_granted: Mapped[int | None]
    # Who the traveller is across posts, by the domain's rule of identity (``server.travellers``).
    traveller_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    received_utc: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_movements_traveller_id", "traveller_id", "local_date"),
        Index("ix_movements_local_date", "local_date"),
        Index("ix_movements_post_id", "post_id"),
    )


class ServerExtension(ServerBase):
    """A stay extension granted at a post; it adds days to the stay opened by ``entry_movement_id``."""

    __tablename__ = "stay_extensions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Null: granted by headquarters (the national console), not at a post.
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    entry_movement_id: Mapped[str] = mapped_column(String(36), index=True)
    days: Mapped[int]
    payload: Mapped[dict[str, Any]]
    received_utc: Mapped[dt.datetime]


class CentralTraveller(ServerBase):
    """One person across every post: their documents (``CentralDocument``) and identity key
    (``domain.identity.person_key``), by the same rule as at the posts."""

    __tablename__ = "travellers"
    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    nationality: Mapped[str] = mapped_column(String(3))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    person_key: Mapped[str | None] = mapped_column(String(300))
    created_utc: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_travellers_person_key", "person_key"),
        Index("ix_travellers_birth_date", "birth_date"),
    )


class CentralDocument(ServerBase):
    """A travel document seen at any post; ``document_key`` is ``domain.identity.document_key``."""

    __tablename__ = "traveller_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    traveller_id: Mapped[int] = mapped_column(Integer, index=True)
    document_key: Mapped[str] = mapped_column(String(100), unique=True)
    issuing_state: Mapped[str] = mapped_column(String(3))
    number: Mapped[str] = mapped_column(String(40), index=True)
    document_type: Mapped[str | None] = mapped_column(String(8))
    document_code: Mapped[str | None] = mapped_column(String(2))
    expiry_date: Mapped[dt.date | None] = mapped_column(Date)


class CentralPersonKeyAlias(ServerBase):
    """Another identity key of a traveller, one that a record joined into it held (a surname spelled
    two ways on two documents): the traveller is found by it too (``domain.identity.keys_let_go``)."""

    __tablename__ = "person_key_aliases"
    person_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    traveller_id: Mapped[int] = mapped_column(Integer, index=True)


class ChangeRow(ServerBase):
    """What posts pull besides movements, in commit order: extensions granted at a post or centrally,
    watchlist entries added or changed, and removed. ``country`` limits who needs it (null: every
    post); ``post_id`` is the post it came from, which does not get it back."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))  # extension | watchlist_entry | watchlist_removal
    ref_id: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(3))
    post_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    created_utc: Mapped[dt.datetime]


class PostCertificate(ServerBase):
    """A certificate of a post's user, as the post pushed it and the server verified it."""

    __tablename__ = "post_certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(Integer, index=True)
    username: Mapped[str] = mapped_column(String(64))
    serial: Mapped[int]
    role: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    sign_key: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[str] = mapped_column(String(32))
    body: Mapped[dict[str, Any]]
    received_utc: Mapped[dt.datetime]

    __table_args__ = (Index("uq_post_certificates_ref", "post_id", "username", "serial", unique=True),)


class PostAuditEntry(ServerBase):
    """A post's audit entry, anchored: the chain the server holds for that post."""

    __tablename__ = "post_audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    entry: Mapped[dict[str, Any]]
    received_utc: Mapped[dt.datetime]
    # The record the entry vouches for (a crossing's, an extension's), when its signature verified
    # at anchoring: a record pushed later is checked against it (``post_trust.stored_vouchers``).
    record_id: Mapped[str | None] = mapped_column(String(36))
    record_digest: Mapped[str | None] = mapped_column(String(64))
    signer: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        Index("uq_post_audit_seq", "post_id", "seq", unique=True),
        Index("ix_post_audit_record", "post_id", "record_id"),
    )


class PostAlert(ServerBase):
    """Something about a post that headquarters must look at: the audit chain forked or went back,
    an anchored entry changed, a certificate or a record that does not verify, what the post's own
    checks found. One row per post, kind and key; ``count`` says how often it was seen."""

    __tablename__ = "post_alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(100))
    details: Mapped[dict[str, Any]]
    first_seen_utc: Mapped[dt.datetime]
    last_seen_utc: Mapped[dt.datetime]
    count: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("uq_post_alerts_key", "post_id", "kind", "key", unique=True),)


class CentralUser(ServerBase):
    """A person using the central server: ``admin``, ``supervisor`` or ``analyst``."""

    __tablename__ = "central_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)
    created_utc: Mapped[dt.datetime]
    # Wrong passwords (domain.login_throttle), as at the posts.
    failures: Mapped[int] = mapped_column(default=0)
    lockouts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[float] = mapped_column(default=0.0)


class CentralWatchlist(ServerBase):
    """The national watchlist; ``seq`` lets posts pull only the entries added since their last pull."""

    __tablename__ = "watchlist"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(String(64), unique=True)
    document_number: Mapped[str | None] = mapped_column(String(40))
    issuing_state: Mapped[str | None] = mapped_column(String(3))
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(64))
    imported_utc: Mapped[dt.datetime]
    # Removed entries are kept (who, when, why) and pulled as removals; they never match again.
    removed_utc: Mapped[dt.datetime | None]
    removed_by: Mapped[str | None] = mapped_column(String(64))
    removed_reason: Mapped[str | None] = mapped_column(Text)
    # Who added the entry from the national console, and its last change there.
    added_by: Mapped[str | None] = mapped_column(String(64))
    changed_utc: Mapped[dt.datetime | None]
    changed_by: Mapped[str | None] = mapped_column(String(64))


# --- the national console ----------------------------------------------------------------------


class CentralAudit(ServerBase):
    """What central users did (console and commands): who, with which role, what, on what, when.
    ``details`` hold codes and ids, never a traveller's name, document number or birth date."""

    __tablename__ = "central_audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime]
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str | None] = mapped_column(String(100))
    details: Mapped[dict[str, Any]]

    __table_args__ = (Index("ix_central_audit_at", "at_utc"),)


class CentralStay(ServerBase):
    """A stay that headquarters watches: every open stay, and every closed one that ended in overstay,
    as the domain's ``build_history`` gives it over every post's movements (``overstays.service``).

    ``overstay_from`` is the first day in overstay (the day after ``latest_exit``): an open stay is
    an overstay on any day from it on, so the overstays page is one indexed range over this column.
    """

    __tablename__ = "central_stays"
    entry_movement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    traveller_id: Mapped[int] = mapped_column(Integer, index=True)
    nationality: Mapped[str] = mapped_column(String(3))
    country: Mapped[str] = mapped_column(String(3))
    post: Mapped[str] = mapped_column(String(32))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    latest_exit: Mapped[dt.date | None] = mapped_column(Date)
    overstay_from: Mapped[dt.date | None] = mapped_column(Date)
    overstay_days: Mapped[int] = mapped_column(default=0)  # of a closed stay; an open one's grows daily
    rule: Mapped[str] = mapped_column(String(48))

    __table_args__ = (
        Index("ix_central_stays_overstay_order", "overstay_from", "entry_movement_id"),
        Index("ix_central_stays_nationality", "nationality", "overstay_from"),
        Index("ix_central_stays_post", "post", "overstay_from"),
    )


class CentralAlertDecision(ServerBase):
    """Headquarters' decision on a national overstay alert (the stay opened by ``entry_movement_id``)."""

    __tablename__ = "central_alert_decisions"
    entry_movement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))  # resolved | extended
    note: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_utc: Mapped[dt.datetime]
    extension_id: Mapped[str | None] = mapped_column(String(36))


class CentralScanState(ServerBase):
    """How far the stay scan has read the movements and the change feed (one row)."""

    __tablename__ = "central_scan_state"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    movement_seq: Mapped[int] = mapped_column(default=0)
    change_seq: Mapped[int] = mapped_column(default=0)
    scanned_utc: Mapped[dt.datetime | None]
    # How far the movements are counted into ``central_daily_counts``.
    counted_seq: Mapped[int] = mapped_column(default=0, server_default="0")


class CentralDailyCount(ServerBase):
    """Crossings by day, post, nationality, direction and transport (``transport`` empty when not
    recorded): the statistics page reads these instead of every movement. Movements are never
    changed once stored, so counts only add up (``overstays.service.refresh``)."""

    __tablename__ = "central_daily_counts"
    local_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    post_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nationality: Mapped[str] = mapped_column(String(3), primary_key=True)
    direction: Mapped[str] = mapped_column(String(5), primary_key=True)
    transport: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int]

    __table_args__ = (
        # A period's counts from this index alone (PostgreSQL: the count rides in the index).
        Index(
            "ix_central_daily_counts_period",
            "local_date",
            "post_id",
            "nationality",
            "direction",
            "transport",
            postgresql_include=["count"],
        ),
    )
