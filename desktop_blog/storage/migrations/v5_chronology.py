"""Migration 5: entries ordered by date, each with its time zone, local day and a star.

Adds to ``entries``:

- ``tz``: the zone the entry was written in (IANA name or ``+HH:MM``); entries written before
  this version get this system's zone, where they were written;
- ``local_day``: ``YYYY-MM-DD`` of ``created`` in ``tz`` (the calendar's day, indexed);
- ``starred``: 0 or 1 (a partial index lists the starred ones in order);
- ``sort_key``: the chronological order as one unique integer (see ``storage/zones.py``),
  whose index replaces the one on ``created``; ``entry_tags`` gets a copy (kept by a trigger)
  so that a tag's entries come newest first from its index.

``created`` is rewritten in one form (UTC ISO 8601). The full-text index is rebuilt with the
sort key as its rowid, so that searches return matches newest first by date as cheaply as
they returned them by id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_blog.storage.fulltext import register_functions
from desktop_blog.storage.zones import key_range, local_day, system_zone

if TYPE_CHECKING:
    import sqlite3

FULLTEXT = (
    "DROP TRIGGER IF EXISTS entries_fts_insert",
    "DROP TRIGGER IF EXISTS entries_fts_delete",
    "DROP TRIGGER IF EXISTS entries_fts_update",
    "DROP TABLE IF EXISTS entries_fts",
    "DROP VIEW IF EXISTS entries_plain",
    "CREATE VIEW entries_plain AS SELECT sort_key, title, strip_html(text) AS body FROM entries",
    "CREATE VIRTUAL TABLE entries_fts USING fts5("
    " title, body, content='entries_plain', content_rowid='sort_key',"
    " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN"
    " INSERT INTO entries_fts (rowid, title, body)"
    " VALUES (new.sort_key, new.title, strip_html(new.text)); END",
    "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, body)"
    " VALUES ('delete', old.sort_key, old.title, strip_html(old.text)); END",
    "CREATE TRIGGER entries_fts_update AFTER UPDATE OF sort_key, title, text ON entries"
    " BEGIN"
    " INSERT INTO entries_fts (entries_fts, rowid, title, body)"
    " VALUES ('delete', old.sort_key, old.title, strip_html(old.text));"
    " INSERT INTO entries_fts (rowid, title, body)"
    " VALUES (new.sort_key, new.title, strip_html(new.text)); END",
    "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')",
    # The one write path: a writer that bypasses EntryRepository is refused, not half-indexed.
    "CREATE TRIGGER entries_need_sort_key BEFORE INSERT ON entries"
    " WHEN new.sort_key IS NULL OR new.local_day IS NULL OR new.tz IS NULL BEGIN"
    " SELECT RAISE(ABORT, 'entries are written through EntryRepository'); END",
)


TAG_ORDER = (
    "ALTER TABLE entry_tags ADD COLUMN sort_key INTEGER",
    "UPDATE entry_tags SET sort_key ="
    " (SELECT sort_key FROM entries WHERE entries.id = entry_tags.entry_id)",
    "CREATE INDEX entry_tags_order ON entry_tags (tag, sort_key)",
    "CREATE TRIGGER entry_tags_follow AFTER UPDATE OF sort_key ON entries BEGIN"
    " UPDATE entry_tags SET sort_key = new.sort_key WHERE entry_id = new.id; END",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Add the columns, fill them for the existing entries, re-index by date."""
    register_functions(conn)
    conn.execute("ALTER TABLE entries ADD COLUMN tz TEXT")
    conn.execute("ALTER TABLE entries ADD COLUMN local_day TEXT")
    conn.execute(
        "ALTER TABLE entries ADD COLUMN starred INTEGER NOT NULL DEFAULT 0"
        " CHECK (starred IN (0, 1))"
    )
    conn.execute("ALTER TABLE entries ADD COLUMN sort_key INTEGER")
    here = system_zone()
    rows = []
    for entry_id, created in conn.execute("SELECT id, created FROM entries"):
        stamp = datetime.fromisoformat(str(created))
        stamp = (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone(UTC)
        rows.append((stamp, int(entry_id)))
    rows.sort()
    updates = []
    previous: int | None = None
    key = 0
    for stamp, entry_id in rows:
        low, _high = key_range(stamp)
        key = key + 1 if low == previous else low  # a day's entries in order: low, low + 1, ...
        previous = low
        day = local_day(stamp, here).isoformat()
        updates.append((stamp.isoformat(), key, here, day, entry_id))
    conn.execute("DROP INDEX IF EXISTS entries_created")
    conn.executemany(
        "UPDATE entries SET created = ?, sort_key = ?, tz = ?, local_day = ? WHERE id = ?",
        updates,
    )
    conn.execute("CREATE UNIQUE INDEX entries_sort ON entries (sort_key)")
    conn.execute("CREATE INDEX entries_day ON entries (local_day)")
    conn.execute("CREATE INDEX entries_starred ON entries (sort_key) WHERE starred = 1")
    for statement in FULLTEXT:
        conn.execute(statement)
    for statement in TAG_ORDER:
        conn.execute(statement)
