"""One explanation for every SQLite failure of a journal (no Qt).

Every connection the app opens to a journal or a backup uses :data:`GuardedConnection`
(SQLCipher's connection class, :mod:`desktop_blog.storage.sql_errors`): whatever statement,
fetch or commit fails because the file is damaged, the disk is full or the disk fails raises
one of the typed errors below, whose message names the file, says what happened and what to
do. Other SQLite errors (a syntax error, a constraint) pass through unchanged, so callers
keep handling them as before.

The typed errors derive from :class:`DatabaseError` (what the CLI and the windows show) and
from the driver's ``DatabaseError``, so ``except sql_errors.ERROR`` handlers still see them.
"""

from __future__ import annotations

import errno
import urllib.parse
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.i18n import translate

if TYPE_CHECKING:
    import sqlite3

_T = TypeVar("_T")

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class DatabaseError(RuntimeError):
    """The journal database cannot be used; the message says why and what to do."""


class JournalDamagedError(DatabaseError, sqlcipher.DatabaseError):
    """The journal (or backup) file is damaged or is not a database."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DiskFullError(DatabaseError, sqlcipher.DatabaseError):
    """A write failed because the disk (or the user's quota) is full; nothing was lost."""


class DiskIOError(DatabaseError, sqlcipher.DatabaseError):
    """The operating system reported an input/output error reading or writing the file."""


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify(exc: BaseException) -> type[DatabaseError] | None:
    """The typed error for ``exc``, or ``None`` when it is not a damage/disk failure."""
    if isinstance(exc, DatabaseError):
        return None
    if isinstance(exc, OSError):
        return DiskFullError if exc.errno in (errno.ENOSPC, errno.EDQUOT) else None
    code = _code(exc)
    text = str(exc).lower()
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return JournalDamagedError
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return DiskIOError
    return None


def explain(path: Path | str | None, exc: BaseException) -> BaseException:
    """The typed, explained error for ``exc`` on the file ``path`` (or ``exc`` itself)."""
    kind = classify(exc)
    if kind is JournalDamagedError:
        if path:
            text = translate(
                "StorageErrors",
                "The journal {path} is damaged ({error}). Nothing more was written to it. Run 'desktop-blog check' to see which parts are damaged, then restore the newest backup or 'desktop-blog salvage NEW-FILE' to save every readable entry.",  # noqa: E501
            )
        else:
            text = translate(
                "StorageErrors",
                "The journal is damaged ({error}). Nothing more was written to it. Run 'desktop-blog check' to see which parts are damaged, then restore the newest backup or 'desktop-blog salvage NEW-FILE' to save every readable entry.",  # noqa: E501
            )
        return JournalDamagedError(text.format(path=path, error=exc), Path(path) if path else None)
    if kind is DiskFullError:
        if path:
            text = translate(
                "StorageErrors",
                "Cannot write the journal {path}: the disk is full. Nothing that was saved before was lost; free some space and try again.",  # noqa: E501
            )
        else:
            text = translate(
                "StorageErrors",
                "Cannot write the journal: the disk is full. Nothing that was saved before was lost; free some space and try again.",  # noqa: E501
            )
        return DiskFullError(text.format(path=path))
    if kind is DiskIOError:
        if path:
            text = translate(
                "StorageErrors",
                "The disk failed while reading or writing the journal {path} ({error}). Check that the drive is connected and healthy, then run 'desktop-blog check'.",  # noqa: E501
            )
        else:
            text = translate(
                "StorageErrors",
                "The disk failed while reading or writing the journal ({error}). Check that the drive is connected and healthy, then run 'desktop-blog check'.",  # noqa: E501
            )
        return DiskIOError(text.format(path=path, error=exc))
    return exc


def path_of(database: object) -> Path | None:
    """The file of a ``connect()`` argument (a path or a ``file:`` URI), or ``None``."""
    if isinstance(database, bytes):
        database = database.decode("utf-8", "replace")
    text = str(database)
    if text in ("", ":memory:"):
        return None
    if text.startswith("file:"):
        text = urllib.parse.unquote(urllib.parse.urlsplit(text).path)
    return Path(text)


DamageListener = Callable[[JournalDamagedError], None]
"""Told of every :class:`JournalDamagedError` a connection raises (set as the connection's
``damage_listener``), whoever catches the error: the window's one route to the rescue offer.
It may be called from any thread that uses the connection."""


def _tell(owner: Any, error: BaseException) -> None:
    listener = getattr(owner, "damage_listener", None)
    if listener is not None and isinstance(error, JournalDamagedError):
        listener(error)


@cache
def guarded_connection_class(
    connection_base: type[Any], cursor_base: type[Any], error_base: type[BaseException]
) -> type[Any]:
    """A ``factory`` for ``connect()`` of any DB-API module built on SQLite.

    ``connection_base``, ``cursor_base`` and ``error_base`` are the module's ``Connection``,
    ``Cursor`` and ``Error`` (SQLCipher's, or ``sqlite3``'s, which has the same API).
    """

    def guard(owner: Any, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except error_base as exc:
            better = explain(getattr(owner, "journal_path", None), exc)
            if better is exc:
                raise
            _tell(owner, better)
            raise better from exc

    next_row = cursor_base.__next__

    class GuardedCursor(cursor_base):  # type: ignore[misc]
        """A cursor whose fetches raise the typed errors."""

        @property
        def journal_path(self) -> Path | None:
            return getattr(self.connection, "journal_path", None)

        @property
        def damage_listener(self) -> DamageListener | None:
            return getattr(self.connection, "damage_listener", None)

        def execute(self, *args: Any) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).execute(*args))

        def executemany(self, *args: Any) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).executemany(*args))

        def executescript(self, *args: Any) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).executescript(*args))

        def fetchone(self) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).fetchone())

        def fetchmany(self, *args: Any) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).fetchmany(*args))

        def fetchall(self) -> Any:
            return guard(self, lambda: super(GuardedCursor, self).fetchall())

        def __next__(self) -> Any:
            try:  # inline, not through guard(): this runs once per row
                return next_row(self)
            except error_base as exc:
                better = explain(self.journal_path, exc)
                if better is exc:
                    raise
                _tell(self, better)
                raise better from exc

    class GuardedConnection(connection_base):  # type: ignore[misc]
        """A connection that knows its file and explains damage and disk failures."""

        damage_listener: DamageListener | None = None

        def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
            self.journal_path = path_of(database)
            guard(self, lambda: super(GuardedConnection, self).__init__(database, *args, **kwargs))

        def cursor(self, factory: Any = None) -> Any:
            return super().cursor(factory or GuardedCursor)

        def execute(self, sql: str, parameters: Any = ()) -> Any:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any) -> Any:
            return self.cursor().executemany(sql, parameters)

        def executescript(self, script: str) -> Any:
            return self.cursor().executescript(script)

        def commit(self) -> None:
            guard(self, lambda: super(GuardedConnection, self).commit())

        def backup(self, target: Any, **kwargs: Any) -> None:
            guard(self, lambda: super(GuardedConnection, self).backup(target, **kwargs))

    return GuardedConnection


# Typed as sqlite3's connection, whose API SQLCipher's follows (and which mypy knows).
GuardedConnection: type[sqlite3.Connection] = guarded_connection_class(
    sqlcipher.Connection, sqlcipher.Cursor, sqlcipher.Error
)
