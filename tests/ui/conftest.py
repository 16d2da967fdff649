"""Fixtures that run the real app controller and log in as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app import JournalApp
from desktop_blog.config import load_settings
from desktop_blog.ui.main_window import MainWindow
from tests.conftest import PASSWORD, USERNAME


@pytest.fixture
def journal_app(qtbot: QtBot, settings_file: Path) -> Iterator[JournalApp]:
    app = JournalApp(load_settings(settings_file))
    qtbot.addWidget(app.main_window)
    qtbot.addWidget(app.login_dialog)
    app.start()
    yield app
    app.model.set_repository(None)


def log_in(
    qtbot: QtBot, app: JournalApp, username: str = USERNAME, password: str = PASSWORD
) -> None:
    dialog = app.login_dialog
    qtbot.waitExposed(dialog)
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot: QtBot, journal_app: JournalApp) -> MainWindow:
    log_in(qtbot, journal_app)
    qtbot.waitUntil(journal_app.main_window.isVisible)
    return journal_app.main_window


def post(qtbot: QtBot, window: MainWindow, title: str, body: str) -> None:
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, title)
    qtbot.keyClicks(form.body_edit, body)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
