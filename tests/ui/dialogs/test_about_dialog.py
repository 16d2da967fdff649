"""Help > About and Help > Open Log Folder, from the window's Help menu."""

from __future__ import annotations

import platform
import stat

import PySide6
import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog import __version__
from desktop_blog.log import log_folder
from desktop_blog.ui.dialogs.about_dialog import AboutDialog
from desktop_blog.ui.theme import is_dark
from desktop_blog.ui.windows.main_window import MainWindow


def help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert isinstance(menu, QMenu)
    return menu


def test_the_help_menu_offers_shortcuts_the_log_folder_and_about(window: MainWindow) -> None:
    texts = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["&Keyboard Shortcuts", "Open &Log Folder", "&About Desktop Blog"]


def test_about_shows_version_licence_credits_and_library_versions(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions.about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Desktop Blog"
    assert "BSD-3-Clause" in dialog.licence_label.text()
    assert "Flask" in dialog.credits_label.text()
    shown = dialog.versions_label.text()
    for name, version in (
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("SQLite", sqlcipher.sqlite_version),  # the journals' own: SQLCipher's
        ("markdown-it-py", ""),
        ("SQLCipher", "4."),
    ):
        assert name in shown
        assert version in shown
    window.actions.about.trigger()  # a second time: the same dialog comes forward
    assert window.about_dialog is dialog


def test_copy_versions_puts_a_bug_report_header_on_the_clipboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions.about.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.copy_button, PySide6.QtCore.Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == f"Desktop Blog {__version__}"
    assert f"Qt {qVersion()}" in copied


def test_about_follows_the_dark_theme(qtbot: QtBot, window: MainWindow) -> None:
    window.actions.theme_dark.trigger()
    window.actions.about.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert is_dark(dialog.palette())
    window.actions.theme_light.trigger()
    assert not is_dark(dialog.palette())


def test_open_log_folder_opens_the_folder_the_log_is_written_to(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.actions.open_log_folder.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_folder())]
    assert stat.S_IMODE(log_folder().stat().st_mode) == 0o700
    assert (
        window.flash_banner.message()
        != f"No file manager could open the log folder; it is {log_folder()}"
    )


def test_open_log_folder_without_a_file_manager_says_where_it_is(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.actions.open_log_folder.trigger()
    assert window.flash_banner.message() == (
        f"No file manager could open the log folder; it is {log_folder()}"
    )
