"""Bad journal files: each is explained with its name and never modified."""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.storage import (
    DatabaseError,
    EntryRepository,
    is_read_only,
    open_database,
    read_only_reason,
)
from desktop_blog.storage import database as database_module

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> tuple[str, int, float]:
    data = path.read_bytes()
    st = path.stat()
    return hashlib.sha256(data).hexdigest(), st.st_mode, st.st_mtime


def _journal_with(db_path: Path, *titles: str) -> None:
    conn = open_database(db_path)
    for title in titles:
        EntryRepository(conn).add(title, "<p>body</p>")
    conn.close()


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    raw.execute("INSERT INTO contacts VALUES ('Bob', '555')")
    raw.commit()
    raw.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="another program") as info:
        open_database(db_path)
    assert str(db_path) in str(info.value)
    assert _digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_truncated_journal_is_refused_untouched(db_path: Path) -> None:
    _journal_with(db_path, *[f"Entry {n}" for n in range(300)])
    data = db_path.read_bytes()
    assert len(data) > 8192
    db_path.write_bytes(data[: len(data) // 2])
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="damaged") as info:
        open_database(db_path)
    assert str(db_path) in str(info.value)
    assert "backup" in str(info.value)
    assert _digest(db_path) == before


def test_text_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_text("dear diary\n" * 500)
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="not a Desktop Blog journal"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_missing_folder_that_cannot_be_created_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the journal") as info:
        open_database(blocker / "journal.sqlite3")
    assert "choose another path" in str(info.value)
    assert blocker.read_text() == "x"


def test_read_only_file_opens_for_reading_only(db_path: Path) -> None:
    _journal_with(db_path, "Kept")
    db_path.chmod(0o400)
    before = _digest(db_path)
    assert read_only_reason(db_path) == f"The journal {db_path} is read-only"
    conn = open_database(db_path)
    try:
        assert is_read_only(conn)
        repository = EntryRepository(conn)
        assert [e.title for e in repository.newest(5)] == ["Kept"]
        with pytest.raises(DatabaseError, match="could not be saved"):
            repository.add("New", "<p>x</p>")
    finally:
        conn.close()
    assert _digest(db_path) == before


def test_read_only_folder_opens_for_reading_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db_path = folder / "journal.sqlite3"
    _journal_with(db_path, "Kept")
    folder.chmod(0o500)
    try:
        before = _digest(db_path)
        assert "folder" in (read_only_reason(db_path) or "")
        conn = open_database(db_path)
        assert is_read_only(conn)
        assert EntryRepository(conn).count() == 1
        conn.close()
        assert _digest(db_path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["journal.sqlite3"]
    finally:
        folder.chmod(0o700)


def test_writable_journal_is_not_read_only(db_path: Path) -> None:
    conn = open_database(db_path)
    assert not is_read_only(conn)
    conn.close()
    assert read_only_reason(db_path) is None


def test_locked_journal_times_out_with_a_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    _journal_with(db_path, "First")
    # Another connection of the app's own SQLite (two copies of SQLite in one process do not
    # see each other's locks: that is why the app links only SQLCipher's).
    other = sqlcipher.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        conn = open_database(db_path)
        with pytest.raises(DatabaseError, match="locked") as info:
            EntryRepository(conn).add("Second", "<p>x</p>")
        assert "your text is still in the form" in str(info.value)
        conn.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    conn = open_database(db_path)
    assert [e.title for e in EntryRepository(conn).newest(5)] == ["First"]
    conn.close()


def test_new_journal_is_owner_only(db_path: Path) -> None:
    os.umask(0o022)
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


_FULL_DISK_WRITER = """
import resource, signal, sys
from pathlib import Path
from desktop_blog.storage import DatabaseError, EntryRepository, open_database
conn = open_database(Path(sys.argv[1]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
try:
    EntryRepository(conn).add("Too big for the disk", "<p>" + "x" * 400_000 + "</p>")
except DatabaseError as exc:
    print(exc)
    sys.exit(3)
"""


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_real_write_error_saves_nothing(db_path: Path) -> None:
    """A real short write (the file-size limit makes the kernel refuse to grow the WAL)."""
    _journal_with(db_path, "Before")
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_WRITER, str(db_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=30,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    assert "could not be saved" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    conn = open_database(db_path)
    assert [e.title for e in EntryRepository(conn).newest(5)] == ["Before"]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_opening_does_not_read_every_page(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A journal of a million entries must open in milliseconds: no full-file check."""
    _journal_with(db_path, "One")
    statements: list[str] = []
    real_connect = sqlcipher.connect

    def tracing_connect(*args: object, **kwargs: object) -> sqlcipher.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlcipher, "connect", tracing_connect)
    open_database(db_path).close()
    assert statements
    assert not [s for s in statements if "quick_check" in s or "integrity_check" in s]
