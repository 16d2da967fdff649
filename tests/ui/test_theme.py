from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_blog.resources import read_text
from desktop_blog.ui.theme import ThemeManager
from desktop_blog.ui.windows.main_window import MainWindow


def test_the_stylesheet_the_app_already_has_is_not_set_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting a style sheet repolishes every widget: start-up sets the light one only once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(read_text("style.qss"))
    set_to: list[str] = []
    monkeypatch.setattr(QApplication, "setStyleSheet", lambda _app, text: set_to.append(text))
    theme = ThemeManager(app, "light")
    assert theme.applied() == "light"
    assert set_to == []
    theme.set_mode("dark")
    assert theme.applied() == "dark"
    assert set_to == [read_text("style-dark.qss")]
    theme.set_mode("light")  # the dark palette was really set: put the light one back
    theme.setParent(None)


def test_entry_list_colours_follow_the_theme(qtbot: QtBot, window: MainWindow) -> None:
    """The delegate draws with colours each theme's style sheet sets on the list."""
    view = window.entry_list
    light = (QColor("#1f2328"), QColor("#10324b"))
    assert (view.property("titleColor"), view.property("selectedColor")) == light
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(read_text("style-dark.qss"))
    try:
        assert view.property("titleColor") == QColor("#e4e6e9")
        assert view.property("selectedColor") == QColor("#ffffff")
    finally:
        app.setStyleSheet(read_text("style.qss"))
    assert view.property("titleColor") == light[0]
