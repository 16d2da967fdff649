"""What a person notices while using the window: selection after posting, messages that never
move anything, a list column that keeps its width, line-wise headings and lists, and the
window's layout remembered between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from desktop_blog.app.entries_controller import DELETED
from desktop_blog.app.session import Session
from desktop_blog.markup import Markup
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import StartSession, log_in, post, window_shown


def place(widget: QWidget) -> tuple[QPoint, int, int]:
    window = widget.window()
    return widget.mapTo(window, QPoint(0, 0)), widget.width(), widget.height()


def test_a_posted_entry_is_selected_and_shown(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Older", "<p>one</p>")
    post(qtbot, window, "Old", "<p>two</p>")
    window.select_row(1)
    assert window.current_entry() is not None
    assert window.current_entry().title == "Older"  # type: ignore[union-attr]
    post(qtbot, window, "Newest", "<p>three</p>")
    current = window.current_entry()
    assert current is not None
    assert current.title == "Newest"
    assert "Newest" in window.entry_view.toPlainText()


def test_undoing_a_delete_takes_its_message_away(qtbot: QtBot, window: MainWindow) -> None:
    post(qtbot, window, "Keep me", "<p>body</p>")
    window.actions.delete_entry.trigger()
    assert window.flash_banner.isVisible()
    assert window.flash_banner.message() == DELETED
    window.actions.undo.trigger()
    assert not window.flash_banner.isVisible()
    assert window.current_entry() is not None


def test_a_message_moves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.dismiss_message()
    qtbot.waitUntil(lambda: not window.flash_banner.isVisible())
    watched = (window.entry_list, window.entry_view, window.entry_form, window.calendar)
    before = [place(w) for w in watched]
    window.flash("A long message " * 12, "error")
    qtbot.waitUntil(window.flash_banner.isVisible)
    assert [place(w) for w in watched] == before
    window.dismiss_message()
    assert [place(w) for w in watched] == before


def test_choosing_a_tag_keeps_the_list_where_it_is(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    tag = "#an-unusually-long-tag-name-that-would-widen-the-column"
    repository.add("Tagged", f"<p>{tag}</p>")
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    window = journal_app.main_window
    assert window is not None
    window.resize(1000, 700)
    qtbot.wait(10)
    before = place(window.entry_list)
    window.tag_panel.tag_chosen.emit(tag.lstrip("#"))
    qtbot.waitUntil(lambda: bool(window.filter_bar.status()))
    assert place(window.entry_list) == before
    window.actions.show_all.trigger()
    assert place(window.entry_list) == before


def test_heading_and_list_without_a_selection_take_the_current_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.entry_form
    form.set_body_format("markdown")
    qtbot.keyClicks(form.body_edit, "first line")
    qtbot.keyClick(form.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.body_edit, "a title line")
    form.toolbar.markup_actions[Markup.HEADING].trigger()
    assert form.body() == "first line\n## a title line"
    cursor = form.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    form.body_edit.setTextCursor(cursor)
    form.toolbar.markup_actions[Markup.LIST].trigger()
    assert form.body() == "- first line\n## a title line"


def test_the_window_layout_is_restored_at_the_next_start(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    first = start_session(settings_file)
    log_in(qtbot, first)
    qtbot.waitUntil(lambda: window_shown(first))
    window = first.main_window
    assert window is not None
    window.resize(700, 500)
    splitter = window.findChild(QSplitter, "mainSplitter")
    assert isinstance(splitter, QSplitter)
    qtbot.waitUntil(lambda: window.width() == 700)
    splitter.setSizes([150, 250, 200])
    sizes = splitter.sizes()
    window.actions.quit.trigger()

    second = start_session(settings_file)
    log_in(qtbot, second)
    qtbot.waitUntil(lambda: window_shown(second))
    again = second.main_window
    assert again is not None
    assert again is not window
    assert (again.width(), again.height()) == (700, 500)
    restored = again.findChild(QSplitter, "mainSplitter")
    assert isinstance(restored, QSplitter)
    assert restored.sizes() == sizes
