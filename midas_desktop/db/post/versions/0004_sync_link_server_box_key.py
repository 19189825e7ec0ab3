"""sync link: the server's X25519 key, to which batch files carried on a stick are encrypted

Revision ID: 0004
Revises: 0003

Nullable: a post enrolled before batch files learns it at its next network sync.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("server_box_key", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.drop_column("server_box_key")
