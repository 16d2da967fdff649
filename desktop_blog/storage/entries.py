"""Journal entries: the domain record and its repository."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import (
    TAG_TOTALS_VERSION,
    DatabaseError,
    kept_entry_count,
    schema_version,
    transaction,
)
from desktop_blog.storage.fulltext import fts_query, plain_fts_query, prepare_index_text
from desktop_blog.storage.tags import extract_tags, normalize_tag
from desktop_blog.storage.zones import (
    TEMPORARY_KEY,
    ZoneError,
    check_zone,
    key_range,
    system_zone,
    zone,
)

if TYPE_CHECKING:
    import sqlite3

PAGE_CACHE_KIB = 8192
_MAX_KEY = 2**63 - 1  # above every sort key: "older than nothing" means all
_MIN_KEY = -(2**63)
_COLUMNS = "id, title, text, created, updated, format, tz, starred, sort_key"
BODY_FORMATS = ("html", "markdown")
MAX_TITLE_CHARS = 500
# Half a million characters is a short book; larger bodies are refused so that every
# accepted entry can be shown without freezing the window (see README "Safety").
MAX_BODY_CHARS = 500_000


class EntryValidationError(ValueError):
    """An entry was rejected before anything was written; the message is for the user."""


# What _check_text refuses, for the title and for the text.
_TOO_LONG = {
    "title": QT_TRANSLATE_NOOP(
        "Entries",
        "The title has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.",  # noqa: E501
    ),
    "text": QT_TRANSLATE_NOOP(
        "Entries",
        "The text has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.",  # noqa: E501
    ),
}
_HAS_NUL = {
    "title": QT_TRANSLATE_NOOP(
        "Entries", "The title contains a NUL character, which cannot be saved. Nothing was saved."
    ),
    "text": QT_TRANSLATE_NOOP(
        "Entries", "The text contains a NUL character, which cannot be saved. Nothing was saved."
    ),
}
_SURROGATE = {
    "title": QT_TRANSLATE_NOOP(
        "Entries",
        "The title contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.",  # noqa: E501
    ),
    "text": QT_TRANSLATE_NOOP(
        "Entries",
        "The text contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.",  # noqa: E501
    ),
}
# Why _rewrite could not write, by what it was doing.
_NOT_WRITTEN = {
    "saved": QT_TRANSLATE_NOOP(
        "Entries", "The entry could not be saved: {error}. Nothing was written."
    ),
    "changed": QT_TRANSLATE_NOOP(
        "Entries", "The entry could not be changed: {error}. Nothing was written."
    ),
    "changed back": QT_TRANSLATE_NOOP(
        "Entries", "The entry could not be changed back: {error}. Nothing was written."
    ),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One journal entry: a plain-text title and a body in ``body_format`` (HTML or Markdown).

    ``tz`` is the zone it was written in (``None``: this system's); ``sort_key`` its place in
    the journal's order, newest first by ``created`` then id (set by the repository).
    """

    id: int
    title: str
    text: str
    created: datetime
    updated: datetime | None = None
    body_format: str = "html"
    tz: str | None = None
    starred: bool = False
    sort_key: int = 0

    @property
    def created_local(self) -> datetime:
        """When it was written, in the zone where it was written (this system's if unknown)."""
        try:
            return self.created.astimezone(zone(self.tz))
        except ZoneError:  # a zone this system's time zone database does not have
            return self.created.astimezone()

    @property
    def local_day(self) -> date:
        """Its calendar day, where it was written."""
        return self.created_local.date()

    @property
    def updated_local(self) -> datetime | None:
        return self.updated.astimezone() if self.updated else None

    @property
    def tags(self) -> list[str]:
        return extract_tags(self.title, self.text)


def _check_text(value: str, what: str, limit: int) -> None:
    """Refuse ``value`` (the ``what``: "title" or "text") if it cannot be stored."""
    if len(value) > limit:
        from desktop_blog.locale_format import number

        raise EntryValidationError(
            translate("Entries", _TOO_LONG[what]).format(
                count=number(len(value)), limit=number(limit)
            )
        )
    if "\x00" in value:
        raise EntryValidationError(translate("Entries", _HAS_NUL[what]))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise EntryValidationError(
            translate("Entries", _SURROGATE[what]).format(position=exc.start)
        ) from exc


def validate_entry(title: str, text: str, *, require_body: bool = True) -> tuple[str, str]:
    """Return the entry as it will be stored, or raise :class:`EntryValidationError`.

    The app and the CLI ask for some text; imports keep title-only posts
    (``require_body=False``).
    """
    title = title.strip()
    if not title and not text.strip() and require_body:
        raise EntryValidationError(translate("Entries", "Please enter a title and some text."))
    if not title:
        raise EntryValidationError(translate("Entries", "Please enter a title."))
    if require_body and not text.strip():
        raise EntryValidationError(translate("Entries", "Please enter some text."))
    _check_text(title, "title", MAX_TITLE_CHARS)
    _check_text(text, "text", MAX_BODY_CHARS)
    return title, text


def _utc(stamp: str) -> datetime:
    value = datetime.fromisoformat(stamp)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _to_entry(row: tuple[Any, ...]) -> Entry:
    """Build an entry from a row of :data:`_COLUMNS` (asked for every row shown: kept lean)."""
    entry_id, title, text, created, updated, body_format, tz, starred, key = row
    return Entry(
        entry_id,
        title,
        text,
        _utc(created),
        _utc(updated) if updated else None,
        body_format,
        tz or None,
        bool(starred),
        key or 0,
    )


def _check_format(body_format: str) -> str:
    if body_format not in BODY_FORMATS:
        raise EntryValidationError(
            translate("Entries", "Unknown body format {format}: use HTML or Markdown.").format(
                format=repr(body_format)
            )
        )
    return body_format


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries to list: any combination of a text query, a tag, a day and the star.

    ``day`` is the entry's own day, where it was written.
    """

    query: str = ""
    tag: str | None = None
    day: date | None = None
    starred: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.query and not self.tag and self.day is None and not self.starred


def _like_pattern(text: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) matching ``text`` anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


Keyed = list[tuple[int, int]]  # (sort_key, id) pairs, newest first


class EntryRepository:
    """Reads and writes entries; every write is one transaction (or part of a :meth:`batch`).

    This is the one write path for entries: it keeps the tag index, the local day, the sort
    key and (through triggers) the full-text index in step with every insert and update.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._in_batch = False
        # A page of entries found by sort key reads the sort-key index and the table; a
        # full-text search reads the index's posting lists too. SQLite's default 2 MiB page
        # cache lets one evict the other: 8 MiB keeps a search's first page as fast as when
        # entries were found by id (see README "Storage").
        (size,) = conn.execute("PRAGMA cache_size").fetchone()
        if -int(size) < PAGE_CACHE_KIB:  # never lower a larger cache (an encrypted journal's)
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")

    # -- transactions ------------------------------------------------------------------
    @contextlib.contextmanager
    def batch(self) -> Iterator[EntryRepository]:
        """Make the writes inside the block one transaction: all are kept or none is."""
        with transaction(self._conn):
            self._in_batch = True
            try:
                yield self
            finally:
                self._in_batch = False

    def _writing(self) -> contextlib.AbstractContextManager[object]:
        return contextlib.nullcontext() if self._in_batch else transaction(self._conn)

    def data_version(self) -> int:
        """A number that changes when another connection (another process) commits."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # -- writing ------------------------------------------------------------------------
    def add(
        self,
        title: str,
        text: str,
        *,
        body_format: str = "html",
        created: datetime | None = None,
        tz: str | None = None,
        starred: bool = False,
    ) -> Entry:
        """Validate and insert an entry; return it as stored.

        ``created`` defaults to now; a naive ``created`` is a wall-clock time in ``tz``.
        ``tz`` (an IANA name or ``+HH:MM``) defaults to this system's zone.
        """
        entry = Entry(
            id=0,
            title=title,
            text=text,
            created=created or datetime.now(UTC),
            body_format=body_format,
            tz=tz,
            starred=starred,
        )
        return self.insert(entry)

    def insert(self, entry: Entry, *, keep_id: bool = False, require_body: bool = True) -> Entry:
        """Insert ``entry`` with all its fields (its id too when ``keep_id`` and it is free).

        Used by :meth:`add`, :meth:`restore` and the importers. ``require_body=False`` accepts
        a title-only entry (imports keep them).
        """
        stored = self._checked(entry, require_body=require_body)
        prepare_index_text(stored.text)  # parsed before the write lock is taken
        try:
            with self._writing():
                wanted = entry.id if keep_id and entry.id > 0 else None
                if wanted is not None and self._exists(wanted):
                    wanted = None  # taken: the entry gets a new id
                key = self._place(wanted, stored.created)
                cursor = self._conn.execute(
                    "INSERT INTO entries (id, title, text, created, updated, format, tz,"
                    " local_day, starred, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (wanted, *self._values(stored), key),
                )
                assert cursor.lastrowid is not None
                entry_id = cursor.lastrowid
                self._index_tags(entry_id, stored.title, stored.text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(
                translate(
                    "Entries",
                    "The entry could not be saved: {error}. Nothing was written; your text is still in the form.",  # noqa: E501
                ).format(error=exc)
            ) from exc
        return Entry(
            id=entry_id,
            title=stored.title,
            text=stored.text,
            created=stored.created,
            updated=stored.updated,
            body_format=stored.body_format,
            tz=stored.tz,
            starred=stored.starred,
            sort_key=key,
        )

    def update(
        self,
        entry_id: int,
        title: str,
        text: str,
        *,
        body_format: str | None = None,
        created: datetime | None = None,
        tz: str | None = None,
    ) -> Entry:
        """Validate and rewrite an entry's title, body (format, date, zone); stamp ``updated``.

        A naive ``created`` is a wall-clock time in ``tz`` (default: the entry's own zone).
        """
        old = self.get(entry_id)
        if old is None:
            raise EntryValidationError(
                translate("Entries", "This entry no longer exists; nothing was saved.")
            )
        new = Entry(
            id=entry_id,
            title=title,
            text=text,
            created=created or old.created,
            updated=datetime.now(UTC),
            body_format=body_format or old.body_format,
            tz=tz or old.tz,
            starred=old.starred,
            sort_key=old.sort_key,
        )
        return self._rewrite(old, new, "saved")

    def set_starred(self, entry_id: int, starred: bool) -> Entry:
        """Star or unstar an entry (its ``updated`` time is kept)."""
        old = self.get(entry_id)
        if old is None:
            raise EntryValidationError(translate("Entries", "This entry no longer exists."))
        return self._rewrite(old, _replace(old, starred=starred), "changed", require_body=False)

    def revert(self, entry: Entry) -> Entry:
        """Write back an earlier version of an entry exactly (undo of an edit or date change)."""
        old = self.get(entry.id)
        if old is None:
            raise EntryValidationError(translate("Entries", "This entry no longer exists."))
        return self._rewrite(old, entry, "changed back", require_body=False)

    def _rewrite(self, old: Entry, new: Entry, verb: str, *, require_body: bool = True) -> Entry:
        stored = self._checked(new, require_body=require_body)
        prepare_index_text(stored.text, old.text)  # parsed before the write lock is taken
        try:
            with self._writing():
                key = old.sort_key
                if stored.created != old.created or not key:
                    key = self._place(old.id, stored.created)
                cursor = self._conn.execute(
                    "UPDATE entries SET title = ?, text = ?, created = ?, updated = ?,"
                    " format = ?, tz = ?, local_day = ?, starred = ?, sort_key = ?"
                    " WHERE id = ?",
                    (*self._values(stored), key, old.id),
                )
                if cursor.rowcount != 1:
                    raise EntryValidationError(
                        translate("Entries", "This entry no longer exists; nothing was saved.")
                    )
                self._index_tags(old.id, stored.title, stored.text)
        except sql_errors.ERROR as exc:
            raise DatabaseError(translate("Entries", _NOT_WRITTEN[verb]).format(error=exc)) from exc
        return _replace(stored, id=old.id, sort_key=key)

    def delete(self, entry_id: int) -> Entry:
        """Remove an entry (and its tags); return it as it was, so it can be restored."""
        entry = self.get(entry_id)
        if entry is None:
            raise EntryValidationError(translate("Entries", "This entry no longer exists."))
        prepare_index_text(entry.text)  # the index's delete repeats the stripping
        try:
            with self._writing():
                self._conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
                self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        except sql_errors.ERROR as exc:
            raise DatabaseError(
                translate("Entries", "The entry could not be deleted: {error}.").format(error=exc)
            ) from exc
        return entry

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back with the same id, times, zone, star, format and tags."""
        if self._exists(entry.id):
            raise DatabaseError(
                translate("Entries", "The entry could not be restored: entry {id} exists.").format(
                    id=entry.id
                )
            )
        return self.insert(entry, keep_id=True, require_body=False)

    # -- write helpers ------------------------------------------------------------------
    def _checked(self, entry: Entry, *, require_body: bool) -> Entry:
        """The entry as it will be stored: validated, UTC times, a known zone."""
        title, text = validate_entry(entry.title, entry.text, require_body=require_body)
        _check_format(entry.body_format)
        try:
            name = check_zone(entry.tz) if entry.tz else system_zone()
            created = entry.created
            if created.tzinfo is None:
                created = created.replace(tzinfo=zone(name))
            created = created.astimezone(UTC)
        except ZoneError as exc:
            raise EntryValidationError(
                translate("Entries", "{error} Nothing was saved.").format(error=exc)
            ) from exc
        updated = entry.updated.astimezone(UTC) if entry.updated else None
        return _replace(entry, title=title, text=text, created=created, updated=updated, tz=name)

    @staticmethod
    def _values(entry: Entry) -> tuple[object, ...]:
        """Values for ``title, text, created, updated, format, tz, local_day, starred``."""
        return (
            entry.title,
            entry.text,
            entry.created.isoformat(),
            entry.updated.isoformat() if entry.updated else None,
            entry.body_format,
            entry.tz,
            entry.local_day.isoformat(),
            int(entry.starred),
        )

    def _exists(self, entry_id: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return row is not None

    def _place(self, entry_id: int | None, created: datetime) -> int:
        """The sort key for entry ``entry_id`` (``None``: a new id) created at ``created``.

        A UTC day's entries hold consecutive keys in (created, id) order. An entry written
        after the day's others (the usual case) takes the next key; one that belongs between
        them renumbers that day's few entries.
        """
        low, high = key_range(created)
        mine = (created.isoformat(), _MAX_KEY if entry_id is None else entry_id)
        # The usual case reads only the day's last entry (or two, when the last is this one):
        # reading the whole day for every insert made a big import on one day quadratic.
        last = [
            (str(c), int(i), int(k))
            for i, k, c in self._conn.execute(
                "SELECT id, sort_key, created FROM entries WHERE sort_key BETWEEN ? AND ?"
                " ORDER BY sort_key DESC LIMIT 2",
                (low, high),
            )
            if i != entry_id
        ][:1]
        if last and mine > last[0][:2] and last[0][2] < high:
            return last[0][2] + 1
        rows = self._conn.execute(
            "SELECT id, sort_key, created FROM entries WHERE sort_key BETWEEN ? AND ?"
            " ORDER BY sort_key",
            (low, high),
        ).fetchall()
        others = [(str(c), int(i), int(k)) for i, k, c in rows if i != entry_id]
        if not others:
            return low
        order = sorted([(c, i) for c, i, _ in others] + [mine])
        if len(order) > high - low + 1:
            from desktop_blog.locale_format import number

            raise EntryValidationError(
                translate(
                    "Entries",
                    "Too many entries have this date (the limit is {limit} a day); nothing was saved.",  # noqa: E501
                ).format(limit=number(high - low + 1))
            )
        moves = [(TEMPORARY_KEY, entry_id)] if entry_id is not None else []
        moves += [(TEMPORARY_KEY + 1 + n, i) for n, (_c, i, _k) in enumerate(others)]
        moves += [(low + n, i) for n, (_c, i) in enumerate(order) if (_c, i) != mine]
        self._conn.executemany("UPDATE entries SET sort_key = ? WHERE id = ?", moves)
        return low + order.index(mine)

    def _index_tags(self, entry_id: int, title: str, text: str) -> None:
        """Replace the entry's rows in ``entry_tags``; call inside a transaction."""
        self._conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        self._conn.executemany(
            "INSERT INTO entry_tags (tag, entry_id, sort_key)"
            " SELECT ?, id, sort_key FROM entries WHERE id = ?",
            [(tag, entry_id) for tag in extract_tags(title, text)],
        )

    # -- reading in order ---------------------------------------------------------------
    def get(self, entry_id: int) -> Entry | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id = ?",  # noqa: S608 (constant columns)
            (entry_id,),
        ).fetchone()
        return _to_entry(row) if row else None

    def count(self) -> int:
        """How many entries the journal holds (kept by triggers, read in a fraction of a ms)."""
        return kept_entry_count(self._conn)

    def newest(self, limit: int, *, before: int | None = None) -> list[Entry]:
        """Up to ``limit`` entries newest first (date, then id), older than sort key ``before``."""
        upper = _MAX_KEY if before is None else before
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE sort_key < ?"  # noqa: S608
            " ORDER BY sort_key DESC LIMIT ?",
            (upper, limit),
        )
        return [_to_entry(row) for row in rows]

    def oldest(self, limit: int, *, after: int | None = None) -> list[Entry]:
        """Up to ``limit`` entries oldest first, newer than sort key ``after``."""
        lower = _MIN_KEY if after is None else after
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE sort_key > ?"  # noqa: S608
            " ORDER BY sort_key LIMIT ?",
            (lower, limit),
        )
        return [_to_entry(row) for row in rows]

    def key_at(self, offset: int, *, newest_first: bool = True) -> int | None:
        """The sort key ``offset`` rows from the newest (or oldest) entry, if there is one.

        Reads the sort-key index, not the table: O(offset), a few ms per 100k.
        """
        order = "DESC" if newest_first else "ASC"
        row = self._conn.execute(
            f"SELECT sort_key FROM entries INDEXED BY entries_sort"  # noqa: S608
            f" ORDER BY sort_key {order} LIMIT 1 OFFSET ?",
            (offset,),
        ).fetchone()
        return int(row[0]) if row else None

    def id_at(self, offset: int, *, newest_first: bool = True) -> int | None:
        """The id of the entry ``offset`` rows from the newest (or oldest), if there is one."""
        key = self.key_at(offset, newest_first=newest_first)
        if key is None:
            return None
        row = self._conn.execute("SELECT id FROM entries WHERE sort_key = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def count_newer(self, entry_id: int) -> int:
        """How many entries come before ``entry_id`` newest first: its row in the list."""
        row = self._conn.execute(
            "SELECT count(*) FROM entries INDEXED BY entries_sort WHERE sort_key >"
            " (SELECT sort_key FROM entries WHERE id = ?)",
            (entry_id,),
        ).fetchone()
        return int(row[0])

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

    # -- searching ----------------------------------------------------------------------
    def search(self, query: str, limit: int, *, before: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries matching ``query``, newest first.

        Any text is a valid query; see :meth:`search_ids`.
        """
        keys = [k for k, _ in self.search_keys(query, limit, before=before, with_ids=False)]
        found: dict[int, Entry] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE sort_key IN ({marks})",  # noqa: S608
                chunk,
            )
            found.update((row[8], _to_entry(row)) for row in rows)
        return [found[k] for k in keys if k in found]

    def search_ids(self, query: str, limit: int, *, before: int | None = None) -> list[int]:
        """Return the ids of up to ``limit`` entries matching ``query``, newest first.

        ``query`` is full-text search syntax (words, "phrases", prefix*, AND, OR, NOT), the
        last word matching as a prefix. Text that is not valid syntax is searched as plain
        words. Text without any letter or digit (``%``, ``:)``) is looked for as a substring
        of the titles, which the ``entries_title`` index holds: scanning every body would take
        seconds in a big journal. Blank text matches all. ``before`` is a sort key.
        """
        return [i for _, i in self.search_keys(query, limit, before=before)]

    def search_keys(
        self, query: str, limit: int, *, before: int | None = None, with_ids: bool = True
    ) -> Keyed:
        """Like :meth:`search_ids`, as ``(sort_key, id)`` pairs (the key pages on).

        ``with_ids=False`` leaves the ids 0 when only the keys are needed.
        """
        upper = _MAX_KEY if before is None else before
        if not query.strip():
            return [(e.sort_key, e.id) for e in self.newest(limit, before=before)]
        plain = plain_fts_query(query)
        if plain is None:
            return self._title_keys(query, limit, upper)
        try:
            return self._match_keys(fts_query(query), limit, upper, with_ids)
        except sql_errors.OPERATIONAL_ERROR:
            return self._match_keys(plain, limit, upper, with_ids)

    def _match_keys(self, match: str, limit: int, upper: int, with_ids: bool = True) -> Keyed:
        keys = [
            int(row[0])
            for row in self._conn.execute(
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid < ?"
                " ORDER BY rowid DESC LIMIT ?",
                (match, upper, limit),
            )
        ]
        if not with_ids:
            return [(k, 0) for k in keys]
        ids: dict[int, int] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            ids.update(
                self._conn.execute(
                    f"SELECT sort_key, id FROM entries WHERE sort_key IN ({marks})",  # noqa: S608
                    chunk,
                )
            )
        return [(k, ids[k]) for k in keys if k in ids]

    def _title_keys(self, text: str, limit: int, upper: int) -> Keyed:
        rows = self._conn.execute(
            "SELECT sort_key, id FROM entries INDEXED BY entries_title"
            " WHERE sort_key < ? AND title LIKE ? ESCAPE '\\' ORDER BY sort_key DESC LIMIT ?",
            (upper, _like_pattern(text), limit),
        )
        return [(int(k), int(i)) for k, i in rows]

    def search_like(self, query: str, limit: int, *, before: int | None = None) -> list[Entry]:
        """Return up to ``limit`` entries containing ``query`` as a substring, newest first.

        A plain scan of titles and HTML bodies (case-insensitive for ASCII); slow on big
        journals, kept for comparison in the benchmark.
        """
        pattern = _like_pattern(query)
        upper = _MAX_KEY if before is None else before
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM entries WHERE sort_key < ?"  # noqa: S608 (constant columns)
            " AND (title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
            " ORDER BY sort_key DESC LIMIT ?",
            (upper, pattern, pattern, limit),
        )
        return [_to_entry(row) for row in rows]

    # -- tags, days, filters ------------------------------------------------------------
    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag with its number of entries, most used first, then by name.

        Read from the totals migration 8's triggers keep (0.02 ms; counting ``entry_tags``
        took 55 ms at 1,000,000 entries); a journal opened read-only at an older schema
        version has none, and is counted.
        """
        if schema_version(self._conn) < TAG_TOTALS_VERSION:
            sql = "SELECT tag, count(*) AS n FROM entry_tags GROUP BY tag ORDER BY n DESC, tag"
        else:
            sql = "SELECT tag, entries FROM tag_totals WHERE entries > 0 ORDER BY entries DESC, tag"
        return [(str(tag), int(n)) for tag, n in self._conn.execute(sql)]

    def days_with_entries(self, first: date, last: date) -> set[date]:
        """The days from ``first`` to ``last`` (inclusive) with entries, each on its own day."""
        rows = self._conn.execute(
            "SELECT DISTINCT local_day FROM entries WHERE local_day BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        )
        return {date.fromisoformat(str(row[0])) for row in rows}

    def filtered(
        self, entry_filter: EntryFilter, limit: int, *, before: int | None = None
    ) -> list[Entry]:
        """Up to ``limit`` entries matching every part of ``entry_filter``, newest first."""
        return self.get_many(self.filtered_ids(entry_filter, limit, before=before))

    def filtered_ids(
        self, entry_filter: EntryFilter, limit: int, *, before: int | None = None
    ) -> list[int]:
        """The ids of up to ``limit`` entries matching ``entry_filter``, newest first."""
        return [i for _, i in self.filtered_keys(entry_filter, limit, before=before)]

    def filtered_keys(
        self, entry_filter: EntryFilter, limit: int, *, before: int | None = None
    ) -> Keyed:
        """``(sort_key, id)`` of up to ``limit`` entries matching ``entry_filter``.

        The text query is a full-text search as in :meth:`search_ids`; a tag, a day and the
        star narrow it further. ``before`` (a sort key) pages on.
        """
        if entry_filter.tag is None and entry_filter.day is None and not entry_filter.starred:
            return self.search_keys(entry_filter.query, limit, before=before)
        upper = _MAX_KEY if before is None else before
        try:
            return self._filtered_keys(entry_filter, limit, upper, plain=False)
        except sql_errors.OPERATIONAL_ERROR:
            return self._filtered_keys(entry_filter, limit, upper, plain=True)

    def _filtered_keys(
        self, entry_filter: EntryFilter, limit: int, upper: int, *, plain: bool
    ) -> Keyed:
        clauses: list[str] = []
        params: list[object] = []
        # A tag's rows in entry_tags carry the entries' sort keys: its index (tag, sort_key)
        # gives them newest first, so a tag (without a day) drives the query and LIMIT stops
        # it early. With a day, the day index finds the few rows instead.
        by_tag = bool(entry_filter.tag) and entry_filter.day is None
        source, key = ("entry_tags t JOIN entries e ON e.id = t.entry_id", "t.sort_key")
        if not by_tag:
            source, key = "entries e", "e.sort_key"
        if entry_filter.tag:
            clauses.append(
                "t.tag = ?" if by_tag else "e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)"
            )
            params.append(normalize_tag(entry_filter.tag))
        if entry_filter.day is not None:
            clauses.append("e.local_day = ?")
            params.append(entry_filter.day.isoformat())
        if entry_filter.starred:
            clauses.append("e.starred = 1")
        query = entry_filter.query.strip()
        words = plain_fts_query(query) if query else None
        if query and words is None:
            clauses.append("e.title LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(query))
        elif query:
            # "+": only a membership test, so that SQLite walks the few rows the other parts
            # find (or the sort-key index, newest first) instead of every match.
            clauses.append(
                "+e.sort_key IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"
            )
            params.append(words if plain else fts_query(query))
        # "+": with a day, keep SQLite from walking the whole sort-key range instead.
        key_term = f"+{key}" if entry_filter.day is not None else key
        sql = (
            f"SELECT {key}, e.id FROM {source} WHERE {key_term} < ?"  # noqa: S608 (constant)
            + "".join(f" AND {clause}" for clause in clauses)
            + f" ORDER BY {key} DESC LIMIT ?"
        )
        rows = self._conn.execute(sql, (upper, *params, limit))
        return [(int(k), int(i)) for k, i in rows]


def _replace(entry: Entry, **changes: object) -> Entry:
    return replace(entry, **changes)  # type: ignore[arg-type]
