"""stay extensions, and the reason of a refused entry

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
    op.create_table(
        "stay_extensions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("latest_exit", sa.Date(), nullable=False),
        sa.Column("authority", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.String(length=64), nullable=False),
        sa.Column("granted_utc", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["stay_id"], ["stays.id"], name=op.f("fk_stay_extensions_stay_id_stays")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay_extensions")),
    )
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stay_extensions_stay_id"), ["stay_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_extensions_stay_id"))
    op.drop_table("stay_extensions")
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.drop_column("reason")
