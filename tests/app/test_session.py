"""The session: login first, one opener that checks and opens, logout closes the journal.

The main window is built hidden in idle slices once the login dialog is painted (typing goes
on meanwhile), finished at once by a login that comes first, and shown only after login.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.app.session import Session
from desktop_blog.config import Settings
from desktop_blog.security.unlock import UnlockResult, is_encrypted_journal, unlock_journal
from tests.conftest import PASSWORD, USERNAME
from tests.ui.conftest import StartSession, log_in, window_shown


def test_nothing_but_the_login_dialog_exists_before_login(journal_app: Session) -> None:
    assert journal_app.login_dialog.isVisible()
    assert journal_app.main_window is None
    assert journal_app.entries is None
    assert journal_app.preparation.ran == []  # not before the dialog is painted
    assert journal_app.preparation.pending()


def test_the_window_is_built_hidden_in_slices_after_the_dialog_is_painted(
    qtbot: QtBot, journal_app: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = journal_app.preparation
    queued = len(steps.pending())
    assert queued > 40  # one module or one object a step, not one long block
    monkeypatch.setattr(steps, "_slice_s", 0.0)  # one step a turn of the event loop
    with qtbot.waitSignal(steps.finished, timeout=30_000):
        qtbot.waitExposed(journal_app.login_dialog)
    assert steps.slices == len(steps.ran) >= queued
    assert "main window" in steps.ran
    window = journal_app._window
    assert window is not None
    assert not window.isVisible()
    assert journal_app.main_window is None  # the session's window only once shown
    assert journal_app.login_dialog.isVisible()


def test_typing_goes_on_while_the_window_is_built(
    qtbot: QtBot, journal_app: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys typed between the slices all arrive, in order, while steps are still left."""
    steps = journal_app.preparation
    monkeypatch.setattr(steps, "_slice_s", 0.0)  # one step a turn of the event loop
    for number in range(300):  # steps that last longer than the typing
        steps.add(f"wait {number}", lambda: time.sleep(0.002))
    dialog = journal_app.login_dialog
    qtbot.waitExposed(dialog)
    built_at_each_key = []
    for edit, text in ((dialog.username_edit, USERNAME), (dialog.password_edit, PASSWORD)):
        for char in text:
            qtbot.keyClick(edit, char)
            built_at_each_key.append(len(steps.ran))
            qtbot.wait(1)  # the event loop turns: slices run between the keys
    assert dialog.username_edit.text() == USERNAME
    assert dialog.password_edit.text() == PASSWORD
    assert steps.pending()  # the last key came while steps were left
    assert built_at_each_key[-1] > built_at_each_key[0]  # and the steps ran in between
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    assert journal_app.main_window is journal_app._window
    assert steps.pending() == []


def test_a_login_before_the_steps_are_done_builds_the_rest_at_once(
    qtbot: QtBot, journal_app: Session
) -> None:
    steps = journal_app.preparation
    steps.stop()  # as if the dialog had not been painted yet: nothing was built
    steps._steps.clear()
    journal_app._preparation_queued = False
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    assert steps.pending() == []
    assert "main window" in steps.ran
    assert steps.slices == 0
    assert journal_app.entries is not None


def test_the_opener_gets_the_credentials_and_its_journal_is_used(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    calls: list[tuple[str, str]] = []

    def opener(settings: Settings, username: str, password: str) -> UnlockResult:
        calls.append((username, password))
        return unlock_journal(settings, username, password)

    app = start_session(settings_file, opener=opener)
    log_in(qtbot, app, password="wrong-pass")
    assert app.login_dialog.error() == "Invalid password"
    assert app.main_window is None
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert calls == [(USERNAME, "wrong-pass"), (USERNAME, PASSWORD)]


def test_the_unlock_runs_on_a_worker_thread(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    threads: list[threading.Thread] = []

    def opener(settings: Settings, username: str, password: str) -> UnlockResult:
        threads.append(threading.current_thread())
        return unlock_journal(settings, username, password)

    app = start_session(settings_file, opener=opener)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert threads
    assert threads[0] is not threading.main_thread()
    # The journal was reopened on the GUI thread: its connection works here (an SQLite
    # connection refuses to be used by another thread than its own).
    assert app._conn is not None
    assert app._conn.execute("SELECT count(*) FROM entries").fetchone() == (0,)


def test_worker_threads_share_the_main_malloc_arena_from_the_first_unlock_on(
    qtbot: QtBot,
    start_session: StartSession,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.app import session as session_module

    events: list[str] = []

    def opener(settings: Settings, username: str, password: str) -> UnlockResult:
        events.append("worker")
        return unlock_journal(settings, username, password)

    monkeypatch.setattr(session_module, "share_one_arena", lambda: events.append("one arena"))
    app = start_session(settings_file, opener=opener)
    log_in(qtbot, app, password="wrong-pass")
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert events == ["one arena", "worker", "worker"]  # before the first thread, once


def test_a_journal_that_cannot_be_opened_is_explained_in_the_login_dialog(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    def opener(settings: Settings, username: str, password: str) -> UnlockResult:
        return UnlockResult(f"The journal {settings.database} is not a Desktop Blog journal.")

    app = start_session(settings_file, opener=opener)
    log_in(qtbot, app)
    assert "is not a Desktop Blog journal" in app.login_dialog.error()
    assert app.login_dialog.isVisible()
    assert app.main_window is None


def test_a_damaged_journal_file_is_reported_after_login(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, db_path: Path
) -> None:
    db_path.write_bytes(b"this is not a database" * 100)
    app = start_session(settings_file)
    log_in(qtbot, app)
    assert str(db_path) in app.login_dialog.error()
    assert app.main_window is None


def test_logout_closes_the_journal_drops_the_key_and_login_reopens_it(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    journal_app = start_session(settings_file)
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    window = journal_app.main_window
    assert window is not None
    conn, key = journal_app._conn, journal_app.key
    assert conn is not None
    assert key is not None
    raw = key.raw  # the bytearray SQLCipher was keyed from
    window.actions.logout.trigger()
    assert not window.isVisible()
    assert journal_app.model.rowCount() == 0
    with pytest.raises(sqlcipher.ProgrammingError):
        conn.execute("SELECT 1")
    assert not any(raw)  # zeroed
    assert journal_app.key is None
    assert journal_app._conn is None
    log_in(qtbot, journal_app)
    qtbot.waitUntil(window.isVisible)
    assert journal_app.main_window is window
    assert journal_app._conn is not None
    assert journal_app._conn is not conn
    journal_app._conn.execute("SELECT 1")


def test_auto_lock_and_quit_drop_the_key(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    app = start_session(settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    key = app.key
    assert key is not None
    raw = key.raw
    app.idle_lock.lock_requested.emit()
    assert not any(raw)
    assert app.key is None
    assert app.login_dialog.isVisible()
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    key = app.key
    assert key is not None
    raw = key.raw
    app.quit()
    app.close()
    assert not any(raw)
    assert app.key is None


def test_backups_of_an_encrypted_journal_are_encrypted_with_its_key(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, db_path: Path
) -> None:
    from desktop_blog.security.keys import key_file_path
    from desktop_blog.storage.backup import list_backups
    from desktop_blog.storage.database import is_plain_file

    app = start_session(settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    made = app.auto_backup()
    assert made is not None
    assert not is_plain_file(made)
    assert key_file_path(made).exists()
    assert list_backups(app.settings.backups) == [made]


def test_a_journal_missing_with_old_credentials_is_created_encrypted_and_its_key_shown(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "show_once", lambda key, _parent=None: shown.append(key))
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert len(shown) == 1
    assert is_encrypted_journal(db_path)
    assert app.settings.password_hash is None
    assert "password_hash" not in legacy_settings_file.read_text()
