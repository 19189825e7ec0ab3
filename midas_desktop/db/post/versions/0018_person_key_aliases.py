"""the other identity keys of a joined traveller

Revision ID: 0018
Revises: 0017

Two records of one person, each with its identity key (the surname spelled one way on the passport,
another on the identity card), joined into one kept a single key: the next document printed with
the other spelling made a second traveller again. The keys a join lets go are kept here, pointing at
the traveller, and the identity lookup reads them too. A new table: nothing to convert (joins made
before kept no other key, and those keys are gone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_key_aliases",
        sa.Column("person_key", sa.String(length=300), nullable=False),
        sa.Column("traveller_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["traveller_id"],
            ["travellers.id"],
            name=op.f("fk_person_key_aliases_traveller_id_travellers"),
        ),
        sa.PrimaryKeyConstraint("person_key", name=op.f("pk_person_key_aliases")),
    )
    op.create_index(
        op.f("ix_person_key_aliases_traveller_id"), "person_key_aliases", ["traveller_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_person_key_aliases_traveller_id"), table_name="person_key_aliases")
    op.drop_table("person_key_aliases")
