"""Online backups with SQLite's backup API: verified, rotated, and restorable (no Qt)."""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog.i18n import translate
from desktop_blog.private_file import write_private_text
from desktop_blog.safe_input import InputError, check_input_file
from desktop_blog.safe_output import (
    describe_os_error,
    fsync_folder,
    remove_stale_parts,
    sync_file,
)
from desktop_blog.security.keys import DataKey, key_file_path
from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    connect_journal_file,
    entry_count,
    is_plain_file,
    open_database,
    schema_version,
)
from desktop_blog.storage.errors import DiskFullError
from desktop_blog.storage.progress import Cancelled, Progress, report
from desktop_blog.storage.schema_check import check_schema, recreate_triggers

if TYPE_CHECKING:
    import sqlite3

DEFAULT_KEEP = 7
AUTO_INTERVAL = timedelta(days=1)
_NAME = re.compile(r"^journal-(\d{8}T\d{12}Z)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_COPY_ERRORS: tuple[type[Exception], ...] = (sql_errors.ERROR, OSError)


class BackupError(DatabaseError):
    """A backup could not be written, verified or restored; the message says why."""


def backup_name(when: datetime) -> str:
    return f"journal-{when.astimezone(UTC).strftime(_STAMP)}.sqlite3"


def list_backups(folder: Path) -> list[Path]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    backups = list_backups(folder)
    newest = backup_time(backups[0]) if backups else None
    return newest is None or (now or datetime.now(UTC)) - newest >= AUTO_INTERVAL


def check_backup(path: Path, key: DataKey | None = None) -> int:
    """Verify a backup file (integrity and schema); return its entry count.

    An encrypted backup is checked with the journal's data ``key``.
    """
    if key is None and key_file_path(path).exists() and not is_plain_file(path):
        raise BackupError(
            translate(
                "Backup",
                "The backup {path} is encrypted: unlock the journal (or use its key file {key_file}) to check it.",  # noqa: E501
            ).format(path=path, key_file=key_file_path(path).name)
        )
    try:
        check_input_file(path)  # a FIFO or device would block SQLite's open
    except InputError as exc:
        raise BackupError(str(exc)) from exc
    try:
        conn = connect_journal_file(path, key, read_only=True)
    except sql_errors.ERROR as exc:
        raise BackupError(
            translate("Backup", "Cannot open the backup {path}: {error}.").format(
                path=path, error=exc
            )
        ) from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupError(
                translate("Backup", "The backup {path} is damaged: {error}.").format(
                    path=path, error=result[0][0]
                )
            )
        version = schema_version(conn)
        if not 1 <= version <= SCHEMA_VERSION:
            raise BackupError(
                translate(
                    "Backup", "{path} is not a backup of a journal this version can use."
                ).format(path=path)
            )
        check_schema(conn, path, version)
        return entry_count(conn)
    except BackupError:
        raise
    except sql_errors.DATABASE_ERROR as exc:
        raise BackupError(
            translate("Backup", "{path} is not a Desktop Blog backup ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    finally:
        conn.close()


def _copy(
    source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None
) -> None:
    """Copy in one step of the backup API: one read snapshot, so writers cannot restart it.

    SQLite restarts a stepwise online backup whenever another connection writes; copying all
    pages in one step reads a single WAL snapshot while writers go on (see README "Safety").
    """
    report(progress, 0, 1)
    source.backup(target, pages=-1)
    report(progress, 1, 1)


def backup_journal(
    journal: Path,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    progress: Progress | None = None,
    now: datetime | None = None,
    key: DataKey | None = None,
) -> Path:
    """Copy the journal into ``folder`` while it may be in use, verify it, keep the newest ``keep``.

    The copy is written to a temporary name and renamed only once verified, so a cancelled
    or failed backup leaves nothing behind. Raises :class:`Cancelled` or :class:`BackupError`.
    An encrypted journal (``key`` given) gives an encrypted copy with the same data key, and
    the journal's key file is copied beside it: the backup alone opens with the password
    of the day it was made.
    """
    if not journal.is_file():
        raise BackupError(
            translate("Backup", "There is no journal at {path} to back up.").format(path=journal)
        )
    target = folder / backup_name(now or datetime.now(UTC))
    part = folder / f".{target.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_stale_parts(folder)  # copies left by killed backups
        os.close(os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise BackupError(
            translate("Backup", "Cannot write a backup into {folder}: {error}.").format(
                folder=folder, error=describe_os_error(exc)
            )
        ) from exc
    part_key = key_file_path(part)
    try:
        if key is not None:
            write_private_text(
                part_key, key_file_path(journal).read_text("ascii"), encoding="ascii"
            )
        source = connect_journal_file(journal, key)
        dest = connect_journal_file(part, key)
        try:
            _copy(source, dest, progress)
            # A single file: a backup must not depend on a -wal file beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            source.close()
        _check_copy(journal, part, key)
        sync_file(part)
        if key is not None:  # the key file first: a backup never lacks its key file
            os.replace(part_key, key_file_path(target))
        os.replace(part, target)
        fsync_folder(folder)
    except Cancelled:
        _remove(part, part_key)
        raise
    except DiskFullError as exc:
        _remove(part, part_key)
        raise BackupError(
            translate(
                "Backup",
                "Cannot write a backup into {folder}: the disk is full. Nothing was changed; free some space and try again.",  # noqa: E501
            ).format(folder=folder)
        ) from exc
    except OSError as exc:
        _remove(part, part_key)
        raise BackupError(
            translate("Backup", "Cannot write a backup into {folder}: {error}.").format(
                folder=folder, error=describe_os_error(exc)
            )
        ) from exc
    except sql_errors.ERROR as exc:
        _remove(part, part_key)
        raise BackupError(
            translate("Backup", "The backup of {path} failed: {error}.").format(
                path=journal, error=exc
            )
        ) from exc
    except BaseException:
        _remove(part, part_key)
        raise
    prune_backups(folder, keep)
    return target


class JournalDamagedBackupError(BackupError):
    """The backup was not kept because the journal itself is damaged (offer the rescue)."""


def _check_copy(journal: Path, part: Path, key: DataKey | None) -> None:
    """Verify the fresh copy; if it is damaged, say whether the journal itself is."""
    try:
        check_backup(part, key)
    except BackupError as exc:
        from desktop_blog.storage.rescue import check_journal

        health = check_journal(journal, key=key)
        if not health.ok:
            raise JournalDamagedBackupError(
                translate(
                    "Backup", "No backup was made: {health} The older backups were kept."
                ).format(health=health.summary())
            ) from exc
        raise


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (at least one is always kept)."""
    removed = list_backups(folder)[max(keep, 1) :]
    for path in removed:
        _remove(path, key_file_path(path))
    return removed


def restore_backup(
    backup: Path,
    conn: sqlite3.Connection,
    journal: Path,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    progress: Progress | None = None,
    key: DataKey | None = None,
) -> Path:
    """Replace the open journal's contents with ``backup``; return the safety backup's path.

    The backup is verified first and the current journal is backed up before anything is
    replaced; the copy runs in one step of SQLite's backup API into the live connection.
    An encrypted journal (``key``) restores encrypted backups of the same journal only.
    """
    if (key is None) != is_plain_file(backup):
        if key is not None:
            text = translate(
                "Backup",
                "The backup {path} is plain, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).",  # noqa: E501
            )
        else:
            text = translate(
                "Backup",
                "The backup {path} is encrypted, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).",  # noqa: E501
            )
        raise BackupError(text.format(path=backup))
    check_backup(backup, key)
    safety = backup_journal(journal, folder, keep=max(keep, 1) + 1, progress=progress, key=key)
    try:
        source = connect_journal_file(backup, key, read_only=True)
        try:
            source.backup(conn)
        finally:
            source.close()
    except sql_errors.ERROR as exc:
        raise BackupError(
            translate(
                "Backup",
                "The journal could not be restored from {backup}: {error}. The journal as it was is in {safety}.",  # noqa: E501
            ).format(backup=backup, error=exc, safety=safety)
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    version = schema_version(conn)
    conn.execute("BEGIN IMMEDIATE")
    recreate_triggers(conn, version)  # the app's own, whatever the backup carried
    conn.execute("COMMIT")
    open_database(journal, key=key).close()  # bring an older backup up to this version's schema
    return safety


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
