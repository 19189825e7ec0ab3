"""server box key: the X25519 key pair that batch files carried from posts are encrypted to

Revision ID: 0002
Revises: 0001

Nullable: a server made before batch files gets its pair when it first loads its keys
(``midas_desktop.server.core.server_key``), beside the signing key it already had.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("box_private_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("box_public_key", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("server_key", schema=None) as batch_op:
        batch_op.drop_column("box_public_key")
        batch_op.drop_column("box_private_key")
