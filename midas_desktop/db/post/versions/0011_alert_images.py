"""alert images: the document image and portrait sent with an alert from the counter

Revision ID: 0011
Revises: 0010

An officer who refers a traveller (or refuses a document whose MRZ cannot be recorded) sends what the
counter saw; the supervisor's alert detail shows it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_alert_images_alert_id_alerts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_images")),
    )
    op.create_index(op.f("ix_alert_images_alert_id"), "alert_images", ["alert_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_alert_images_alert_id"), table_name="alert_images")
    op.drop_table("alert_images")
