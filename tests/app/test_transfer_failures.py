"""Exports and backups that fail (a damaged journal, a real full disk) say so in the window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_blog.app.rescue_controller import write_last_check
from desktop_blog.app.session import Session
from desktop_blog.config import write_settings
from desktop_blog.ui.dialogs.rescue_dialog import RescueDialog
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import USERNAME, fill_up, small_disk
from tests.storage.damaged import damage, make_journal
from tests.ui.conftest import StartSession, log_in, post, window_shown

FORMATS = ("json", "markdown", "html", "pdf")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "journal.sqlite3"
    make_journal(path, entries=120)
    return path


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs) filled to the last byte; needs root."""
    with small_disk(tmp_path / "full-disk") as folder:
        fill_up(folder)
        yield folder


def export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, fmt: str, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    getattr(window.actions, f"export_{fmt}").trigger()


def settled(window: MainWindow, qtbot: QtBot, before: str) -> str:
    """The banner's message once the operation has put its own there."""
    qtbot.waitUntil(lambda: window.flash_banner.message() != before, timeout=30_000)
    return window.flash_banner.message()


def test_exporting_a_damaged_journal_says_so_and_writes_nothing(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    db_path: Path,
    healthy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copy(healthy, db_path)
    damage(db_path, "entries")
    write_last_check(db_path, datetime.now(UTC))  # only the export finds the damage
    offered: list[str] = []
    monkeypatch.setattr(RescueDialog, "exec", lambda d: offered.append(d.explanation.text()))
    app: Session = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    window = app.main_window
    assert window is not None
    for fmt in FORMATS:
        target = tmp_path / f"out-{fmt}"
        window.flash("before")
        export(window, monkeypatch, fmt, target)
        text = settled(window, qtbot, "before")
        assert "damaged" in text, fmt
        assert "Exported" not in text
        assert not target.exists()
        assert not target.with_suffix(".pdf").exists()
    qtbot.waitUntil(lambda: bool(offered) and not app.rescue.busy, timeout=20_000)
    assert str(db_path) in offered[0]  # the rescue was offered, though the export caught it


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_to_a_full_disk_says_so(
    qtbot: QtBot,
    window: MainWindow,
    full_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    post(qtbot, window, "On a full disk", "<p>a few words</p>")
    target = full_disk / f"out-{fmt}"
    window.flash("before")
    export(window, monkeypatch, fmt, target)
    text = settled(window, qtbot, "before")
    assert "the disk is full" in text
    assert "Exported" not in text
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]  # not even a part file


def test_back_up_now_to_a_full_disk_says_so(
    qtbot: QtBot,
    start_session: StartSession,
    tmp_path: Path,
    db_path: Path,
    password_hash: str,
    full_disk: Path,
) -> None:
    settings = tmp_path / "full-backups.toml"
    write_settings(
        settings,
        {
            "database": str(db_path),
            "username": USERNAME,
            "password_hash": password_hash,
            "backup_folder": str(full_disk),
        },
    )
    app = start_session(settings)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    window = app.main_window
    assert window is not None
    post(qtbot, window, "To back up", "<p>a few words</p>")
    window.flash("before")
    window.actions.back_up.trigger()
    text = settled(window, qtbot, "before")
    assert "the disk is full" in text
    assert "Backed up" not in text
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
