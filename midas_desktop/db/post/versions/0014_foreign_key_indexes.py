"""every foreign key indexed: erasing a movement, a stay, a document or a traveller reads no whole table

Revision ID: 0014
Revises: 0011

Deleting a row makes SQLite look for the rows that still reference it (``foreign_keys = ON``), and
five references had no index: ``stays.exit_movement_id``, ``movements.document_id`` and the alerts'
``movement_id``, ``stay_id`` and ``traveller_id``. Each movement the retention purge erased read every
stay twice (the purge's "exit without a stay" test and the delete's check), each erased document every
movement. At ten million movements the first purge of a day ran for hours inside its write
transaction, while the counter waited to record. With these indexes each check is one lookup.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_stays_exit_movement", "stays", "exit_movement_id"),
    ("ix_movements_document", "movements", "document_id"),
    ("ix_alerts_movement", "alerts", "movement_id"),
    ("ix_alerts_stay", "alerts", "stay_id"),
    ("ix_alerts_traveller", "alerts", "traveller_id"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
