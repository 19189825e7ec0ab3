"""one traveller, one history: travellers and their documents by the domain's rule of identity, and the
change feed posts pull (extensions, watchlist additions and removals)

Revision ID: 0003
Revises: 0002

Existing movements are attached to travellers, and existing watchlist entries and extensions join the
change feed (so posts pull them once more and the ones they missed arrive), by the server's own code
right after the migrations (``server.database.upgrade``): a migration cannot call code that follows
the newest models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "travellers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("person_key", sa.String(length=300), nullable=True),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travellers")),
    )
    op.create_index("ix_travellers_person_key", "travellers", ["person_key"])
    op.create_index("ix_travellers_birth_date", "travellers", ["birth_date"])
    op.create_table(
        "traveller_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traveller_id", sa.Integer(), nullable=False),
        sa.Column("document_key", sa.String(length=100), nullable=False),
        sa.Column("issuing_state", sa.String(length=3), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("document_type", sa.String(length=8), nullable=True),
        sa.Column("document_code", sa.String(length=2), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_traveller_documents")),
        sa.UniqueConstraint("document_key", name=op.f("uq_traveller_documents_document_key")),
    )
    op.create_index(op.f("ix_traveller_documents_traveller_id"), "traveller_documents", ["traveller_id"])
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ref_id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_changes")),
    )
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("traveller_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_movements_traveller_id", ["traveller_id", "local_date"])
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("removed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("removed_reason", sa.Text(), nullable=True))
    # The old per-movement key (document, else identity fields) was a second rule of identity.
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.drop_index("ix_movements_traveller_key")
        batch_op.drop_column("traveller_key")


def downgrade() -> None:
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("traveller_key", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.create_index("ix_movements_traveller_key", ["traveller_key", "at_utc"], unique=False)
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.drop_column("removed_reason")
        batch_op.drop_column("removed_by")
        batch_op.drop_column("removed_utc")
    with op.batch_alter_table("movements", schema=None) as batch_op:
        batch_op.drop_index("ix_movements_traveller_id")
        batch_op.drop_column("traveller_id")
    op.drop_table("changes")
    op.drop_index(op.f("ix_traveller_documents_traveller_id"), table_name="traveller_documents")
    op.drop_table("traveller_documents")
    op.drop_index("ix_travellers_birth_date", table_name="travellers")
    op.drop_index("ix_travellers_person_key", table_name="travellers")
    op.drop_table("travellers")
