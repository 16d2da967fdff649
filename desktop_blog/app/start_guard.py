"""What the windowed app does first: no traceback ever reaches the user, no part file stays.

:func:`install_crash_dialog` routes uncaught exceptions (:func:`sys.excepthook`, which Qt's
slots and virtual methods also reach) to the :class:`CrashDialog`, through
:func:`desktop_blog.crash_guard.install_excepthook` (logged and saved owner-only first).
:func:`clean_start_folders` removes the part files killed processes left behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_blog.config import Settings
from desktop_blog.crash_guard import install_excepthook
from desktop_blog.log import log_folder
from desktop_blog.safe_output import clean_at_start

logger = logging.getLogger(__name__)


def show_crash_dialog(report: str, saved: Path | None) -> None:
    """Show the report of an unexpected error in a modal dialog."""
    from PySide6.QtWidgets import QApplication

    from desktop_blog.ui.dialogs.crash_dialog import CrashDialog

    dialog = CrashDialog(report, saved, log_folder(), QApplication.activeWindow())
    dialog.exec()
    dialog.deleteLater()


def install_crash_dialog() -> None:
    """Route every uncaught exception to :func:`show_crash_dialog`."""
    install_excepthook(show_crash_dialog)


def clean_start_folders(settings: Settings) -> list[Path]:
    """Remove stale part files from the journal, backup, settings and log folders."""
    return clean_at_start(
        [settings.database.parent, settings.backups, settings.path.parent, log_folder()]
    )
