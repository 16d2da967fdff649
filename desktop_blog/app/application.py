"""The QApplication and the start of the windowed app."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_blog import APP_ID, APP_NAME, DESKTOP_ID, __version__
from desktop_blog.app.session import Session
from desktop_blog.app.start_guard import clean_start_folders, install_crash_dialog
from desktop_blog.config import SettingsError, load_settings
from desktop_blog.resources import ResourceError, read_text, resource_path
from desktop_blog.single_instance import SingleInstance

logger = logging.getLogger(__name__)


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
    install_crash_dialog()
    _style(app)
    try:
        settings = load_settings(named_settings)
    except SettingsError as exc:
        show_fatal(str(exc))
        return 1
    clean_start_folders(settings)
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
    session = Session(settings)
    instance.activation_requested.connect(session.bring_to_front)
    session.finished.connect(app.exit)
    session.start()
    code = app.exec()
    session.close()
    instance.release()
    return int(code)
