"""Journal entries: the domain record and its repository."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import DatabaseError, entry_count, transaction
from desktop_blog.storage.fulltext import fts_query, plain_fts_query
from desktop_blog.storage.tags import extract_tags, normalize_tag

_MAX_ID = 2**63 - 1  # above every SQLite rowid: "older than nothing" means all
_COLUMNS = "id, title, text, created, updated, format"
BODY_FORMATS = ("html", "markdown")
MAX_TITLE_CHARS = 500
# Half a million characters is a short book; larger bodies are refused so that every
# accepted entry can be shown without freezing the window (see README "Safety").
MAX_BODY_CHARS = 500_000


class EntryValidationError(ValueError):
    """An entry was rejected before anything was written; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One journal entry: a plain-text title and a body in ``body_format`` (HTML or Markdown)."""

    id: int
    title: str
    text: str
    created: datetime
    updated: datetime | None = None
    body_format: str = "html"

    @property
    def created_local(self) -> datetime:
        return self.created.astimezone()

    @property
    def updated_local(self) -> datetime | None:
        return self.updated.astimezone() if self.updated else None

    @property
    def tags(self) -> list[str]:
        return extract_tags(self.title, self.text)


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


def _utc(stamp: str) -> datetime:
    value = datetime.fromisoformat(stamp)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _to_entry(row: tuple[object, ...]) -> Entry:
    """Build an entry from ``id, title, text, created`` and optionally ``updated, format``."""
    updated = row[4] if len(row) > 4 else None
    body_format = row[5] if len(row) > 5 else "html"
    return Entry(
        id=int(str(row[0])),
        title=str(row[1]),
        text=str(row[2]),
        created=_utc(str(row[3])),
        updated=_utc(updated) if isinstance(updated, str) else None,
        body_format=str(body_format),
    )


def _check_format(body_format: str) -> str:
    if body_format not in BODY_FORMATS:
        raise EntryValidationError(f"Unknown body format {body_format!r}: use HTML or Markdown.")
    return body_format


def local_day_bounds(day: date) -> tuple[str, str]:
    """The UTC ISO strings at which the local calendar ``day`` starts and the next one starts."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return start.astimezone(UTC).isoformat(), end.astimezone(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries to list: any combination of a text query, a tag and a local day."""

    query: str = ""
    tag: str | None = None
    day: date | None = None

    @property
    def is_empty(self) -> bool:
        return not self.query and not self.tag and self.day is None


def _like_pattern(text: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) matching ``text`` anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class EntryRepository:
    """Reads and writes entries; every write is one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self,
        title: str,
        text: str,
        *,
        created: datetime | None = None,
        body_format: str = "html",
    ) -> Entry:
        """Validate and insert an entry; return it as stored."""
        title, text = validate_entry(title, text)
        _check_format(body_format)
        stamp = (created or datetime.now(UTC)).astimezone(UTC)
        try:
            with transaction(self._conn):
                cursor = self._conn.execute(
                    "INSERT INTO entries (title, text, created, format) VALUES (?, ?, ?, ?)",
                    (title, text, stamp.isoformat(), body_format),
                )
                assert cursor.lastrowid is not None
                self._index_tags(cursor.lastrowid, title, text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(
                f"The entry could not be saved: {exc}. "
                "Nothing was written; your text is still in the form."
            ) from exc
        assert cursor.lastrowid is not None
        return Entry(
            id=cursor.lastrowid, title=title, text=text, created=stamp, body_format=body_format
        )

    def get(self, entry_id: int) -> Entry | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id = ?",  # noqa: S608 (constant columns)
            (entry_id,),
        ).fetchone()
        return _to_entry(row) if row else None

    def count(self) -> int:
        return entry_count(self._conn)

    def newest(self, limit: int, *, before_id: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries newest first, older than ``before_id`` if given."""
        upper = _MAX_ID if before_id is None else before_id
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id < ? ORDER BY id DESC LIMIT ?",  # noqa: S608
            (upper, limit),
        )
        return [_to_entry(row) for row in rows]

    def oldest(self, limit: int, *, after_id: int = 0) -> list[Entry]:
        """Return up to ``limit`` entries oldest first, newer than ``after_id``."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id > ? ORDER BY id LIMIT ?",  # noqa: S608
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
                f"SELECT {_COLUMNS} FROM entries WHERE id IN ({marks})",  # noqa: S608
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
        except sql_errors.OPERATIONAL_ERROR:
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
            f"SELECT {_COLUMNS} FROM entries WHERE id < ?"  # noqa: S608 (constant columns)
            " AND (title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
            " ORDER BY id DESC LIMIT ?",
            (upper, pattern, pattern, limit),
        )
        return [_to_entry(row) for row in rows]

    # -- journal features: edit, delete/restore, tags, days ------------------------------
    def _index_tags(self, entry_id: int, title: str, text: str) -> None:
        """Replace the entry's rows in ``entry_tags``; call inside a transaction."""
        self._conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        self._conn.executemany(
            "INSERT INTO entry_tags (tag, entry_id) VALUES (?, ?)",
            [(tag, entry_id) for tag in extract_tags(title, text)],
        )

    def update(
        self, entry_id: int, title: str, text: str, *, body_format: str | None = None
    ) -> Entry:
        """Validate and rewrite an entry's title, body (and format); stamp ``updated``."""
        title, text = validate_entry(title, text)
        if body_format is not None:
            _check_format(body_format)
        stamp = datetime.now(UTC)
        try:
            with transaction(self._conn):
                cursor = self._conn.execute(
                    "UPDATE entries SET title = ?, text = ?, updated = ?,"
                    " format = coalesce(?, format) WHERE id = ?",
                    (title, text, stamp.isoformat(), body_format, entry_id),
                )
                if cursor.rowcount != 1:
                    raise EntryValidationError("This entry no longer exists; nothing was saved.")
                self._index_tags(entry_id, title, text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(
                f"The entry could not be saved: {exc}. "
                "Nothing was written; your text is still in the form."
            ) from exc
        entry = self.get(entry_id)
        assert entry is not None
        return entry

    def revert(self, entry: Entry) -> Entry:
        """Write back an earlier version of an entry exactly (undo of an edit)."""
        _check_format(entry.body_format)
        updated = entry.updated.astimezone(UTC).isoformat() if entry.updated else None
        try:
            with transaction(self._conn):
                self._conn.execute(
                    "UPDATE entries SET title = ?, text = ?, updated = ?, format = ? WHERE id = ?",
                    (entry.title, entry.text, updated, entry.body_format, entry.id),
                )
                self._index_tags(entry.id, entry.title, entry.text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(f"The entry could not be changed back: {exc}.") from exc
        return entry

    def delete(self, entry_id: int) -> Entry:
        """Remove an entry (and its tags); return it as it was, so it can be restored."""
        entry = self.get(entry_id)
        if entry is None:
            raise EntryValidationError("This entry no longer exists.")
        try:
            with transaction(self._conn):
                self._conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
                self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        except sql_errors.ERROR as exc:
            raise DatabaseError(f"The entry could not be deleted: {exc}.") from exc
        return entry

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back with the same id, times, format and tags."""
        _check_format(entry.body_format)
        updated = entry.updated.astimezone(UTC).isoformat() if entry.updated else None
        try:
            with transaction(self._conn):
                self._conn.execute(
                    "INSERT INTO entries (id, title, text, created, updated, format)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        entry.id,
                        entry.title,
                        entry.text,
                        entry.created.astimezone(UTC).isoformat(),
                        updated,
                        entry.body_format,
                    ),
                )
                self._index_tags(entry.id, entry.title, entry.text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(f"The entry could not be restored: {exc}.") from exc
        return entry

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag with its number of entries, most used first, then by name."""
        rows = self._conn.execute(
            "SELECT tag, count(*) AS n FROM entry_tags GROUP BY tag ORDER BY n DESC, tag"
        )
        return [(str(tag), int(n)) for tag, n in rows]

    def days_with_entries(self, first: date, last: date) -> set[date]:
        """The local calendar days from ``first`` to ``last`` (inclusive) that have entries."""
        low = local_day_bounds(first)[0]
        high = local_day_bounds(last)[1]
        rows = self._conn.execute(
            "SELECT created FROM entries WHERE created >= ? AND created < ?", (low, high)
        )
        return {_utc(str(row[0])).astimezone().date() for row in rows}

    def filtered(
        self, entry_filter: EntryFilter, limit: int, *, before_id: int | None = None
    ) -> list[Entry]:
        """Up to ``limit`` entries matching every part of ``entry_filter``, newest first."""
        return self.get_many(self.filtered_ids(entry_filter, limit, before_id=before_id))

    def filtered_ids(
        self, entry_filter: EntryFilter, limit: int, *, before_id: int | None = None
    ) -> list[int]:
        """The ids of up to ``limit`` entries matching ``entry_filter``, newest first.

        The text query is a full-text search as in :meth:`search_ids`; a tag and a local
        day narrow it further.
        """
        if entry_filter.tag is None and entry_filter.day is None:
            return self.search_ids(entry_filter.query, limit, before_id=before_id)
        upper = _MAX_ID if before_id is None else before_id
        try:
            return self._filtered_ids(entry_filter, limit, upper, plain=False)
        except sql_errors.OPERATIONAL_ERROR:
            return self._filtered_ids(entry_filter, limit, upper, plain=True)

    def _filtered_ids(
        self, entry_filter: EntryFilter, limit: int, upper: int, *, plain: bool
    ) -> list[int]:
        clauses: list[str] = []
        params: list[object] = []
        if entry_filter.tag:
            clauses.append("id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
            params.append(normalize_tag(entry_filter.tag))
        if entry_filter.day is not None:
            clauses.append("created >= ? AND created < ?")
            params.extend(local_day_bounds(entry_filter.day))
        query = entry_filter.query.strip()
        words = plain_fts_query(query) if query else None
        if query and words is None:
            clauses.append("title LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(query))
        elif query:
            clauses.append("id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
            params.append(words if plain else fts_query(query))
        # With a day, the created index finds the few rows; "+id" keeps SQLite from walking
        # the whole rowid range instead.
        id_term = "+id" if entry_filter.day is not None else "id"
        sql = (
            f"SELECT id FROM entries WHERE {id_term} < ?"  # noqa: S608 (constant clauses)
            + "".join(f" AND {clause}" for clause in clauses)
            + " ORDER BY id DESC LIMIT ?"
        )
        return [int(row[0]) for row in self._conn.execute(sql, (upper, *params, limit))]

    def count_newer(self, entry_id: int) -> int:
        """How many entries are newer than ``entry_id``: its row, newest first."""
        row = self._conn.execute(
            "SELECT count(*) FROM entries INDEXED BY entries_id WHERE id > ?", (entry_id,)
        ).fetchone()
        return int(row[0])
