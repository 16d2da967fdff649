from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import (
    BackupError,
    backup_due,
    backup_journal,
    check_backup,
    list_backups,
    restore_backup,
)
from desktop_blog.storage.progress import Cancelled

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_backup_of_an_open_journal_is_verified_and_owner_only(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    repository.add("One", "first")
    calls: list[tuple[int, int]] = []
    path = backup_journal(
        db_path, tmp_path / "b", progress=lambda d, t: calls.append((d, t)) or True
    )
    assert path.parent == tmp_path / "b"
    assert (path.stat().st_mode & 0o777) == 0o600
    assert check_backup(path) == 1
    assert calls
    assert calls[-1][0] == calls[-1][1]
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT title FROM entries").fetchall() == [("One",)]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_only_the_newest_n_are_kept(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    made = [backup_journal(db_path, folder, keep=3, now=T0 + timedelta(hours=i)) for i in range(5)]
    assert list_backups(folder) == list(reversed(made[2:]))


def test_cancelled_backup_leaves_nothing(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    for i in range(300):
        repository.add(f"t{i}", "x" * 2000)
    folder = tmp_path / "b"
    with pytest.raises(Cancelled):
        backup_journal(db_path, folder, progress=lambda _d, _t: False)
    assert list(folder.iterdir()) == []


def test_backup_due_at_most_daily(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    assert backup_due(folder, T0)
    backup_journal(db_path, folder, now=T0)
    assert not backup_due(folder, T0 + timedelta(hours=23))
    assert backup_due(folder, T0 + timedelta(hours=24))


def test_damaged_or_foreign_backups_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError, match="not a Desktop Blog backup"):
        check_backup(junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).close()
    with pytest.raises(BackupError, match="not a backup of a journal"):
        check_backup(other)


def test_restore_backs_up_current_first_then_replaces(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    repository.add("Old", "kept in the backup")
    old = backup_journal(db_path, folder, now=T0)
    repository.add("New", "only in the journal")
    conn = repository._conn  # the app's open connection
    safety = restore_backup(old, conn, db_path, folder)
    assert [e.title for e in EntryRepository(conn).newest(10)] == ["Old"]
    assert check_backup(safety) == 2  # the journal as it was before the restore
    fresh = open_database(db_path)
    assert EntryRepository(fresh).count() == 1
    fresh.close()


def test_restore_refuses_a_bad_file_and_changes_nothing(
    repository: EntryRepository, db_path: Path, tmp_path: Path
) -> None:
    repository.add("Keep", "me")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 5000)
    with pytest.raises(BackupError):
        restore_backup(bad, repository._conn, db_path, tmp_path / "b")
    assert repository.count() == 1
    assert list_backups(tmp_path / "b") == []
