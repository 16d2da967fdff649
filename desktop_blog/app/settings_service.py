"""The settings the app runs with, the user's preferences among them, and one change signal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop_blog.config import Settings, save_credentials, save_values
from desktop_blog.domain.preferences import Preferences, changed_names, declared

logger = logging.getLogger(__name__)


def preferences_of(settings: Settings) -> Preferences:
    """The preferences ``settings`` holds (its own fields first, then the file's other values)."""
    names = [d.name for d in declared()]
    values = {**settings.file_values}
    values.update({n: getattr(settings, n) for n in names if hasattr(settings, n)})
    return Preferences().with_values(values)


class SettingsService(QObject):
    """Owns the current :class:`Settings`; :meth:`save` writes preferences and emits ``changed``."""

    changed = Signal(object)  # Preferences
    credentials_saved = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def preferences(self) -> Preferences:
        return preferences_of(self._settings)

    def save(self, preferences: Preferences) -> None:
        """Write the preferences that changed; raises SettingsError and then changes nothing."""
        before = self.preferences
        names = changed_names(before, preferences)
        if not names:
            return
        values = preferences.as_values()
        self._settings = save_values(self._settings, {n: values[n] for n in sorted(names)})
        logger.info("preferences saved: %s", ", ".join(sorted(names)))
        self.changed.emit(self.preferences)

    def save_credentials(self, username: str, password_hash: str | None) -> None:
        """Write the credentials (no hash for an encrypted journal); raises SettingsError."""
        self._settings = save_credentials(self._settings, username, password_hash)
        self.credentials_saved.emit()
