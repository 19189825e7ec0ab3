"""travellers born on a day, from the index alone: the near-match candidates of a check

Revision ID: 0010
Revises: 0009

A check looks at everyone born on the traveller's birth date (a renewed passport with a typo in the
name, another nationality). At ten million movements that is some hundred travellers, each on its own
table page: read through an index holding the names, they sit side by side in a few pages instead.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_travellers_birth_date", table_name="travellers")
    op.create_index(
        "ix_travellers_born",
        "travellers",
        ["birth_date", "surname", "given_names", "nationality", "sex"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_travellers_born", table_name="travellers")
    op.create_index("ix_travellers_birth_date", "travellers", ["birth_date"], unique=False)
