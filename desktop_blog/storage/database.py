"""Opening, creating and migrating the journal's SQLite database.

Every file is opened with SQLCipher's ``sqlcipher3``, a plain journal too (SQLCipher without
a key is SQLite): one SQLite library in the process (:mod:`desktop_blog.storage.sql_errors`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.i18n import translate
from desktop_blog.resources import read_text
from desktop_blog.security.file_kind import SQLITE_HEADER
from desktop_blog.security.file_kind import is_plain_file as is_plain_file  # noqa: PLC0414 (re-exported)
from desktop_blog.security.keys import DataKey, key_file_path
from desktop_blog.storage import sql_errors
from desktop_blog.storage.errors import DatabaseError as DatabaseError  # noqa: PLC0414 (re-exported)
from desktop_blog.storage.errors import GuardedConnection
from desktop_blog.storage.fulltext import register_functions
from desktop_blog.storage.migrations import MIGRATIONS
from desktop_blog.storage.schema_check import check_schema

if TYPE_CHECKING:
    import sqlite3

SCHEMA_VERSION = max([1, *MIGRATIONS])
BUSY_TIMEOUT_SECONDS = 5.0
MEMORY_SECURITY = False  # SQLCipher's cipher_memory_security; see _connect_encrypted
ENCRYPTED_CACHE_KIB = 8 * 1024  # SQLite's page cache for encrypted journals: _connect_encrypted
# SQLite counts rows by walking the smallest index it has (a covering scan, not the table).
COUNT_SQL = "SELECT count(*) FROM entries"
DAY_COUNT_SQL = "SELECT coalesce(sum(entries), 0) FROM entry_days"
DAY_COUNTS_VERSION = 7  # the schema version that added entry_days
TAG_TOTALS_VERSION = 8  # the schema version that added tag_totals
_OUR_TABLES = frozenset({"entries", "sqlite_sequence"})


class JournalExistsError(DatabaseError):
    """``init_database`` refused to replace a journal that holds entries."""


def _connect(target: str | Path, **options: Any) -> sqlite3.Connection:
    """A guarded SQLCipher connection to ``target``, without a key yet (a plain file)."""
    factory = cast("type[sqlcipher.Connection]", GuardedConnection)  # typed as sqlite3's
    conn = sqlcipher.connect(str(target), timeout=BUSY_TIMEOUT_SECONDS, factory=factory, **options)
    # SQLCipher would also print its own line to stderr for a wrong key or a damaged page;
    # the app's message says it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return cast("sqlite3.Connection", conn)


def _connect_encrypted(
    target: str | Path, key: DataKey, *, uri: bool = False
) -> sqlite3.Connection:
    """An SQLCipher connection keyed with ``key`` (before any statement reads the file).

    The connection follows Python's DB-API like ``sqlite3``'s, but raises ``sqlcipher3``
    exceptions: catch :mod:`desktop_blog.storage.sql_errors`.
    """
    conn = _connect(target, uri=uri, isolation_level=None)
    conn.execute(key.sqlcipher_pragma())
    # SQLCipher can wipe and lock every buffer it frees (cipher_memory_security). Measured at
    # 100,000 entries it makes full-text searches 2-20x slower (a prefix search 26 ms instead
    # of 3 ms), while the entries it would protect live on in Python's own strings, which
    # nothing wipes. So it is set off explicitly; the key itself is zeroed on lock.
    conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
    conn.execute("PRAGMA temp_store = MEMORY")
    # The OS caches an encrypted file's pages still encrypted, so every page SQLite's own
    # cache misses is decrypted again. 8 MiB (as EntryRepository asks of any journal), not
    # the 64 MiB it was: at 1,000,000 entries first searches and scrolling take as long, a
    # repeated search 9 ms instead of 6, and 14 searches grew the process by 8 MiB instead of
    # 24 (tests/benchmarks/search_memory.py). The 64 MiB were for counting the rows at each
    # refresh (0.5 ms instead of 93-155); the list's size is kept now, not counted.
    conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    return conn


def connect_journal_file(
    path: Path, key: DataKey | None, *, read_only: bool = False
) -> sqlite3.Connection:
    """A bare connection to a journal or backup file, keyed when ``key`` is given."""
    target: str | Path = _uri(path, mode="ro") if read_only else path
    if key is not None:
        return _connect_encrypted(target, key, uri=read_only)
    return _connect(target, uri=read_only)


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(
            translate(
                "Database",
                "The journal path {path} is a folder, not a file. Point 'database' in the settings file at a file.",  # noqa: E501
            ).format(path=path)
        )


def read_only_reason(path: Path) -> str | None:
    """Why the existing journal at ``path`` can only be read, or ``None`` if it is writable.

    A file or folder without the owner's write bit counts as read-only even for root: the
    user marked it so, and the app respects that instead of relying on permission errors.
    """
    path = Path(path)
    folder = path.parent
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR):
        return translate("Database", "The journal {path} is read-only").format(path=path)
    if folder.exists() and (
        not os.access(folder, os.W_OK) or not folder.stat().st_mode & stat.S_IWUSR
    ):
        return translate("Database", "The folder {folder} holding the journal is read-only").format(
            folder=folder
        )
    return None


def _uri(path: Path, **params: str) -> str:
    query = urllib.parse.urlencode(params)
    return f"file:{urllib.parse.quote(str(path.resolve()))}?{query}"


def _read_only_params(path: Path) -> dict[str, str]:
    params = {"mode": "ro"}
    folder = path.parent
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & stat.S_IWUSR:
        # A read-only folder cannot hold the WAL index files, and nobody can be writing
        # the journal there: read it as immutable, creating nothing next to it.
        params["immutable"] = "1"
    return params


def _connect_read_only(path: Path, key: DataKey | None = None) -> sqlite3.Connection:
    """Connect without the right (or, in a read-only folder, the need) to write anything."""
    if key is not None:
        return _connect_encrypted(_uri(path, **_read_only_params(path)), key, uri=True)
    return _connect(_uri(path, **_read_only_params(path)), uri=True, isolation_level=None)


def _expected_size(header: bytes) -> int:
    """The file size the SQLite header promises (page size x page count), or 0 if unknown.

    The page count in the header is valid only when its "version-valid-for" number matches
    the change counter (bytes 24-27 and 92-95), as every SQLite since 3.7.0 writes it.
    """
    if len(header) < 100 or header[24:28] != header[92:96]:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size * int.from_bytes(header[28:32], "big")


def _check_kind(path: Path, header: bytes, size: int, key: DataKey | None) -> None:
    """Refuse a plain file opened with a key, an encrypted one without, a truncated one."""
    plain = header[: len(SQLITE_HEADER)] == SQLITE_HEADER
    if key is None and not plain:
        if key_file_path(path).exists():
            raise DatabaseError(
                translate(
                    "Database", "The journal {path} is encrypted; it opens only with its password."
                ).format(path=path)
            )
        raise _explain(path, sqlcipher.DatabaseError("file is not a database"))
    if key is not None and plain:
        raise DatabaseError(
            translate(
                "Database",
                "The journal {path} is not encrypted (a plain SQLite file), although a key was given. Encrypt it first; nothing was changed.",  # noqa: E501
            ).format(path=path)
        )
    if plain and size < _expected_size(header):
        raise _explain(path, sqlcipher.DatabaseError("malformed: the file is truncated"))


def _read_schema(conn: sqlite3.Connection, path: Path) -> tuple[int, set[str]]:
    """``(user_version, table names)``, checked against the app's schema; closes ``conn``."""
    try:
        version = schema_version(conn)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if 1 <= version <= SCHEMA_VERSION:  # nothing foreign before it is opened for writing
            check_schema(conn, path, version)
        # Reading the schema checks its pages; the header check above catches a truncated
        # file. A full quick_check would read every page (seconds for a journal of a million
        # entries) on every start, so it is not run here: a page damaged elsewhere is
        # reported when it is read, and every backup runs integrity_check.
        return version, tables
    finally:
        conn.close()


def _needs_recovery(path: Path, exc: Exception) -> bool:
    """Whether a read-only look failed only because a crash left a log to recover."""
    cause = exc.__cause__ if isinstance(exc, DatabaseError) and exc.__cause__ else exc
    return "readonly" in str(cause).replace(" ", "") and read_only_reason(path) is None


def _inspect(path: Path, key: DataKey | None = None) -> tuple[int, bool]:
    """Return ``(user_version, has_tables)`` of an existing file without writing to it.

    Raises :class:`DatabaseError` for anything that is not a (healthy) Desktop Blog journal,
    so that opening never writes to a file that is not ours.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise DatabaseError(
            translate(
                "Database", "Cannot read the journal {path}: {error}. Check the file's permissions."
            ).format(path=path, error=exc.strerror)
        ) from exc
    _check_kind(path, header, size, key)
    try:
        version, tables = _read_schema(_connect_read_only(path, key), path)
    except sql_errors.ERROR as exc:
        if not _needs_recovery(path, exc):
            raise _explain(path, exc, key) from exc
        # A crash left a write-ahead log that only a writing connection may recover (SQLite's
        # own crash recovery; the journal's pages are not changed by it).
        try:
            version, tables = _read_schema(connect_journal_file(path, key), path)
        except sql_errors.ERROR as again:
            raise _explain(path, again, key) from again
    if version > SCHEMA_VERSION:
        raise _explain(path, sqlcipher.DatabaseError(_newer(version)))
    if version == 0 and tables - _OUR_TABLES:
        raise DatabaseError(
            translate(
                "Database",
                "{path} is a database of another program (it has the tables {tables}), not a Desktop Blog journal. It was left untouched; point 'database' in the settings file at another file.",  # noqa: E501
            ).format(path=path, tables=", ".join(sorted(tables)[:5]))
        )
    if version >= 1 and "entries" not in tables:
        raise DatabaseError(
            translate(
                "Database",
                "{path} is not a Desktop Blog journal (it has no entries table). It was left untouched; point 'database' in the settings file at another file.",  # noqa: E501
            ).format(path=path)
        )
    return version, bool(tables)


def open_database(
    path: Path, *, create: bool = True, key: DataKey | None = None
) -> sqlite3.Connection:
    """Open the journal at ``path``, creating and migrating it as needed.

    With ``key`` the journal is an SQLCipher file encrypted with that data key (a new one
    is created encrypted); without, a plain SQLite file (journals of earlier versions).

    The connection is in autocommit mode: writers use :func:`transaction`. A journal that
    :func:`read_only_reason` calls read-only is opened with ``mode=ro`` and
    ``PRAGMA query_only`` (see :func:`is_read_only`). Anything that is not a journal is
    refused before a single byte of it is written.
    """
    path = Path(path)
    _check_path(path)
    if not path.exists():
        if not create:
            raise DatabaseError(
                translate(
                    "Database",
                    "There is no journal at {path}. Run 'desktop-blog init-db' to create one.",
                ).format(path=path)
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Create the file owner-only before SQLite opens it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise DatabaseError(
                translate(
                    "Database",
                    "Cannot create the journal {path}: {error}. Check that its folder exists and is writable, or choose another path.",  # noqa: E501
                ).format(path=path, error=exc.strerror)
            ) from exc
    elif path.stat().st_size > 0:
        version, _has_tables = _inspect(path, key)
        reason = read_only_reason(path)
        if reason is not None:
            return _open_read_only(path, version, reason, key)
    try:
        if key is not None:
            conn = _connect_encrypted(path, key)
        else:
            conn = _connect(path, isolation_level=None)
    except sql_errors.ERROR as exc:
        raise DatabaseError(
            translate("Database", "Cannot open the journal {path}: {error}.").format(
                path=path, error=exc
            )
        ) from exc
    try:
        _configure(conn)
        _migrate(conn)
        _read_search_index_root(conn)
    except sql_errors.DATABASE_ERROR as exc:
        conn.close()
        raise _explain(path, exc) from exc
    return conn


def _read_search_index_root(conn: sqlite3.Connection) -> None:
    """Read the full-text index's structure record (a few pages): a damaged index is found
    when the journal opens, where :func:`desktop_blog.storage.rescue.open_journal` rebuilds
    it, rather than at the first search (Python's own SQLite, 3.40, happened to read it while
    opening; SQLCipher's, 3.51, reads it on first use)."""
    indexed = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries_fts_data'"
    if conn.execute(indexed).fetchone():
        conn.execute("SELECT block FROM entries_fts_data WHERE id = 10").fetchone()


def _open_read_only(
    path: Path, version: int, reason: str, key: DataKey | None = None
) -> sqlite3.Connection:
    if version != SCHEMA_VERSION:
        raise DatabaseError(
            translate(
                "Database",
                "{reason}, and it needs an update to schema version {needed} (it has {version}). Make it writable and start Desktop Blog again.",  # noqa: E501
            ).format(reason=reason, needed=SCHEMA_VERSION, version=version)
        )
    try:
        conn = _connect_read_only(path, key)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM entries").fetchone()
    except sql_errors.DATABASE_ERROR as exc:
        raise _explain(path, exc) from exc
    return conn


def is_read_only(conn: sqlite3.Connection) -> bool:
    """Whether ``conn`` was opened read-only by :func:`open_database`."""
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # Durability of committed entries. In WAL mode a commit appends to the -wal file:
    # - synchronous=FULL fsyncs the WAL at every commit, so once COMMIT returns (and the
    #   form says "posted") the entry survives a process kill, an OS crash and a power cut;
    # - NORMAL fsyncs only at checkpoints: safe against a process kill, but a power cut may
    #   roll back the last commits, i.e. lose entries the user saw posted;
    # - EXTRA only adds a directory fsync for rollback journals, nothing for WAL;
    # - OFF may corrupt the file on power loss.
    # An entry is written by a person, a few per day, so the one extra fsync per commit
    # (about a millisecond on an SSD) is free; losing a posted entry is not.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never reach a file
    register_functions(conn)  # used by the full-text triggers


def _explain(path: Path, exc: Exception, key: DataKey | None = None) -> DatabaseError:
    # The guarded connection has already explained damage; SQLite's own words stay its cause.
    text = str(exc.__cause__ or exc) if isinstance(exc, DatabaseError) else str(exc)
    if key is not None and "not a database" in text:  # how a wrong key reads
        return DatabaseError(
            translate(
                "Database",
                "The key file {key_file} does not belong to the journal {path} (or the journal is damaged): the key it holds does not decrypt it. Nothing was changed.",  # noqa: E501
            ).format(key_file=key_file_path(path), path=path)
        )
    if isinstance(exc, DatabaseError):
        return exc
    if "not a database" in text or "malformed" in text:
        return DatabaseError(
            translate(
                "Database",
                "{path} is not a Desktop Blog journal or is damaged ({error}). It was left untouched; restore it from a backup or choose another file.",  # noqa: E501
            ).format(path=path, error=text)
        )
    if "locked" in text or "busy" in text:
        from desktop_blog.locale_format import number

        return DatabaseError(
            translate(
                "Database",
                "The journal {path} is locked by another program (waited {seconds} s). Close the other program and try again.",  # noqa: E501
            ).format(path=path, seconds=number(round(BUSY_TIMEOUT_SECONDS)))
        )
    if "readonly" in text or "unable to open" in text:
        return DatabaseError(
            translate(
                "Database",
                "Cannot write to the journal {path} ({error}). Check the file's permissions.",
            ).format(path=path, error=text)
        )
    return DatabaseError(
        translate("Database", "Cannot use the journal {path}: {error}.").format(
            path=path, error=text
        )
    )


def schema_version(conn: sqlite3.Connection) -> int:
    """The journal's schema version (``PRAGMA user_version``; 0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _newer(version: int) -> str:
    return translate(
        "Database",
        "journal schema version {version} is newer than this app ({supported}); update Desktop Blog",  # noqa: E501
    ).format(version=version, supported=SCHEMA_VERSION)


def _migrate(conn: sqlite3.Connection) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise sqlcipher.DatabaseError(_newer(version))
    if version == SCHEMA_VERSION:
        return
    with transaction(conn):
        if version == 0:
            for statement in _statements(read_text("schema.sql")):
                conn.execute(statement)
            version = 1
        for target in sorted(n for n in MIGRATIONS if version < n <= SCHEMA_VERSION):
            MIGRATIONS[target](conn)
        conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (executescript would commit mid-transaction)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlcipher.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run a block as one ``BEGIN IMMEDIATE`` transaction; roll back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def entry_count(conn: sqlite3.Connection) -> int:
    """The entries counted row by row (what backups and conversions verify)."""
    return int(conn.execute(COUNT_SQL).fetchone()[0])


def kept_entry_count(conn: sqlite3.Connection) -> int:
    """The number of entries as migration 7's triggers keep it per day (``entry_days``).

    What the list shows after every change: 0.6 ms at 1,000,000 entries, where counting the
    rows decrypts and walks a whole index (34 ms). A journal opened read-only at an older
    schema version has no ``entry_days``: its rows are counted.
    """
    if schema_version(conn) < DAY_COUNTS_VERSION:
        return entry_count(conn)
    return int(conn.execute(DAY_COUNT_SQL).fetchone()[0])


def backup_database(path: Path, key: DataKey | None = None) -> Path:
    """Copy the journal at ``path`` with SQLite's online backup; return the copy's path.

    An encrypted journal's copy is encrypted with the same key, and its key file is copied
    beside it.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = connect_journal_file(path, key)
    try:
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        if key is not None:
            _copy_key_file(path, target)
        dest = connect_journal_file(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _copy_key_file(journal: Path, copy: Path) -> None:
    from desktop_blog.private_file import write_private_text

    text = key_file_path(journal).read_text(encoding="ascii")
    write_private_text(key_file_path(copy), text, encoding="ascii")


def init_database(path: Path, *, force: bool = False, key: DataKey | None = None) -> Path | None:
    """Create the journal at ``path``. Never drops data silently.

    An existing journal with entries is refused unless ``force``; then it is first copied
    to a backup (returned) and emptied. Returns the backup path, if one was written.
    """
    path = Path(path)
    _check_path(path)
    backup: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        conn = open_database(path, key=key)
        try:
            count = entry_count(conn)
            if count and not force:
                raise JournalExistsError(
                    translate(
                        "Database",
                        "The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.",  # noqa: E501
                        count,
                    ).format(path=path)
                )
            if count:
                backup = backup_database(path, key)
                with transaction(conn):
                    conn.execute("DELETE FROM entries")
                    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'entries'")
        finally:
            conn.close()
        return backup
    open_database(path, key=key).close()
    return None
