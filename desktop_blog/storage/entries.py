"""Journal entries: the domain record and its repository."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_blog.storage.database import DatabaseError, transaction

_MAX_ID = 2**63 - 1  # above every SQLite rowid: "older than nothing" means all
MAX_TITLE_CHARS = 500
# Half a million characters is a short book; larger bodies are refused so that every
# accepted entry can be shown without freezing the window (see README "Safety").
MAX_BODY_CHARS = 500_000


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


def _check_text(value: str, what: str, limit: int) -> None:
    if len(value) > limit:
        raise EntryValidationError(
            f"The {what} has {len(value):,} characters; at most {limit:,} are allowed. "
            "Nothing was saved; please shorten it."
        )
    if "\x00" in value:
        raise EntryValidationError(
            f"The {what} contains a NUL character, which cannot be saved. Nothing was saved."
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise EntryValidationError(
            f"The {what} contains an invalid character (an unpaired surrogate at position "
            f"{exc.start}). Nothing was saved."
        ) from exc


def validate_entry(title: str, text: str) -> tuple[str, str]:
    """Return the entry as it will be stored, or raise :class:`EntryValidationError`."""
    title = title.strip()
    if not title and not text.strip():
        raise EntryValidationError("Please enter a title and some text.")
    if not title:
        raise EntryValidationError("Please enter a title.")
    if not text.strip():
        raise EntryValidationError("Please enter some text.")
    _check_text(title, "title", MAX_TITLE_CHARS)
    _check_text(text, "text", MAX_BODY_CHARS)
    return title, text


def _to_entry(row: tuple[int, str, str, str]) -> Entry:
    created = datetime.fromisoformat(row[3])
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return Entry(id=row[0], title=row[1], text=row[2], created=created)


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

    def search(self, query: str, limit: int, *, before_id: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries matching ``query``, newest first.

        Any text is a valid query. This is a plain substring match on title and body
        (case-insensitive for ASCII); full-text search replaces it behind this signature.
        """
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        upper = _MAX_ID if before_id is None else before_id
        rows = self._conn.execute(
            "SELECT id, title, text, created FROM entries WHERE id < ?"
            " AND (title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
            " ORDER BY id DESC LIMIT ?",
            (upper, pattern, pattern, limit),
        )
        return [_to_entry(row) for row in rows]
