"""The application controller: settings and journal in, dialogs and main window out."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_blog import APP_ID, APP_NAME, DESKTOP_ID, __version__
from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings, SettingsError, load_settings, save_credentials
from desktop_blog.login_throttle import LoginThrottle
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.passwords import hash_password
from desktop_blog.resources import ResourceError, read_text, resource_path
from desktop_blog.single_instance import SingleInstance
from desktop_blog.storage import (
    DatabaseError,
    EntryRepository,
    EntryValidationError,
    is_read_only,
    open_database,
    read_only_reason,
)
from desktop_blog.storage.drafts import DraftStore, draft_path_for
from desktop_blog.storage.images import ImageError, ImageStore
from desktop_blog.ui.draft_keeper import DraftKeeper
from desktop_blog.ui.idle_lock import IdleLock
from desktop_blog.ui.journal_features import JournalFeatures
from desktop_blog.ui.login_dialog import LoginDialog
from desktop_blog.ui.main_window import MainWindow
from desktop_blog.ui.setup_dialog import SetupDialog
from desktop_blog.ui.transfer_actions import TransferController

LOGGED_IN = "You were logged in"
LOGGED_OUT = "You were logged out"
POSTED = "New entry was successfully posted"
LOCKED = "The journal was locked. Log in to continue; your draft is kept."
READ_ONLY = (
    "{reason}: you can read your entries, but adding new ones is disabled. "
    "Make it writable (for example chmod u+w) and start Desktop Blog again to write."
)


class JournalApp(QObject):
    """Runs one journal session: setup or login, the main window, logout and quit.

    Raises :class:`DatabaseError` from the constructor when the journal cannot be opened.
    """

    finished = Signal(int)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        throttle: LoginThrottle | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._conn: sqlite3.Connection = open_database(settings.database)
        self._repository = EntryRepository(self._conn)
        self.model = EntryListModel(parent=self)
        self.main_window = MainWindow(self.model)
        self.login_dialog = LoginDialog(self._check_login, throttle=throttle)
        self.setup_dialog: SetupDialog | None = None
        self._images = ImageStore(self._conn)
        self.transfers = TransferController(
            self.main_window, self._conn, lambda: self._settings, self._reload, parent=self
        )
        self.features = JournalFeatures(
            lambda: self._settings, self.model, self._repository, self.main_window, parent=self
        )
        self.draft_keeper = DraftKeeper(
            self.main_window.entry_form, DraftStore(draft_path_for(settings.database)), parent=self
        )
        self.idle_lock = IdleLock(settings.auto_lock_minutes * 60_000, parent=self)
        self.read_only_message: str | None = None
        if is_read_only(self._conn):
            reason = read_only_reason(settings.database) or "The journal is read-only"
            self.read_only_message = READ_ONLY.format(reason=reason)
            self.draft_keeper.set_enabled(False)
        self.main_window.set_read_only(self.read_only_message)
        self.draft_keeper.restore()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.login_dialog.accepted.connect(self._logged_in)
        self.login_dialog.rejected.connect(self._login_cancelled)
        self.main_window.post_requested.connect(self.post)
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.quit_requested.connect(self.quit)
        self.main_window.entry_form.image_received.connect(self._add_image)
        self.features.settings_changed.connect(self._settings_changed)
        self.draft_keeper.save_failed.connect(lambda text: self.main_window.flash(text, "error"))
        self.idle_lock.lock_requested.connect(self.lock)

    def _settings_changed(self, settings: Settings) -> None:
        self._settings = settings
        self.idle_lock.set_interval_ms(settings.auto_lock_minutes * 60_000)

    @property
    def settings(self) -> Settings:
        return self._settings

    def start(self) -> None:
        """Show the setup dialog on first run, the login dialog otherwise."""
        if self._settings.has_credentials:
            self._show_login()
        else:
            self.setup_dialog = SetupDialog(str(self._settings.path))
            self.setup_dialog.credentials_chosen.connect(self._save_credentials)
            self.setup_dialog.rejected.connect(self._login_cancelled)
            self.setup_dialog.show()

    def _check_login(self, username: str, password: str) -> LoginResult:
        return check_login(self._settings, username, password)

    def _save_credentials(self, username: str, password: str) -> None:
        assert self.setup_dialog is not None
        try:
            self._settings = save_credentials(self._settings, username, hash_password(password))
        except SettingsError as exc:
            self.setup_dialog.show_error(str(exc))
            return
        self.setup_dialog.accept()
        self._logged_in()

    def _show_login(self) -> None:
        self.login_dialog.reset()
        self.login_dialog.show()
        self.login_dialog.raise_()
        self.login_dialog.activateWindow()

    def _show_images(self, show: bool) -> None:
        provider = self._images.data if show else None
        self.main_window.entry_view.set_image_provider(provider)
        self.main_window.entry_form.preview.set_image_provider(provider)

    def _add_image(self, data: bytes) -> None:
        """Store a pasted or dropped image and reference it from the body being written."""
        form = self.main_window.entry_form
        try:
            image = self._images.add(data)
        except (ImageError, DatabaseError) as exc:
            form.show_error(str(exc))
            return
        form.insert_image(image.url)

    def _reload(self) -> None:
        """Show the journal afresh after an import or a restore.

        The undo history is cleared: after a restore its commands refer to entries the
        journal no longer has (the journal before the restore was backed up first).
        """
        self.features.undo_stack.clear()
        self.model.set_repository(self._repository)
        self.features.refresh_navigation()
        self.main_window.select_row(0)

    def _logged_in(self) -> None:
        self._show_images(True)
        self.model.set_repository(self._repository)
        self.features.refresh_navigation()
        self.main_window.select_row(0)
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.main_window.flash(LOGGED_IN)
        self.idle_lock.start()

    def _login_cancelled(self) -> None:
        if not self.main_window.isVisible():
            self.quit()

    def post(self, title: str, body: str) -> None:
        """Save the form's entry; on any error keep the form as typed and say why."""
        form = self.main_window.entry_form
        try:
            entry = self.model.add_entry(title, body, body_format=form.body_format())
        except (EntryValidationError, DatabaseError) as exc:
            form.show_error(str(exc))
            return
        self.features.entry_added(entry)
        form.clear()
        self.draft_keeper.discard()
        self.main_window.flash(POSTED)

    def lock(self) -> None:
        """Hide the journal and ask for the password again; the form and draft are kept."""
        if not self.main_window.isVisible():
            return
        self.draft_keeper.flush()
        self.logout()
        self.login_dialog.flash_banner.flash(LOCKED)

    def bring_to_front(self) -> None:
        """Show the window another launch of the app asked for."""
        if self.main_window.isVisible():
            window: QWidget = self.main_window
        elif self.setup_dialog is not None and self.setup_dialog.isVisible():
            window = self.setup_dialog
        else:
            window = self.login_dialog
            window.show()
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    def logout(self) -> None:
        self.idle_lock.stop()
        self.model.set_repository(None)
        self._show_images(False)
        self.features.show_all()
        self.main_window.flash_banner.dismiss()
        self.main_window.hide()
        self._show_login()
        self.login_dialog.flash_banner.flash(LOGGED_OUT)

    def quit(self) -> None:
        self.idle_lock.stop()
        self.draft_keeper.flush()
        self.login_dialog.hide()
        self.main_window.hide()
        self.finished.emit(0)

    def auto_backup(self) -> Path | None:
        """Back up the journal if the newest backup is a day old or missing (on close)."""
        from desktop_blog.storage.backup import backup_due, backup_journal

        settings = self._settings
        if not backup_due(settings.backups):
            return None
        try:
            return backup_journal(settings.database, settings.backups, keep=settings.backup_keep)
        except DatabaseError as exc:
            print(f"desktop-blog: warning: automatic backup failed: {exc}", file=sys.stderr)
            return None

    def close(self) -> None:
        """Back up if due, then release the journal and the windows."""
        self.features.close()
        self.model.set_repository(None)
        self.auto_backup()
        self._conn.close()
        self.main_window.deleteLater()
        self.login_dialog.deleteLater()
        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()


def application() -> QApplication:
    """Return the running QApplication, creating and styling it if there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons/desktop-blog.svg"))))
    except ResourceError as exc:
        print(f"desktop-blog: warning: {exc}", file=sys.stderr)
    _style(app)
    return app


def _style(app: QApplication) -> None:
    """Give ``app`` the light style sheet unless it has one (the theme may change it later)."""
    if app.styleSheet():
        return
    try:
        app.setStyleSheet(read_text("style.qss"))
    except ResourceError as exc:
        print(f"desktop-blog: warning: {exc}", file=sys.stderr)


def show_fatal(message: str) -> None:
    """Report an error that stops the app, on stderr and in a message box."""
    print(f"desktop-blog: error: {message}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, message)


def run_gui(named_settings: Path | None) -> int:
    """Start the windowed app; return its exit code."""
    app = application()
    _style(app)
    try:
        settings = load_settings(named_settings)
    except SettingsError as exc:
        show_fatal(str(exc))
        return 1
    instance = SingleInstance(settings.database)
    if not instance.acquire():
        if instance.notify_running():
            print("desktop-blog: the journal is already open; brought its window forward")
            return 0
        show_fatal(
            f"The journal {settings.database} is already open in another Desktop Blog "
            "that does not answer. Close it and try again."
        )
        return 1
    try:
        journal = JournalApp(settings)
    except DatabaseError as exc:
        instance.release()
        show_fatal(str(exc))
        return 1
    instance.activation_requested.connect(journal.bring_to_front)
    journal.finished.connect(app.exit)
    journal.start()
    code = app.exec()
    journal.close()
    instance.release()
    return int(code)
