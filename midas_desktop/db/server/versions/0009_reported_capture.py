"""the capture freeze each post reports with its pushes (level, the oldest unsent record's days, its
limits), shown on the console's posts page

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("posts", sa.Column("reported_capture", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("posts", "reported_capture")
