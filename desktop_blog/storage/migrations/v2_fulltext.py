"""Migration 2: full-text search (FTS5) over titles and the plain text of bodies.

``entries_fts`` is an external-content FTS5 index over the view ``entries_plain`` (the title
and ``strip_html(text)``), kept in sync by triggers, so every writer of ``entries`` updates it.
The index is built once here, from the entries already in the journal. ``entries_id`` is a
small index of the ids alone: counting rows and finding the n-th newest entry read it
instead of the whole table; ``entries_title`` lets a search for text without words (``:)``)
scan the titles without reading every body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_blog.storage.fulltext import register_functions

if TYPE_CHECKING:
    import sqlite3

STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS entries_id ON entries (id)",
    "CREATE INDEX IF NOT EXISTS entries_title ON entries (title)",
    "CREATE VIEW IF NOT EXISTS entries_plain AS"
    " SELECT id, title, strip_html(text) AS body FROM entries",
    "CREATE VIRTUAL TABLE IF NOT EXISTS entries_fts USING fts5("
    " title, body, content='entries_plain', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE TRIGGER IF NOT EXISTS entries_fts_insert AFTER INSERT ON entries BEGIN"
    " INSERT INTO entries_fts (rowid, title, body)"
    " VALUES (new.id, new.title, strip_html(new.text)); END",
    "CREATE TRIGGER IF NOT EXISTS entries_fts_delete AFTER DELETE ON entries BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, strip_html(old.text)); END",
    "CREATE TRIGGER IF NOT EXISTS entries_fts_update AFTER UPDATE OF id, title, text ON entries"
    " BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, strip_html(old.text));"
    " INSERT INTO entries_fts (rowid, title, body)"
    " VALUES (new.id, new.title, strip_html(new.text)); END",
    "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Create the index, its triggers and build it from the existing entries."""
    register_functions(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
