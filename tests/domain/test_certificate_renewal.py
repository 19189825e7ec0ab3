"""A user's own key renews itself to the next serial only: a key kept from before an administrator's
reset cannot certify a successor past the certificate that retired it."""

from __future__ import annotations

import pytest

from midas_desktop.domain import trust

ROOT = trust.new_key_pair()


def certificate(signing_key: bytes, issuer: str, serial: int, holder: trust.KeyPair) -> trust.Certificate:
    return trust.issue_certificate(
        trust.signer_of(signing_key),
        issuer,
        post="GTM-TECUN",
        user_id=7,
        username="ana",
        role="officer",
        status="active",
        serial=serial,
        sign_key=holder.sign_public,
        box_key=holder.box_public,
        issued_at=f"2026-12-0{serial}T10:00:00Z",
    )


def test_a_renewal_takes_the_next_serial_and_no_other() -> None:
    first_keys, reset_keys, own_keys = trust.new_key_pair(), trust.new_key_pair(), trust.new_key_pair()
    first = certificate(ROOT.sign_private, "root", 1, first_keys)
    reset = certificate(ROOT.sign_private, "root", 2, reset_keys)  # the administrator's reset
    held = {c.ref: c for c in (first, reset)}

    def lookup(username: str, serial: int) -> trust.Certificate | None:
        return held.get(trust.signer_ref(username, serial))

    renewal = certificate(reset_keys.sign_private, "self:2", 3, own_keys)
    assert trust.verify_certificate(renewal, ROOT.sign_public, lookup) == renewal
    # The key from before the reset tries to jump over it.
    jump = certificate(first_keys.sign_private, "self:1", 3, own_keys)
    with pytest.raises(trust.TrustError, match="only the keys"):
        trust.verify_certificate(jump, ROOT.sign_public, lookup)
