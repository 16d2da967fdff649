"""Files from outside: a foreign schema is refused; backups finish while another process writes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import backup_journal, check_backup, restore_backup
from desktop_blog.storage.database import SCHEMA_VERSION
from desktop_blog.storage.schema_check import ForeignSchemaError, recreate_triggers

WIPE = "CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries WHERE id % 2 = 0; END"


def five_entries(db_path: Path) -> None:
    conn = open_database(db_path)
    for n in range(5):
        EntryRepository(conn).add(f"Entry {n}", "<p>x</p>")
    conn.close()


def tamper(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_backup_carrying_its_own_trigger_is_refused(db_path: Path, tmp_path: Path) -> None:
    five_entries(db_path)
    backup = backup_journal(db_path, tmp_path / "backups")
    tamper(backup, WIPE)
    with pytest.raises(ForeignSchemaError, match="trigger wipe"):
        check_backup(backup)
    conn = open_database(db_path)
    try:
        with pytest.raises(ForeignSchemaError):
            restore_backup(backup, conn, db_path, tmp_path / "backups")
        EntryRepository(conn).add("New post", "<p>y</p>")
        assert EntryRepository(conn).count() == 6
    finally:
        conn.close()


@pytest.mark.parametrize(
    "statement",
    [
        WIPE,
        "CREATE VIEW spy AS SELECT * FROM entries",
        "CREATE TABLE extra (x)",
        "CREATE INDEX odd ON entries (text)",
        "DROP TRIGGER entries_fts_insert",
    ],
)
def test_a_journal_with_a_foreign_schema_is_not_opened(db_path: Path, statement: str) -> None:
    five_entries(db_path)
    tamper(db_path, statement)
    with pytest.raises(ForeignSchemaError, match="left untouched"):
        open_database(db_path)


def test_restoring_recreates_the_apps_own_triggers(db_path: Path) -> None:
    five_entries(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    apps_own = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "entries_fts_insert" in apps_own
    conn.execute("DROP TRIGGER entries_fts_insert")
    conn.execute(WIPE)
    conn.execute("BEGIN")
    recreate_triggers(conn, SCHEMA_VERSION)
    conn.execute("COMMIT")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert names == apps_own
    open_database(db_path).close()


WRITER = textwrap.dedent(
    """
    import sys, pathlib
    from desktop_blog.storage import EntryRepository, open_database
    conn = open_database(pathlib.Path(sys.argv[1]))
    repository = EntryRepository(conn)
    print("ready", flush=True)
    while True:
        repository.add("busy", "<p>" + "w " * 500 + "</p>")
    """
)


def test_a_backup_finishes_while_another_process_writes(db_path: Path, tmp_path: Path) -> None:
    conn = open_database(db_path)
    repository = EntryRepository(conn)
    with repository.batch():
        for n in range(5000):
            repository.add(f"Entry {n}", "<p>" + "word " * 200 + "</p>")
    conn.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        before = _count(db_path)
        backups = [backup_journal(db_path, tmp_path / "backups", keep=5) for _ in range(3)]
        after = _count(db_path)
    finally:
        writer.kill()
        writer.wait()
    assert after > before  # the writer went on while the backups were made
    counts = [check_backup(backup) for backup in backups]
    assert before <= counts[0] <= counts[1] <= counts[2] <= after


def _count(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        conn.close()
