"""Encrypt a plain journal (or a plain backup) of an earlier version in place (no Qt).

The plain journal is exported with SQLCipher's ``sqlcipher_export`` into a new encrypted
file beside it, which is verified (integrity check, entry count, schema version) before it
atomically replaces the plain file. The key file is written before the replacement, so a
crash at any moment leaves either the plain journal (opened as plain: its magic header says
so) or the encrypted one with its key file, never neither.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.i18n import translate
from desktop_blog.security.keys import (
    DataKey,
    KeyFile,
    key_file_path,
    new_recovery_key,
    read_key_file,
    wrap_with_password,
    wrap_with_recovery,
    write_key_file,
)
from desktop_blog.security.unlock import UnlockError, check_new_password, is_plain_journal
from desktop_blog.storage import sql_errors
from desktop_blog.storage.backup import list_backups
from desktop_blog.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    DatabaseError,
    connect_journal_file,
    entry_count,
    is_plain_file,
    open_database,
    schema_version,
)
from desktop_blog.storage.fulltext import register_functions
from desktop_blog.storage.progress import Progress, report

if TYPE_CHECKING:
    import sqlite3

_FAILURES: tuple[type[Exception], ...] = (sql_errors.ERROR, OSError)


@dataclass
class ConversionReport:
    """What :func:`encrypt_plain_journal` did, and the plain copies that remain."""

    entries: int
    recovery_key: str = field(repr=False)
    plain_backups: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        text = translate(
            "Conversion",
            "Encrypted the journal (%Ln entries); the plain file was removed.",
            self.entries,
        )
        if self.plain_backups:
            text += " " + translate(
                "Conversion",
                "%n backups made earlier are still plain (not encrypted): encrypt or delete them.",
                len(self.plain_backups),
            )
        return text


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _export(plain: Path, target: Path, key: DataKey) -> tuple[int, int]:
    """Write ``plain`` encrypted into ``target``; return (entries, user_version) of the source."""
    _remove(target, target.with_name(target.name + "-journal"))
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    source = sqlcipher.connect(str(plain), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        typed = cast("sqlite3.Connection", source)  # sqlite3's API, which SQLCipher's mirrors
        register_functions(typed)
        # Every committed page into the main file, so the export sees it all.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        count = int(source.execute("SELECT count(*) FROM entries").fetchone()[0])
        version = schema_version(typed)
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.raw.hex()}'"))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {version}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    return count, version


def _verify(target: Path, key: DataKey, count: int, version: int) -> None:
    conn = connect_journal_file(target, key)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        found = entry_count(conn)
        found_version = schema_version(conn)
    finally:
        conn.close()
    if check != [("ok",)] or found != count or found_version != version:
        raise UnlockError(
            translate(
                "Conversion",
                "The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.",  # noqa: E501
                count,
            ).format(check=check[0][0], found=found)
        )


def encrypt_plain_journal(
    journal: Path,
    password: str,
    *,
    backups: Path | None = None,
    progress: Progress | None = None,
) -> ConversionReport:
    """Replace the plain journal at ``journal`` with an encrypted copy under ``password``.

    The journal must not be open elsewhere. Returns the entry count, the new recovery key
    (show it once) and the plain backups found in ``backups``.
    """
    journal = Path(journal)
    check_new_password(password)
    if not is_plain_journal(journal):
        raise UnlockError(
            translate("Conversion", "{path} is not a plain journal; nothing was changed.").format(
                path=journal
            )
        )
    open_database(journal).close()  # refuses what is not a journal; brings the schema up
    target = journal.with_name(f".{journal.name}.encrypting")
    key = DataKey.generate()
    recovery = new_recovery_key()
    try:
        report(progress, 0, 3)
        count, version = _export(journal, target, key)
        report(progress, 1, 3)
        _verify(target, key, count, version)
        _fsync(target)
        report(progress, 2, 3)
        write_key_file(
            journal, KeyFile(wrap_with_password(key, password), wrap_with_recovery(key, recovery))
        )
        wal = journal.with_name(journal.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise UnlockError(
                translate(
                    "Conversion",
                    "The journal {path} is open in another program; close it and try again. Nothing was changed.",  # noqa: E501
                ).format(path=journal)
            )
        os.replace(target, journal)  # the moment the journal becomes encrypted
        _fsync(journal.parent)
        _remove(wal, journal.with_name(journal.name + "-shm"))
    except _FAILURES as exc:
        _remove(target)
        raise UnlockError(
            translate(
                "Conversion", "Encrypting the journal failed ({error}); the plain journal was kept."
            ).format(error=exc)
        ) from exc
    except BaseException:
        _remove(target)
        raise
    conn = open_database(journal, create=False, key=key)
    try:
        from desktop_blog.storage.drafts import adopt_draft_file

        adopt_draft_file(conn, journal)
    finally:
        conn.close()
        key.wipe()
    report(progress, 3, 3)
    plain = plain_backups(backups) if backups is not None else []
    return ConversionReport(count, recovery, plain)


def plain_backups(folder: Path) -> list[Path]:
    """The backups in ``folder`` that are plain SQLite (made before encryption)."""
    return [path for path in list_backups(folder) if is_plain_file(path)]


def encrypt_backup(backup: Path, journal: Path, key: DataKey) -> None:
    """Encrypt a plain backup with the journal's data ``key``; copy the journal's key file."""
    target = backup.with_name(f".{backup.name}.encrypting")
    try:
        count, version = _export(backup, target, key)
        _verify(target, key, count, version)
        _fsync(target)
        from desktop_blog.private_file import write_private_text

        text = key_file_path(journal).read_text(encoding="ascii")
        read_key_file(journal)  # a damaged key file is never copied
        write_private_text(key_file_path(backup), text, encoding="ascii")
        os.replace(target, backup)
    except _FAILURES as exc:
        _remove(target)
        raise DatabaseError(
            translate("Conversion", "Encrypting the backup {path} failed: {error}.").format(
                path=backup, error=exc
            )
        ) from exc


def delete_backups(paths: list[Path]) -> None:
    """Delete backups (and their key files, if any)."""
    for path in paths:
        _remove(path, key_file_path(path))
