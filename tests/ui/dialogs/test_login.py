from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from tests.conftest import PASSWORD, USERNAME
from tests.ui.conftest import log_in, window_shown


def test_login_dialog_is_shown_first(qtbot: QtBot, journal_app: Session) -> None:
    qtbot.waitExposed(journal_app.login_dialog)
    assert journal_app.login_dialog.objectName() == "loginDialog"
    assert not window_shown(journal_app)
    assert journal_app.model.rowCount() == 0


def test_wrong_username(qtbot: QtBot, journal_app: Session) -> None:
    log_in(qtbot, journal_app, username="mallory")
    dialog = journal_app.login_dialog
    assert dialog.error() == "Invalid username"
    assert dialog.password_edit.text() == ""
    assert dialog.isVisible()
    assert not window_shown(journal_app)


def test_wrong_password(qtbot: QtBot, journal_app: Session) -> None:
    log_in(qtbot, journal_app, password="not-it")
    dialog = journal_app.login_dialog
    assert dialog.error() == "Invalid password"
    assert dialog.password_edit.text() == ""
    assert dialog.username_edit.text() == USERNAME
    assert not window_shown(journal_app)


def test_successful_login_shows_the_journal(qtbot: QtBot, journal_app: Session) -> None:
    log_in(qtbot, journal_app, password="nope")
    qtbot.keyClicks(journal_app.login_dialog.password_edit, PASSWORD)
    qtbot.keyClick(journal_app.login_dialog.password_edit, Qt.Key.Key_Return)
    window = journal_app.main_window
    qtbot.waitUntil(window.isVisible)
    assert not journal_app.login_dialog.isVisible()
    assert window.flash_banner.isVisible()
    assert window.flash_banner.message() == "You were logged in"
    assert journal_app.login_dialog.password_edit.text() == ""
