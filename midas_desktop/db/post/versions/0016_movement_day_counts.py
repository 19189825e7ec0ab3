"""movements counted by day, kind, nationality and post as they are written: statistics without a
scan of every movement

Revision ID: 0016
Revises: 0015

The statistics screen, ``midas stats`` and the exports grouped every movement of the period. At ten
million movements that took 49 s and grew the app to 745 MB (SQLite's sorter, held in memory because
temporary data must not reach the disk unencrypted). The counts are now kept by triggers on
``movements``, in the same transaction as the row (a recorded, pulled, purged or bulk-loaded
movement alike), so a report reads a few thousand rows. The kind is the statistics' rule: a refused
crossing counts as a refusal, any other as its direction.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_KIND = "CASE WHEN {row}.decision = 'refused' THEN 'refusal' ELSE {row}.direction END"


def _add(row: str) -> str:
    return (
        "INSERT INTO movement_day_counts (local_date, kind, nationality, post_code, movements) "
        f"VALUES ({row}.local_date, {_KIND.format(row=row)}, {row}.nationality, {row}.post_code, 1) "
        "ON CONFLICT (local_date, kind, nationality, post_code) DO UPDATE SET movements = movements + 1;"
    )


def _remove(row: str) -> str:
    key = (
        f"local_date = {row}.local_date AND kind = {_KIND.format(row=row)} "
        f"AND nationality = {row}.nationality AND post_code = {row}.post_code"
    )
    return (
        f"UPDATE movement_day_counts SET movements = movements - 1 WHERE {key}; "
        f"DELETE FROM movement_day_counts WHERE {key} AND movements <= 0;"
    )


TRIGGERS = {
    "movement_day_counts_insert": f"AFTER INSERT ON movements BEGIN {_add('NEW')} END",
    "movement_day_counts_delete": f"AFTER DELETE ON movements BEGIN {_remove('OLD')} END",
    "movement_day_counts_update": (
        "AFTER UPDATE OF local_date, decision, direction, nationality, post_code ON movements "
        f"BEGIN {_remove('OLD')} {_add('NEW')} END"
    ),
}


def upgrade() -> None:
    op.execute(
        "CREATE TABLE movement_day_counts ("
        " local_date DATE NOT NULL, kind VARCHAR(7) NOT NULL, nationality VARCHAR(3) NOT NULL,"
        " post_code VARCHAR(32) NOT NULL, movements INTEGER NOT NULL,"
        " CONSTRAINT pk_movement_day_counts PRIMARY KEY (local_date, kind, nationality, post_code)"
        ") WITHOUT ROWID"
    )
    # Counted here in one pass over the table: SQLite's GROUP BY would sort every movement in memory
    # (temporary data stays in memory, never unencrypted on disk): 170 s and 900 MB at ten million.
    connection = op.get_bind()
    counts: Counter[tuple[object, ...]] = Counter()
    rows = connection.execution_options(yield_per=50_000).execute(
        sa.text(f"SELECT local_date, {_KIND.format(row='movements')}, nationality, post_code FROM movements")
    )
    for partition in rows.partitions():
        counts.update(tuple(row) for row in partition)
    if counts:
        connection.execute(
            sa.text(
                "INSERT INTO movement_day_counts (local_date, kind, nationality, post_code, movements) "
                "VALUES (:day, :kind, :nationality, :post, :n)"
            ),
            [
                {"day": day, "kind": kind, "nationality": nationality, "post": post, "n": n}
                for (day, kind, nationality, post), n in counts.items()
            ],
        )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE movement_day_counts")
