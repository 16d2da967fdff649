"""Migration 4: edit times, a body format per entry, the tag index and an index on ``created``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_blog.storage.tags import extract_tags

if TYPE_CHECKING:
    import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Add ``updated`` and ``format`` to entries, create ``entry_tags`` and index old entries."""
    conn.execute("ALTER TABLE entries ADD COLUMN updated TIMESTAMP")
    conn.execute(
        "ALTER TABLE entries ADD COLUMN format TEXT NOT NULL DEFAULT 'html'"
        " CHECK (format IN ('html', 'markdown'))"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS entries_created ON entries (created)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS entry_tags ("
        " tag TEXT NOT NULL,"
        " entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
        " PRIMARY KEY (tag, entry_id)"
        ") WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS entry_tags_entry ON entry_tags (entry_id)")
    rows = conn.execute("SELECT id, title, text FROM entries").fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO entry_tags (tag, entry_id) VALUES (?, ?)",
        [(tag, row[0]) for row in rows for tag in extract_tags(row[1], row[2])],
    )
