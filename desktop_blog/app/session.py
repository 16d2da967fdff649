"""One journal session: setup or login first, then the journal and the main window.

The login (or first-run setup) dialog is all that is built before it is painted: this module
imports nothing of the window, the list model or the storage layer. Once the dialog is on
screen, the main window, its model and controllers are built hidden, in small idle slices
(:class:`~desktop_blog.app.idle_steps.IdleSteps`) while the user types; a login that comes
first finishes them at once. The window is shown (and becomes :attr:`Session.main_window`)
only once the journal is unlocked.

The :data:`~desktop_blog.app.journal_opener.Opener` unlocks the journal on a worker thread
(the key derivation takes about 0.3 s) while the dialog says "Unlocking…". The session keeps
the :class:`~desktop_blog.security.unlock.UnlockResult` (connection and data key) while
unlocked and hands the key to backups and restores. Logout, auto-lock and quit lock it: the
connection is closed and the key zeroed; logging in again unlocks anew.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_blog.allocator import share_one_arena
from desktop_blog.app.idle_steps import IdleSteps
from desktop_blog.app.journal_opener import (
    Opener,
    TaskSignals,
    UnlockTask,
    reopen_here,
    unlock_journal,
)
from desktop_blog.app.settings_service import SettingsService
from desktop_blog.config import Settings, SettingsError
from desktop_blog.domain.preferences import Preferences
from desktop_blog.login_throttle import PersistentLoginThrottle, throttle_path_for

if TYPE_CHECKING:  # built in idle time once the login dialog is painted, or after login
    import sqlite3

    from desktop_blog.app.draft_keeper import DraftKeeper
    from desktop_blog.app.entries_controller import EntriesController
    from desktop_blog.app.idle_lock import IdleLock
    from desktop_blog.app.journal_upgrade import JournalUpgrade
    from desktop_blog.app.navigation_controller import NavigationController
    from desktop_blog.app.preferences_controller import PreferencesController
    from desktop_blog.app.rescue_controller import RescueController
    from desktop_blog.app.transfer_controller import TransferController
    from desktop_blog.models.entry_model import EntryListModel
    from desktop_blog.security.keys import DataKey
    from desktop_blog.security.unlock import UnlockResult
    from desktop_blog.ui.dialogs.login_dialog import LoginDialog
    from desktop_blog.ui.dialogs.setup_dialog import SetupDialog
    from desktop_blog.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop_blog.ui.widgets.entry_form import EntryForm
    from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)

EDITOR_DELAY_MS = 100  # after the window is first painted
# What the main window needs, leaves first, imported one module per step while the user
# types (a module not listed comes with the first one that imports it). The key derivation
# comes last: the unlock's worker imports it itself when Login is pressed at once.
WINDOW_MODULES = (
    "sqlcipher3.dbapi2",
    "desktop_blog.security.keys",
    "zoneinfo",
    "html.entities",
    "desktop_blog.storage",  # its package imports the database and entries modules
    "desktop_blog.storage.images",
    "desktop_blog.storage.drafts",
    "desktop_blog.markup",
    "desktop_blog.models.entry_model",
    "desktop_blog.models.tag_model",
    "desktop_blog.ui.actions",
    "desktop_blog.ui.dialogs.about_dialog",
    "desktop_blog.ui.theme",
    "desktop_blog.ui.widgets.calendar_panel",
    "desktop_blog.spelling",
    "desktop_blog.ui.widgets.body_edit",
    "desktop_blog.html_scan",
    "desktop_blog.rich_text",
    "desktop_blog.ui.widgets.entry_view",
    "desktop_blog.ui.widgets.rich_document",
    "desktop_blog.ui.widgets.rich_body_edit",
    "desktop_blog.ui.widgets.format_toolbar",
    "desktop_blog.ui.widgets.spell_highlighter",
    "desktop_blog.ui.widgets.entry_form",
    "desktop_blog.ui.widgets.entry_delegate",
    "desktop_blog.ui.widgets.entry_list_view",
    "desktop_blog.ui.widgets.filter_bar",
    "desktop_blog.ui.widgets.tag_panel",
    "desktop_blog.ui.windows.main_window",
    "desktop_blog.app.window_state",
    "desktop_blog.app.entries_controller",
    "desktop_blog.models.journal_watcher",
    "desktop_blog.app.navigation_controller",
    "desktop_blog.storage.progress",
    "desktop_blog.app.workers",
    "desktop_blog.app.transfer_controller",
    "desktop_blog.storage.rescue",
    "desktop_blog.ui.dialogs.rescue_dialog",
    "desktop_blog.app.rescue_controller",
    "desktop_blog.app.idle_lock",
    "desktop_blog.app.draft_keeper",
    "desktop_blog.app.preferences_controller",
    "desktop_blog.security.unlock",
    "argon2.low_level",
    "desktop_blog.security.aead",
)


def _first_view() -> None:
    """Make a list view and its viewport, then drop them.

    The first view's viewport makes PySide6 set up its widget types (a polymorphic return
    type): 4-5 ms that would otherwise come inside the main window's step.
    """
    from PySide6.QtWidgets import QListView

    view = QListView()
    view.viewport()
    view.deleteLater()


class Session(QObject):
    """Runs one journal session: setup or login, the main window, logout, lock and quit."""

    finished = Signal(int)
    unlocked = Signal()  # the journal is unlocked and shown in the main window

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        opener: Opener = unlock_journal,
    ) -> None:
        super().__init__(parent)
        self.settings_service = SettingsService(settings, self)
        self._opener = opener
        self._unlocked: UnlockResult | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: dict[int, Callable[[object], None]] = {}  # callbacks of unfinished tasks
        self._task_number = 0
        self._task_signals = TaskSignals(self)
        self._task_signals.done.connect(self._task_done)
        self._closed = False
        self._model: EntryListModel | None = None
        self._idle_lock: IdleLock | None = None
        self._rescue: RescueController | None = None
        self._login_dialog: LoginDialog | None = None  # a first run shows the setup first
        self.setup_dialog: SetupDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        # The window is built hidden in idle time; it is the session's main_window once shown.
        self.preparation = IdleSteps(self)
        self._preparation_queued = False
        self._window: MainWindow | None = None
        self.main_window: MainWindow | None = None
        self.entries: EntriesController | None = None
        self.navigation: NavigationController | None = None
        self.preferences: PreferencesController | None = None
        self.transfers: TransferController | None = None
        self._draft_keeper: DraftKeeper | None = None
        self._drafts_enabled = True
        self._drafts_conn: sqlite3.Connection | None = None
        self._rescue_key: DataKey | None = None  # a damaged journal's key, kept to rescue it
        self.upgrade: JournalUpgrade | None = None
        self.read_only_message: str | None = None
        self.settings_service.changed.connect(self._preferences_changed)

    @property
    def login_dialog(self) -> LoginDialog:
        """The login dialog (made on first use: a first run starts with the setup dialog)."""
        if self._login_dialog is None:
            from desktop_blog.ui.dialogs.login_dialog import LoginDialog

            dialog = LoginDialog()
            dialog.login_requested.connect(self._unlock)
            dialog.accepted.connect(self._logged_in)
            dialog.rejected.connect(self._login_cancelled)
            self._login_dialog = dialog
        return self._login_dialog

    @property
    def model(self) -> EntryListModel:
        """The list model of the journal's entries (made on first use)."""
        if self._model is None:
            from desktop_blog.models.entry_model import EntryListModel

            self._model = EntryListModel(parent=self)
        return self._model

    @property
    def idle_lock(self) -> IdleLock:
        """Auto-lock after the idle time the preferences give (made on first use)."""
        if self._idle_lock is None:
            from desktop_blog.app.idle_lock import IdleLock

            self._idle_lock = IdleLock(self.settings.auto_lock_minutes * 60_000, parent=self)
            self._idle_lock.lock_requested.connect(self.lock)
        return self._idle_lock

    @property
    def rescue(self) -> RescueController:
        """Checks the journal for damage and offers the rescue (made on first use)."""
        if self._rescue is None:
            from desktop_blog.app.rescue_controller import RescueController

            rescue = RescueController(
                lambda: self.settings, self.close_journal, self._dialog_parent, parent=self
            )
            rescue.set_key_source(lambda: self.key or self._rescue_key)
            rescue.reopened.connect(self._rescued)
            rescue.failed.connect(self._rescue_failed)
            self._rescue = rescue
        return self._rescue

    @property
    def settings(self) -> Settings:
        return self.settings_service.settings

    @property
    def _conn(self) -> sqlite3.Connection | None:
        return self._unlocked.connection if self._unlocked is not None else None

    @property
    def key(self) -> DataKey | None:
        """The data key of the unlocked journal (``None`` when locked or plain)."""
        return self._unlocked.key if self._unlocked is not None else None

    def run_in_background(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run ``work`` on the session's worker thread; ``done`` gets its result here."""
        if self._task_number == 0:
            share_one_arena()  # before the first worker thread allocates (allocator.py)
        self._task_number += 1
        self._running[self._task_number] = done
        self._pool.start(UnlockTask(self._task_number, work, self._task_signals))

    def _task_done(self, number: int, result: object) -> None:
        """A worker's result, here on the GUI thread (the session lives here)."""
        from desktop_blog.security.unlock import UnlockResult

        done = self._running.pop(number, None)
        if self._closed or done is None:
            if isinstance(result, UnlockResult):
                result.lock()
            return
        done(result)

    def wait_for_background(self) -> None:
        """Block until the worker is idle (closing; tests)."""
        self._pool.waitForDone()

    def _preferences_changed(self, preferences: Preferences) -> None:
        if self._idle_lock is not None:  # one made later reads the settings
            self._idle_lock.set_interval_ms(preferences.auto_lock_minutes * 60_000)

    def start(self) -> None:
        """Show the setup dialog on first run, the login dialog otherwise; once it is
        painted, build the main window in idle slices."""
        if self.settings.has_credentials:
            self._show_login()
            self._prepare_after_paint(self.login_dialog)
            return
        from desktop_blog.ui.dialogs.setup_dialog import SetupDialog

        self.setup_dialog = SetupDialog(str(self.settings.path))
        self.setup_dialog.credentials_chosen.connect(self._create_journal)
        self.setup_dialog.rejected.connect(self._login_cancelled)
        self.setup_dialog.accepted.connect(self._logged_in)
        self.setup_dialog.show()
        self._prepare_after_paint(self.setup_dialog)

    # -- building the window while the user types ----------------------------------------------
    def _prepare_after_paint(self, dialog: QWidget) -> None:
        """Queue the window's steps, to run in idle slices once ``dialog`` is painted."""
        if self._queue_preparation():
            self.preparation.start_after_paint(dialog)

    def _queue_preparation(self) -> bool:
        """Queue the steps that build the window (once); False if they were queued before."""
        if self._preparation_queued:
            return False
        self._preparation_queued = True
        steps = self.preparation
        for name in WINDOW_MODULES:
            steps.add(f"import {name}", partial(importlib.import_module, name))
        steps.add("list model", lambda: self.model)
        steps.add("Qt's widget types", _first_view)
        steps.add("main window", self._make_window)
        steps.add("window layout", self._restore_layout)
        steps.add("entries controller", self._make_entries)
        steps.add("navigation controller", self._make_navigation)
        steps.add("transfer controller", self._make_transfers)
        steps.add("window actions", self._connect_window)
        steps.add("rescue controller", lambda: self.rescue)
        steps.add("auto-lock", lambda: self.idle_lock)
        return True

    def _make_window(self) -> None:
        from desktop_blog.ui.windows.main_window import MainWindow

        self._window = MainWindow(self.model)

    def _restore_layout(self) -> None:
        from desktop_blog.app.window_state import restore_window_state

        assert self._window is not None
        restore_window_state(self._window)

    def _make_entries(self) -> None:
        from desktop_blog.app.entries_controller import EntriesController

        assert self._window is not None
        self.entries = EntriesController(self.model, self._window, self)

    def _make_navigation(self) -> None:
        from desktop_blog.app.navigation_controller import NavigationController

        assert self._window is not None
        self.navigation = NavigationController(self.model, self._window, self)

    def _make_transfers(self) -> None:
        from desktop_blog.app.transfer_controller import TransferController

        assert self._window is not None
        self.transfers = TransferController(self._window, lambda: self.settings, self)

    def _connect_window(self) -> None:
        window = self._window
        assert window is not None
        assert self.entries is not None
        assert self.navigation is not None
        assert self.transfers is not None
        window.editor_created.connect(self._keep_drafts)
        window.actions.logout.triggered.connect(self.logout)
        window.actions.quit.triggered.connect(self.quit)
        window.actions.shortcuts.triggered.connect(self.show_shortcuts)
        window.closing.connect(self.quit)
        self.entries.posted.connect(lambda _entry: self._discard_draft())
        self.entries.changed.connect(self.navigation.refresh)
        self.transfers.reloaded.connect(self._reload)
        # While a job writes the journal (an import of 100,000 entries commits at its end),
        # the watcher would reload the window, and the job's own reload would follow: one
        # reload is enough (each took 20-60 ms of the GUI thread at 100,000 entries).
        self.transfers.job_started.connect(self.navigation.pause_watching)
        self.transfers.job_finished.connect(self.navigation.resume_watching)

    # -- unlocking and locking the journal -----------------------------------------------------
    def _unlock(self, username: str, password: str) -> None:
        """Unlock on the worker thread; the dialog says "Unlocking…" until it is done."""
        self.login_dialog.set_busy(True)
        settings, opener = self.settings, self._opener
        self.run_in_background(lambda: opener(settings, username, password), self._unlock_done)

    def _unlock_done(self, outcome: object) -> None:
        from desktop_blog.security.unlock import UnlockResult

        dialog = self.login_dialog
        if not isinstance(outcome, UnlockResult):
            dialog.show_failure(
                self.tr("The journal could not be unlocked: {error}").format(error=outcome)
            )
            return
        result = reopen_here(self.settings.database, outcome)
        if result.connection is None:
            if result.damaged:  # the rescue offer follows, with the key the password unwrapped
                self._rescue_key = result.key
                self.rescue.open_failed(damaged=True)
            dialog.show_failure(result.message, result.retry_after)
            return
        if result.key is not None and self.settings.password_hash:
            self.forget_password_hash()  # the key file verifies now
        self._unlocked = result
        dialog.succeed()  # accepted: _logged_in shows the journal
        self._after_unlock(result)

    def _after_unlock(self, result: UnlockResult) -> None:
        """Show the recovery key of a journal just created, offer to encrypt a plain one."""
        window = self.main_window
        if result.recovery_key is not None:
            from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

            RecoveryKeyDialog.show_once(result.recovery_key, window)
            result.recovery_key = None
        if result.plain and window is not None and self._unlocked is result:
            from desktop_blog.app.journal_upgrade import JournalUpgrade

            self.upgrade = JournalUpgrade(self)
            self.upgrade.offer()

    def reopen(self, result: UnlockResult) -> bool:
        """Open the journal again with ``result``'s key (after encrypting it) and show it."""
        result = reopen_here(self.settings.database, result)
        if result.connection is None:
            if self.main_window is not None:
                self.main_window.flash(result.message, "error")
            return False
        self._unlocked = result
        self._attach(result.connection)
        self.idle_lock.start()
        return True

    def forget_password_hash(self) -> None:
        """Drop the earlier version's password hash from the settings (the key file verifies)."""
        try:
            self.settings_service.save_credentials(self.settings.username or "", None)
        except SettingsError:
            logger.warning("the old password hash could not be removed from the settings")

    def _create_journal(self, username: str, password: str) -> None:
        """First run: save the username, create the encrypted journal, show the recovery key."""
        from desktop_blog.security.unlock import (
            UnlockError,
            UnlockResult,
            create_encrypted_journal,
        )

        dialog = self.setup_dialog
        assert dialog is not None
        try:
            self.settings_service.save_credentials(username, None)
        except SettingsError as exc:
            dialog.show_error(str(exc))
            return
        dialog.set_busy(True)
        journal = self.settings.database

        def create() -> object:
            try:
                return create_encrypted_journal(journal, password)
            except UnlockError as exc:
                return UnlockResult(str(exc))

        self.run_in_background(create, self._journal_created)

    def _journal_created(self, outcome: object) -> None:
        from desktop_blog.security.unlock import NewJournal, UnlockResult

        dialog = self.setup_dialog
        assert dialog is not None
        if not isinstance(outcome, NewJournal):
            dialog.show_error(
                outcome.message if isinstance(outcome, UnlockResult) else str(outcome)
            )
            return
        result = reopen_here(self.settings.database, UnlockResult(key=outcome.key))
        if result.connection is None:
            dialog.show_error(result.message)
            return
        self._unlocked = result
        dialog.show_recovery_key(outcome.recovery_key)  # Continue accepts: _logged_in

    def close_journal(self) -> None:
        """Empty the window and close the journal (logout, lock, quit)."""
        self._stop_idle_lock()
        if self._model is not None:
            self._model.set_repository(None)
        if self.entries is not None:
            self.entries.set_journal(None, None)
        if self.navigation is not None:
            self.navigation.set_repository(None)
        if self.transfers is not None:
            self.transfers.set_connection(None, None)
        self._drafts_conn = None
        if self._draft_keeper is not None:
            self._draft_keeper.flush()
            self._draft_keeper.set_store(None)
            if self.main_window is not None:
                self.main_window.entry_form.clear()  # the draft stays in the journal
        if self.main_window is not None:
            self.main_window.set_image_provider(None)
        if self._unlocked is not None:
            self._unlocked.lock()  # connection closed, key zeroed
            self._unlocked = None

    def _build_window(self) -> MainWindow:
        """The main window with its controllers: what the idle steps have not built is built
        now (the user logged in before they were done)."""
        self._queue_preparation()
        self.preparation.finish()
        window = self._window
        assert window is not None
        return window

    def _stop_idle_lock(self) -> None:
        if self._idle_lock is not None:
            self._idle_lock.stop()

    def _keep_drafts(self, editor: EntryForm) -> None:
        """Keep what is typed in the editor as a draft, and put back the last one."""
        from desktop_blog.app.draft_keeper import DraftKeeper

        keeper = DraftKeeper(editor, parent=self)
        self._draft_keeper = keeper
        keeper.save_failed.connect(self._flash_error)
        self._give_drafts_store(keeper)

    def _give_drafts_store(self, keeper: DraftKeeper) -> None:
        """Keep drafts inside the open journal (encrypted with it) and put back the last one."""
        from desktop_blog.storage.drafts import JournalDraftStore

        conn = self._drafts_conn
        keeper.set_store(JournalDraftStore(conn) if conn is not None else None)
        keeper.set_enabled(self._drafts_enabled and conn is not None)
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
        """Show the journal open on ``conn`` in the main window (built now if not yet)."""
        from desktop_blog.app.preferences_controller import PreferencesController
        from desktop_blog.storage import EntryRepository, is_read_only, read_only_reason
        from desktop_blog.storage.drafts import adopt_draft_file
        from desktop_blog.storage.images import ImageStore

        window = self.main_window or self._build_window()
        if self.preferences is None:  # may change the theme: not while the dialog is shown
            self.preferences = PreferencesController(self.settings_service, window, self)
        self.main_window = window
        assert self.entries is not None
        assert self.navigation is not None
        assert self.transfers is not None
        repository = EntryRepository(conn)
        images = ImageStore(conn)
        self.rescue.watch(conn)
        self.read_only_message = None
        if is_read_only(conn):
            reason = read_only_reason(self.settings.database) or self.tr("The journal is read-only")
            self.read_only_message = self.tr(
                "{reason}: you can read your entries, but adding new ones is disabled. "
                "Make it writable (for example chmod u+w) and start Desktop Blog again to write."
            ).format(reason=reason)
        self._drafts_enabled = self.read_only_message is None
        if self._drafts_enabled:
            adopt_draft_file(conn, self.settings.database)  # a plain draft of an earlier version
        self._drafts_conn = conn
        if self._draft_keeper is not None:
            self._give_drafts_store(self._draft_keeper)
        window.set_read_only(self.read_only_message)
        self.entries.set_journal(repository, images)
        self.transfers.set_connection(conn, self.key)
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
        # The failed-login count lives beside the journal: a restart does not reset the wait.
        wait = PersistentLoginThrottle(throttle_path_for(self.settings.database)).wait_seconds()
        if wait > 0 and not self.login_dialog.is_waiting():
            self.login_dialog.start_wait(wait)
        self.login_dialog.show()
        self.login_dialog.raise_()
        self.login_dialog.activateWindow()

    def _logged_in(self) -> None:
        from desktop_blog.storage import DatabaseError

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
        window.flash(self.tr("You were logged in"))
        logger.info("logged in; the journal %s is open", self.settings.database)
        # The editor is not in the first paint: build it (and bring back a draft) just after.
        QTimer.singleShot(EDITOR_DELAY_MS, self._build_editor)
        self.idle_lock.start()
        self.rescue.check_in_background()
        self.unlocked.emit()

    def _dialog_parent(self) -> QWidget:
        window = self.main_window
        if window is not None and window.isVisible():
            return window
        if self.setup_dialog is not None and self.setup_dialog.isVisible():
            return self.setup_dialog
        return self.login_dialog

    def _rescued(self, conn: sqlite3.Connection, message: str) -> None:
        """Show the journal reopened after a rescue, and what was done."""
        from desktop_blog.security.unlock import UnlockResult

        self._unlocked = UnlockResult(connection=conn, key=self._rescue_key)
        self._rescue_key = None
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
        self.logout()
        logger.info("the journal was locked")
        self.login_dialog.flash_banner.flash(
            self.tr("The journal was locked. Log in to continue; your draft is kept.")
        )

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
        self._stop_idle_lock()
        if self.navigation is not None:
            self.navigation.show_all()
        self.close_journal()
        if self.main_window is not None:
            self.main_window.dismiss_message()
            self._hide_window(self.main_window)
        self._show_login()
        logger.info("logged out; the journal is closed")
        self.login_dialog.flash_banner.flash(self.tr("You were logged out"))

    def show_shortcuts(self) -> None:
        from desktop_blog.ui.actions import shortcut_rows
        from desktop_blog.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(), self.main_window)
        self.shortcuts_dialog.show()

    def quit(self) -> None:
        """Hide the windows and end the event loop; :meth:`close` then locks the journal."""
        self._stop_idle_lock()
        if self._draft_keeper is not None:
            self._draft_keeper.flush()
        if self._login_dialog is not None:
            self._login_dialog.hide()
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
        from desktop_blog.storage import DatabaseError
        from desktop_blog.storage.backup import backup_due, backup_journal

        settings = self.settings
        if (
            self._unlocked is None  # a locked journal cannot be copied encrypted: the key is gone
            or not backup_due(settings.backups)
            or not self.rescue.healthy_for_backup()
        ):
            return None
        try:
            return backup_journal(
                settings.database, settings.backups, keep=settings.backup_keep, key=self.key
            )
        except DatabaseError as exc:
            logger.warning("automatic backup failed (%s): %s", type(exc).__name__, exc)
            return None

    def close(self) -> None:
        """Close the journal, back it up if due (after a login), and release the windows."""
        self._closed = True
        self.preparation.stop()
        if self._rescue is not None:
            self._rescue.shut_down()
        self.wait_for_background()
        if self.entries is not None:
            self.entries.set_journal(None, None)  # deleted entries are now gone for good
        if self._draft_keeper is not None:
            self._draft_keeper.flush()
        self.auto_backup()  # while the key is there (only after a login)
        self.close_journal()
        if self._window is not None:  # shown or only prepared
            self._window.deleteLater()
        if self._login_dialog is not None:
            self._login_dialog.deleteLater()
        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()
