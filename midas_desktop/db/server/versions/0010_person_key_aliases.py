"""the other identity keys of a joined traveller, as at the posts (post migration 0018)

Revision ID: 0010
Revises: 0009

A join of two travellers that each held an identity key kept one key: the next document printed
with the other spelling of the name made a second traveller. The keys a join lets go are kept here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_key_aliases",
        sa.Column("person_key", sa.String(length=300), nullable=False),
        sa.Column("traveller_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_key", name=op.f("pk_person_key_aliases")),
    )
    op.create_index(
        op.f("ix_person_key_aliases_traveller_id"), "person_key_aliases", ["traveller_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_person_key_aliases_traveller_id"), table_name="person_key_aliases")
    op.drop_table("person_key_aliases")
