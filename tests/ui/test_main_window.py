from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.models.entry_model import EntryRole
from desktop_blog.storage import DatabaseError, EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import html_source, log_in, post


def test_empty_journal_says_so(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    assert window.entry_list.model().rowCount() == 0
    assert "Unbelievable. No entries here so far" in window.entry_view.toPlainText()


def test_posting_puts_the_entry_on_top(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "First", "<p>one</p>")
    post(qtbot, window, "Second", "<p>two <b>bold</b></p>")
    model = window.entry_list.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Second", "First"]
    assert window.flash_banner.message() == "New entry was successfully posted"
    assert window.entry_form.title() == ""
    assert window.entry_form.body() == ""
    assert [e.title for e in repository.newest(10)] == ["Second", "First"]


def test_posting_does_not_reload_the_model(qtbot: QtBot, window: MainWindow) -> None:
    model = window.entry_list.model()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        post(qtbot, window, "Only", "<p>x</p>")


def test_first_entry_is_shown_in_the_viewer(qtbot: QtBot, window: MainWindow) -> None:
    post(qtbot, window, "Hello <world>", "<p>It is <b>bold</b></p>")
    text = window.entry_view.toPlainText()
    assert "Hello <world>" in text
    assert "It is bold" in text
    assert "<b>" not in text


def test_selecting_an_entry_shows_it(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    repository.add("Older", "<p>older body</p>")
    repository.add("Newer", "<p>newer body</p>")
    log_in(qtbot, journal_app)
    window = journal_app.main_window
    qtbot.waitUntil(window.isVisible)
    assert "newer body" in window.entry_view.toPlainText()
    rect = window.entry_list.visualRect(window.entry_list.model().index(1, 0))
    qtbot.mouseClick(window.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_entry() is not None
    assert window.entry_list.currentIndex().data(EntryRole.ENTRY).title == "Older"
    assert "older body" in window.entry_view.toPlainText()


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("", "<p>kept body</p>", "Please enter a title."),
        ("Kept title", "", "Please enter some text."),
    ],
)
def test_empty_title_or_body_saves_nothing_and_keeps_input(
    qtbot: QtBot,
    window: MainWindow,
    repository: EntryRepository,
    title: str,
    body: str,
    message: str,
) -> None:
    post(qtbot, window, title, body)
    form = window.entry_form
    assert form.error() == message
    assert form.title() == title
    assert form.body() == body
    assert repository.count() == 0
    assert window.entry_list.model().rowCount() == 0
    qtbot.keyClicks(form.title_edit, "x")
    assert form.error() == ""


def test_write_error_keeps_the_form(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("The entry could not be saved: database or disk is full.")

    monkeypatch.setattr(EntryRepository, "add", disk_full)
    post(qtbot, window, "Precious", "<p>words</p>")
    assert "disk is full" in window.entry_form.error()
    assert window.entry_form.title() == "Precious"
    assert window.entry_form.body() == "<p>words</p>"
    assert window.entry_list.model().rowCount() == 0


def test_live_preview_renders_the_body(qtbot: QtBot, window: MainWindow) -> None:
    form = window.entry_form
    html_source(qtbot, form)
    qtbot.keyClicks(form.body_edit, "<i>slanted</i> text")
    qtbot.waitUntil(lambda: form.preview.toPlainText() == "slanted text")
    assert "<i>" not in form.preview.toPlainText()


def test_logout_hides_entries_and_shows_login(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    post(qtbot, window, "Secret", "<p>diary</p>")
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    qtbot.waitUntil(lambda: not window.isVisible())
    assert journal_app.model.rowCount() == 0
    dialog = journal_app.login_dialog
    qtbot.waitExposed(dialog)
    assert journal_app.login_dialog.flash_banner.message() == "You were logged out"
    assert dialog.password_edit.text() == ""
    log_in(qtbot, journal_app)
    qtbot.waitUntil(window.isVisible)
    assert journal_app.model.index(0, 0).data() == "Secret"


def test_logout_action_is_named_and_bound(window: MainWindow) -> None:
    action = window.findChild(type(window.actions.logout), "logoutAction")
    assert action is window.actions.logout
    assert action.shortcut() == QKeySequence("Ctrl+L")


def test_ctrl_n_focuses_the_title(qtbot: QtBot, window: MainWindow) -> None:
    window.entry_list.setFocus()
    qtbot.keySequence(window, QKeySequence("Ctrl+N"))
    qtbot.waitUntil(window.entry_form.title_edit.hasFocus)


def test_ctrl_q_quits(qtbot: QtBot, journal_app: Session, window: MainWindow) -> None:
    with qtbot.waitSignal(journal_app.finished, check_params_cb=lambda code: code == 0):
        qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert not window.isVisible()


def test_closing_the_login_dialog_quits(qtbot: QtBot, journal_app: Session) -> None:
    qtbot.waitExposed(journal_app.login_dialog)
    with qtbot.waitSignal(journal_app.finished):
        qtbot.keyClick(journal_app.login_dialog, Qt.Key.Key_Escape)


def test_right_to_left_mirrors_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """Arabic or Hebrew: the entry list is right of the reader, the sidebar right of both."""

    def left(widget: QWidget) -> int:
        return widget.mapToGlobal(QPoint(0, 0)).x()

    assert left(window.entry_list) < left(window.entry_view)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: left(window.entry_list) > left(window.entry_view))
        assert left(window.calendar) > left(window.entry_list)
        window.flash("Mirrored")
        # The toast sits on the leading side: the right.
        assert window.flash_banner.geometry().left() > window.width() // 2
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: left(window.entry_list) < left(window.entry_view))
    assert window.flash_banner.geometry().left() < window.width() // 2  # and back
