"""sync link: this post's enrolment with the central server

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_link",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("ca_pem", sa.Text(), nullable=True),
        sa.Column("post_private_key", sa.String(length=64), nullable=False),
        sa.Column("post_public_key", sa.String(length=64), nullable=False),
        sa.Column("server_public_key", sa.String(length=64), nullable=False),
        sa.Column("post_code", sa.String(length=32), nullable=False),
        sa.Column("pull_cursor", sa.Integer(), nullable=False),
        sa.Column("watchlist_cursor", sa.Integer(), nullable=False),
        sa.Column("enrolled_utc", sa.DateTime(), nullable=False),
        sa.Column("last_attempt_utc", sa.DateTime(), nullable=True),
        sa.Column("last_success_utc", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_link")),
    )


def downgrade() -> None:
    op.drop_table("sync_link")
