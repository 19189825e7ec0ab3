"""national console: the central audit log, the stays headquarters watches (overstays), decisions on
national alerts, the scan's cursors; extensions granted by headquarters (no post)

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "central_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_audit")),
    )
    op.create_index("ix_central_audit_at", "central_audit", ["at_utc"])
    op.create_table(
        "central_stays",
        sa.Column("entry_movement_id", sa.String(length=36), nullable=False),
        sa.Column("traveller_id", sa.Integer(), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("post", sa.String(length=32), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("exit_date", sa.Date(), nullable=True),
        sa.Column("latest_exit", sa.Date(), nullable=True),
        sa.Column("overstay_from", sa.Date(), nullable=True),
        sa.Column("overstay_days", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=48), nullable=False),
        sa.PrimaryKeyConstraint("entry_movement_id", name=op.f("pk_central_stays")),
    )
    op.create_index("ix_central_stays_traveller_id", "central_stays", ["traveller_id"])
    op.create_index("ix_central_stays_overstay_from", "central_stays", ["overstay_from"])
    op.create_index("ix_central_stays_nationality", "central_stays", ["nationality", "overstay_from"])
    op.create_index("ix_central_stays_post", "central_stays", ["post", "overstay_from"])
    op.create_table(
        "central_alert_decisions",
        sa.Column("entry_movement_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_utc", sa.DateTime(), nullable=False),
        sa.Column("extension_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("entry_movement_id", name=op.f("pk_central_alert_decisions")),
    )
    op.create_table(
        "central_scan_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("movement_seq", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("scanned_utc", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_scan_state")),
    )
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.alter_column("post_id", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("changed_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("changed_by", sa.String(length=64), nullable=True))
    op.create_index("ix_traveller_documents_number", "traveller_documents", ["number"])


def downgrade() -> None:
    op.drop_index("ix_traveller_documents_number", table_name="traveller_documents")
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.drop_column("changed_by")
        batch_op.drop_column("changed_utc")
        batch_op.drop_column("added_by")
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.alter_column("post_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("central_scan_state")
    op.drop_table("central_alert_decisions")
    op.drop_index("ix_central_stays_post", table_name="central_stays")
    op.drop_index("ix_central_stays_nationality", table_name="central_stays")
    op.drop_index("ix_central_stays_overstay_from", table_name="central_stays")
    op.drop_index("ix_central_stays_traveller_id", table_name="central_stays")
    op.drop_table("central_stays")
    op.drop_index("ix_central_audit_at", table_name="central_audit")
    op.drop_table("central_audit")
