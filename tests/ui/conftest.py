"""Fixtures that run the real app controller and log in as a person would.

The journal of these tests is encrypted, as a new journal is; the key derivation is made
cheap here (the security tests measure the real one). ``legacy_settings_file`` is the
settings of an earlier version: a password hash and a plain journal (or none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import load_settings, write_settings
from desktop_blog.security import keys
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import PASSWORD, USERNAME

StartSession = Callable[..., Session]


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its smallest allowed cost: these tests unlock often."""
    monkeypatch.setattr(keys, "DEFAULT_TIME_COST", keys.TIME_COST_RANGE[0])
    monkeypatch.setattr(keys, "DEFAULT_MEMORY_KIB", keys.MEMORY_KIB_RANGE[0])
    monkeypatch.setattr(keys, "DEFAULT_PARALLELISM", 1)


@pytest.fixture
def legacy_settings_file(tmp_path: Path, db_path: Path, password_hash: str) -> Path:
    """Settings of an earlier version: username and password hash (a plain journal)."""
    path = tmp_path / "settings.toml"
    write_settings(
        path, {"database": str(db_path), "username": USERNAME, "password_hash": password_hash}
    )
    return path


@pytest.fixture
def settings_file(tmp_path: Path, db_path: Path) -> Path:
    """Settings with the username only, beside an encrypted journal made with PASSWORD."""
    from desktop_blog.security.unlock import create_encrypted_journal

    path = tmp_path / "settings.toml"
    write_settings(path, {"database": str(db_path), "username": USERNAME})
    create_encrypted_journal(db_path, PASSWORD).key.wipe()
    return path


def open_journal(path: Path) -> Any:
    """A second connection to the test journal (encrypted with PASSWORD, or plain)."""
    from desktop_blog.security.unlock import is_encrypted_journal

    key = keys.read_key_file(path).unlock(PASSWORD) if is_encrypted_journal(path) else None
    return open_database(path, key=key)


@pytest.fixture
def repository(settings_file: Path, db_path: Path) -> Iterator[EntryRepository]:
    conn = open_journal(db_path)
    yield EntryRepository(conn)
    conn.close()


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
        app.wait_for_background()
        app.rescue.shut_down()
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
    qtbot.waitUntil(lambda: not dialog.is_busy())


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
