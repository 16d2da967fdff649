"""Fixtures that run the real app controller and log in as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import load_settings
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import PASSWORD, USERNAME

StartSession = Callable[..., Session]


@pytest.fixture
def start_session(qtbot: QtBot) -> Iterator[StartSession]:
    """Start sessions on a settings file; afterwards close their journals and windows."""
    started: list[Session] = []

    def start(settings_file: Path, **options: Any) -> Session:
        app = Session(load_settings(settings_file), **options)
        qtbot.addWidget(app.login_dialog)
        app.start()
        started.append(app)
        return app

    yield start
    for app in started:
        app.close_journal()
        if app.main_window is not None:
            app.main_window.close()


@pytest.fixture
def journal_app(start_session: StartSession, settings_file: Path) -> Session:
    return start_session(settings_file)


def window_shown(app: Session) -> bool:
    """Whether ``app`` has built and shows its main window (only after a login)."""
    return app.main_window is not None and app.main_window.isVisible()


def log_in(qtbot: QtBot, app: Session, username: str = USERNAME, password: str = PASSWORD) -> None:
    dialog = app.login_dialog
    qtbot.waitExposed(dialog)
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot: QtBot, journal_app: Session) -> MainWindow:
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: journal_app.main_window is not None)
    window = journal_app.main_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    return window


def post(qtbot: QtBot, window: MainWindow, title: str, body: str) -> None:
    """Write a new entry as a person does: New Entry, the title, the body, Share."""
    window.actions.new_entry.trigger()
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, title)
    if body.startswith("<") and form.body_format() == "html":
        html_source(qtbot, form)  # HTML typed as text, not formatted
    qtbot.keyClicks(form.body_edit, body)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)


def html_source(qtbot: QtBot, form: EntryForm) -> None:
    """Switch the body to HTML source as a person does: the toolbar's HTML Source button."""
    if not form.is_source_mode():
        button = form.toolbar.widgetForAction(form.toolbar.source_action)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.is_source_mode()
