"""Encrypting a plain journal of an earlier version, from the window, after login.

The offer ("Encrypt now" / "Not now") comes right after the plain journal was opened. The
conversion (:func:`~desktop_blog.security.conversion.encrypt_plain_journal`) runs on the
session's worker thread with the journal closed, behind a busy progress dialog; then the
recovery key is shown once and the user decides about the backups made earlier, which are
still plain (encrypt them with the journal's key, or delete them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from desktop_blog.passwords import PasswordHashError, verify_password
from desktop_blog.security.conversion import (
    ConversionReport,
    delete_backups,
    encrypt_backup,
    encrypt_plain_journal,
)
from desktop_blog.security.keys import DataKey, KeyFileError, read_key_file
from desktop_blog.security.unlock import UnlockError, UnlockResult
from desktop_blog.storage import DatabaseError
from desktop_blog.ui.dialogs import encrypt_offer
from desktop_blog.ui.dialogs.encrypt_offer import BackupChoice

if TYPE_CHECKING:
    from desktop_blog.app.session import Session

logger = logging.getLogger(__name__)


@dataclass
class _Converted:
    report: ConversionReport
    key: DataKey


class JournalUpgrade(QObject):
    """Runs the upgrade of the session's plain journal; ``finished(encrypted)`` at the end."""

    finished = Signal(bool)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.progress: QProgressDialog | None = None

    def offer(self) -> None:
        """Ask; on "Encrypt now" and the right password, encrypt the journal."""
        session = self._session
        window = session.main_window
        journal = session.settings.database
        if not encrypt_offer.offer_encryption(window, str(journal)):
            self.finished.emit(False)
            return
        password = encrypt_offer.ask_password(window)
        if password is None:
            self.finished.emit(False)
            return
        if not self._password_is_right(password):
            self._flash(self.tr("Invalid password: the journal was left unencrypted."), "error")
            self.finished.emit(False)
            return
        session.close_journal()  # the conversion needs the journal closed
        self._show_progress(self.tr("Encrypting the journal…"))
        backups = session.settings.backups

        def convert() -> object:
            try:
                report = encrypt_plain_journal(journal, password, backups=backups)
                return _Converted(report, read_key_file(journal).unlock(password))
            except (UnlockError, KeyFileError, DatabaseError, OSError) as exc:
                return exc

        session.run_in_background(convert, self._converted)

    def _password_is_right(self, password: str) -> bool:
        stored = self._session.settings.password_hash
        try:
            return stored is None or verify_password(password, stored)
        except PasswordHashError:
            return False

    def _converted(self, outcome: object) -> None:
        self._close_progress()
        session = self._session
        journal = session.settings.database
        if not isinstance(outcome, _Converted):
            logger.warning("encrypting the journal failed")
            session.reopen(UnlockResult(plain=True))
            self._flash(str(outcome), "error")
            self.finished.emit(False)
            return
        if not session.reopen(UnlockResult(key=outcome.key)):
            self.finished.emit(False)
            return
        session.forget_password_hash()
        from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

        RecoveryKeyDialog.show_once(outcome.report.recovery_key, session.main_window)
        self._flash(
            self.tr(
                "Encrypted the journal (%Ln entries); the plain file was removed.",
                "",
                outcome.report.entries,
            )
        )
        self._handle_plain_backups(outcome.report.plain_backups, journal)
        self.finished.emit(True)

    def _handle_plain_backups(self, plain: list[Path], journal: Path) -> None:
        if not plain:
            return
        session = self._session
        choice = encrypt_offer.ask_about_plain_backups(session.main_window, len(plain))
        if choice is BackupChoice.DELETE:
            delete_backups(plain)
            self._flash(self.tr("Deleted %n plain backups.", "", len(plain)))
        elif choice is BackupChoice.ENCRYPT and session.key is not None:
            failed = 0
            for backup in plain:
                try:
                    encrypt_backup(backup, journal, session.key)
                except DatabaseError:
                    failed += 1
            if failed:
                message = self.tr("{failed} of %n backups could not be encrypted.", "", len(plain))
                self._flash(message.format(failed=failed), "error")
            else:
                self._flash(self.tr("Encrypted %n backups made earlier.", "", len(plain)))
        else:
            self._flash(
                self.tr("%n backups made earlier are still plain (not encrypted).", "", len(plain)),
                "error",
            )

    def _flash(self, message: str, kind: str = "info") -> None:
        window = self._session.main_window
        if window is not None:
            window.flash(message, kind)

    def _show_progress(self, label: str) -> None:
        dialog = QProgressDialog(label, "", 0, 0, self._session.main_window)
        dialog.setObjectName("encryptProgress")
        dialog.setWindowTitle(encrypt_offer.OFFER_TITLE)
        dialog.setCancelButton(None)  # a conversion half done is undone, not cancelled
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.progress = dialog

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
