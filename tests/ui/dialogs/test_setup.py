from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import SettingsError, load_settings
from desktop_blog.security.keys import read_key_file
from desktop_blog.security.unlock import is_encrypted_journal
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


def create(qtbot: QtBot, app: Session, user: str = "carol", pw: str = "s3cret!") -> SetupDialog:
    """Fill in the setup dialog and wait for the recovery key; return the dialog."""
    dialog = app.setup_dialog
    assert dialog is not None
    fill(qtbot, dialog, user, pw, pw)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_panel)
    return dialog


def test_first_run_creates_the_encrypted_journal_and_shows_the_recovery_key_once(
    qtbot: QtBot, first_run: Session, tmp_path: Path
) -> None:
    dialog = first_run.setup_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not first_run.login_dialog.isVisible()
    assert (
        "cannot be recovered without the recovery key"
        in dialog.findChild(QLabel, "setupWarning").text()
    )
    create(qtbot, first_run)
    panel = dialog.recovery_panel
    recovery = panel.key()
    assert len(recovery.replace("-", "")) == 32
    assert panel.key_edit.isReadOnly()
    assert panel.key_edit.selectedText() == recovery  # selected, ready to copy
    assert dialog.password_edit.text() == ""
    assert not window_shown(first_run)  # not before the user has seen the key
    qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window_shown(first_run))
    assert panel.key() == ""  # shown once
    assert not dialog.isVisible()
    journal = tmp_path / "j.db"
    assert is_encrypted_journal(journal)
    settings_file = tmp_path / "fresh.toml"
    text = settings_file.read_text()
    assert "s3cret!" not in text
    assert "password_hash" not in text  # the key file verifies the password
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    saved = load_settings(settings_file)
    assert saved.username == "carol"
    assert saved.database == journal
    assert saved.has_credentials
    # The recovery key unlocks the journal too.
    read_key_file(journal).unlock_with_recovery(recovery).wipe()


def test_the_recovery_key_can_be_copied_and_saved_owner_only(
    qtbot: QtBot, first_run: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = create(qtbot, first_run).recovery_panel
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == panel.key()
    assert panel.status_label.text() == "Copied to the clipboard."
    target = tmp_path / "keys" / "recovery.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.key() in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in panel.status_label.text()
    assert [p.name for p in target.parent.iterdir()] == ["recovery.txt"]  # no part file left


def test_saving_the_recovery_key_where_it_cannot_be_written_says_so(
    qtbot: QtBot, first_run: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = create(qtbot, first_run).recovery_panel
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "recovery.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text().startswith("Not saved:")
    assert (tmp_path / "a-file").read_text() == "not a folder"


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
    dialog = create(qtbot, first_run)
    qtbot.mouseClick(dialog.recovery_panel.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window_shown(first_run))
    window = first_run.main_window
    assert window is not None
    window.actions.theme_dark.trigger()
    assert load_settings(tmp_path / "fresh.toml").theme == "dark"
    window.actions.logout.trigger()
    login = first_run.login_dialog
    qtbot.waitUntil(login.isVisible)
    login.username_edit.setText("carol")
    qtbot.keyClicks(login.password_edit, "s3cret!")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isVisible)
    assert login.error() == ""
    assert first_run.settings.username == "carol"
    window.actions.theme_light.trigger()


def test_an_existing_journal_is_never_replaced_at_setup(
    qtbot: QtBot, first_run: Session, tmp_path: Path
) -> None:
    journal = tmp_path / "j.db"
    journal.write_bytes(b"someone's data")
    dialog = first_run.setup_dialog
    assert dialog is not None
    fill(qtbot, dialog, "carol", "s3cret!", "s3cret!")
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "There is already a journal" in dialog.error()
    assert journal.read_bytes() == b"someone's data"
    assert not window_shown(first_run)
