"""The app's start: an exception in a slot ends in the crash dialog, stale part files go."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_blog.app.start_guard import install_crash_dialog
from desktop_blog.ui.dialogs.crash_dialog import CrashDialog


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log folder (crash reports) under tmp_path; sys.excepthook restored afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return tmp_path


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_no_traceback(
    qtbot: QtBot,
    log_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    seen: list[tuple[str, str]] = []  # the message, the copy button after a click

    def exec_(dialog: CrashDialog) -> int:
        dialog.copy_button.click()
        seen.append((dialog.message.text(), dialog.copy_button.text()))
        dialog.close_button.click()
        return int(dialog.result())

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    install_crash_dialog()

    def slot() -> None:
        raise ValueError("the slot failed")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(seen))
    ((text, copy_button),) = seen
    assert "ValueError: the slot failed" in text
    saved = next((log_home / "state").rglob("crash-*.txt"))
    assert str(saved) in text
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    report = QGuiApplication.clipboard().text()
    assert "Traceback" in report
    assert "in slot" in report
    assert report == saved.read_text()
    assert copy_button == "Copied"
    assert "Traceback" not in capfd.readouterr().err


START = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_blog.app import application
from desktop_blog.app.session import Session
from desktop_blog.ui.dialogs.crash_dialog import CrashDialog

def boom():
    raise RuntimeError("a slot failed at start")

def start(self):
    QTimer.singleShot(0, boom)

def exec_(dialog):
    print("DIALOG:", dialog.message.text().splitlines()[0], flush=True)
    QApplication.instance().exit(0)
    return 0

Session.start = start
CrashDialog.exec = exec_
sys.exit(application.run_gui(Path(sys.argv[1])))
"""


def test_the_start_path_installs_the_guard_and_cleans_part_files(
    settings_file: Path, db_path: Path, tmp_path: Path
) -> None:
    stale = db_path.parent / f".{db_path.name}.abc123.part"
    fresh = db_path.parent / f".{db_path.name}.def456.part"
    for part in (stale, fresh):
        part.write_bytes(b"half an export")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", START, str(settings_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "DIALOG: RuntimeError: a slot failed at start" in result.stdout
    assert "Traceback" not in result.stderr
    assert not stale.exists()
    assert fresh.exists()  # another process may still be writing it
