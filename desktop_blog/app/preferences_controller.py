"""Applies the preferences to the window and the app: the theme menu and the Preferences dialog."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop_blog import APP_NAME
from desktop_blog.app.settings_service import SettingsService
from desktop_blog.config import SettingsError
from desktop_blog.domain.preferences import Preferences
from desktop_blog.i18n import QT_TRANSLATE_NOOP
from desktop_blog.ui.theme import THEMES, ThemeManager
from desktop_blog.ui.windows.main_window import MainWindow

if TYPE_CHECKING:  # the dialog is imported and built when first asked for
    from desktop_blog.ui.dialogs.preferences_dialog import PreferencesDialog

PREFERENCES_SAVED = QT_TRANSLATE_NOOP("PreferencesController", "Preferences saved")


class PreferencesController(QObject):
    """Saves what View > Theme and Edit > Preferences choose, and applies each change."""

    def __init__(
        self, service: SettingsService, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        preferences = service.preferences
        self.theme = ThemeManager(app, preferences.theme)
        self.theme.setParent(self)
        self.preferences_dialog: PreferencesDialog | None = None
        self._apply(preferences)
        for theme in THEMES:
            action = window.actions.get(f"theme_{theme}")
            action.triggered.connect(lambda _checked=False, t=theme: self.choose_theme(t))
        window.actions.preferences.triggered.connect(self.show_preferences)
        service.changed.connect(self._apply)

    def _apply(self, preferences: Preferences) -> None:
        self.theme.set_mode(preferences.theme)
        self._window.set_theme_choice(preferences.theme)
        self._window.set_default_format(preferences.default_format)
        self._window.set_spell_language(preferences.spell_language)

    def choose_theme(self, theme: str) -> None:
        """Apply a theme from the View menu and remember it."""
        try:
            self._service.save(replace(self._service.preferences, theme=theme))
        except SettingsError as exc:
            self._window.flash(str(exc), "error")
            self._window.set_theme_choice(self._service.preferences.theme)

    def show_preferences(self) -> None:
        from desktop_blog.ui.dialogs.preferences_dialog import PreferencesDialog

        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self._service.preferences, self._window)
            self.preferences_dialog.preferences_chosen.connect(self._chosen)
        self.preferences_dialog.load(self._service.preferences)
        self.preferences_dialog.open()

    def _chosen(self, preferences: Preferences) -> None:
        dialog = self.preferences_dialog
        assert dialog is not None
        moved = preferences.database.expanduser() != self._service.preferences.database
        try:
            self._service.save(preferences)
        except SettingsError as exc:
            dialog.show_error(str(exc))
            return
        dialog.accept()
        if moved:
            saved = self.tr(
                "Preferences saved. A new journal location is used the next time {app} starts."
            ).format(app=APP_NAME)
        else:
            saved = self.tr(PREFERENCES_SAVED)
        self._window.flash(saved)
