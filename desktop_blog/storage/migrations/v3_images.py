"""Migration 3: images stored inside the journal, addressed by the SHA-256 of their bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Add the ``images`` table (content-addressed, so the same picture is stored once)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS images ("
        " sha256 TEXT PRIMARY KEY,"
        " mime TEXT NOT NULL,"
        " data BLOB NOT NULL,"
        " created TIMESTAMP NOT NULL)"
    )
