"""Drafts of the add-entry form live in the encrypted journal: they survive quitting, a lock
and a killed process; posting clears them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.storage.drafts import Draft, DraftStore, JournalDraftStore, draft_path_for
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import StartSession, log_in, open_journal, window_shown

ROOT = Path(__file__).resolve().parents[2]


def _draft(db_path: Path) -> Draft | None:
    """The draft saved in the journal, read through a second connection."""
    conn = open_journal(db_path)
    try:
        return JournalDraftStore(conn).load()
    finally:
        conn.close()


def test_typing_saves_a_draft_in_the_journal_after_a_pause(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(50)
    form = window.entry_form
    form.set_body_format("markdown")
    qtbot.keyClicks(form.title_edit, "Half")
    qtbot.keyClicks(form.body_edit, "**written**")
    qtbot.waitUntil(lambda: getattr(_draft(db_path), "body", None) == "**written**")
    assert _draft(db_path) == Draft("Half", "**written**", "markdown", None)
    assert not draft_path_for(db_path).exists()  # no plain file beside the journal


def test_the_draft_keeps_its_date_and_format_across_a_lock(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    form = window.entry_form
    journal_app.draft_keeper.set_delay_ms(60_000)
    form.set_body_format("markdown")
    qtbot.keyClicks(form.title_edit, "Back-dated")
    qtbot.keyClicks(form.body_edit, "# Monday")
    when = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
    form.set_created(when)
    journal_app.idle_lock.lock_requested.emit()
    assert (form.title(), form.body()) == ("", "")  # nothing of it stays on screen
    saved = _draft(db_path)
    assert saved is not None
    assert (saved.title, saved.format, saved.created) == ("Back-dated", "markdown", when)
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    assert (form.title(), form.body(), form.body_format()) == ("Back-dated", "# Monday", "markdown")
    assert form.created() == when


def test_a_plain_draft_file_of_an_earlier_version_is_adopted(
    qtbot: QtBot, journal_app: Session, db_path: Path
) -> None:
    DraftStore(draft_path_for(db_path)).save(Draft("Old draft", "<p>from before</p>"))
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    assert journal_app.main_window is not None
    assert journal_app.main_window.entry_form.title() == "Old draft"
    assert not draft_path_for(db_path).exists()
    assert getattr(_draft(db_path), "body", None) == "<p>from before</p>"


def test_quitting_flushes_the_draft_at_once(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(60_000)
    qtbot.keyClicks(window.entry_form.title_edit, "Unsaved")
    assert journal_app.draft_keeper.is_pending()
    assert _draft(db_path) is None
    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert getattr(_draft(db_path), "title", None) == "Unsaved"


def test_posting_clears_the_draft(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    form = window.entry_form
    journal_app.draft_keeper.set_delay_ms(10)
    qtbot.keyClicks(form.title_edit, "Posted")
    qtbot.keyClicks(form.body_edit, "done")
    qtbot.waitUntil(lambda: getattr(_draft(db_path), "body", None) == "<p>done</p>")
    journal_app.draft_keeper.set_delay_ms(60_000)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.title() == ""
    assert _draft(db_path) is None  # cleared at once, not by a later autosave


def test_a_draft_that_cannot_be_saved_is_reported_once(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    journal_app.draft_keeper.set_delay_ms(10)
    conn = open_journal(db_path)
    conn.execute("DROP TABLE drafts")  # a damaged journal: the draft has nowhere to go
    conn.close()
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
from desktop_blog.storage.drafts import JournalDraftStore
settings = load_settings(Path(sys.argv[1]))
journal = Session(settings)
journal.start()
journal.login_dialog.username_edit.setText(settings.username or "")
journal.login_dialog.password_edit.setText(sys.argv[2])
journal.login_dialog.login_button.click()
while journal.main_window is None or not journal.main_window.isVisible():
    app.processEvents()
window = journal.main_window
journal.draft_keeper.set_delay_ms(20)
window.entry_form.title_edit.setText("Before the crash")
window.entry_form.set_body("<p>every word</p>")
store = JournalDraftStore(journal._conn)
while store.load() is None:
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
