"""The CLI on a damaged journal: one clear message, check, salvage; never a traceback."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import backup_journal
from tests.conftest import PASSWORD
from tests.storage.damaged import ENTRIES, damage, make_journal


def run(settings_file: Path, *argv: str) -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(f"{PASSWORD}\n")
    )


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "journal.sqlite3"
    make_journal(path)
    return path


@pytest.fixture
def journal(healthy: Path, db_path: Path, settings_file: Path) -> Path:
    shutil.copy(healthy, db_path)
    return settings_file


@pytest.mark.parametrize("argv", [("list", "--limit", "400"), ("search", "Body", "--limit", "400")])
def test_reading_a_damaged_journal_prints_one_explanation(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    damage(db_path, "entries")
    assert run(journal, *argv) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert f"The journal {db_path} is damaged" in err
    assert "desktop-blog salvage" in err


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_exporting_a_damaged_journal_fails_and_writes_nothing(
    journal: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    damage(db_path, "entries")
    out = tmp_path / "export"
    assert run(journal, "export", "--format", fmt, str(out)) == 1
    captured = capsys.readouterr()
    assert "Exported" not in captured.out
    assert "damaged" in captured.err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_check_reports_a_healthy_journal(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(journal, "check") == 0
    assert "healthy" in capsys.readouterr().out


def test_check_rebuilds_a_damaged_search_index(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(db_path, "entries_fts_data")
    assert run(journal, "check") == 0
    out = capsys.readouterr().out
    assert "Rebuilt them" in out
    assert f"Saved {ENTRIES} entries" in out
    assert run(journal, "check") == 0
    assert "healthy" in capsys.readouterr().out


def test_check_offers_the_newest_verified_backup(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backup_journal(db_path, db_path.parent / "backups")
    damage(db_path, "entries")
    assert run(journal, "check") == 1
    err = capsys.readouterr().err
    assert f"The newest verified backup is {backup}" in err
    assert f"{ENTRIES} entries" in err


def test_salvage_writes_a_new_journal(
    journal: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(db_path, "entries")
    out = tmp_path / "saved.sqlite3"
    assert run(journal, "salvage", str(out)) == 0
    printed = capsys.readouterr().out
    assert "could not be read" in printed
    assert "left untouched" in printed
    conn = open_database(out)
    try:
        assert 0 < EntryRepository(conn).count() < ENTRIES
    finally:
        conn.close()


def test_a_command_rebuilds_a_damaged_search_index_and_says_so(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.storage.damaged import damage_root

    damage_root(db_path, "entries_fts_data")
    assert run(journal, "search", "Body", "--limit", "400") == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == ENTRIES
    assert "rebuilt" in captured.err
