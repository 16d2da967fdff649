"""Wires the journal features into the main window: edit, delete and undo, calendar and tag
navigation, search, themes, preferences and the shortcuts list (issue 6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop_blog.config import Settings, SettingsError, save_preferences
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import (
    DatabaseError,
    Entry,
    EntryFilter,
    EntryRepository,
    EntryValidationError,
)
from desktop_blog.ui.main_window import MainWindow
from desktop_blog.ui.theme import ThemeManager
from desktop_blog.ui.undo_commands import AddEntryCommand, DeleteEntryCommand, EditEntryCommand

if TYPE_CHECKING:  # the dialogs are imported and built when first asked for
    from desktop_blog.ui.preferences_dialog import PreferencesDialog
    from desktop_blog.ui.shortcuts_dialog import ShortcutsDialog

SAVED = "The entry was saved"
DELETED = "The entry was deleted. Undo (Ctrl+Z) brings it back."
PREFERENCES_SAVED = "Preferences saved"


class JournalFeatures(QObject):
    """Turns the window's requests into model changes (pushed on its undo stack) and filters."""

    settings_changed = Signal(object)  # Settings

    def __init__(
        self,
        settings: Callable[[], Settings],
        model: EntryListModel,
        repository: EntryRepository,
        window: MainWindow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current_settings = settings  # the app owns the settings; this reads them
        self._model = model
        self._repository = repository
        self._window = window
        self.undo_stack = window.undo_stack
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = ThemeManager(app, self._settings.theme)
        self.theme.setParent(self)
        self.preferences_dialog: PreferencesDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        window.set_theme_choice(self._settings.theme)
        window.entry_form.set_default_format(self._settings.default_format)

        window.edit_requested.connect(self.edit)
        window.delete_requested.connect(self.delete)
        window.day_requested.connect(lambda day: self._filter(day=day))
        window.tag_requested.connect(lambda tag: self._filter(tag=tag))
        window.query_requested.connect(lambda text: self._filter(query=text))
        window.show_all_requested.connect(self.show_all)
        window.month_shown.connect(lambda *_: self.refresh_navigation())
        window.theme_requested.connect(self.choose_theme)
        window.preferences_requested.connect(self.show_preferences)
        window.shortcuts_requested.connect(self.show_shortcuts)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

    def _on_undo_index_changed(self, _index: int) -> None:
        self.refresh_navigation()

    def close(self) -> None:
        """Forget every undo step: deleted entries are now gone for good."""
        self.undo_stack.indexChanged.disconnect(self._on_undo_index_changed)
        self.undo_stack.clear()

    # -- changes -----------------------------------------------------------------------------
    def _report(self, message: str) -> None:
        self._window.flash(message, "error")

    def entry_added(self, entry: Entry) -> None:
        """Record a posted entry so Undo can take it back."""
        self.undo_stack.push(AddEntryCommand(entry, self._model, self._report))

    def edit(self, entry_id: int, title: str, body: str) -> None:
        """Save the form's edit; on any error keep the form as typed and say why."""
        form = self._window.entry_form
        before = self._repository.get(entry_id)
        try:
            if before is None:
                raise EntryValidationError("This entry no longer exists; nothing was saved.")
            after = self._model.edit_entry(entry_id, title, body, body_format=form.body_format())
        except (EntryValidationError, DatabaseError) as exc:
            form.show_error(str(exc))
            return
        self.undo_stack.push(EditEntryCommand(before, after, self._model, self._report))
        form.clear()
        self._window.select_row(self._model.row_of(entry_id))
        self._window.flash(SAVED)

    def delete(self, entry: Entry) -> None:
        """Delete without asking: Undo brings the entry back until the app closes."""
        row = self._window.entry_list.currentIndex().row()
        try:
            removed = self._model.remove_entry(entry.id)
        except (EntryValidationError, DatabaseError) as exc:
            self._report(str(exc))
            return
        form = self._window.entry_form
        editing = form.editing()
        if editing is not None and editing.id == entry.id:
            form.keep_as_new()  # what was typed stays
        self.undo_stack.push(DeleteEntryCommand(removed, self._model, self._report))
        self._window.select_row(min(row, self._model.rowCount() - 1))
        self._window.flash(DELETED)

    # -- navigation ----------------------------------------------------------------------------
    def _filter(self, **changes: object) -> None:
        current = self._model.entry_filter()
        tag = changes.get("tag", current.tag)
        day = changes.get("day", current.day)
        query = changes.get("query", current.query)
        self.set_filter(
            EntryFilter(
                query=str(query),
                tag=tag if isinstance(tag, str) else None,
                day=day if isinstance(day, date) else None,
            )
        )

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """List only matching entries and show the filter in the sidebar and filter bar."""
        self._model.set_filter(entry_filter)
        self._window.filter_bar.show_filter(entry_filter)
        self._window.tag_panel.show_tag(entry_filter.tag)
        if self._model.rowCount(QModelIndex()):
            self._window.select_row(0)

    def show_all(self) -> None:
        self.set_filter(EntryFilter())

    def refresh_navigation(self) -> None:
        """Recount tags and re-mark the calendar's days (after any change or page turn)."""
        self._window.tag_model.set_counts(self._repository.tag_counts())
        self._window.tag_panel.show_tag(self._model.entry_filter().tag)
        calendar = self._window.calendar
        calendar.set_marked_days(self._repository.days_with_entries(*calendar.month_range()))

    # -- preferences ---------------------------------------------------------------------------
    @property
    def _settings(self) -> Settings:
        return self._current_settings()

    def choose_theme(self, theme: str) -> None:
        """Apply a theme from the View menu and remember it."""
        try:
            self._save(
                theme,
                self._settings.default_format,
                self._settings.database,
                self._settings.auto_lock_minutes,
            )
        except SettingsError as exc:
            self._report(str(exc))
            self._window.set_theme_choice(self._settings.theme)

    def show_preferences(self) -> None:
        from desktop_blog.ui.preferences_dialog import PreferencesDialog

        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self._settings, self._window)
            self.preferences_dialog.preferences_chosen.connect(self._preferences_chosen)
        self.preferences_dialog.load(self._settings)
        self.preferences_dialog.open()

    def _preferences_chosen(
        self, theme: str, default_format: str, database: Path, auto_lock_minutes: int
    ) -> None:
        from desktop_blog.ui.preferences_dialog import DATABASE_NOTE

        dialog = self.preferences_dialog
        assert dialog is not None
        moved = Path(database).expanduser() != self._settings.database
        try:
            self._save(theme, default_format, database, auto_lock_minutes)
        except SettingsError as exc:
            dialog.show_error(str(exc))
            return
        dialog.accept()
        self._window.flash(f"{PREFERENCES_SAVED}. {DATABASE_NOTE}" if moved else PREFERENCES_SAVED)

    def _save(
        self, theme: str, default_format: str, database: Path, auto_lock_minutes: int
    ) -> None:
        """Persist first (raises SettingsError and changes nothing), then apply."""
        saved = save_preferences(
            self._settings,
            theme=theme,
            default_format=default_format,
            database=database,
            auto_lock_minutes=auto_lock_minutes,
        )
        self.theme.set_mode(theme)
        self._window.set_theme_choice(theme)
        self._window.entry_form.set_default_format(default_format)
        self.settings_changed.emit(saved)

    def show_shortcuts(self) -> None:
        from desktop_blog.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

        extra = [self._window.entry_form.cancel_action, *self._window.entry_form.toolbar.actions()]
        rows = shortcut_rows(self._window.menus(), extra)
        rows.append(("Entry form > Share or Save", "Ctrl+Return"))
        self.shortcuts_dialog = ShortcutsDialog(rows, self._window)
        self.shortcuts_dialog.show()
