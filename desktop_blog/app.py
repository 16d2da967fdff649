"""The application controller: settings and journal in, dialogs and main window out."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_blog import APP_ID, APP_NAME, __version__
from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings, SettingsError, load_settings, save_credentials
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.passwords import hash_password
from desktop_blog.resources import ResourceError, read_text, resource_path
from desktop_blog.storage import (
    DatabaseError,
    EntryRepository,
    EntryValidationError,
    open_database,
)
from desktop_blog.ui.login_dialog import LoginDialog
from desktop_blog.ui.main_window import MainWindow
from desktop_blog.ui.setup_dialog import SetupDialog

LOGGED_IN = "You were logged in"
LOGGED_OUT = "You were logged out"
POSTED = "New entry was successfully posted"


class JournalApp(QObject):
    """Runs one journal session: setup or login, the main window, logout and quit.

    Raises :class:`DatabaseError` from the constructor when the journal cannot be opened.
    """

    finished = Signal(int)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._conn: sqlite3.Connection = open_database(settings.database)
        self._repository = EntryRepository(self._conn)
        self.model = EntryListModel(parent=self)
        self.main_window = MainWindow(self.model)
        self.login_dialog = LoginDialog(self._check_login)
        self.setup_dialog: SetupDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.login_dialog.accepted.connect(self._logged_in)
        self.login_dialog.rejected.connect(self._login_cancelled)
        self.main_window.post_requested.connect(self.post)
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.quit_requested.connect(self.quit)

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

    def _logged_in(self) -> None:
        self.model.set_repository(self._repository)
        self.main_window.select_row(0)
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.main_window.flash(LOGGED_IN)

    def _login_cancelled(self) -> None:
        if not self.main_window.isVisible():
            self.quit()

    def post(self, title: str, body: str) -> None:
        """Save the form's entry; on any error keep the form as typed and say why."""
        form = self.main_window.entry_form
        try:
            self.model.add_entry(title, body)
        except (EntryValidationError, DatabaseError) as exc:
            form.show_error(str(exc))
            return
        form.clear()
        self.main_window.flash(POSTED)

    def logout(self) -> None:
        self.main_window.clear_search()  # the next session starts with the whole journal
        self.model.set_repository(None)
        self.main_window.flash_banner.dismiss()
        self.main_window.hide()
        self._show_login()
        self.login_dialog.flash_banner.flash(LOGGED_OUT)

    def quit(self) -> None:
        self.login_dialog.hide()
        self.main_window.hide()
        self.finished.emit(0)

    def close(self) -> None:
        """Release the journal and the windows."""
        self.model.set_repository(None)
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
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons/desktop-blog.svg"))))
        app.setStyleSheet(read_text("style.qss"))
    except ResourceError as exc:
        print(f"desktop-blog: warning: {exc}", file=sys.stderr)
    return app


def show_fatal(message: str) -> None:
    """Report an error that stops the app, on stderr and in a message box."""
    print(f"desktop-blog: error: {message}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, message)


def run_gui(named_settings: Path | None) -> int:
    """Start the windowed app; return its exit code."""
    app = application()
    if not app.styleSheet():
        app.setStyleSheet(read_text("style.qss"))
    try:
        settings = load_settings(named_settings)
        journal = JournalApp(settings)
    except (SettingsError, DatabaseError) as exc:
        show_fatal(str(exc))
        return 1
    journal.finished.connect(app.exit)
    journal.start()
    code = app.exec()
    journal.close()
    return int(code)
