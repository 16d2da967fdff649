"""The QApplication and the start of the windowed app.

The start is ordered for the login dialog's first paint: the QApplication, the settings, the
interface language and the journal's lock come before it; the session then shows the dialog
and builds the rest (the main window, the version line of the log, the window icon) in idle
slices once the dialog is on screen.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_blog import APP_ID, APP_NAME, DESKTOP_ID, __version__, i18n, resume_collector
from desktop_blog.allocator import return_large_buffers
from desktop_blog.app.settings_service import preferences_of
from desktop_blog.app.start_guard import clean_start_folders, install_crash_dialog
from desktop_blog.config import SettingsError, load_settings
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.log import log_versions
from desktop_blog.resources import ResourceError, read_text, resource_path
from desktop_blog.single_instance import SingleInstance

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("desktop_blog.qt")  # Qt's own messages (qWarning and the like)

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Application",
    "desktop-blog: no graphical display found; start it from a desktop session "
    "(or set DISPLAY / WAYLAND_DISPLAY), or use the commands in 'desktop-blog --help'",
)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def display_missing(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """Whether a Unix desktop app would find no display (and Qt would abort).

    ``QT_QPA_PLATFORM`` (offscreen, vnc, …) is the user's own choice and counts as a display.
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Send one of Qt's messages to the log instead of the terminal."""
    category = context.category or "default"
    qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


def install_qt_message_handler() -> None:
    """Route Qt's warnings (the XDG_RUNTIME_DIR one among them) into the log."""
    qInstallMessageHandler(log_qt_message)


def application(*, icon: bool = True) -> QApplication:
    """Return the running QApplication, creating and styling it if there is none.

    ``icon=False`` leaves the window icon to :func:`set_window_icon` (after the first paint:
    the SVG icon loads Qt's SVG library and plugin).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    install_qt_message_handler()
    app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)
    if icon:
        set_window_icon(app)
    _style(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """Give every window of ``app`` the app's icon."""
    try:
        app.setWindowIcon(QIcon(str(resource_path(f"icons/{DESKTOP_ID}.svg"))))
    except ResourceError as exc:
        logger.warning("the window icon could not be loaded: %s", exc)


def _style(app: QApplication) -> None:
    """Give ``app`` the light style sheet unless it has one (the theme may change it later)."""
    if app.styleSheet():
        return
    try:
        app.setStyleSheet(read_text("style.qss"))
    except ResourceError as exc:
        logger.warning("the style sheet could not be loaded: %s", exc)


def show_fatal(message: str) -> None:
    """Report an error that stops the app, on stderr and in a message box."""
    logger.error("the window could not start: %s", message)
    print(
        translate("Application", "desktop-blog: error: {message}").format(message=message),
        file=sys.stderr,
    )
    QMessageBox.critical(None, APP_NAME, message)


def run_gui(named_settings: Path | None) -> int:
    """Start the windowed app; return its exit code."""
    if display_missing():
        logger.error("no graphical display found (DISPLAY and WAYLAND_DISPLAY are unset)")
        print(translate("Application", NO_DISPLAY), file=sys.stderr)
        return 1
    app = application(icon=False)
    install_crash_dialog()
    _style(app)
    try:
        settings = load_settings(named_settings)
    except SettingsError as exc:
        show_fatal(str(exc))
        return 1
    i18n.install(preferences_of(settings).language)
    clean_start_folders(settings)
    instance = SingleInstance(settings.database)
    if not instance.acquire(listen=False):  # listens once the first dialog is painted
        if instance.notify_running():
            print(
                translate(
                    "Application",
                    "desktop-blog: the journal is already open; brought its window forward",
                )
            )
            return 0
        show_fatal(
            translate(
                "Application",
                "The journal {journal} is already open in another Desktop Blog that does not "
                "answer. Close it and try again.",
            ).format(journal=settings.database)
        )
        return 1
    from desktop_blog.app.session import Session

    session = Session(settings)
    instance.activation_requested.connect(session.bring_to_front)
    session.finished.connect(app.exit)
    session.start()  # shows the dialog; the window is built once it is painted
    session.preparation.add("listen for other launches", instance.listen, first=True)
    session.preparation.add("return large buffers", return_large_buffers)
    session.preparation.add("window icon", lambda: set_window_icon(app))
    session.preparation.add("log the versions", lambda: log_versions("Desktop Blog window"))
    session.preparation.finished.connect(resume_collector)  # paused by desktop_blog.main
    code = app.exec()
    session.close()
    instance.release()
    logger.info("Desktop Blog window closed (exit code %d)", code)
    return int(code)
