"""Each signer's entries link to that signer's previous one: one verified signature per signer vouches
for the entries its links reach, and an entry the links do not reach is verified on its own (so an
entry forged in a user's name, or one whose content changed, is still caught)."""

from __future__ import annotations

from dataclasses import replace

from midas_desktop.domain import trust
from midas_desktop.domain.audit import (
    GENESIS_HASH,
    AuditRecord,
    entry_hash,
    signed_statement,
    verify_chain,
)

POST = "GTM-TEST"
KEYS = {"ana:1": trust.new_key_pair(), "beto:1": trust.new_key_pair()}


class Chain:
    """Entries as ``services.audit_log.append`` writes them (its own-previous rule included)."""

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def append(
        self, signer: str, action: str, *, seed: bytes | None = None, link: bool = True
    ) -> AuditRecord:
        actor = signer.split(":")[0]
        prev = self.records[-1].hash if self.records else GENESIS_HASH
        own = [r for r in self.records if r.signer == signer]
        signer_prev = own[-1].hash if own and link else None
        seq = len(self.records) + 1
        details = {"n": seq}
        digest = entry_hash(prev, seq, "2026-12-02T10:00:00Z", actor, action, details, signer_prev)
        key = seed if seed is not None else KEYS[signer].sign_private
        record = AuditRecord(
            seq,
            "2026-12-02T10:00:00Z",
            actor,
            action,
            details,
            prev,
            digest,
            signer,
            trust.sign(key, signed_statement(POST, digest, signer)),
            signer_prev,
        )
        self.records.append(record)
        return record


def check(records: list[AuditRecord]) -> tuple[list[str], int]:
    calls = 0

    def counting(public: str, statement: object, signature: str) -> bool:
        nonlocal calls
        calls += 1
        return trust.verify(public, statement, signature)

    errors = verify_chain(
        records,
        post=POST,
        signer_key=lambda ref: KEYS[ref].sign_public if ref in KEYS else None,
        verify=counting,
    )
    return [str(e) for e in errors], calls


def test_one_signature_per_signer_vouches_for_a_linked_run() -> None:
    chain = Chain()
    for index in range(20):
        chain.append("ana:1" if index % 3 else "beto:1", "record_entry")
    errors, calls = check(chain.records)
    assert errors == []
    assert calls == 2


def test_an_entry_forged_in_a_users_name_is_verified_on_its_own_and_fails() -> None:
    chain = Chain()
    chain.append("ana:1", "login")
    chain.append("beto:1", "login")
    # Beto, with the database key, writes an entry as Ana, signed with his own key.
    forged = chain.append("ana:1", "record_exit", seed=KEYS["beto:1"].sign_private)
    # Ana's app does not link to an entry of hers whose signature fails (``audit_log.own_previous``).
    chain.append("ana:1", "record_entry", link=False)
    chain.append("beto:1", "logout")
    errors, _calls = check(chain.records)
    assert errors == [f"audit entry {forged.seq}: its signature does not verify (rewritten or forged)"]


def test_a_forged_entry_a_later_link_does_not_reach_is_caught_even_between_linked_entries() -> None:
    chain = Chain()
    first = chain.append("ana:1", "login")
    forged = chain.append("ana:1", "record_exit", seed=KEYS["beto:1"].sign_private, link=False)
    last = chain.append("ana:1", "record_entry")
    # The honest writer linked past the forged entry, to the last one of hers that verified.
    relinked = replace(last, signer_prev=first.hash)
    relinked = replace(
        relinked,
        hash=entry_hash(last.prev_hash, last.seq, last.at, last.actor, last.action, last.details, first.hash),
    )
    relinked = replace(
        relinked,
        signature=trust.sign(KEYS["ana:1"].sign_private, signed_statement(POST, relinked.hash, "ana:1")),
    )
    errors, _calls = check([first, forged, relinked])
    assert errors == [f"audit entry {forged.seq}: its signature does not verify (rewritten or forged)"]


def test_a_changed_entry_is_reported_and_its_links_vouch_for_nothing() -> None:
    chain = Chain()
    chain.append("ana:1", "login")
    chain.append("ana:1", "record_entry")
    chain.append("ana:1", "logout")
    tampered = list(chain.records)
    # The middle entry's content changed (its hash kept, so the chain still links), and the first
    # entry's signature broken: the changed entry's link must not vouch for it.
    tampered[1] = replace(tampered[1], action="record_exit")
    broken = bytearray(trust.unb64(tampered[0].signature))
    broken[0] ^= 0xFF
    tampered[0] = replace(tampered[0], signature=trust.b64(bytes(broken)))
    errors, _calls = check(tampered)
    assert errors == [
        "audit entry 1: its signature does not verify (rewritten or forged)",
        "audit entry 2: content changed after it was written (hash mismatch)",
    ]


def test_entries_without_links_are_each_verified_as_before() -> None:
    chain = Chain()
    for _ in range(5):
        chain.append("ana:1", "record_entry", link=False)
    errors, calls = check(chain.records)
    assert errors == []
    assert calls == 5


def test_an_entry_given_to_another_user_is_refused_whatever_the_links() -> None:
    chain = Chain()
    chain.append("ana:1", "login")
    last = chain.append("ana:1", "record_entry")
    renamed = replace(last, actor="beto")
    renamed = replace(
        renamed,
        hash=entry_hash(
            last.prev_hash, last.seq, last.at, "beto", last.action, last.details, last.signer_prev
        ),
    )
    errors, _calls = check([chain.records[0], renamed])
    assert "audit entry 2: names beto but was signed by ana" in errors
