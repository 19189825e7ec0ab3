"""The post's half of batch sync: enrolment, push of the outbox, pull, status.

Offline first: crossings are recorded locally with an outbox record in the same transaction. A push
sends the pending outbox in signed batches of at most 500 records and marks records sent only once
the server's signed acknowledgement names them; a cut link, a server restart or a restart of this
program leaves them pending, and they are simply sent again (the server keeps one row per movement
id). A pull applies other posts' movements and the server's changes, moving its cursors in the same
transaction. No Qt here: a desktop background worker calls :func:`sync_once` and :func:`status`.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import ssl
import time
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import func, select

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log, ingest
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import BadInput, ServiceError
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import CertificateRow, OutboxRecord, PostSettings, SyncLink
from midas_desktop.sync import carry, outgoing, protocol, quarantine

#: How long one transaction applying pulled movements may run before it commits and lets others in.
PULL_SLICE_SECONDS = 0.03


class SyncError(ServiceError):
    """Sync failed (server unreachable or refusing); the message is for the user, without personal data."""


class NotEnrolled(SyncError):
    pass


class ServerRefused(SyncError):
    """The server answered a 4xx that retrying will not change; ``answer`` is its JSON (or {})."""

    def __init__(self, message: str, status: int, answer: dict[str, Any]) -> None:
        super().__init__(message, code="server_refused", params={"status": status})
        self.status = status
        self.answer = answer


#: Room kept in a push for the envelope around the records and extras (ids, signature, keys).
ENVELOPE_ROOM = 64 * 1024


@dataclass
class SyncReport:
    sent: int = 0
    acknowledged: int = 0
    pulled: int = 0
    watchlist: int = 0
    batches: int = 0
    retries: int = 0
    queued: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    queued: int
    last_attempt: str | None
    last_success: str | None
    last_error: str | None
    quarantined: int = 0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def check_server_url(url: str) -> str:
    """The URL without a trailing slash; plain HTTP only to this machine (nothing leaves unencrypted)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"not a server URL: {url!r} (expected https://HOST[:PORT])")
    if parts.scheme == "http" and not protocol.is_loopback_host(parts.hostname):
        raise BadInput("plain HTTP is accepted only for a server on this machine; use https://")
    return url.rstrip("/")


@functools.lru_cache(maxsize=8)
def _tls_context(ca_pem: str | None) -> ssl.SSLContext:
    """The TLS settings a client verifies the server with, made once per process and shared: loading
    the CA list costs about 20 ms of CPU, which every sync (and each of many posts in one process)
    would pay again. Pinned: only the CA given at enrolment vouches for the server, not the system's
    list; otherwise httpx's own default."""
    if ca_pem:
        return ssl.create_default_context(cadata=ca_pem)
    return httpx.create_ssl_context()


def _http_client(url: str, ca_pem: str | None, timeout: float) -> httpx.Client:
    pinned = ca_pem if url.startswith("https://") else None
    return httpx.Client(base_url=url, verify=_tls_context(pinned), timeout=timeout)


def _error_text(response: httpx.Response) -> str:
    try:
        message = response.json().get("error")
    except ValueError:
        message = None
    return f"the server refused ({response.status_code}): {message or response.reason_phrase}"


def enrol(
    session: PostSession, server_url: str, token: str, ca_pem: str | None = None, timeout: float = 30.0
) -> dict[str, object]:
    """Enrol this post: its root key and its administrators' certificates, with the one-time token.

    From then on the server accepts what a user of this post signs, when their certificate chains to
    that root; there is no post key that every user of the PC could use.
    """
    session.require(Action.MANAGE_POST)
    url = check_server_url(server_url)
    if ca_pem is not None:
        try:
            ssl.create_default_context(cadata=ca_pem)
        except (ssl.SSLError, ValueError) as exc:
            raise BadInput("the CA file holds no PEM certificate") from exc
    with session.reading() as db:
        settings = db.get(PostSettings, 1)
        assert settings is not None and settings.root_public
        root_public = settings.root_public
        certificates = [
            dict(row.body) for row in db.execute(select(CertificateRow).order_by(CertificateRow.id)).scalars()
        ]
    body = {
        "post": session.post.code,
        "country": session.post.country,
        "token": token,
        "root_public": root_public,
        "certificates": certificates,
        "protocol": protocol.PROTOCOL_VERSION,
    }
    try:
        with _http_client(url, ca_pem, timeout) as client:
            response = client.post("/v1/enrol", json=body)
    except httpx.HTTPError as exc:
        raise SyncError(
            f"the server could not be reached ({type(exc).__name__})", code="server_unreachable"
        ) from exc
    if response.status_code != 200:
        raise SyncError(_error_text(response), code="server_refused", params={"status": response.status_code})
    answer = response.json()
    server_public = answer.get("server_public_key")
    if not isinstance(server_public, str) or len(protocol.unb64(server_public)) != 32:
        raise SyncError("the server's answer carries no public key", code="server_answer_bad")
    # A server from before batch files sends no box key: the post still syncs, only export waits.
    box_key = vouched_box_key(answer.get("server_box_key"), server_public)
    now = utc_now()
    with session.transaction() as db:
        link = db.get(SyncLink, 1)
        if link is None:
            link = SyncLink(id=1, pull_cursor=0, watchlist_cursor=0, changes_cursor=0)
            db.add(link)
        link.server_url = url
        link.ca_pem = ca_pem
        link.post_private_key = None
        link.post_public_key = None
        link.root_registered = True
        link.server_public_key = server_public
        link.server_box_key = box_key
        link.post_code = session.post.code
        link.enrolled_utc = now
        link.last_error = None
        for row in db.execute(select(CertificateRow)).scalars():
            row.sent_utc = row.sent_utc or now
        audit_log.append(db, session, "post_enrolled", {"server": url})
    return {"post": session.post.code, "server": url, "root_public": root_public}


class SyncClient:
    """One sync conversation with the server; :meth:`sync_once` is push then pull."""

    def __init__(
        self,
        session: PostSession,
        *,
        max_attempts: int = 8,
        backoff: float = 0.25,
        max_backoff: float = 8.0,
        timeout: float = 30.0,
        batch_size: int = protocol.MAX_BATCH_RECORDS,
        pull_page: int = 1000,
    ) -> None:
        session.require(Action.SYNC)
        self.session = session
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.timeout = timeout
        self.batch_size = max(1, min(batch_size, protocol.MAX_BATCH_RECORDS))
        # Audit entries a batch carries at most (about two per record: a crossing writes one), so no
        # batch is three times another's size; halved with the records when a batch is too large.
        self.audit_limit = min(protocol.MAX_BATCH_AUDIT, 2 * protocol.MAX_BATCH_RECORDS)
        self.pull_page = max(1, pull_page)
        self.report = SyncReport()
        with session.transaction() as db:
            link = db.get(SyncLink, 1)
            if link is None:
                raise NotEnrolled(
                    "this post is not enrolled: run 'midas post enrol' first", code="not_enrolled"
                )
            db.expunge(link)
        self.link = link
        self._http = _http_client(link.server_url, link.ca_pem, timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- transport with retries ---------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any] | bytes) -> dict[str, Any]:
        """POST with retries and exponential backoff on cut links and server trouble (5xx, 429).

        A retried push carries the same batch id and records: the server either never stored it, or
        stored it and acknowledges it again, so a retry can neither lose nor double a record.
        """
        content = protocol.canonical_json(body) if isinstance(body, dict) else body
        last = ""
        for attempt in range(self.max_attempts):
            if attempt:
                self.report.retries += 1
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                time.sleep(delay * (0.5 + random.random() / 2))
            try:
                response = self._http.post(
                    path, content=content, headers={"content-type": "application/json"}
                )
            except httpx.TransportError as exc:
                last = f"the server could not be reached ({type(exc).__name__})"
                continue
            if response.status_code >= 500 or response.status_code == 429:
                last = _error_text(response)
                continue
            if response.status_code != 200:
                try:
                    refusal = response.json()
                except ValueError:
                    refusal = {}
                raise ServerRefused(
                    _error_text(response), response.status_code, refusal if isinstance(refusal, dict) else {}
                )
            try:
                answer: dict[str, Any] = response.json()
            except ValueError:
                last = "the server's answer is not JSON"
                continue
            return answer
        raise SyncError(
            f"{last}; gave up after {self.max_attempts} attempts",
            code="server_unavailable",
            params={"attempts": self.max_attempts},
        )

    # --- push -----------------------------------------------------------------------------------

    def push(self) -> None:
        """Send every pending outbox record, with the certificates and audit entries the server has
        not anchored yet, a batch at a time, until none is left."""
        self._register_root()
        anchored: int | None = -1
        checked = False
        while True:
            with self.session.transaction() as db:
                records = pending_records(db, self.batch_size)
                waiting = bool(records) or outgoing.pending_audit(db)
                # The post's own checks run once a push (their findings ride with its first batch):
                # the batches after it add no audit entry to check.
                extras = (
                    outgoing.extras(
                        db, queued_count(db), with_findings=not checked, audit_limit=self.audit_limit
                    )
                    if waiting
                    else None
                )
                checked = checked or waiting
                anchor = outgoing.latest_anchor(db)
            if self._set_aside_breaking(records):
                continue  # the rest of the queue moves up
            # Nothing left, or only audit entries the server did not anchor last time either (it raised
            # the alert that says why): pushing them again would loop for ever.
            if extras is None or (not records and (anchor.seq if anchor else None) == anchored):
                return  # nothing left, or the server holds the chain where it is (it said why)
            batch_id, envelope = self._seal(records, extras)
            if len(envelope) > protocol.MAX_BODY_BYTES - ENVELOPE_ROOM:
                # Too large for the server: the longest head of the records that fits, sealed anew.
                records = fitting(records, protocol.MAX_BODY_BYTES - ENVELOPE_ROOM - extras_size(extras))
                batch_id, envelope = self._seal(records, extras)
            try:
                answer = self._post("/v1/batches", envelope)
            except ServerRefused as exc:
                if self._set_aside_refused(records, exc):
                    continue
                raise
            anchored = anchor.seq if anchor else None
            self.report.sent += len(records)
            ids = {r["id"] for r in records}
            accepted = [i for i in check_ack(self.link.server_public_key, answer, batch_id) if i in ids]
            with self.session.transaction() as db:
                outgoing.apply_ack(db, answer["ack"], self.link.server_public_key, extras.certificates)
            self.report.acknowledged += len(accepted)
            self.report.batches += 1
            if len(accepted) < len(records):
                raise SyncError(
                    "the server acknowledged only part of a batch; the rest stays queued", code="partial_ack"
                )

    def _seal(self, records: list[dict[str, Any]], extras: protocol.PushExtras) -> tuple[str, bytes]:
        return protocol.seal_batch(
            self.link.post_code,
            self.session.sign_bytes,
            self.session.signer_ref,
            iso_utc(utc_now()),
            records,
            extras,
        )

    def _set_aside_breaking(self, records: list[dict[str, Any]]) -> bool:
        """Quarantine the records that break the record rules (made before them, or by an older
        version); they would be refused whole batches at a time. True if any was set aside."""
        post, now = self.session.post, utc_now()
        breaking = [
            (record["id"], problem)
            for record in records
            if (problem := quarantine.problem_before_sending(record, self.link.post_code, post.country, now))
        ]
        if not breaking:
            return False
        with self.session.transaction() as db:
            for record_id, problem in breaking:
                self.report.quarantined += quarantine.set_aside(
                    db, self.session, record_id, f"breaks a record rule: {problem}"
                )
        return True

    def _set_aside_refused(self, records: list[dict[str, Any]], refusal: ServerRefused) -> bool:
        """Act on a refused push so that the queue moves on: a batch too large for the server (413) is
        sent in halves from now on, its audit entries too (a single record too large is quarantined); a
        record the server names (409, 422) is quarantined. False when the refusal is about the batch as
        a whole."""
        if refusal.status == 413 and (len(records) > 1 or self.audit_limit > 1):
            # The audit entries travelling with the records count too (a post with many unanchored).
            self.batch_size = max(1, len(records) // 2)
            self.audit_limit = max(1, self.audit_limit // 2)
            return True
        if not records:
            return False
        named = refusal.answer.get("record_id")
        if refusal.status == 413:
            named, reason = records[0]["id"], "larger than the server accepts"
        else:
            reason = f"refused by the server: {refusal.answer.get('error') or refusal.status}"
        if refusal.status not in (409, 413, 422) or named not in {r["id"] for r in records}:
            return False
        with self.session.transaction() as db:
            self.report.quarantined += quarantine.set_aside(db, self.session, str(named), reason)
        return True

    def _register_root(self) -> None:
        """A post enrolled before per-user keys registers its root key once, signing the request with
        its old post key, which is then forgotten (every user of the PC could have used it)."""
        if self.link.root_registered:
            return
        if not self.link.post_private_key:
            raise SyncError(
                "this post's root key is not registered with the server: enrol the post again",
                code="root_not_registered",
            )
        with self.session.reading() as db:
            settings = db.get(PostSettings, 1)
            assert settings is not None and settings.root_public
            request = {
                "post": self.link.post_code,
                "root_public": settings.root_public,
                "certificates": [dict(row.body) for row in db.execute(select(CertificateRow)).scalars()],
                "at": iso_utc(utc_now()),
            }
        self._post(
            "/v1/register-root",
            {"request": request, "signature": protocol.sign(self.link.post_private_key, request)},
        )
        now = utc_now()
        with self.session.transaction() as db:
            link = db.get(SyncLink, 1)
            assert link is not None
            link.root_registered = True
            link.post_private_key = None
            for row in db.execute(select(CertificateRow)).scalars():
                row.sent_utc = row.sent_utc or now
            audit_log.append(db, self.session, "root_key_registered", {"server": link.server_url})
        self.link.root_registered = True
        self.link.post_private_key = None

    # --- pull -----------------------------------------------------------------------------------

    def pull(self) -> None:
        """Apply other posts' movements and the server's changes (extensions granted elsewhere,
        watchlist additions and removals), a page at a time; each page's cursors move in the same
        transaction as its rows, so a crash never skips or repeats one."""
        while True:
            with self.session.transaction() as db:
                link = db.get(SyncLink, 1)
                assert link is not None
                cursor, changes_cursor = link.pull_cursor, link.changes_cursor
            request = {
                "post": self.link.post_code,
                "cursor": cursor,
                "changes_cursor": changes_cursor,
                "limit": self.pull_page,
                "at": iso_utc(utc_now()),
                "signer": self.session.signer_ref,
            }
            answer = self._post("/v1/pull", {"request": request, "signature": self.session.sign(request)})
            if not protocol.pull_answer_verifies(self.link.server_public_key, answer, request):
                raise SyncError(
                    "the server's pull answer is not signed by the enrolled server; nothing applied"
                )
            movements, changes = answer.get("movements"), answer.get("changes")
            new_cursor, new_changes_cursor = answer.get("cursor"), answer.get("changes_cursor")
            if not (
                isinstance(movements, list)
                and isinstance(changes, list)
                and isinstance(new_cursor, int)
                and isinstance(new_changes_cursor, int)
            ):
                raise SyncError("the server's pull answer is malformed", code="server_answer_bad")
            box_key = None
            if self.link.server_box_key is None:
                box_key = vouched_box_key(answer.get("server_box_key"), self.link.server_public_key)
                self.link.server_box_key = box_key
            seqs = answer.get("seqs")
            if not (isinstance(seqs, list) and len(seqs) == len(movements)):
                seqs = [None] * len(movements)  # an older server: the cursor moves at the page's end only
            try:
                self._store_movements(movements, seqs, new_cursor, box_key)
                with self.session.transaction() as db:
                    link = db.get(SyncLink, 1)
                    assert link is not None
                    ingest.apply_changes(db, changes, utc_now())
                    self.report.watchlist += sum(
                        1 for change in changes if str(change.get("kind", "")).startswith("watchlist")
                    )
                    link.changes_cursor = max(link.changes_cursor, new_changes_cursor)
            except ingest.PulledRecordError as exc:
                raise SyncError(str(exc)) from exc
            if not answer.get("more"):
                return

    def _store_movements(
        self, movements: list[Any], seqs: list[Any], page_cursor: int, box_key: str | None
    ) -> None:
        """Store a page of pulled movements in short transactions (each about PULL_SLICE_SECONDS), so
        that a crossing being recorded at the counter never waits long for the store; the cursor
        moves with each, to the last movement it holds."""
        start = 0
        while start < len(movements) or box_key is not None:
            with self.session.transaction() as db:
                link = db.get(SyncLink, 1)
                assert link is not None
                if box_key is not None:
                    link.server_box_key = box_key
                    box_key = None
                began = time.monotonic()
                end = start
                while end < len(movements) and (
                    end == start or time.monotonic() - began < PULL_SLICE_SECONDS
                ):
                    self.report.pulled += ingest.apply_movements(db, [movements[end]], utc_now())
                    end += 1
                if end:
                    reached = page_cursor if end == len(movements) else seqs[end - 1]
                    if isinstance(reached, int):
                        link.pull_cursor = max(link.pull_cursor, reached)
            start = end
        if not movements:  # nothing for this post, but the cursor may move past others' traffic
            with self.session.transaction() as db:
                link = db.get(SyncLink, 1)
                assert link is not None
                link.pull_cursor = max(link.pull_cursor, page_cursor)

    # --- both -----------------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Push, then pull; the outcome (success or the error) is kept for :func:`status`."""
        started = time.monotonic()
        attempt = utc_now()
        error: str | None = None
        try:
            self.push()
            self.pull()
        except SyncError as exc:
            error = str(exc)
            self.report.errors.append(error)
            raise
        finally:
            self.report.seconds = round(time.monotonic() - started, 3)
            self._record_outcome(attempt, error)
        return self.report

    def _record_outcome(self, attempt: dt.datetime, error: str | None) -> None:
        with self.session.transaction() as db:
            link = db.get(SyncLink, 1)
            assert link is not None
            link.last_attempt_utc = attempt
            link.last_error = error
            if error is None:
                link.last_success_utc = utc_now()
            self.report.queued = queued_count(db)
            if self.report.acknowledged or self.report.pulled or error:
                audit_log.append(
                    db,
                    self.session,
                    "sync",
                    {
                        "acknowledged": self.report.acknowledged,
                        "pulled": self.report.pulled,
                        "error": error is not None,
                    },
                )


def extras_size(extras: protocol.PushExtras) -> int:
    """Bytes the extras take in a push (certificates, audit entries, findings)."""
    return sum(
        len(protocol.canonical_json(part)) for part in (extras.certificates, extras.audit, extras.findings)
    ) + len(protocol.canonical_json(extras.audit_head))


def fitting(records: list[dict[str, Any]], budget: int) -> list[dict[str, Any]]:
    """The longest head of ``records`` whose canonical JSON fits in ``budget`` bytes (at least one)."""
    used = 0
    for count, record in enumerate(records):
        used += len(protocol.canonical_json(record)) + 1
        if used > budget and count:
            return records[:count]
    return records


def pending_records(db: Any, limit: int | None) -> list[dict[str, Any]]:
    """The oldest pending outbox records (all of them with no limit), as a batch carries them; not
    those in quarantine (``sync.quarantine``)."""
    query = (
        select(OutboxRecord.id, OutboxRecord.kind, OutboxRecord.payload)
        .where(
            OutboxRecord.sent_utc.is_(None),
            OutboxRecord.quarantined_utc.is_(None),
            OutboxRecord.kind.in_(protocol.RECORD_KINDS),
        )
        # The pending index's order (ties in insertion order); an extra sort key would sort, and so
        # decrypt, the whole backlog for every batch.
        .order_by(OutboxRecord.created_utc)
    )
    if limit is not None:
        query = query.limit(limit)
    # Core rows (the connection's), not the ORM's: the same values, without its per-row machinery.
    return [{"id": r.id, "kind": r.kind, "payload": r.payload} for r in db.connection().execute(query)]


def check_ack(server_public_key: str, answer: object, batch_id: str | None = None) -> list[str]:
    """The record ids of an acknowledgement; :class:`SyncError` unless the enrolled server signed it.

    ``batch_id``: the batch it must acknowledge (a push knows it; a receipt's acks name their own).
    """
    ack = answer.get("ack") if isinstance(answer, dict) else None
    signature = answer.get("signature") if isinstance(answer, dict) else None
    if not isinstance(ack, dict) or not isinstance(signature, str):
        raise SyncError("the server's acknowledgement is malformed", code="server_answer_bad")
    if not protocol.verify(server_public_key, ack, signature):
        raise SyncError(
            "the server's acknowledgement is not signed by the enrolled server", code="server_answer_bad"
        )
    accepted = ack.get("accepted")
    if (batch_id is not None and ack.get("batch_id") != batch_id) or not isinstance(accepted, list):
        raise SyncError("the server acknowledged a different batch", code="server_answer_bad")
    if not all(isinstance(i, str) for i in accepted):
        raise SyncError("the server's acknowledgement is malformed", code="server_answer_bad")
    return accepted


def vouched_box_key(offer: object, server_public_key: str) -> str | None:
    """The server's box key from an answer if the pinned signing key vouches for it, else None."""
    if not isinstance(offer, dict):
        return None
    key, signature = offer.get("key"), offer.get("signature")
    if not isinstance(key, str) or not isinstance(signature, str) or not carry.is_box_key(key):
        return None
    if not protocol.verify(server_public_key, protocol.box_key_statement(key), signature):
        return None
    return key


def queued_count(db: Any) -> int:
    """Outbox records waiting to be acknowledged by the server (not those in quarantine)."""
    return int(
        db.execute(
            select(func.count())
            .select_from(OutboxRecord)
            .where(OutboxRecord.sent_utc.is_(None), OutboxRecord.quarantined_utc.is_(None))
        ).scalar()
        or 0
    )


def sync_once(session: PostSession, **options: Any) -> SyncReport:
    """One push and pull (what ``midas sync`` and a desktop background worker call)."""
    with SyncClient(session, **options) as client:
        return client.sync_once()


def status(session: PostSession) -> SyncStatus:
    """Enrolment, records waiting to be sent, last attempt, last success and last error."""
    with session.transaction() as db:
        link = db.get(SyncLink, 1)
        queued = queued_count(db)
        return SyncStatus(
            enrolled=link is not None,
            server_url=link.server_url if link else None,
            queued=queued,
            last_attempt=iso_utc(link.last_attempt_utc) if link and link.last_attempt_utc else None,
            last_success=iso_utc(link.last_success_utc) if link and link.last_success_utc else None,
            last_error=link.last_error if link else None,
            quarantined=quarantine.quarantined_count(db),
        )
