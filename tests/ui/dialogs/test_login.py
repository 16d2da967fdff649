from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.login_throttle import LoginThrottle
from desktop_blog.ui.theme import ThemeManager
from tests.conftest import PASSWORD, USERNAME
from tests.ui.conftest import StartSession, log_in, window_shown


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


def test_during_the_wait_typing_stays_in_the_password_field(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    """After a failure that starts the wait, a password typed again never lands in the
    clear-text username field."""
    app = start_session(settings_file, throttle=LoginThrottle(lambda _failures: 60.0))
    dialog = app.login_dialog
    log_in(qtbot, app, password="not-it")
    assert dialog.is_waiting()
    assert not dialog.login_button.isEnabled()
    assert dialog.focusWidget() is dialog.password_edit
    assert not dialog.username_edit.hasSelectedText()
    qtbot.keyClicks(dialog.focusWidget(), "typed-again")
    assert dialog.username_edit.text() == USERNAME
    assert dialog.password_edit.text() == "typed-again"
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # ignored while waiting
    assert not window_shown(app)


def _most_common_colour(image: QImage) -> str:
    colours = Counter(
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    )
    return colours.most_common(1)[0][0]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_disabled_login_button_looks_disabled(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    themes = ThemeManager(app, theme)
    try:
        session = start_session(settings_file)
        button = session.login_dialog.login_button
        qtbot.waitExposed(session.login_dialog)
        enabled = _most_common_colour(button.grab().toImage())
        button.setEnabled(False)
        disabled = _most_common_colour(button.grab().toImage())
        assert enabled != disabled
    finally:
        themes.set_mode("light")
