"""The encrypted post store: SQLCipher 4 through sqlcipher3, SQLAlchemy 2.0 ORM, per-user key slots."""
