"""Damaged journals: typed errors on every path, check, rebuild, salvage and backup offer."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import backup_journal
from desktop_blog.storage.errors import (
    DiskFullError,
    GuardedConnection,
    JournalDamagedError,
    explain,
)
from desktop_blog.storage.rescue import (
    ENTRIES,
    ENTRY_INDEXES,
    FULL_TEXT,
    IMAGES,
    TAG_INDEX,
    RescueError,
    SalvageReport,
    check_journal,
    newest_verified_backup,
    rebuild_indexes,
    restore_in_place,
    salvage,
)
from desktop_blog.transfer.exporters import export_json
from tests.storage.damaged import ENTRIES as COUNT
from tests.storage.damaged import damage, damage_root, make_journal


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "journal.sqlite3"
    make_journal(path)
    return path


@pytest.fixture
def journal(healthy: Path, tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    shutil.copy(healthy, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("entries", ENTRIES),
        ("entries_title", ENTRY_INDEXES),
        ("entries_id", ENTRY_INDEXES),
        ("entries_fts_data", FULL_TEXT),
        ("entry_tags", TAG_INDEX),
        ("images", IMAGES),
    ],
)
def test_check_names_the_damaged_part(journal: Path, name: str, part: str) -> None:
    damage(journal, name)
    health = check_journal(journal)
    assert health.damaged == (part,)
    assert health.rebuildable == (part not in (ENTRIES, IMAGES))


def test_a_healthy_journal_checks_ok(journal: Path) -> None:
    health = check_journal(journal)
    assert health.ok
    assert "healthy" in health.summary()


def test_reading_a_damaged_table_raises_one_explained_error(journal: Path) -> None:
    damage(journal, "entries")
    conn = open_database(journal)
    try:
        with pytest.raises(JournalDamagedError) as caught:
            EntryRepository(conn).newest(COUNT)
        with pytest.raises(JournalDamagedError):
            export_json(conn, journal.with_name("out.json"))
    finally:
        conn.close()
    message = str(caught.value)
    assert str(journal) in message
    assert "damaged" in message
    assert "desktop-blog salvage" in message
    assert not journal.with_name("out.json").exists()


def test_a_damaged_search_index_raises_the_same_error(journal: Path) -> None:
    damage_root(journal, "entries_fts_data")
    with pytest.raises(JournalDamagedError, match="desktop-blog check"):  # noqa: PT012
        conn = open_database(journal)
        try:
            EntryRepository(conn).search("word", 400)
        finally:
            conn.close()


def test_salvage_saves_every_readable_entry_and_leaves_the_damaged_file(
    journal: Path, tmp_path: Path
) -> None:
    damage(journal, "entries")
    before = digest(journal)
    out = tmp_path / "saved.sqlite3"
    report = salvage(journal, out)
    assert digest(journal) == before
    assert report.lost_entries is not None
    assert report.lost_entries > 0
    assert report.saved_entries + report.lost_entries == COUNT
    assert report.saved_images == 1
    conn = open_database(out)
    try:
        repository = EntryRepository(conn)
        assert repository.count() == report.saved_entries
        # The full-text and tag indexes were rebuilt from the saved entries.
        assert len(repository.search("Body", 400)) == report.saved_entries
        assert sum(n for _tag, n in repository.tag_counts()) == report.saved_entries
        assert not {e.id for e in repository.newest(400)} & set(report.lost_entry_ids)
        new = repository.add("After the rescue", "<p>new</p>")
        assert new.id > max(report.lost_entry_ids)
    finally:
        conn.close()
    assert check_journal(out).ok
    assert f"{report.lost_entries} could not be read" in report.summary()


def test_salvage_refuses_an_existing_output(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "there.sqlite3"
    out.write_text("mine")
    with pytest.raises(RescueError, match="already exists"):
        salvage(journal, out)
    assert out.read_text() == "mine"


@pytest.mark.parametrize("name", ["entries_fts_data", "entry_tags", "entries_title"])
def test_damaged_indexes_are_rebuilt_without_loss(journal: Path, name: str) -> None:
    damage(journal, name)
    damaged = digest(journal)
    report, aside = rebuild_indexes(journal)
    assert report.lost_entries == 0
    assert report.saved_entries == COUNT
    assert digest(aside) == damaged
    assert check_journal(journal).ok
    conn = open_database(journal)
    try:
        assert len(EntryRepository(conn).search("Body", 400)) == COUNT
    finally:
        conn.close()


def test_rebuild_refuses_when_entries_would_be_lost(journal: Path) -> None:
    damage(journal, "entries")
    before = digest(journal)
    with pytest.raises(RescueError, match="nothing was changed"):
        rebuild_indexes(journal)
    assert digest(journal) == before


def test_newest_verified_backup_skips_damaged_ones(journal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = backup_journal(journal, folder)
    newest = backup_journal(journal, folder)
    damage(newest, "entries")
    offer = newest_verified_backup(folder)
    assert offer is not None
    assert offer.path == good
    assert offer.entries == COUNT
    assert newest_verified_backup(tmp_path / "none") is None


def test_restore_in_place_keeps_the_damaged_file(journal: Path, tmp_path: Path) -> None:
    backup = backup_journal(journal, tmp_path / "backups")
    damage(journal, "entries")
    damaged = digest(journal)
    aside = restore_in_place(backup, journal)
    assert digest(aside) == damaged
    assert check_journal(journal).ok
    conn = open_database(journal)
    try:
        assert EntryRepository(conn).count() == COUNT
    finally:
        conn.close()


def test_other_sqlite_errors_pass_through_unchanged(tmp_path: Path) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(tmp_path / "x.sqlite3"), factory=GuardedConnection)
    with pytest.raises(sqlcipher.OperationalError, match="syntax"):
        conn.execute("SELEC 1")
    conn.close()


def test_a_full_disk_is_explained_as_such(tmp_path: Path) -> None:
    import sqlite3

    error = sqlite3.OperationalError("database or disk is full")
    explained = explain(tmp_path / "j.sqlite3", error)
    assert isinstance(explained, DiskFullError)
    assert "the disk is full" in str(explained)


def test_a_backup_of_a_damaged_journal_is_not_kept_and_says_why(
    journal: Path, tmp_path: Path
) -> None:
    from desktop_blog.storage.backup import JournalDamagedBackupError, list_backups

    folder = tmp_path / "backups"
    good = backup_journal(journal, folder, keep=1)
    damage(journal, "entries")
    with pytest.raises(JournalDamagedBackupError, match="No backup was made: The journal"):
        backup_journal(journal, folder, keep=1)
    assert list_backups(folder) == [good]
    assert [p.name for p in folder.iterdir()] == [good.name]


def test_the_background_check_runs_weekly() -> None:
    from datetime import UTC, datetime, timedelta

    from desktop_blog.storage.rescue import check_due

    now = datetime(2026, 11, 26, tzinfo=UTC)
    assert check_due(None, now)
    assert not check_due(now - timedelta(days=6), now)
    assert check_due(now - timedelta(days=7), now)


def test_salvage_in_place_keeps_the_damaged_file_aside(journal: Path) -> None:
    from desktop_blog.storage.rescue import salvage_in_place

    damage(journal, "entries")
    damaged = digest(journal)
    report, aside = salvage_in_place(journal)
    assert digest(aside) == damaged
    assert report.lost_entries
    assert check_journal(journal).ok
    assert journal.stat().st_mode & 0o777 == 0o600
    conn = open_database(journal)
    try:
        assert EntryRepository(conn).count() == report.saved_entries
    finally:
        conn.close()


def test_opening_rebuilds_a_damaged_search_index_by_itself(journal: Path) -> None:
    from desktop_blog.storage.rescue import open_journal

    damage_root(journal, "entries_fts_data")
    conn, note = open_journal(journal)
    try:
        assert len(EntryRepository(conn).search("Body", 400)) == COUNT
    finally:
        conn.close()
    assert note is not None
    assert "rebuilt" in note
    conn, note = open_journal(journal)
    conn.close()
    assert note is None


def test_damaged_entries_are_not_rebuilt_but_reported_when_read(journal: Path) -> None:
    from desktop_blog.storage.rescue import open_journal

    damage_root(journal, "entries")
    before = digest(journal)
    conn, note = open_journal(journal)
    try:
        assert note is None
        with pytest.raises(JournalDamagedError):
            EntryRepository(conn).newest(10)
    finally:
        conn.close()
    assert digest(journal) == before


def test_the_salvage_summary_writes_counts_as_the_locale_does() -> None:
    report = SalvageReport(
        saved_entries=1200, lost_entries=2, lost_entry_ids=[7, 9], saved_images=3
    )
    assert report.summary() == (
        "Saved 1,200 entries and 3 images; 2 could not be read (#7, #9); "
        "0 images could not be read."
    )
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert "Saved 1.200 entries" in report.summary()  # no German catalogue: English words
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_the_check_reads_through_a_small_cache(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The weekly check reads the whole file once: it does not fill the larger cache an open
    journal gets (that memory stayed in use while it ran after login)."""
    from desktop_blog.storage import rescue

    sizes: list[int] = []
    check = rescue._quick_check

    def watched(conn: sqlite3.Connection, table: str | None = None) -> bool:
        sizes.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return check(conn, table)

    monkeypatch.setattr(rescue, "_quick_check", watched)
    assert check_journal(journal).ok
    assert sizes == [-rescue.CHECK_CACHE_KIB]
    assert rescue.CHECK_CACHE_KIB <= 256
