from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import SettingsError, load_settings
from desktop_blog.passwords import verify_password
from desktop_blog.ui.dialogs.setup_dialog import SetupDialog
from tests.ui.conftest import StartSession, window_shown


@pytest.fixture
def first_run(qtbot: QtBot, start_session: StartSession, tmp_path: Path) -> Session:
    named = tmp_path / "fresh.toml"
    named.write_text(f'database = "{tmp_path / "j.db"}"\n')
    app = start_session(named)
    assert app.setup_dialog is not None
    qtbot.addWidget(app.setup_dialog)
    return app


def fill(qtbot: QtBot, dialog: SetupDialog, user: str, pw: str, again: str) -> None:
    qtbot.keyClicks(dialog.username_edit, user)
    qtbot.keyClicks(dialog.password_edit, pw)
    qtbot.keyClicks(dialog.confirm_edit, again)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_first_run_asks_for_credentials_and_saves_a_hash(
    qtbot: QtBot, first_run: Session, tmp_path: Path
) -> None:
    dialog = first_run.setup_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not first_run.login_dialog.isVisible()
    fill(qtbot, dialog, "carol", "s3cret!", "s3cret!")
    qtbot.waitUntil(lambda: window_shown(first_run))
    settings_file = tmp_path / "fresh.toml"
    text = settings_file.read_text()
    assert "s3cret!" not in text
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    saved = load_settings(settings_file)
    assert saved.username == "carol"
    assert saved.password_hash is not None
    assert verify_password("s3cret!", saved.password_hash)
    assert saved.database == tmp_path / "j.db"
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("user", "pw", "again", "message"),
    [
        ("", "s3cret!", "s3cret!", "Please choose a username."),
        ("carol", "abc", "abc", "Please choose a password of at least 4 characters."),
        ("carol", "s3cret!", "s3cret?", "The passwords do not match."),
    ],
)
def test_bad_setup_input_is_explained(
    qtbot: QtBot,
    first_run: Session,
    tmp_path: Path,
    user: str,
    pw: str,
    again: str,
    message: str,
) -> None:
    dialog = first_run.setup_dialog
    assert dialog is not None
    fill(qtbot, dialog, user, pw, again)
    assert dialog.error() == message
    assert dialog.isVisible()
    assert not window_shown(first_run)
    assert load_settings(tmp_path / "fresh.toml").username is None


def test_save_failure_keeps_the_dialog(
    qtbot: QtBot, first_run: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise SettingsError("Cannot write the settings file x: disk full.")

    monkeypatch.setattr("desktop_blog.app.settings_service.save_credentials", fail)
    dialog = first_run.setup_dialog
    assert dialog is not None
    fill(qtbot, dialog, "carol", "s3cret!", "s3cret!")
    assert dialog.error() == "Cannot write the settings file x: disk full."
    assert dialog.username_edit.text() == "carol"
    assert not window_shown(first_run)


def test_new_credentials_survive_a_preference_change(
    qtbot: QtBot, first_run: Session, tmp_path: Path
) -> None:
    """Setup, then a theme change from the menu, then log out: the new password still works."""
    dialog = first_run.setup_dialog
    assert dialog is not None
    fill(qtbot, dialog, "carol", "s3cret!", "s3cret!")
    window = first_run.main_window
    qtbot.waitUntil(window.isVisible)
    window.actions.theme_dark.trigger()
    assert load_settings(tmp_path / "fresh.toml").theme == "dark"
    window.actions.logout.trigger()
    login = first_run.login_dialog
    qtbot.waitUntil(login.isVisible)
    login.username_edit.setText("carol")
    qtbot.keyClicks(login.password_edit, "s3cret!")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    assert login.error() == ""
    qtbot.waitUntil(window.isVisible)
    assert first_run.settings.username == "carol"
    window.actions.theme_light.trigger()
