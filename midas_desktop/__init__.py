"""MIDAS Desktop: a border management information system for one border post.

Packages, from the inside out:
- ``domain``: pure rules (MRZ, stay arithmetic, watchlist matching, roles, audit chain). No Qt, no SQL.
- ``store``: the encrypted SQLCipher post store (SQLAlchemy ORM, key slots, migrations).
- ``services``: use cases with role checks (record a crossing, overstay scan, statistics, users).
- ``cli``: the ``midas`` command, a thin layer over ``services``.
"""

__version__ = "0.1.0"
