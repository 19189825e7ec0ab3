"""each audit entry names the same signer's previous entry: one signature per signer and sync vouches
for the rest

Revision ID: 0017
Revises: 0016

The central server verified an Ed25519 signature for every audit entry a post pushed, about 80 µs
each on a 2-core post-class machine: more than everything else it did with a crossing. An entry now
carries ``signer_prev``, the hash of its signer's previous entry, inside its own hash
(``domain.audit``): a verified signature vouches for the signer's earlier entries its links reach, so
the centre, and ``midas audit verify``, verify one signature per signer and run of entries. The index
finds a signer's latest entry when the next one is written. Entries written before keep their hashes
(no link: each is verified alone, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN: the table is not copied (ten million entries at a large post).
    op.add_column("audit_log", sa.Column("signer_prev", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_signer_seq", "audit_log", ["signer", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_signer_seq", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("signer_prev")
