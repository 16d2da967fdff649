"""The editor's dictionary is loaded when the editor is first shown, not at login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.widgets.test_spelling import LANGUAGE, test_dictionary

__all__ = ["test_dictionary"]


def test_the_dictionary_waits_for_the_editor_to_be_shown(
    qtbot: QtBot, window: MainWindow, test_dictionary: None
) -> None:
    window.set_spell_language(LANGUAGE)  # as the preferences do at login
    editor = window.entry_form  # built hidden (as after login, for the draft)
    assert not editor.isVisible()
    assert editor.spell_checker is None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(editor.isVisible)
    assert editor.spell_checker is not None
    assert editor.spell_checker.check("gardens")
    assert not editor.spell_checker.check("gardn")
    window.set_spell_language("")  # turned off in the preferences while writing
    assert editor.spell_checker is None
    window.set_spell_language(LANGUAGE)
    assert editor.spell_checker is not None
