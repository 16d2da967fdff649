"""Drafts of the add-entry form survive quitting and a killed process; posting clears them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.storage.drafts import draft_path_for
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import StartSession, log_in, window_shown

ROOT = Path(__file__).resolve().parents[2]


def _draft(db_path: Path) -> dict[str, object] | None:
    path = draft_path_for(db_path)
    return json.loads(path.read_text()) if path.exists() else None


def test_typing_saves_a_draft_after_a_pause(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(50)
    qtbot.keyClicks(window.entry_form.title_edit, "Half")
    qtbot.keyClicks(window.entry_form.body_edit, "written")  # the rich editor stores HTML
    qtbot.waitUntil(lambda: (_draft(db_path) or {}).get("body") == "<p>written</p>")
    assert _draft(db_path) == {"version": 1, "title": "Half", "body": "<p>written</p>"}
    assert oct(draft_path_for(db_path).stat().st_mode & 0o777) == "0o600"


def test_quitting_flushes_the_draft_at_once(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(60_000)
    qtbot.keyClicks(window.entry_form.title_edit, "Unsaved")
    assert journal_app.draft_keeper.is_pending()
    assert _draft(db_path) is None
    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert (_draft(db_path) or {}).get("title") == "Unsaved"


def test_posting_clears_the_draft(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    form = window.entry_form
    journal_app.draft_keeper.set_delay_ms(10)
    qtbot.keyClicks(form.title_edit, "Posted")
    qtbot.keyClicks(form.body_edit, "done")
    qtbot.waitUntil(lambda: (_draft(db_path) or {}).get("body") == "<p>done</p>")
    journal_app.draft_keeper.set_delay_ms(60_000)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.title() == ""
    assert _draft(db_path) is None  # cleared at once, not by a later autosave


def test_a_draft_that_cannot_be_saved_is_reported_once(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(10)
    draft = draft_path_for(db_path)
    draft.with_name(f".{draft.name}.tmp").mkdir()
    with qtbot.waitSignal(journal_app.draft_keeper.save_failed):
        qtbot.keyClicks(window.entry_form.title_edit, "x")
    assert "draft could not be saved" in window.flash_banner.message()
    with qtbot.assertNotEmitted(journal_app.draft_keeper.save_failed, wait=100):
        qtbot.keyClicks(window.entry_form.title_edit, "y")
    assert window.entry_form.title() == "xy"


_TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_blog.app.session import Session
from desktop_blog.config import load_settings
from desktop_blog.storage.drafts import draft_path_for
settings = load_settings(Path(sys.argv[1]))
journal = Session(settings)
journal.start()
journal.login_dialog.username_edit.setText(settings.username or "")
journal.login_dialog.password_edit.setText(sys.argv[2])
journal.login_dialog.login_button.click()
window = journal.main_window
journal.draft_keeper.set_delay_ms(20)
window.entry_form.title_edit.setText("Before the crash")
window.entry_form.set_body("<p>every word</p>")
while not draft_path_for(settings.database).exists():
    app.processEvents()
print("saved", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_draft_survives_a_killed_process(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, db_path: Path
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _TYPIST, str(settings_file), PASSWORD],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"saved\n"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    journal = start_session(settings_file)
    log_in(qtbot, journal)
    qtbot.waitUntil(lambda: window_shown(journal))
    assert journal.main_window is not None
    form = journal.main_window.entry_form
    assert form.title() == "Before the crash"
    assert form.body() == "<p>every word</p>"
