"""overstays page order: the watched stays indexed in the page's own order (overstay day, then id), so
a page far down the list is read from the index alone

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_central_stays_overstay_from", table_name="central_stays")
    op.create_index(
        "ix_central_stays_overstay_order", "central_stays", ["overstay_from", "entry_movement_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_central_stays_overstay_order", table_name="central_stays")
    op.create_index("ix_central_stays_overstay_from", "central_stays", ["overstay_from"])
