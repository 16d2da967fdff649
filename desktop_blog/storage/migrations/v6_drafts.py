"""Migration 6: the add-entry form's draft lives inside the (encrypted) journal."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Create ``drafts``: at most one row, the draft as ASCII JSON (any typed text fits)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS drafts ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " data TEXT NOT NULL,"
        " saved TIMESTAMP NOT NULL"
        ")"
    )
