"""The session: login first, one opener that checks and opens, logout closes the journal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.app.journal_opener import OpenFailure, OpenResult, check_and_open
from desktop_blog.app.session import Session
from desktop_blog.auth import LoginResult
from desktop_blog.config import Settings
from tests.conftest import PASSWORD, USERNAME
from tests.ui.conftest import StartSession, log_in, window_shown


def test_nothing_but_the_login_dialog_exists_before_login(journal_app: Session) -> None:
    assert journal_app.login_dialog.isVisible()
    assert journal_app.main_window is None
    assert journal_app.entries is None


def test_the_opener_gets_the_credentials_and_its_connection_is_used(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    calls: list[tuple[str, str]] = []

    def opener(settings: Settings, username: str, password: str) -> OpenResult:
        calls.append((username, password))
        return check_and_open(settings, username, password)

    app = start_session(settings_file, opener=opener)
    log_in(qtbot, app, password="wrong-pass")
    assert app.login_dialog.error() == LoginResult.INVALID_PASSWORD.value
    assert app.main_window is None
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert calls == [(USERNAME, "wrong-pass"), (USERNAME, PASSWORD)]


def test_a_journal_that_cannot_be_opened_is_explained_in_the_login_dialog(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    def opener(settings: Settings, username: str, password: str) -> OpenResult:
        return OpenFailure(f"The journal {settings.database} is not a Desktop Blog journal.")

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


def test_logout_closes_the_journal_and_login_reopens_it(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    opened: list[sqlite3.Connection] = []

    def opener(settings: Settings, username: str, password: str) -> OpenResult:
        result = check_and_open(settings, username, password)
        if isinstance(result, sqlite3.Connection):
            opened.append(result)
        return result

    journal_app = start_session(settings_file, opener=opener)
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    window = journal_app.main_window
    assert window is not None
    window.actions.logout.trigger()
    assert not window.isVisible()
    assert journal_app.model.rowCount() == 0
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")
    log_in(qtbot, journal_app)
    qtbot.waitUntil(window.isVisible)
    assert journal_app.main_window is window
    assert len(opened) == 2
    opened[1].execute("SELECT 1")
