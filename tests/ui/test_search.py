from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import log_in


@pytest.fixture
def searchable(qtbot: QtBot, journal_app: Session, repository: EntryRepository) -> MainWindow:
    repository.add("Garden notes", "<p>The roses need water.</p>")
    repository.add("Winter", "<p>Snow on the <b>garden</b>. Snowmen everywhere.</p>")
    repository.add("Work", "<p>Meetings.</p>")
    log_in(qtbot, journal_app)
    window = journal_app.main_window
    qtbot.waitUntil(window.isVisible)
    return window


def titles(window: MainWindow) -> list[str]:
    model = window.entry_list.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.entry_view.extraSelections()]


def test_typing_filters_the_list_and_highlights_matches(
    qtbot: QtBot, searchable: MainWindow
) -> None:
    edit = searchable.search_edit
    assert edit.objectName() == "searchEdit"
    qtbot.keyClicks(edit, "snow")
    qtbot.waitUntil(lambda: titles(searchable) == ["Winter"])
    assert searchable.current_entry() is not None
    assert searchable.current_entry().title == "Winter"
    assert highlighted(searchable) == ["Snow", "Snow"]  # "Snow" and the start of "Snowmen"
    qtbot.keyClicks(edit, " OR roses")
    qtbot.waitUntil(lambda: titles(searchable) == ["Winter", "Garden notes"])


def test_search_waits_for_a_pause_in_typing(
    qtbot: QtBot, searchable: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = EntryListModel.set_filter
    monkeypatch.setattr(
        EntryListModel, "set_filter", lambda self, f: (calls.append(f.query), real(self, f))
    )
    qtbot.keyClicks(searchable.search_edit, "garden")
    assert calls == []  # nothing yet: still typing
    qtbot.waitUntil(lambda: calls == ["garden"])
    assert titles(searchable) == ["Winter", "Garden notes"]


@pytest.mark.parametrize("text", ['"garden', "garden AND", "*", "(", "NOT", "a:b", '"', "%_"])
def test_any_text_in_the_search_box_is_fine(
    qtbot: QtBot, searchable: MainWindow, text: str
) -> None:
    qtbot.keyClicks(searchable.search_edit, text)
    qtbot.waitUntil(lambda: searchable._model.search_query() == text.strip())
    if "garden" in text:
        assert titles(searchable) == ["Winter", "Garden notes"]
    assert all(titles(searchable))
    assert searchable.flash_banner.message() == "You were logged in"  # no error was flashed


def test_escape_clears_the_search(qtbot: QtBot, searchable: MainWindow) -> None:
    qtbot.keyClicks(searchable.search_edit, "roses")
    qtbot.waitUntil(lambda: titles(searchable) == ["Garden notes"])
    qtbot.keyClick(searchable.search_edit, Qt.Key.Key_Escape)
    assert searchable.search_edit.text() == ""
    assert titles(searchable) == ["Work", "Winter", "Garden notes"]
    assert highlighted(searchable) == []


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, searchable: MainWindow) -> None:
    searchable.entry_list.setFocus()
    searchable.search_edit.setText("old")
    qtbot.keySequence(searchable, QKeySequence("Ctrl+F"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is searchable.search_edit)
    assert searchable.search_edit.selectedText() == "old"  # typing replaces the old search


def test_posting_during_a_search_shows_a_matching_entry(
    qtbot: QtBot, searchable: MainWindow
) -> None:
    qtbot.keyClicks(searchable.search_edit, "garden")
    qtbot.waitUntil(lambda: len(titles(searchable)) == 2)
    searchable.entry_form.title_edit.setText("Garden party")
    searchable.entry_form.body_edit.setPlainText("<p>cake</p>")
    qtbot.mouseClick(searchable.entry_form.post_button, Qt.MouseButton.LeftButton)
    assert titles(searchable) == ["Garden party", "Winter", "Garden notes"]


def test_a_posted_entry_is_selected_and_scrolled_into_view(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    for i in range(200):
        repository.add(f"Entry {i}", f"<p>body {i}</p>")
    log_in(qtbot, journal_app)
    window = journal_app.main_window
    qtbot.waitUntil(window.isVisible)
    view = window.entry_list
    window.select_row(120)
    view.scrollTo(view.model().index(110, 0), view.ScrollHint.PositionAtTop)
    top_before = view.indexAt(view.viewport().rect().topLeft()).data()
    selected_before = window.current_entry()
    assert top_before == "Entry 89"
    assert selected_before is not None
    window.entry_form.title_edit.setText("Newest")
    window.entry_form.body_edit.setPlainText("<p>new</p>")
    qtbot.mouseClick(window.entry_form.post_button, Qt.MouseButton.LeftButton)
    assert view.model().index(0, 0).data() == "Newest"
    current = window.current_entry()
    assert current is not None
    assert current.title == "Newest"
    assert view.indexAt(view.viewport().rect().topLeft()).data() == "Newest"


def test_read_errors_are_flashed(
    qtbot: QtBot, searchable: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    def broken(*_args: object, **_kwargs: object) -> None:
        raise sqlcipher.OperationalError("disk I/O error")

    monkeypatch.setattr(EntryRepository, "search_keys", broken)
    qtbot.keyClicks(searchable.search_edit, "x")
    qtbot.waitUntil(lambda: "disk I/O error" in searchable.flash_banner.message())
    assert titles(searchable) == []


def test_logout_forgets_the_search(
    qtbot: QtBot, journal_app: Session, searchable: MainWindow
) -> None:
    qtbot.keyClicks(searchable.search_edit, "roses")
    qtbot.waitUntil(lambda: titles(searchable) == ["Garden notes"])
    qtbot.keySequence(searchable, QKeySequence("Ctrl+L"))
    qtbot.waitUntil(lambda: not searchable.isVisible())
    assert searchable.search_edit.text() == ""
    log_in(qtbot, journal_app)
    qtbot.waitUntil(searchable.isVisible)
    assert titles(searchable) == ["Work", "Winter", "Garden notes"]


def test_no_matches_says_so(qtbot: QtBot, searchable: MainWindow) -> None:
    qtbot.keyClicks(searchable.search_edit, "zebra")
    qtbot.waitUntil(lambda: titles(searchable) == [])
    assert "No entries match \u2068zebra\u2069" in searchable.entry_view.toPlainText()
    assert "Unbelievable" not in searchable.entry_view.toPlainText()


def test_down_goes_to_the_list_and_escape_there_clears(
    qtbot: QtBot, searchable: MainWindow
) -> None:
    searchable.activateWindow()
    searchable.search_edit.setFocus()
    qtbot.keyClicks(searchable.search_edit, "garden")
    qtbot.keyClick(searchable.search_edit, Qt.Key.Key_Down)  # no need to wait for the pause
    assert titles(searchable) == ["Winter", "Garden notes"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is searchable.entry_list)
    qtbot.keyClick(searchable.entry_list, Qt.Key.Key_Escape)
    assert searchable.search_edit.text() == ""
    assert titles(searchable) == ["Work", "Winter", "Garden notes"]
