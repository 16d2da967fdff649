from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.storage import (
    SCHEMA_VERSION,
    DatabaseError,
    EntryRepository,
    JournalExistsError,
    init_database,
    open_database,
)
from tests.storage.v1 import make_v1_journal


def test_missing_folders_are_created(tmp_path: Path) -> None:
    open_database(tmp_path / "nested" / "deeper" / "j.db").close()
    assert (tmp_path / "nested" / "deeper" / "j.db").is_file()
    assert stat.S_IMODE((tmp_path / "nested" / "deeper").stat().st_mode) == 0o700


def test_first_open_creates_schema_owner_only_and_wal(db_path: Path) -> None:
    conn = open_database(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    columns = [row[1] for row in conn.execute("PRAGMA table_info(entries)")]
    assert columns[:4] == ["id", "title", "text", "created"]
    conn.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_not_a_database_is_explained_and_left_untouched(db_path: Path) -> None:
    junk = b"these are my shopping notes, not a database" * 100
    db_path.write_bytes(junk)
    with pytest.raises(DatabaseError, match="not a Desktop Blog journal"):
        open_database(db_path)
    assert db_path.read_bytes() == junk


def test_folder_instead_of_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_newer_schema_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="newer than this app"):
        open_database(db_path)


def test_missing_journal_without_create(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="init-db"):
        open_database(db_path, create=False)


def test_init_creates_and_keeps_an_empty_journal(db_path: Path) -> None:
    assert init_database(db_path) is None
    assert init_database(db_path) is None
    conn = open_database(db_path)
    assert EntryRepository(conn).count() == 0
    conn.close()


def test_init_refuses_existing_entries(db_path: Path) -> None:
    conn = open_database(db_path)
    EntryRepository(conn).add("Keep me", "<p>precious</p>")
    conn.close()
    with pytest.raises(JournalExistsError, match=r"already holds 1 entr(y|ies)\b"):
        init_database(db_path)
    conn = open_database(db_path)
    assert EntryRepository(conn).count() == 1
    conn.close()


def test_init_force_backs_up_first(db_path: Path) -> None:
    conn = open_database(db_path)
    EntryRepository(conn).add("Keep me", "<p>precious</p>")
    conn.close()
    backup = init_database(db_path, force=True)
    assert backup is not None
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    saved = open_database(backup)
    assert [e.title for e in EntryRepository(saved).newest(10)] == ["Keep me"]
    saved.close()
    conn = open_database(db_path)
    repo = EntryRepository(conn)
    assert repo.count() == 0
    assert repo.add("Fresh", "x").id == 1
    conn.close()


def test_migrations_run_in_order_skipping_gaps(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_blog.storage import database

    make_v1_journal(db_path)
    applied: list[int] = []

    def step(n: int) -> object:
        def migrate(conn: sqlite3.Connection) -> None:
            assert conn.in_transaction
            conn.execute(f"CREATE TABLE t{n} (x)")
            if conn.execute("PRAGMA database_list").fetchone()[2]:  # not the schema reference
                applied.append(n)

        return migrate

    monkeypatch.setattr(database, "MIGRATIONS", {5: step(5), 3: step(3)})
    monkeypatch.setattr(database, "SCHEMA_VERSION", 5)
    conn = open_database(db_path)
    assert applied == [3, 5]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.close()
    open_database(db_path).close()
    assert applied == [3, 5]


def test_failed_migration_leaves_the_journal_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_blog.storage import database

    make_v1_journal(db_path, (("Keep", "me"),))

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlcipher.OperationalError("disk I/O error")

    monkeypatch.setattr(database, "MIGRATIONS", {SCHEMA_VERSION + 1: broken})
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(DatabaseError):
        open_database(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1  # as it was
    assert raw.execute("SELECT title FROM entries").fetchall() == [("Keep",)]
    assert (
        raw.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    )
    raw.close()
