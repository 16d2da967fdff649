"""A plain journal of an earlier version is offered encryption at login, as a user sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.security.keys import key_file_path
from desktop_blog.security.unlock import is_encrypted_journal, is_plain_journal
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import backup_journal, list_backups
from desktop_blog.storage.database import is_plain_file
from desktop_blog.ui.dialogs import encrypt_offer
from desktop_blog.ui.dialogs.encrypt_offer import BackupChoice
from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from tests.catalogues import english_plurals
from tests.conftest import PASSWORD
from tests.ui.conftest import StartSession, log_in, window_shown

__all__ = ["english_plurals"]


class Answers:
    """The user's answers to the upgrade's modal questions, and what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.encrypt = True
        self.password: str | None = PASSWORD
        self.backups = BackupChoice.ENCRYPT
        self.asked: list[str] = []
        self.recovery_keys: list[str] = []
        monkeypatch.setattr(encrypt_offer, "offer_encryption", self._offer)
        monkeypatch.setattr(encrypt_offer, "ask_password", self._password)
        monkeypatch.setattr(encrypt_offer, "ask_about_plain_backups", self._backups)
        monkeypatch.setattr(
            RecoveryKeyDialog, "show_once", lambda key, _p=None: self.recovery_keys.append(key)
        )

    def _offer(self, _parent: object, path: str) -> bool:
        self.asked.append(f"offer {Path(path).name}")
        return self.encrypt

    def _password(self, _parent: object) -> str | None:
        self.asked.append("password")
        return self.password

    def _backups(self, _parent: object, count: int) -> BackupChoice:
        self.asked.append(f"{count} backups")
        return self.backups


@pytest.fixture
def plain_journal(legacy_settings_file: Path, db_path: Path) -> Path:
    conn = open_database(db_path)
    EntryRepository(conn).add("Written before", "<p>in the plain journal</p>")
    conn.close()
    backup_journal(db_path, db_path.parent / "backups")
    return db_path


def _titles(app: Session) -> list[str]:
    model = app.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _logged_in(qtbot: QtBot, start_session: StartSession, settings: Path) -> Session:
    app = start_session(settings)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    return app


@pytest.mark.parametrize("choice", [BackupChoice.ENCRYPT, BackupChoice.DELETE])
def test_encrypt_now_encrypts_shows_the_recovery_key_and_deals_with_old_backups(
    english_plurals: Path,
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    plain_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: BackupChoice,
) -> None:
    answers = Answers(monkeypatch)
    answers.backups = choice
    app = _logged_in(qtbot, start_session, legacy_settings_file)
    qtbot.waitUntil(lambda: app.key is not None, timeout=15_000)
    assert answers.asked == ["offer journal.sqlite3", "password", "1 backups"]
    assert len(answers.recovery_keys) == 1
    assert is_encrypted_journal(plain_journal)
    assert app.settings.password_hash is None
    assert "password_hash" not in legacy_settings_file.read_text()
    assert _titles(app) == ["Written before"]
    backups = list_backups(plain_journal.parent / "backups")
    if choice is BackupChoice.ENCRYPT:
        assert len(backups) == 1
        assert not is_plain_file(backups[0])
        assert key_file_path(backups[0]).exists()
    else:
        assert backups == []
    assert app.main_window is not None
    assert app.main_window.flash_banner.message() == (
        "Encrypted 1 backup made earlier."
        if choice is BackupChoice.ENCRYPT
        else "Deleted 1 plain backup."
    )
    # Logging in again unlocks the encrypted journal with the same password.
    app.logout()
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert app.key is not None
    assert answers.asked.count("password") == 1  # no second offer


def test_not_now_keeps_the_plain_journal(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    plain_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    answers.encrypt = False
    app = _logged_in(qtbot, start_session, legacy_settings_file)
    assert answers.asked == ["offer journal.sqlite3"]
    assert is_plain_journal(plain_journal)
    assert app.key is None
    assert _titles(app) == ["Written before"]
    assert app.settings.password_hash is not None


def test_a_wrong_password_leaves_the_journal_plain_and_says_so(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    plain_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    answers.password = "not-the-password"
    app = _logged_in(qtbot, start_session, legacy_settings_file)
    assert is_plain_journal(plain_journal)
    assert app.main_window is not None
    assert app.main_window.flash_banner.message() == (
        "Invalid password: the journal was left unencrypted."
    )
    assert _titles(app) == ["Written before"]


def test_a_failed_conversion_keeps_the_plain_journal_open_and_says_why(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    plain_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    # Where the encrypted copy would be written there is a folder: the export cannot start.
    (plain_journal.parent / f".{plain_journal.name}.encrypting").mkdir()
    app = _logged_in(qtbot, start_session, legacy_settings_file)
    assert app.main_window is not None
    banner = app.main_window.flash_banner
    qtbot.waitUntil(lambda: banner.property("kind") == "error")
    assert "encrypting" in banner.message()
    assert answers.recovery_keys == []
    assert is_plain_journal(plain_journal)
    assert not key_file_path(plain_journal).exists()
    assert app.key is None
    assert _titles(app) == ["Written before"]
    assert app.settings.password_hash is not None
