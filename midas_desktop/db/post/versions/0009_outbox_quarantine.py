"""outbox quarantine: a record the rules or the server refuse is set aside, with the reason

Revision ID: 0009
Revises: 0008

Such a record is no longer sent (the others go on without it) until an administrator releases it
(``midas sync quarantine``, ``midas sync release``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (nullable): no table rebuild, whatever the outbox holds.
    op.add_column("sync_outbox", sa.Column("quarantined_utc", sa.DateTime(), nullable=True))
    op.add_column("sync_outbox", sa.Column("quarantine_reason", sa.String(length=300), nullable=True))
    # The queue's index leaves the quarantined out, so the queue is still read from the index alone.
    op.drop_index("ix_sync_outbox_pending", table_name="sync_outbox")
    op.create_index("ix_sync_outbox_pending", "sync_outbox", ["sent_utc", "quarantined_utc", "created_utc"])


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_pending", table_name="sync_outbox")
    op.create_index("ix_sync_outbox_pending", "sync_outbox", ["sent_utc", "created_utc"])
    with op.batch_alter_table("sync_outbox") as batch_op:
        batch_op.drop_column("quarantine_reason")
        batch_op.drop_column("quarantined_utc")
