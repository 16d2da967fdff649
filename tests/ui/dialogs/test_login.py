from __future__ import annotations

import threading
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import Settings
from desktop_blog.login_throttle import FREE_ATTEMPTS, PersistentLoginThrottle, throttle_path_for
from desktop_blog.security.unlock import UnlockResult, unlock_journal
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
    qtbot.waitUntil(lambda: window_shown(journal_app))
    window = journal_app.main_window
    assert window is not None
    assert not journal_app.login_dialog.isVisible()
    assert window.flash_banner.isVisible()
    assert window.flash_banner.message() == "You were logged in"
    assert journal_app.login_dialog.password_edit.text() == ""


def _slow_throttle(monkeypatch: pytest.MonkeyPatch) -> None:
    """A throttle (on disk, as the real one) that makes the fifth failure wait a minute."""
    from desktop_blog.security import unlock

    def schedule(failures: int) -> float:
        return 0.0 if failures < FREE_ATTEMPTS else 60.0

    monkeypatch.setattr(
        unlock, "PersistentLoginThrottle", partial(PersistentLoginThrottle, schedule=schedule)
    )


def test_during_the_wait_typing_stays_in_the_password_field(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a failure that starts the wait, a password typed again never lands in the
    clear-text username field."""
    _slow_throttle(monkeypatch)
    app = start_session(settings_file)
    dialog = app.login_dialog
    for _ in range(FREE_ATTEMPTS):
        log_in(qtbot, app, password="not-it")
    assert dialog.is_waiting()
    assert not dialog.login_button.isEnabled()
    assert dialog.focusWidget() is dialog.password_edit
    assert not dialog.username_edit.hasSelectedText()
    qtbot.keyClicks(dialog.focusWidget(), "typed-again")
    assert dialog.username_edit.text() == USERNAME
    assert dialog.password_edit.text() == "typed-again"
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # ignored while waiting
    assert not dialog.is_busy()
    assert not window_shown(app)


def test_the_wait_survives_a_restart(
    qtbot: QtBot,
    start_session: StartSession,
    settings_file: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _slow_throttle(monkeypatch)
    first = start_session(settings_file)
    for _ in range(FREE_ATTEMPTS):
        log_in(qtbot, first, password="not-it")
    assert first.login_dialog.is_waiting()
    first.login_dialog.hide()
    again = start_session(settings_file)  # the app started anew
    qtbot.waitExposed(again.login_dialog)
    assert again.login_dialog.is_waiting()
    assert not again.login_dialog.login_button.isEnabled()
    assert "Try again in 60 s" in again.login_dialog.wait_label.text()
    assert throttle_path_for(db_path).exists()


def test_failures_are_counted_once(
    qtbot: QtBot, start_session: StartSession, settings_file: Path, db_path: Path
) -> None:
    app = start_session(settings_file)
    for count in range(1, FREE_ATTEMPTS):
        log_in(qtbot, app, password="not-it")
        assert PersistentLoginThrottle(throttle_path_for(db_path)).failures == count
        assert not app.login_dialog.is_waiting()
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert not throttle_path_for(db_path).exists()


def test_the_dialog_says_unlocking_and_keeps_painting_meanwhile(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    release = threading.Event()

    def slow_opener(settings: Settings, username: str, password: str) -> UnlockResult:
        release.wait(10)
        return unlock_journal(settings, username, password)

    app = start_session(settings_file, opener=slow_opener)
    dialog = app.login_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username_edit, USERNAME)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy()
    assert dialog.busy_label.isVisible()
    assert dialog.busy_label.text() == "Unlocking…"
    assert not dialog.login_button.isEnabled()
    # The GUI thread is free: it paints and handles input while the key is derived.
    qtbot.keyClicks(dialog.username_edit, "x")
    assert dialog.username_edit.text() == USERNAME + "x"
    dialog.repaint()
    release.set()
    qtbot.waitUntil(lambda: window_shown(app))
    assert not dialog.busy_label.isVisible()
    assert app.key is not None


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
