"""Spell checking while typing: underlines, suggestions, the personal word list, its absence."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_blog.config import user_data_dir
from desktop_blog.domain.preferences import Preferences, declared
from desktop_blog.spelling import PERSONAL_WORDS
from desktop_blog.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop_blog.ui.widgets.entry_form import EntryForm

DICTIONARY = Path(__file__).parents[2] / "data" / "hunspell"
LANGUAGE = "xx_TEST"
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def test_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enchant finds the shipped test dictionary through its configuration folder."""
    config = tmp_path / "enchant"
    shutil.copytree(DICTIONARY, config / "hunspell")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(config))


@pytest.fixture
def form(qtbot: QtBot, test_dictionary: None) -> EntryForm:
    form = EntryForm()
    qtbot.addWidget(form)
    form.resize(900, 500)
    form.show()
    qtbot.waitExposed(form)
    assert form.set_spell_language(LANGUAGE) == ""
    return form


def underlined(document: QTextDocument) -> list[str]:
    """The words shown with the wavy underline."""
    words = []
    block = document.begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == WAVY:
                words.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return words


def right_click(qtbot: QtBot, form: EntryForm, word: str) -> QMenu:
    """Right-click on ``word`` in the body; return the context menu that opens."""
    edit = form.body_edit
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index(word) + 1)
    position = edit.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, edit.mapToGlobal(QPoint()))
    QApplication.sendEvent(edit.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.objectName() == "bodyContextMenu"
    return menu


def test_a_misspelt_word_is_underlined_and_a_suggestion_replaces_it(
    qtbot: QtBot, form: EntryForm
) -> None:
    qtbot.keyClicks(form.body_edit, "the quiet gardn and #gardn https://gardn.example")
    qtbot.waitUntil(lambda: underlined(form.body_edit.document()) == ["gardn"])
    menu = right_click(qtbot, form, "gardn")
    suggestions = [a for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert [a.text() for a in suggestions][:1] == ["garden"]
    suggestions[0].trigger()
    assert form.body() == "<p>the quiet garden and #gardn https://gardn.example</p>"
    qtbot.waitUntil(lambda: underlined(form.body_edit.document()) == [])


def test_add_to_dictionary_writes_an_owner_only_personal_word_list(
    qtbot: QtBot, form: EntryForm
) -> None:
    qtbot.keyClicks(form.body_edit, "a walk to Ostia")
    qtbot.waitUntil(lambda: underlined(form.body_edit.document()) == ["to", "Ostia"])
    menu = right_click(qtbot, form, "Ostia")
    add = [a for a in menu.actions() if a.objectName() == "addToDictionary"]
    assert add[0].text() == "Add to Dictionary"
    add[0].trigger()
    assert underlined(form.body_edit.document()) == ["to"]
    personal = user_data_dir() / PERSONAL_WORDS
    assert personal.read_text(encoding="utf-8") == "Ostia\n"
    assert oct(personal.stat().st_mode & 0o777) == "0o600"
    again = EntryForm()  # the next start knows the word
    qtbot.addWidget(again)
    again.set_spell_language(LANGUAGE)
    assert again.spell_checker is not None
    assert again.spell_checker.check("Ostia")


def test_markdown_bodies_are_checked_and_keep_their_highlighting(
    qtbot: QtBot, form: EntryForm
) -> None:
    form.set_body_format("markdown")
    qtbot.keyClicks(form.body_edit, "# bred day")
    qtbot.waitUntil(lambda: underlined(form.body_edit.document()) == ["bred"])
    block = form.body_edit.document().begin()
    bold = [p for p in block.layout().formats() if p.format.underlineStyle() == WAVY]
    assert bold[0].format.fontWeight() == 700  # the Markdown heading stays bold


def test_without_the_library_the_editor_works_and_preferences_say_why(
    qtbot: QtBot, test_dictionary: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant now fails
    form = EntryForm()
    qtbot.addWidget(form)
    reason = form.set_spell_language(LANGUAGE)
    assert reason == "Spell checking is off: the enchant library is not installed."
    qtbot.keyClicks(form.body_edit, "gardn")
    assert form.body() == "<p>gardn</p>"
    assert underlined(form.body_edit.document()) == []
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.spelling_note.isVisibleTo(dialog)
    assert dialog.spelling_note.text() == reason


def test_a_missing_dictionary_is_explained(qtbot: QtBot, test_dictionary: None) -> None:
    form = EntryForm()
    qtbot.addWidget(form)
    assert form.set_spell_language("zz_ZZ") == (
        "Spell checking is off: no dictionary for “zz_ZZ” is installed."
    )
    assert form.spell_checker is None


def test_the_language_is_a_declared_preference_chosen_in_the_dialog(
    qtbot: QtBot, test_dictionary: None
) -> None:
    declaration = next(d for d in declared() if d.name == "spell_language")
    assert declaration.accepts(LANGUAGE)
    assert declaration.accepts("")
    assert not declaration.accepts("../../etc")
    dialog = PreferencesDialog(Preferences(spell_language=LANGUAGE))
    qtbot.addWidget(dialog)
    field = dialog.field("spell_language")
    assert field.currentData() == LANGUAGE  # type: ignore[attr-defined]
    assert not dialog.spelling_note.isVisibleTo(dialog)
    field.setCurrentIndex(0)  # type: ignore[attr-defined]
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.spell_language == ""
