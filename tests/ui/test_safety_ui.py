"""Read-only journals, auto-lock, login throttling, and no secrets in the output."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import write_settings
from desktop_blog.login_throttle import LoginThrottle, PersistentLoginThrottle, throttle_path_for
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import StartSession, html_source, log_in, open_journal, window_shown


@pytest.fixture
def read_only_app(
    start_session: StartSession, settings_file: Path, db_path: Path
) -> Iterator[Session]:
    conn = open_journal(db_path)
    EntryRepository(conn).add("Old entry", "<p>still readable</p>")
    conn.close()
    db_path.chmod(0o400)
    app = start_session(settings_file)
    yield app
    db_path.chmod(0o600)


def test_read_only_journal_can_be_read_but_not_added_to(
    qtbot: QtBot, read_only_app: Session, db_path: Path
) -> None:
    before = db_path.read_bytes()
    log_in(qtbot, read_only_app)
    window = read_only_app.main_window
    qtbot.waitUntil(window.isVisible)
    assert window.read_only_banner.isVisible()
    banner = window.read_only_banner.text()
    assert f"The journal {db_path} is read-only" in banner
    assert "adding new ones is disabled" in banner
    assert not window.entry_form.isEnabled()
    assert not window.entry_form.post_button.isEnabled()
    assert not window.actions.new_entry.isEnabled()
    assert "still readable" in window.entry_view.toPlainText()
    assert window.current_entry() is not None
    for action in (
        window.actions.edit_entry,
        window.actions.delete_entry,
        window.actions.import_journal,
        window.actions.restore,
    ):
        assert not action.isEnabled(), action.objectName()
    window.entry_list.setFocus()
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    assert read_only_app.model.rowCount() == 1
    assert window.actions.back_up.isEnabled()  # reading is still allowed
    assert db_path.read_bytes() == before


def test_writable_journal_has_no_banner(window: MainWindow) -> None:
    assert not window.read_only_banner.isVisible()
    assert window.entry_form.isEnabled()


def test_idle_journal_locks_and_keeps_the_draft(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    assert journal_app.idle_lock.interval_ms() == 10 * 60_000  # the default
    qtbot.keyClicks(window.entry_form.title_edit, "Half-written")
    journal_app.idle_lock.set_interval_ms(100)
    qtbot.waitUntil(lambda: not window.isVisible())
    dialog = journal_app.login_dialog
    qtbot.waitExposed(dialog)
    assert "locked" in dialog.flash_banner.message()
    assert journal_app.model.rowCount() == 0
    log_in(qtbot, journal_app)
    qtbot.waitUntil(window.isVisible)
    assert window.entry_form.title() == "Half-written"


def test_auto_lock_minutes_comes_from_the_settings(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    write_settings(settings_file, {"auto_lock_minutes": 3})
    app = start_session(settings_file)
    assert app.idle_lock.interval_ms() == 3 * 60_000


def test_suspended_application_locks(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "locked" in journal_app.login_dialog.flash_banner.message()


def test_second_launch_brings_the_login_forward(qtbot: QtBot, journal_app: Session) -> None:
    journal_app.login_dialog.hide()
    journal_app.bring_to_front()
    qtbot.waitExposed(journal_app.login_dialog)


def test_repeated_failed_logins_wait_longer(
    qtbot: QtBot,
    start_session: StartSession,
    settings_file: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.security import unlock

    delays: list[int] = []

    def schedule(failures: int) -> float:
        delays.append(failures)
        return 0.0 if failures < 5 else 2.0  # long enough to see on a busy machine

    monkeypatch.setattr(
        unlock, "PersistentLoginThrottle", partial(PersistentLoginThrottle, schedule=schedule)
    )
    app = start_session(settings_file)
    dialog = app.login_dialog
    for _ in range(4):
        log_in(qtbot, app, password="wrong")
        assert dialog.login_button.isEnabled()
    log_in(qtbot, app, password="wrong")
    assert delays == [1, 2, 3, 4, 5]
    assert not dialog.login_button.isEnabled()
    assert re.fullmatch(
        r"Too many failed attempts\. Try again in [12] s\.", dialog.wait_label.text()
    )
    dialog.password_edit.setEnabled(True)  # even if someone gets text in, nothing is checked
    dialog.password_edit.setText(PASSWORD)
    dialog.login_button.click()
    dialog.password_edit.returnPressed.emit()
    assert not window_shown(app)
    assert delays == [1, 2, 3, 4, 5]
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=6000)
    assert not dialog.wait_label.isVisible()
    on_disk = PersistentLoginThrottle(throttle_path_for(db_path))
    assert on_disk.wait_seconds() < 0.5  # the dialog's wait and the journal's agree
    qtbot.waitUntil(lambda: on_disk.wait_seconds() == 0, timeout=1000)
    dialog.password_edit.clear()
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app), timeout=20_000)  # the first window is built
    app.model.set_repository(None)


def test_default_schedule_increases_after_five_failures() -> None:
    throttle = LoginThrottle()
    waits = [throttle.failed() for _ in range(8)]
    assert waits[:4] == [0, 0, 0, 0]
    assert 0 < waits[4] < waits[5] < waits[6] < waits[7]
    throttle.succeeded()
    assert throttle.failed() == 0


def test_no_secret_reaches_the_output(
    qtbot: QtBot,
    journal_app: Session,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    log_in(qtbot, journal_app, password="a-wrong-guess")
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    assert journal_app.key is not None
    key = journal_app.key.raw.hex()
    out, err = capfd.readouterr()
    everything = out + err + caplog.text
    assert PASSWORD not in everything
    assert "a-wrong-guess" not in everything
    assert key not in everything.lower()


def _paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    widget.setFocus()
    qtbot.keySequence(widget, QKeySequence.StandardKey.Paste)


def test_hostile_body_is_refused_and_kept_in_the_form(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, "Huge")
    html_source(qtbot, form)
    qtbot.keyClicks(form.body_edit, "<p>typed</p>")
    _paste(qtbot, form.body_edit, "<p>" + "x" * 10_000_000 + "</p>")
    assert "Not pasted: the text would have 10,000,019 characters" in form.error()
    assert form.body() == "<p>typed</p>"
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert repository.newest(1)[0].text == "<p>typed</p>"


@pytest.mark.parametrize(
    "body",
    ["<div>" * 100_000, "<b<i><<>>></p></div><table><tr><td>" * 10_000, "x" * 400_000],
)
def test_hostile_but_valid_bodies_post_and_show(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository, body: str
) -> None:
    form = window.entry_form
    form.title_edit.insert("\u202eHostile")  # QTest cannot type non-ASCII keys
    html_source(qtbot, form)
    _paste(qtbot, form.body_edit, body)
    assert form.body() == body
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.error() == ""
    stored = repository.newest(1)[0]
    assert (stored.title, stored.text) == ("\u202eHostile", body)
    assert "Hostile" in window.entry_view.toPlainText()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not toml = = =", "is not valid TOML"),
        ("auto_lock_minutes = 'soon'", "must be a whole number"),
        ("username = 3", "must be a string"),
    ],
)
def test_bad_settings_file_gives_a_message_box_not_a_traceback(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    expected: str,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_blog.app.application import run_gui

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "bad.toml"
    path.write_text(content)
    assert run_gui(path) == 1
    assert len(shown) == 1
    assert expected in shown[0]
    assert str(path) in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_foreign_database_is_explained_at_login_and_left_alone(
    qtbot: QtBot, start_session: StartSession, legacy_settings_file: Path, db_path: Path
) -> None:
    import sqlite3

    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE photos (id INTEGER)")
    raw.close()
    before = db_path.read_bytes()
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    assert "another program" in app.login_dialog.error()
    assert app.main_window is None
    assert db_path.read_bytes() == before
