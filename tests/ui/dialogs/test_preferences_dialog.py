"""Edit > Preferences: the Language row, and every text in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.app.settings_service import preferences_of
from desktop_blog.config import load_settings
from desktop_blog.domain.preferences import LANGUAGE_NOTE, Preferences
from desktop_blog.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.dialogs.conftest import PseudoTranslation


def label_of(dialog: PreferencesDialog, name: str) -> str:
    """The text of the form label whose buddy is the preference ``name``'s field."""
    field = dialog.field(name)
    (label,) = [label for label in dialog.findChildren(QLabel) if label.buddy() is field]
    return label.text()


def test_the_language_row_shows_its_note_and_saves_the_choice(
    qtbot: QtBot, journal_app: Session, window: MainWindow, settings_file: Path
) -> None:
    window.actions.preferences.trigger()  # Edit > Preferences…
    dialog = journal_app.preferences.preferences_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    language = dialog.field("language")
    assert isinstance(language, QComboBox)
    assert label_of(dialog, "language") == "Lan&guage:"
    shown = [language.itemText(i) for i in range(language.count())]
    assert shown[0] == "Follow the system"
    assert {"English", "Deutsch", "Français", "Español"} <= set(shown)
    assert language.currentData() == ""
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None
    assert note.isVisible()
    assert note.text() == "A new language is used the next time Desktop Blog starts."
    assert LANGUAGE_NOTE == "A new language is used the next time {app} starts."
    assert dialog.findChild(QLabel, "databaseNote") is not None  # shown the same way

    language.setFocus()
    qtbot.keyClicks(language, "Deutsch")
    assert language.currentText() == "Deutsch"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert preferences_of(load_settings(settings_file)).language == "de"
    assert 'language = "de"' in settings_file.read_text(encoding="utf-8")
    assert journal_app.settings_service.preferences.language == "de"


def test_the_dialog_is_translated_but_not_the_language_names(
    qtbot: QtBot, pseudo_translation: PseudoTranslation
) -> None:
    pseudo_translation("Preferences", "PreferencesDialog")
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "[Preferences]"
    assert label_of(dialog, "theme") == "[[&Theme]:]"
    assert dialog.field("theme").accessibleName() == "[Theme]"
    theme = dialog.field("theme")
    assert isinstance(theme, QComboBox)
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "[Follow the system]",
        "[Light]",
        "[Dark]",
    ]
    language = dialog.field("language")
    assert isinstance(language, QComboBox)
    shown = [language.itemText(i) for i in range(language.count())]
    assert shown[0] == "[Follow the system]"
    assert {"English", "Deutsch", "Français", "Español"} <= set(shown[1:])
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None
    assert note.text() == "[A new language is used the next time Desktop Blog starts.]"
    lock = dialog.field("auto_lock_minutes")
    assert isinstance(lock, QSpinBox)
    assert (lock.specialValueText(), lock.suffix()) == ("[Never]", "[ min]")
    database = dialog.field("database")
    database.setProperty("text", "")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error_label.text() == "[Please choose a value for “{preference}”.]".format(
        preference="[Journal file]"
    )
