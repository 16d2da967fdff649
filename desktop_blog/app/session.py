"""One journal session: setup or login first, then the journal and the main window.

Nothing but the login (or first-run setup) dialog is built before the credentials are
accepted; the :data:`~desktop_blog.app.journal_opener.Opener` checks them and opens the
journal in one step. Logout and auto-lock close the journal and empty the window; logging in
again reopens it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_blog.app.idle_lock import IdleLock
from desktop_blog.app.journal_opener import Opener, OpenFailure, check_and_open
from desktop_blog.app.rescue_controller import RescueController
from desktop_blog.app.settings_service import SettingsService
from desktop_blog.auth import LoginResult
from desktop_blog.config import Settings, SettingsError
from desktop_blog.domain.preferences import Preferences
from desktop_blog.login_throttle import LoginThrottle
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.passwords import hash_password
from desktop_blog.storage import DatabaseError, EntryRepository, is_read_only, read_only_reason
from desktop_blog.ui.dialogs.login_dialog import LoginDialog

if TYPE_CHECKING:  # built after the first successful login
    from desktop_blog.app.draft_keeper import DraftKeeper
    from desktop_blog.app.entries_controller import EntriesController
    from desktop_blog.app.navigation_controller import NavigationController
    from desktop_blog.app.preferences_controller import PreferencesController
    from desktop_blog.app.transfer_controller import TransferController
    from desktop_blog.ui.dialogs.setup_dialog import SetupDialog
    from desktop_blog.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop_blog.ui.widgets.entry_form import EntryForm
    from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)

EDITOR_DELAY_MS = 100  # after the window is first painted
LOGGED_IN = "You were logged in"
LOGGED_OUT = "You were logged out"
LOCKED = "The journal was locked. Log in to continue; your draft is kept."
READ_ONLY = (
    "{reason}: you can read your entries, but adding new ones is disabled. "
    "Make it writable (for example chmod u+w) and start Desktop Blog again to write."
)


class Session(QObject):
    """Runs one journal session: setup or login, the main window, logout, lock and quit."""

    finished = Signal(int)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        throttle: LoginThrottle | None = None,
        opener: Opener = check_and_open,
    ) -> None:
        super().__init__(parent)
        self.settings_service = SettingsService(settings, self)
        self._opener = opener
        self._conn: sqlite3.Connection | None = None
        self.model = EntryListModel(parent=self)
        self.login_dialog = LoginDialog(self._check_login, throttle=throttle)
        self.setup_dialog: SetupDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.main_window: MainWindow | None = None
        self.entries: EntriesController | None = None
        self.navigation: NavigationController | None = None
        self.preferences: PreferencesController | None = None
        self.transfers: TransferController | None = None
        self._draft_keeper: DraftKeeper | None = None
        self._drafts_enabled = True
        self.read_only_message: str | None = None
        self.idle_lock = IdleLock(settings.auto_lock_minutes * 60_000, parent=self)
        self.rescue = RescueController(
            lambda: self.settings, self.close_journal, self._dialog_parent, parent=self
        )
        self.rescue.reopened.connect(self._rescued)
        self.rescue.failed.connect(self._rescue_failed)
        self.login_dialog.accepted.connect(self._logged_in)
        self.login_dialog.rejected.connect(self._login_cancelled)
        self.idle_lock.lock_requested.connect(self.lock)
        self.settings_service.changed.connect(self._preferences_changed)

    @property
    def settings(self) -> Settings:
        return self.settings_service.settings

    def _preferences_changed(self, preferences: Preferences) -> None:
        self.idle_lock.set_interval_ms(preferences.auto_lock_minutes * 60_000)

    def start(self) -> None:
        """Show the setup dialog on first run, the login dialog otherwise."""
        if self.settings.has_credentials:
            self._show_login()
            return
        from desktop_blog.ui.dialogs.setup_dialog import SetupDialog

        self.setup_dialog = SetupDialog(str(self.settings.path))
        self.setup_dialog.credentials_chosen.connect(self._save_credentials)
        self.setup_dialog.rejected.connect(self._login_cancelled)
        self.setup_dialog.show()

    # -- opening and closing the journal -------------------------------------------------------
    def _open(self, username: str, password: str) -> LoginResult | str:
        result = self._opener(self.settings, username, password)
        if isinstance(result, sqlite3.Connection):
            self._conn = result
            return LoginResult.OK
        if isinstance(result, OpenFailure):
            logger.warning("the journal could not be opened after login")
            self.rescue.open_failed(result)
            return result.message
        return result

    def _check_login(self, username: str, password: str) -> LoginResult | str:
        return self._open(username, password)

    def _save_credentials(self, username: str, password: str) -> None:
        dialog = self.setup_dialog
        assert dialog is not None
        try:
            self.settings_service.save_credentials(username, hash_password(password))
        except SettingsError as exc:
            dialog.show_error(str(exc))
            return
        result = self._open(username, password)
        if result is not LoginResult.OK:
            dialog.show_error(result if isinstance(result, str) else result.value)
            return
        dialog.accept()
        self._logged_in()

    def close_journal(self) -> None:
        """Empty the window and close the journal (logout, lock, quit)."""
        self.idle_lock.stop()
        self.model.set_repository(None)
        if self.entries is not None:
            self.entries.set_journal(None, None)
        if self.navigation is not None:
            self.navigation.set_repository(None)
        if self.transfers is not None:
            self.transfers.set_connection(None)
        if self.main_window is not None:
            self.main_window.set_image_provider(None)
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _build_window(self) -> MainWindow:
        from desktop_blog.app.entries_controller import EntriesController
        from desktop_blog.app.navigation_controller import NavigationController
        from desktop_blog.app.preferences_controller import PreferencesController
        from desktop_blog.app.transfer_controller import TransferController
        from desktop_blog.app.window_state import restore_window_state
        from desktop_blog.ui.windows.main_window import MainWindow

        window = MainWindow(self.model)
        restore_window_state(window)
        self.main_window = window
        self.entries = EntriesController(self.model, window, self)
        self.navigation = NavigationController(self.model, window, self)
        self.preferences = PreferencesController(self.settings_service, window, self)
        self.transfers = TransferController(window, lambda: self.settings, self)
        window.editor_created.connect(self._keep_drafts)
        window.actions.logout.triggered.connect(self.logout)
        window.actions.quit.triggered.connect(self.quit)
        window.actions.shortcuts.triggered.connect(self.show_shortcuts)
        window.closing.connect(self.quit)
        self.entries.posted.connect(lambda _entry: self._discard_draft())
        self.entries.changed.connect(self.navigation.refresh)
        self.transfers.reloaded.connect(self._reload)
        return window

    def _keep_drafts(self, editor: EntryForm) -> None:
        """Keep what is typed in the editor as a draft, and put back the last one."""
        from desktop_blog.app.draft_keeper import DraftKeeper
        from desktop_blog.storage.drafts import DraftStore, draft_path_for

        store = DraftStore(draft_path_for(self.settings.database))
        keeper = DraftKeeper(editor, store, parent=self)
        self._draft_keeper = keeper
        keeper.set_enabled(self._drafts_enabled)
        keeper.save_failed.connect(self._flash_error)
        keeper.restore()

    def _flash_error(self, text: str) -> None:
        if self.main_window is not None:
            self.main_window.flash(text, "error")

    @property
    def draft_keeper(self) -> DraftKeeper | None:
        """The keeper of the editor's draft (building the editor if the window has none yet)."""
        if self.main_window is not None:
            _ = self.main_window.entry_form
        return self._draft_keeper

    def _build_editor(self) -> None:
        if self.main_window is not None and self._conn is not None:
            _ = self.main_window.entry_form

    def _discard_draft(self) -> None:
        if self._draft_keeper is not None:
            self._draft_keeper.discard()

    def _attach(self, conn: sqlite3.Connection) -> MainWindow:
        """Show the journal open on ``conn`` in the main window (built on first use)."""
        from desktop_blog.storage.images import ImageStore

        window = self.main_window or self._build_window()
        assert self.entries is not None
        assert self.navigation is not None
        assert self.transfers is not None
        repository = EntryRepository(conn)
        images = ImageStore(conn)
        self.rescue.watch(conn)
        self.read_only_message = None
        if is_read_only(conn):
            reason = read_only_reason(self.settings.database) or "The journal is read-only"
            self.read_only_message = READ_ONLY.format(reason=reason)
        self._drafts_enabled = self.read_only_message is None
        if self._draft_keeper is not None:
            self._draft_keeper.set_enabled(self._drafts_enabled)
        window.set_read_only(self.read_only_message)
        self.entries.set_journal(repository, images)
        self.transfers.set_connection(conn)
        window.set_image_provider(images.data)
        self.model.set_repository(repository)
        self.navigation.set_repository(repository)
        window.select_row(0)
        return window

    def _reload(self) -> None:
        """Show the journal afresh after an import or a restore.

        The undo history is cleared: after a restore its commands refer to entries the
        journal no longer has (the journal before the restore was backed up first).
        """
        if self._conn is not None:
            self._attach(self._conn)

    # -- the session's steps -------------------------------------------------------------------
    def _show_login(self) -> None:
        self.login_dialog.reset()
        self.login_dialog.show()
        self.login_dialog.raise_()
        self.login_dialog.activateWindow()

    def _logged_in(self) -> None:
        if self._conn is None:  # accepted without a journal: nothing to show
            return
        try:
            window = self._attach(self._conn)
        except DatabaseError as exc:
            self.close_journal()
            self._show_login()
            self.login_dialog.flash_banner.flash(str(exc), "error")
            return
        window.show()
        window.raise_()
        window.activateWindow()
        window.flash(LOGGED_IN)
        logger.info("logged in; the journal %s is open", self.settings.database)
        # The editor is not in the first paint: build it (and bring back a draft) just after.
        QTimer.singleShot(EDITOR_DELAY_MS, self._build_editor)
        self.idle_lock.start()
        self.rescue.check_in_background()

    def _dialog_parent(self) -> QWidget:
        window = self.main_window
        return window if window is not None and window.isVisible() else self.login_dialog

    def _rescued(self, conn: sqlite3.Connection, message: str) -> None:
        """Show the journal reopened after a rescue, and what was done."""
        self._conn = conn
        self.login_dialog.hide()
        self._logged_in()
        if self.main_window is not None and self._conn is conn:
            self.main_window.flash(message)

    def _rescue_failed(self, message: str) -> None:
        if self.main_window is not None:
            self._hide_window(self.main_window)
        self._show_login()
        self.login_dialog.flash_banner.flash(message, "error")

    def _login_cancelled(self) -> None:
        if self.main_window is None or not self.main_window.isVisible():
            self.quit()

    def lock(self) -> None:
        """Close the journal and ask for the password again; the draft is kept."""
        if self.main_window is None or not self.main_window.isVisible():
            return
        if self._draft_keeper is not None:
            self._draft_keeper.flush()
        self.logout()
        logger.info("the journal was locked")
        self.login_dialog.flash_banner.flash(LOCKED)

    def bring_to_front(self) -> None:
        """Show the window another launch of the app asked for."""
        if self.main_window is not None and self.main_window.isVisible():
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
        if self.navigation is not None:
            self.navigation.show_all()
        self.close_journal()
        if self.main_window is not None:
            self.main_window.dismiss_message()
            self._hide_window(self.main_window)
        self._show_login()
        logger.info("logged out; the journal is closed")
        self.login_dialog.flash_banner.flash(LOGGED_OUT)

    def show_shortcuts(self) -> None:
        from desktop_blog.ui.actions import shortcut_rows
        from desktop_blog.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(), self.main_window)
        self.shortcuts_dialog.show()

    def quit(self) -> None:
        self.idle_lock.stop()
        if self._draft_keeper is not None:
            self._draft_keeper.flush()
        self.login_dialog.hide()
        if self.main_window is not None:
            self._hide_window(self.main_window)
        self.finished.emit(0)

    @staticmethod
    def _hide_window(window: MainWindow) -> None:
        """Remember the window's layout, then hide it."""
        from desktop_blog.app.window_state import save_window_state

        if window.isVisible():
            save_window_state(window)
        window.hide()

    def auto_backup(self) -> Path | None:
        """Back up the journal if the newest backup is a day old or missing (on close)."""
        from desktop_blog.storage.backup import backup_due, backup_journal

        settings = self.settings
        if not backup_due(settings.backups) or not self.rescue.healthy_for_backup():
            return None
        try:
            return backup_journal(settings.database, settings.backups, keep=settings.backup_keep)
        except DatabaseError as exc:
            logger.warning("automatic backup failed (%s): %s", type(exc).__name__, exc)
            return None

    def close(self) -> None:
        """Close the journal, back it up if due (after a login), and release the windows."""
        opened = self.main_window is not None
        self.rescue.shut_down()
        if self.entries is not None:
            self.entries.set_journal(None, None)  # deleted entries are now gone for good
        self.close_journal()
        if opened:
            self.auto_backup()
        if self.main_window is not None:
            self.main_window.deleteLater()
        self.login_dialog.deleteLater()
        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()
