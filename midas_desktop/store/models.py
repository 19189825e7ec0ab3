"""The post store's tables (SQLAlchemy 2.0 typed ORM).

The whole file is encrypted by SQLCipher, so columns hold plain values; nothing here is ever written
outside the encrypted store. Times are UTC (``*_utc``); ``local_date`` is the calendar date at the
post, which the stay arithmetic counts in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep Alembic's diffs and SQLite's batch migrations predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        dt.datetime: DateTime(timezone=False),
    }


class PostSettings(Base):
    """The one post this store belongs to (a single row)."""

    __tablename__ = "post_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(3))
    timezone: Mapped[str | None] = mapped_column(String(64))
    created_utc: Mapped[dt.datetime]
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The post root's public key (domain.trust), as in the key file: both must agree at login.
    root_public: Mapped[str | None] = mapped_column(String(64))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    created_utc: Mapped[dt.datetime]
    # The serial of the user's latest certificate: an older one put back in the key file is refused.
    cert_serial: Mapped[int | None]


class CertificateRow(Base):
    """Every certificate ever issued at this post (domain.trust), so that the signature of any record or
    audit entry can be checked against the key that made it, long after a renewal or a disable."""

    __tablename__ = "certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    serial: Mapped[int]
    user_id: Mapped[int]
    role: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    body: Mapped[dict[str, Any]]
    # Sent to the central server with the next push (null: not yet).
    sent_utc: Mapped[dt.datetime | None]

    __table_args__ = (UniqueConstraint("username", "serial", name="uq_certificates_username_serial"),)


class AuditAnchor(Base):
    """The central server's signed acknowledgement that it holds the audit chain up to ``seq`` with
    ``hash``: local evidence that anchored entries cannot be rewritten unnoticed."""

    __tablename__ = "audit_anchors"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    server_signature: Mapped[str] = mapped_column(String(100))
    anchored_utc: Mapped[dt.datetime]


class Traveller(Base):
    __tablename__ = "travellers"
    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    nationality: Mapped[str] = mapped_column(String(3))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    created_utc: Mapped[dt.datetime]
    # domain.identity.person_key: a renewed document finds the old one's traveller by it (null when
    # the birth date or the names are unknown).
    person_key: Mapped[str | None] = mapped_column(String(300))
    documents: Mapped[list[Document]] = relationship(back_populates="traveller")

    __table_args__ = (
        Index("ix_travellers_identity", "nationality", "birth_date", "surname"),
        Index("ix_travellers_person_key", "person_key"),
        # Near matches (similar names, another nationality) share the birth date.
        Index("ix_travellers_born", "birth_date", "surname", "given_names", "nationality", "sex"),
    )


class PersonKeyAlias(Base):
    """Another identity key of a traveller: one that a record joined into it held (the surname spelled
    one way on the passport, another on the identity card). A document printed with that spelling
    finds the traveller by it (``domain.identity.keys_let_go``)."""

    __tablename__ = "person_key_aliases"
    person_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    traveller_id: Mapped[int] = mapped_column(ForeignKey("travellers.id"), index=True)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    traveller_id: Mapped[int] = mapped_column(ForeignKey("travellers.id"), index=True)
    document_type: Mapped[str] = mapped_column(String(8))
    document_code: Mapped[str] = mapped_column(String(2))
    issuing_state: Mapped[str] = mapped_column(String(3))
    number: Mapped[str] = mapped_column(String(40))
    expiry_date: Mapped[dt.date | None] = mapped_column(Date)
    mrz: Mapped[str] = mapped_column(Text)
    traveller: Mapped[Traveller] = relationship(back_populates="documents")

    __table_args__ = (UniqueConstraint("issuing_state", "number", name="uq_documents_state_number"),)


class Movement(Base):
    """One crossing: an entry or an exit recorded at a post (this one, or another one via sync)."""

    __tablename__ = "movements"
    id: Mapped[str] = mapped_column(
        String(36), primary_key=True
    )  # UUID, the same at every post and centrally
    traveller_id: Mapped[int] = mapped_column(ForeignKey("travellers.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    direction: Mapped[str] = mapped_column(String(5))  # entry | exit
    post_code: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(3))
    officer: Mapped[str] = mapped_column(String(64))
    at_utc: Mapped[dt.datetime]
    local_date: Mapped[dt.date] = mapped_column(Date)
    days_granted: Mapped[int | None]
    decision: Mapped[str] = mapped_column(String(16))  # admitted | refused | departed
    purpose: Mapped[str | None] = mapped_column(String(64))
    transport: Mapped[str | None] = mapped_column(String(32))
    vehicle: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)  # why entry was refused
    nationality: Mapped[str] = mapped_column(String(3))  # copied for statistics without joins
    created_utc: Mapped[dt.datetime]
    # The traveller and the document as read for this crossing: the movement is a signed fact of its
    # own, whatever later joins or renewals do to the traveller's record.
    surname: Mapped[str | None] = mapped_column(String(200))
    given_names: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    doc_type: Mapped[str | None] = mapped_column(String(8))
    doc_code: Mapped[str | None] = mapped_column(String(2))
    doc_issuing_state: Mapped[str | None] = mapped_column(String(3))
    doc_number: Mapped[str | None] = mapped_column(String(40))
    doc_expiry: Mapped[dt.date | None] = mapped_column(Date)
    # ``username:serial`` of the certificate whose key signed the movement, and the signature.
    signer: Mapped[str | None] = mapped_column(String(80))
    signature: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (
        Index("ix_movements_traveller_at", "traveller_id", "at_utc"),
        Index("ix_movements_local_date", "local_date"),
        # Erasing a document (retention) checks that no movement still names it.
        Index("ix_movements_document", "document_id"),
    )


class MovementDayCount(Base):
    """How many movements of one day, kind (``entry``, ``exit`` or ``refusal``), nationality and post the
    store holds: kept by triggers on ``movements`` in the row's own transaction (migration 0016), so
    statistics read these rows instead of grouping every movement."""

    __tablename__ = "movement_day_counts"
    local_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(7), primary_key=True)
    nationality: Mapped[str] = mapped_column(String(3), primary_key=True)
    post_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    movements: Mapped[int]

    __table_args__ = ({"sqlite_with_rowid": False},)


class Stay(Base):
    """A stay in one country, opened by an entry and closed by an exit (or ended by a later entry).

    Derived data: ``services.history`` writes these rows from the traveller's movements with
    ``domain.stay.history.build_history`` and nothing else writes them. They are kept so that the
    overstay scan and the screens can find stays by index; one row per entry movement, so a stay keeps
    its id (and its alerts) when a late movement changes it.
    """

    __tablename__ = "stays"
    id: Mapped[int] = mapped_column(primary_key=True)
    traveller_id: Mapped[int] = mapped_column(ForeignKey("travellers.id"))
    country: Mapped[str] = mapped_column(String(3))
    entry_movement_id: Mapped[str | None] = mapped_column(ForeignKey("movements.id"))
    exit_movement_id: Mapped[str | None] = mapped_column(ForeignKey("movements.id"))
    post_code: Mapped[str | None] = mapped_column(String(32))  # where the entry was recorded
    entry_date: Mapped[dt.date] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    # No exit was recorded: a later entry ended the stay the day before it.
    exit_missing: Mapped[bool] = mapped_column(default=False)
    days_granted: Mapped[int | None]
    extension_days: Mapped[int] = mapped_column(default=0)
    latest_exit: Mapped[dt.date | None] = mapped_column(Date)  # null for exempt travellers
    # Fixed when the stay closes, so the scan need not evaluate years of closed stays again.
    overstay_days: Mapped[int] = mapped_column(default=0)
    rule: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        Index("ix_stays_traveller", "traveller_id", "entry_date"),
        Index("uq_stays_entry_movement", "entry_movement_id", unique=True),
        # Erasing a movement (retention) checks that no stay still ends with it.
        Index("ix_stays_exit_movement", "exit_movement_id"),
        # The daily overstay scan: open stays ordered by their latest legal exit.
        Index("ix_stays_open_latest_exit", "exit_date", "latest_exit"),
        Index("ix_stays_overstay_days", "overstay_days"),
    )


class Alert(Base):
    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # overstay | watchlist_hit | previous_overstay | ...
    status: Mapped[str] = mapped_column(
        String(16), default="open"
    )  # open | acknowledged | escalated | resolved
    traveller_id: Mapped[int | None] = mapped_column(ForeignKey("travellers.id"))
    movement_id: Mapped[str | None] = mapped_column(ForeignKey("movements.id"))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stays.id"))
    created_utc: Mapped[dt.datetime]
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_utc: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # The supervisor's list: filtered by status and day, sorted by severity (from the kind) and
        # creation, and counted, from the index alone.
        Index("ix_alerts_status_created_kind", "status", "created_utc", "kind"),
        # One open overstay alert per stay, however often the daily scan runs.
        Index("uq_alerts_kind_stay", "kind", "stay_id", unique=True),
        # Erasing a movement, a stay or a traveller (retention) checks the alerts that name it.
        Index("ix_alerts_movement", "movement_id"),
        Index("ix_alerts_stay", "stay_id"),
        Index("ix_alerts_traveller", "traveller_id"),
    )


class AlertImage(Base):
    """The document image and portrait an officer sent with an alert (a referral, an unreadable MRZ):
    JPEG, scaled down, kept beside the alert so the supervisor sees what the counter saw."""

    __tablename__ = "alert_images"
    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # document | portrait
    media_type: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_utc: Mapped[dt.datetime]


class WatchlistRow(Base):
    __tablename__ = "watchlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(64), unique=True)
    document_number: Mapped[str | None] = mapped_column(String(40))
    issuing_state: Mapped[str | None] = mapped_column(String(3))
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(64))
    imported_utc: Mapped[dt.datetime]
    # A removed entry is kept (who removed it, when and why) but never matched again.
    removed_utc: Mapped[dt.datetime | None]
    removed_by: Mapped[str | None] = mapped_column(String(64))
    removed_reason: Mapped[str | None] = mapped_column(Text)


class WatchlistKey(Base):
    """The blocking keys of a watchlist entry (``domain.watchlist.entry_keys``): a check looks up the
    subject's keys and scores only the entries that share one, however long the list."""

    __tablename__ = "watchlist_keys"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("watchlist.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_watchlist_keys_entry", "entry_id"),)


class StayRuleRow(Base):
    __tablename__ = "stay_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    admitting_country: Mapped[str] = mapped_column(String(3))
    nationality: Mapped[str | None] = mapped_column(
        String(3)
    )  # null: every nationality without a rule of its own
    kind: Mapped[str] = mapped_column(String(16))
    max_days: Mapped[int]
    window_days: Mapped[int | None]
    area: Mapped[str | None] = mapped_column(String(200))  # comma-separated member countries

    __table_args__ = (UniqueConstraint("admitting_country", "nationality", name="uq_stay_rules_country_nat"),)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_signer_seq", "signer", "seq"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # ISO-8601 UTC, hashed as written
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The key that vouches for the entry (the actor's; the post's root for the recovery key), over the
    # entry's hash: an entry cannot be rewritten, given to another user or forged without it.
    signer: Mapped[str | None] = mapped_column(String(80))
    signature: Mapped[str | None] = mapped_column(String(100))
    # The hash of the same signer's previous entry (``domain.audit``): their chain within the chain.
    signer_prev: Mapped[str | None] = mapped_column(String(64))


class OutboxRecord(Base):
    """A record waiting to be sent to the central server; written in the same transaction as its source."""

    __tablename__ = "sync_outbox"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]]
    created_utc: Mapped[dt.datetime]
    sent_utc: Mapped[dt.datetime | None]
    # Set aside: the record breaks a rule (``domain.record_rules``) or the server refused it, so it is
    # not sent again until an administrator releases it; the others go on without it.
    quarantined_utc: Mapped[dt.datetime | None]
    quarantine_reason: Mapped[str | None] = mapped_column(String(300))

    # The queue in order: records neither sent nor set aside, oldest first, read from the index alone.
    __table_args__ = (Index("ix_sync_outbox_pending", "sent_utc", "quarantined_utc", "created_utc"),)


class SyncLink(Base):
    """This post's link to the central server (a single row, written by ``midas post enrol``).

    Batches and pulls are signed by the user who syncs (their certificate chains to the post's root,
    which the server registered at enrolment); there is no shared post key an officer could use.
    ``pull_cursor`` and ``changes_cursor`` are the server's sequence numbers pulled so far; they move
    in the same transaction as the pulled rows, so a crash never skips or repeats a pull.
    """

    __tablename__ = "sync_link"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    server_url: Mapped[str] = mapped_column(String(500))
    ca_pem: Mapped[str | None] = mapped_column(Text)  # the pinned certificate authority (HTTPS)
    # The post key of enrolments made before per-user keys: used once, to register the root key.
    post_private_key: Mapped[str | None] = mapped_column(String(64))
    post_public_key: Mapped[str | None] = mapped_column(String(64))
    # The server holds this post's root key (registered at enrolment, or by the post key after an upgrade).
    root_registered: Mapped[bool] = mapped_column(default=False)
    server_public_key: Mapped[str] = mapped_column(String(64))
    post_code: Mapped[str] = mapped_column(String(32))  # the code the server knows this post by
    pull_cursor: Mapped[int] = mapped_column(default=0)
    watchlist_cursor: Mapped[int] = mapped_column(default=0)
    # The server's change feed (extensions, watchlist additions and removals) pulled so far.
    changes_cursor: Mapped[int] = mapped_column(default=0)
    enrolled_utc: Mapped[dt.datetime]
    last_attempt_utc: Mapped[dt.datetime | None]
    last_success_utc: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # The server's X25519 key (base64) that batch files are encrypted to; null until the server sent it.
    server_box_key: Mapped[str | None] = mapped_column(String(64))


class StayExtension(Base):
    """Days added to a stay, with the authority and the reason: granted here, at another post or by
    headquarters. ``entry_movement_id`` names the stay everywhere (the movement that opened it); an
    extension pulled before its entry movement waits here until the movement arrives."""

    __tablename__ = "stay_extensions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID: synced like movements
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stays.id"), index=True)
    entry_movement_id: Mapped[str | None] = mapped_column(String(36), index=True)
    post_code: Mapped[str | None] = mapped_column(String(32))  # where it was granted
    days: Mapped[int]
    latest_exit: Mapped[dt.date] = mapped_column(Date)  # the new latest legal exit
    authority: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[str] = mapped_column(String(64))
    granted_utc: Mapped[dt.datetime]
    signer: Mapped[str | None] = mapped_column(String(80))
    signature: Mapped[str | None] = mapped_column(String(100))
