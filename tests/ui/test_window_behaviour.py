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


def test_writing_is_a_mode_of_the_main_area(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.is_writing()
    assert window.entry_view.isVisible()
    window.actions.new_entry.trigger()
    assert window.is_writing()
    assert window.entry_form.isVisible()
    assert not window.entry_view.isVisible()
    qtbot.keyClicks(window.entry_form.title_edit, "Kept aside")
    qtbot.keyClick(window.entry_form.title_edit, Qt.Key.Key_Escape)
    assert not window.is_writing()
    window.actions.new_entry.trigger()
    assert window.entry_form.title() == "Kept aside"  # Esc kept what was typed
    qtbot.keyClicks(window.entry_form.body_edit, "<p>body</p>")
    qtbot.mouseClick(window.entry_form.post_button, Qt.MouseButton.LeftButton)
    assert not window.is_writing()
    window.actions.edit_entry.trigger()
    assert window.is_writing()
    assert window.entry_form.title() == "Kept aside"
    assert window.entry_form.created_edit.isEnabled()  # its date can be changed too


def test_focus_mode_shows_only_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    window.actions.focus_mode.trigger()
    assert window.is_writing()
    assert not window.entry_list.isVisible()
    assert not window.calendar.isVisible()
    window.actions.focus_mode.trigger()
    assert window.entry_list.isVisible()
    assert window.is_writing()  # still writing, with the list beside the editor
    assert not window.calendar.isVisible()  # the calendar makes room while writing
    qtbot.keyClick(window.entry_form.title_edit, Qt.Key.Key_Escape)
    assert window.calendar.isVisible()


def test_the_chosen_date_reaches_the_controller(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime

    received: list[datetime | None] = []
    entries = journal_app.entries
    assert entries is not None
    real = entries.post
    entries.post = lambda title, body, fmt, created=None: (  # type: ignore[method-assign]
        received.append(created),
        real(title, body, fmt, created),
    )
    window.actions.new_entry.trigger()
    form = window.entry_form
    form.created_edit.setDateTime(QDateTime(2024, 5, 6, 7, 8, 0))
    qtbot.keyClicks(form.title_edit, "Dated")
    qtbot.keyClicks(form.body_edit, "<p>then</p>")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert received == [datetime(2024, 5, 6, 7, 8).astimezone(UTC)]


def test_the_editor_is_built_after_the_first_paint(
    qtbot: QtBot, start_session: StartSession, settings_file: Path
) -> None:
    app = start_session(settings_file)
    log_in(qtbot, app)
    window = app.main_window
    assert window is not None
    assert window.isVisible()
    assert not window.has_editor()  # not needed to show the journal
    qtbot.waitUntil(window.has_editor)  # built just after, ready for Ctrl+N
    assert app.draft_keeper is not None
