"""Opening, creating and migrating the journal's SQLite database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from desktop_blog.resources import read_text
from desktop_blog.storage.fulltext import register_functions
from desktop_blog.storage.migrations import MIGRATIONS

SCHEMA_VERSION = max([1, *MIGRATIONS])
BUSY_TIMEOUT_SECONDS = 5.0


class DatabaseError(RuntimeError):
    """The journal database cannot be used; the message says why and what to do."""


class JournalExistsError(DatabaseError):
    """``init_database`` refused to replace a journal that holds entries."""


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(
            f"The journal path {path} is a folder, not a file. "
            "Point 'database' in the settings file at a file."
        )


def open_database(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open the journal at ``path``, creating and migrating it as needed.

    The connection is in autocommit mode: writers use :func:`transaction`.
    """
    path = Path(path)
    _check_path(path)
    if not path.exists():
        if not create:
            raise DatabaseError(
                f"There is no journal at {path}. Run 'desktop-blog init-db' to create one."
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Create the file owner-only before SQLite opens it.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise DatabaseError(f"Cannot create the journal {path}: {exc.strerror}.") from exc
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open the journal {path}: {exc}.") from exc
    try:
        _configure(conn)
        _migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(path, exc) from exc
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: in WAL mode NORMAL may lose the last commits on power loss; a journal entry
    # the user saw "posted" must survive. The extra fsync per commit costs ~1 ms.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    register_functions(conn)  # used by the full-text triggers


def _explain(path: Path, exc: sqlite3.DatabaseError) -> DatabaseError:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return DatabaseError(
            f"{path} is not a Desktop Blog journal or is damaged ({text}). "
            "It was left untouched; restore it from a backup or choose "
            "another file."
        )
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"The journal {path} is locked by another program. Close it and try again."
        )
    if "readonly" in text or "unable to open" in text:
        return DatabaseError(
            f"Cannot write to the journal {path} ({text}). Check the file's permissions."
        )
    return DatabaseError(f"Cannot use the journal {path}: {text}.")


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"journal schema version {version} is newer than this app ({SCHEMA_VERSION}); "
            "update Desktop Blog"
        )
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
        if sqlite3.complete_statement(current):
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
    return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def backup_database(path: Path) -> Path:
    """Copy the journal at ``path`` with SQLite's online backup; return the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def init_database(path: Path, *, force: bool = False) -> Path | None:
    """Create the journal at ``path``. Never drops data silently.

    An existing journal with entries is refused unless ``force``; then it is first copied
    to a backup (returned) and emptied. Returns the backup path, if one was written.
    """
    path = Path(path)
    _check_path(path)
    backup: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        conn = open_database(path)
        try:
            count = entry_count(conn)
            if count and not force:
                raise JournalExistsError(
                    f"The journal {path} already holds {count} entries; nothing was changed. "
                    "Use --force to back it up and start an empty journal."
                )
            if count:
                backup = backup_database(path)
                with transaction(conn):
                    conn.execute("DELETE FROM entries")
                    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'entries'")
        finally:
            conn.close()
        return backup
    open_database(path).close()
    return None
