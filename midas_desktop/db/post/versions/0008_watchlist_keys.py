"""watchlist keys: the blocking keys of every entry, so that a check reads only the candidates

Revision ID: 0008
Revises: 0007

The keys are computed by the post's code (``services.watchlist.ensure_keys``) at the first check
after the upgrade, and again whenever the key scheme changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watchlist_keys",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["watchlist.id"],
            name=op.f("fk_watchlist_keys_entry_id_watchlist"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "entry_id", name=op.f("pk_watchlist_keys")),
    )
    op.create_index("ix_watchlist_keys_entry", "watchlist_keys", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_watchlist_keys_entry", table_name="watchlist_keys")
    op.drop_table("watchlist_keys")
