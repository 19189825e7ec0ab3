"""post audit records: the record each anchored audit entry vouches for, by id, digest and signer

Revision ID: 0006
Revises: 0004

A record pushed after the entry that vouches for it was anchored (an earlier batch) is verified
against the anchored entry (one indexed look-up per batch) instead of its own signature. Entries
anchored before this revision are filled in from their stored JSON, when their signature was verified
at anchoring (from the post's first signed entry on).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("post_audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("record_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("signer", sa.String(length=80), nullable=True))
        batch_op.create_index("ix_post_audit_record", ["post_id", "record_id"], unique=False)
    _fill_in()


def _fill_in() -> None:
    bind = op.get_bind()
    audit = sa.table(
        "post_audit",
        sa.column("id", sa.Integer),
        sa.column("post_id", sa.Integer),
        sa.column("seq", sa.Integer),
        sa.column("entry", sa.JSON),
        sa.column("record_id", sa.String),
        sa.column("record_digest", sa.String),
        sa.column("signer", sa.String),
    )
    posts = sa.table("posts", sa.column("id", sa.Integer), sa.column("unsigned_before", sa.Integer))
    signed_from = {
        int(i): int(u or 1) for i, u in bind.execute(sa.select(posts.c.id, posts.c.unsigned_before))
    }
    last = 0
    while True:
        rows = bind.execute(
            sa.select(audit.c.id, audit.c.post_id, audit.c.seq, audit.c.entry)
            .where(audit.c.id > last)
            .order_by(audit.c.id)
            .limit(2000)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        updates: list[dict[str, Any]] = []
        for row_id, post_id, seq, entry in rows:
            details = entry.get("details") if isinstance(entry, dict) else None
            signer = entry.get("signer") if isinstance(entry, dict) else None
            if not isinstance(details, dict) or not isinstance(signer, str):
                continue
            record_id = details.get("movement") or details.get("extension")
            digest = details.get("sha256")
            if isinstance(record_id, str) and isinstance(digest, str) and seq >= signed_from.get(post_id, 1):
                updates.append(
                    {
                        "b_id": row_id,
                        "b_record": record_id[:36],
                        "b_digest": digest[:64],
                        "b_signer": signer[:80],
                    }
                )
        if updates:
            bind.execute(
                audit.update()
                .where(audit.c.id == sa.bindparam("b_id"))
                .values(
                    record_id=sa.bindparam("b_record"),
                    record_digest=sa.bindparam("b_digest"),
                    signer=sa.bindparam("b_signer"),
                ),
                updates,
            )


def downgrade() -> None:
    with op.batch_alter_table("post_audit", schema=None) as batch_op:
        batch_op.drop_index("ix_post_audit_record")
        batch_op.drop_column("signer")
        batch_op.drop_column("record_digest")
        batch_op.drop_column("record_id")
