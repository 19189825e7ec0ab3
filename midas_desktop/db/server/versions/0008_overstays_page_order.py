"""overstays page order and daily counts: the watched stays indexed in the page's own order (overstay
day, then id), so a page far down the list is read from the index alone; crossings counted by day,
post, nationality, direction and transport for the statistics page

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
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
    op.create_table(
        "central_daily_counts",
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("direction", sa.String(length=5), nullable=False),
        sa.Column("transport", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "local_date",
            "post_id",
            "nationality",
            "direction",
            "transport",
            name=op.f("pk_central_daily_counts"),
        ),
    )
    # The statistics page reads a period's counts from this index alone, in its own order.
    op.create_index(
        "ix_central_daily_counts_period",
        "central_daily_counts",
        ["local_date", "post_id", "nationality", "direction", "transport"],
        postgresql_include=["count"],
    )
    with op.batch_alter_table("central_scan_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counted_seq", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("central_scan_state", schema=None) as batch_op:
        batch_op.drop_column("counted_seq")
    op.drop_index("ix_central_daily_counts_period", table_name="central_daily_counts")
    op.drop_table("central_daily_counts")
    op.drop_index("ix_central_stays_overstay_order", table_name="central_stays")
    op.create_index("ix_central_stays_overstay_from", "central_stays", ["overstay_from"])
