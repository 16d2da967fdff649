"""Stars in the window: toggled from the Edit menu, the keyboard or the reader, shown, filtered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.storage import EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import post
from tests.ui.test_editing_and_navigation import click_row, focus_list, keys, titles


def starred(repository: EntryRepository) -> dict[str, bool]:
    return {entry.title: entry.starred for entry in repository.newest(100)}


def test_ctrl_d_stars_and_unstars_the_selected_entry_undoably(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "First", "<p>one</p>")
    post(qtbot, window, "Second", "<p>two</p>")
    click_row(qtbot, window.entry_list, 1)
    focus_list(qtbot, window)
    assert window.actions.star_entry.text() == "S&tar Entry"
    keys(qtbot, window, "Ctrl+D")
    assert starred(repository) == {"First": True, "Second": False}
    assert window.current_entry() is not None
    assert window.current_entry().title == "First"
    assert window.actions.star_entry.text() == "Uns&tar Entry"
    assert window.entry_view.star_button.text() == "★ Starred"
    assert "★ " in window.entry_view.toPlainText()
    keys(qtbot, window, "Ctrl+Z")
    assert starred(repository) == {"First": False, "Second": False}
    assert window.entry_view.star_button.text() == "☆ Star"
    keys(qtbot, window, "Ctrl+Shift+Z")
    assert starred(repository) == {"First": True, "Second": False}
    keys(qtbot, window, "Ctrl+D")
    assert starred(repository) == {"First": False, "Second": False}


def test_the_readers_star_button_and_the_edit_menu_star(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Only", "<p>one</p>")
    button = window.entry_view.star_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert starred(repository) == {"Only": True}
    edit_menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "editMenu")
    assert window.actions.star_entry in edit_menu.actions()
    window.actions.star_entry.trigger()
    assert starred(repository) == {"Only": False}


def test_the_starred_filter_combines_with_search_and_tag_and_is_cleared_by_show_all(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Garden plans", "<p>#garden roses</p>")
    post(qtbot, window, "Garden diary", "<p>#garden tulips</p>")
    post(qtbot, window, "Work", "<p>#work roses</p>")
    for title in ("Garden plans", "Work"):
        click_row(qtbot, window.entry_list, titles(window).index(title))
        focus_list(qtbot, window)
        keys(qtbot, window, "Ctrl+D")
    qtbot.mouseClick(window.filter_bar.starred_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Work", "Garden plans"]
    assert window.filter_bar.status().startswith("Showing starred entries")
    tags = window.tag_model
    rows = {tags.index(r, 0).data(): r for r in range(tags.rowCount())}
    garden = next(r for text, r in rows.items() if "garden" in str(text))
    click_row(qtbot, window.tag_panel, garden)
    assert titles(window) == ["Garden plans"]
    assert window.filter_bar.status().startswith("Showing starred \u2068#garden\u2069")
    click_row(qtbot, window.tag_panel, 0)  # All entries
    qtbot.keyClicks(window.search_edit, "roses")
    qtbot.waitUntil(lambda: titles(window) == ["Work", "Garden plans"])
    window.clear_search()
    # Unstarring under the filter takes the entry out of the list.
    click_row(qtbot, window.entry_list, 0)
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+D")
    assert titles(window) == ["Garden plans"]
    keys(qtbot, window, "Ctrl+Z")
    assert titles(window) == ["Work", "Garden plans"]
    keys(qtbot, window, "Ctrl+Shift+A")
    assert not window.actions.starred_only.isChecked()
    assert len(titles(window)) == 3
    keys(qtbot, window, "Ctrl+Shift+D")
    assert window.actions.starred_only.isChecked()
    assert titles(window) == ["Work", "Garden plans"]
