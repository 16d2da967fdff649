"""Remembers the main window's size, position and splitters between runs (a QSettings file
in the user's config folder)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_blog.config import user_config_dir
from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)
STATE_FILENAME = "window-state.ini"


def state_path() -> Path:
    return user_config_dir() / STATE_FILENAME


def _settings() -> QSettings:
    return QSettings(str(state_path()), QSettings.Format.IniFormat)


def save_window_state(window: MainWindow) -> None:
    """Write the window's layout; a failure is logged, never raised (it is only comfort)."""
    store = _settings()
    store.beginGroup("mainWindow")
    for key, value in window.layout_state().items():
        store.setValue(key, value)
    store.endGroup()
    store.sync()
    if store.status() != QSettings.Status.NoError:
        logger.warning("the window layout could not be saved to %s", state_path())


def restore_window_state(window: MainWindow) -> None:
    """Give the window the layout it had when it was last closed, if one was saved."""
    store = _settings()
    store.beginGroup("mainWindow")
    state = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    window.restore_layout_state({k: v for k, v in state.items() if isinstance(v, QByteArray)})
