"""one traveller, one history: identity keys, stays derived from movements, extensions and watchlist
removals that travel between posts

Revision ID: 0005
Revises: 0004

Existing data is kept: every traveller gets its identity key (``domain.identity.person_key``), every
extension the entry movement of its stay, and the post is marked so that the first login rebuilds
every stay from the movements (``services.history.rebuild_pending``).
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from midas_desktop.domain.identity import PersonIdentity, person_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entry_movement_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("post_code", sa.String(length=32), nullable=True))
        batch_op.alter_column("stay_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_stay_extensions_entry_movement_id"), ["entry_movement_id"], unique=False
        )
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.add_column(sa.Column("post_code", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("exit_missing", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index("uq_stays_entry_movement", ["entry_movement_id"], unique=True)
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changes_cursor", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("travellers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_key", sa.String(length=300), nullable=True))
        batch_op.create_index("ix_travellers_birth_date", ["birth_date"], unique=False)
        batch_op.create_index("ix_travellers_person_key", ["person_key"], unique=False)
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removed_utc", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("removed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("removed_reason", sa.Text(), nullable=True))

    connection = op.get_bind()
    travellers = connection.execute(
        sa.text("SELECT id, surname, given_names, nationality, birth_date, sex FROM travellers")
    ).all()
    for traveller_id, surname, given_names, nationality, birth_date, sex in travellers:
        born = dt.date.fromisoformat(str(birth_date)) if birth_date else None
        key = person_key(PersonIdentity(surname, given_names, nationality, born, sex))
        connection.execute(
            sa.text("UPDATE travellers SET person_key = :key WHERE id = :id"),
            {"key": key, "id": traveller_id},
        )
    connection.execute(
        sa.text(
            "UPDATE stay_extensions SET entry_movement_id = "
            "(SELECT entry_movement_id FROM stays WHERE stays.id = stay_extensions.stay_id)"
        )
    )
    settings = connection.execute(sa.text("SELECT settings FROM post_settings WHERE id = 1")).scalar()
    if settings is not None:
        values = json.loads(settings) if isinstance(settings, str) else dict(settings)
        values["history_rebuild_pending"] = True
        connection.execute(
            sa.text("UPDATE post_settings SET settings = :settings WHERE id = 1"),
            {"settings": json.dumps(values)},
        )


def downgrade() -> None:
    with op.batch_alter_table("watchlist", schema=None) as batch_op:
        batch_op.drop_column("removed_reason")
        batch_op.drop_column("removed_by")
        batch_op.drop_column("removed_utc")
    with op.batch_alter_table("travellers", schema=None) as batch_op:
        batch_op.drop_index("ix_travellers_person_key")
        batch_op.drop_index("ix_travellers_birth_date")
        batch_op.drop_column("person_key")
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.drop_column("changes_cursor")
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.drop_index("uq_stays_entry_movement")
        batch_op.drop_column("exit_missing")
        batch_op.drop_column("post_code")
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_extensions_entry_movement_id"))
        batch_op.alter_column("stay_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("post_code")
        batch_op.drop_column("entry_movement_id")
