"""Journal entries: the domain record and its repository."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_blog.storage.database import DatabaseError, transaction
from desktop_blog.storage.fulltext import fts_query, plain_fts_query

_MAX_ID = 2**63 - 1  # above every SQLite rowid: "older than nothing" means all


class EntryValidationError(ValueError):
    """An entry was rejected before anything was written; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One journal entry: a plain-text title and an HTML body."""

    id: int
    title: str
    text: str
    created: datetime

    @property
    def created_local(self) -> datetime:
        return self.created.astimezone()


def validate_entry(title: str, text: str) -> tuple[str, str]:
    """Return the entry as it will be stored, or raise :class:`EntryValidationError`."""
    title = title.strip()
    if not title and not text.strip():
        raise EntryValidationError("Please enter a title and some text.")
    if not title:
        raise EntryValidationError("Please enter a title.")
    if not text.strip():
        raise EntryValidationError("Please enter some text.")
    return title, text


def _to_entry(row: tuple[int, str, str, str]) -> Entry:
    created = datetime.fromisoformat(row[3])
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return Entry(id=row[0], title=row[1], text=row[2], created=created)


def _like_pattern(text: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) matching ``text`` anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class EntryRepository:
    """Reads and writes entries; every write is one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, title: str, text: str, *, created: datetime | None = None) -> Entry:
        """Validate and insert an entry; return it as stored."""
        title, text = validate_entry(title, text)
        stamp = (created or datetime.now(UTC)).astimezone(UTC)
        try:
            with transaction(self._conn):
                cursor = self._conn.execute(
                    "INSERT INTO entries (title, text, created) VALUES (?, ?, ?)",
                    (title, text, stamp.isoformat()),
                )
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"The entry could not be saved: {exc}. "
                "Nothing was written; your text is still in the form."
            ) from exc
        assert cursor.lastrowid is not None
        return Entry(id=cursor.lastrowid, title=title, text=text, created=stamp)

    def get(self, entry_id: int) -> Entry | None:
        row = self._conn.execute(
            "SELECT id, title, text, created FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return _to_entry(row) if row else None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def newest(self, limit: int, *, before_id: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries newest first, older than ``before_id`` if given."""
        upper = _MAX_ID if before_id is None else before_id
        rows = self._conn.execute(
            "SELECT id, title, text, created FROM entries WHERE id < ? ORDER BY id DESC LIMIT ?",
            (upper, limit),
        )
        return [_to_entry(row) for row in rows]

    def oldest(self, limit: int, *, after_id: int = 0) -> list[Entry]:
        """Return up to ``limit`` entries oldest first, newer than ``after_id``."""
        rows = self._conn.execute(
            "SELECT id, title, text, created FROM entries WHERE id > ? ORDER BY id LIMIT ?",
            (after_id, limit),
        )
        return [_to_entry(row) for row in rows]

    def id_at(self, offset: int, *, newest_first: bool = True) -> int | None:
        """Return the id ``offset`` rows from the newest (or oldest) entry, if there is one.

        Reads the small ``entries_id`` index, not the table: O(offset), a few ms per 100k.
        """
        order = "DESC" if newest_first else "ASC"
        row = self._conn.execute(
            f"SELECT id FROM entries INDEXED BY entries_id ORDER BY id {order} LIMIT 1 OFFSET ?",  # noqa: S608
            (offset,),
        ).fetchone()
        return int(row[0]) if row else None

    def get_many(self, ids: Sequence[int]) -> list[Entry]:
        """Return the entries with these ids, in the order given (missing ids are skipped)."""
        found: dict[int, Entry] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT id, title, text, created FROM entries WHERE id IN ({marks})",  # noqa: S608
                chunk,
            )
            found.update((row[0], _to_entry(row)) for row in rows)
        return [found[i] for i in ids if i in found]

    def search(self, query: str, limit: int, *, before_id: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries matching ``query``, newest first.

        Any text is a valid query; see :meth:`search_ids`.
        """
        return self.get_many(self.search_ids(query, limit, before_id=before_id))

    def search_ids(self, query: str, limit: int, *, before_id: int | None = None) -> list[int]:
        """Return the ids of up to ``limit`` entries matching ``query``, newest first.

        ``query`` is full-text search syntax (words, "phrases", prefix*, AND, OR, NOT), the
        last word matching as a prefix. Text that is not valid syntax is searched as plain
        words. Text without any letter or digit (``%``, ``:)``) is looked for as a substring
        of the titles, which the ``entries_title`` index holds: scanning every body would take
        seconds in a big journal. Blank text matches all.
        """
        upper = _MAX_ID if before_id is None else before_id
        if not query.strip():
            return [e.id for e in self.newest(limit, before_id=before_id)]
        plain = plain_fts_query(query)
        if plain is None:
            return self._title_ids(query, limit, upper)
        try:
            return self._match_ids(fts_query(query), limit, upper)
        except sqlite3.OperationalError:
            return self._match_ids(plain, limit, upper)

    def _match_ids(self, match: str, limit: int, upper: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid < ?"
            " ORDER BY rowid DESC LIMIT ?",
            (match, upper, limit),
        )
        return [int(row[0]) for row in rows]

    def _title_ids(self, text: str, limit: int, upper: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM entries INDEXED BY entries_title"
            " WHERE id < ? AND title LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ?",
            (upper, _like_pattern(text), limit),
        )
        return [int(row[0]) for row in rows]

    def search_like(self, query: str, limit: int, *, before_id: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries containing ``query`` as a substring, newest first.

        A plain scan of titles and HTML bodies (case-insensitive for ASCII); slow on big
        journals, kept for text without words and for comparison in the benchmark.
        """
        pattern = _like_pattern(query)
        upper = _MAX_ID if before_id is None else before_id
        rows = self._conn.execute(
            "SELECT id, title, text, created FROM entries WHERE id < ?"
            " AND (title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
            " ORDER BY id DESC LIMIT ?",
            (upper, pattern, pattern, limit),
        )
        return [_to_entry(row) for row in rows]
