"""Edit, delete with undo, dates, tags, Markdown, themes and shortcuts, driven like a person."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.config import load_settings
from desktop_blog.storage import DatabaseError, EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import log_in, open_journal, post


def titles(window: MainWindow) -> list[str]:
    model = window.entry_list.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def focus_list(qtbot: QtBot, window: MainWindow) -> None:
    window.entry_list.setFocus()
    qtbot.waitUntil(window.entry_list.hasFocus)


def keys(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    """Press ``sequence`` in the active window, where its focused widget gets it."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(QApplication.focusWidget() or window, QKeySequence(sequence))


def logged_in(qtbot: QtBot, journal_app: Session) -> MainWindow:
    log_in(qtbot, journal_app)
    window = journal_app.main_window
    qtbot.waitUntil(window.isVisible)
    return window


# -- edit -------------------------------------------------------------------------------------
def test_edit_in_place_keeps_position_and_shows_edited(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "First", "<p>one</p>")
    post(qtbot, window, "Second", "<p>two</p>")
    click_row(qtbot, window.entry_list, 1)
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    form = window.entry_form
    assert form.title() == "First"
    assert form.post_button.text() == "Save"
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "First, revised")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Second", "First, revised"]
    assert window.flash_banner.message() == "The entry was saved"
    assert form.editing() is None
    assert form.title() == ""
    assert window.entry_list.currentIndex().row() == 1
    assert "First, revised" in window.entry_view.toPlainText()
    assert "· edited " in window.entry_view.toPlainText()
    stored = repository.newest(5)
    assert [e.title for e in stored] == ["Second", "First, revised"]
    assert stored[1].updated is not None


def test_invalid_edit_keeps_the_form_and_escape_cancels(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Keep", "<p>body</p>")
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    form = window.entry_form
    form.body_edit.selectAll()
    qtbot.keyClick(form.body_edit, Qt.Key.Key_Delete)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert form.error() == "Please enter some text."
    assert form.editing() is not None
    assert repository.newest(1)[0].text == "<p>body</p>"
    qtbot.keyClick(form.body_edit, Qt.Key.Key_Escape)
    assert form.editing() is None
    assert form.post_button.text() == "Share"
    assert repository.newest(1)[0].updated is None


# -- delete and undo ----------------------------------------------------------------------------
def test_delete_then_undo_restores_same_id_and_redo_deletes_again(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    for name in ("A", "B", "C"):
        post(qtbot, window, f"{name} #x", f"<p>{name}</p>")
    before = {e.id: e for e in repository.newest(5)}
    click_row(qtbot, window.entry_list, 1)
    focus_list(qtbot, window)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    assert titles(window) == ["C #x", "A #x"]
    assert "Undo" in window.flash_banner.message()
    assert repository.count() == 2
    keys(qtbot, window, "Ctrl+Z")
    assert titles(window) == ["C #x", "B #x", "A #x"]
    assert {e.id: e for e in repository.newest(5)} == before
    keys(qtbot, window, "Ctrl+Shift+Z")
    assert titles(window) == ["C #x", "A #x"]
    assert window.actions.undo.toolTip() == "Undo Delete “B #x”"


def test_deleting_the_entry_being_edited_keeps_the_typed_text(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Original", "<p>x</p>")
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    qtbot.keyClicks(window.entry_form.body_edit, " more words")
    focus_list(qtbot, window)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    form = window.entry_form
    assert form.editing() is None
    assert form.body() == "<p>x more words</p>"  # typed on in the rich editor
    assert form.post_button.text() == "Share"
    assert repository.count() == 0


def test_undo_add_and_edit_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    post(qtbot, window, "Draft", "<p>v1</p>")
    original = repository.newest(1)[0]
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    window.entry_form.title_edit.selectAll()
    qtbot.keyClicks(window.entry_form.title_edit, "Final")
    keys(qtbot, window, "Ctrl+Return")  # the button's shortcut animates a click
    qtbot.waitUntil(lambda: titles(window) == ["Final"])
    window.actions.undo.trigger()
    assert titles(window) == ["Draft"]
    assert repository.get(original.id) == original
    window.actions.undo.trigger()
    assert titles(window) == []
    assert repository.count() == 0
    window.actions.redo.trigger()
    assert repository.get(original.id) == original
    window.actions.redo.trigger()
    assert titles(window) == ["Final"]


def test_deleted_entries_are_gone_after_the_app_closes(
    qtbot: QtBot, journal_app: Session, db_path: Path
) -> None:
    window = logged_in(qtbot, journal_app)
    post(qtbot, window, "Temporary", "<p>x</p>")
    focus_list(qtbot, window)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    keys(qtbot, window, "Ctrl+Q")
    journal_app.close()
    conn = open_journal(db_path)
    assert EntryRepository(conn).count() == 0
    conn.close()


# -- dates --------------------------------------------------------------------------------------
def this_month(day: int, hour: int = 12) -> datetime:
    today = date.today()
    return datetime(today.year, today.month, day, hour).astimezone()


def click_day(qtbot: QtBot, window: MainWindow, day: int) -> None:
    view = window.calendar.findChild(QAbstractItemView)
    model = view.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day):
                rect = view.visualRect(index)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"day {day} not on the calendar")


def test_calendar_marks_days_and_clicking_a_day_lists_its_entries(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    repository.add("On the 12th", "x", created=this_month(12))
    repository.add("On the 14th", "x", created=this_month(14, 9))
    repository.add("Also the 14th", "x", created=this_month(14, 18))
    window = logged_in(qtbot, journal_app)
    marked = {d.day for d in window.calendar.marked_days()}
    assert marked == {12, 14}
    click_day(qtbot, window, 14)
    assert titles(window) == ["Also the 14th", "On the 14th"]
    assert "Showing" in window.filter_bar.status()
    keys(qtbot, window, "Alt+Left")
    assert titles(window) == []
    keys(qtbot, window, "Alt+Left")
    assert titles(window) == ["On the 12th"]
    keys(qtbot, window, "Alt+Right")
    keys(qtbot, window, "Alt+Right")
    assert titles(window) == ["Also the 14th", "On the 14th"]
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(titles(window)) == 3
    assert window.filter_bar.status() == ""


def test_today_shortcut_and_new_entries_mark_today(qtbot: QtBot, window: MainWindow) -> None:
    assert window.calendar.marked_days() == set()
    post(qtbot, window, "Now", "<p>x</p>")
    assert window.calendar.marked_days() == {date.today()}
    keys(qtbot, window, "Ctrl+Shift+A")
    keys(qtbot, window, "Ctrl+T")
    assert window.entry_list.model().entry_filter().day == date.today()
    assert titles(window) == ["Now"]


@pytest.fixture
def kolkata_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+05:30 for the test."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("kolkata_time")
def test_times_are_stored_in_utc_and_shown_in_local_time(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    repository.add("Morning", "x", created=datetime(2026, 6, 1, 1, 35, tzinfo=UTC))
    window = logged_in(qtbot, journal_app)
    assert "Monday, June 1, 2026, 7:05 AM" in window.entry_view.toPlainText()


def test_a_failing_undo_is_reported_not_raised(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    post(qtbot, window, "Fragile", "<p>x</p>")
    focus_list(qtbot, window)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)

    def disk_full(*_args: object) -> None:
        raise DatabaseError("The entry could not be restored: database or disk is full.")

    monkeypatch.setattr(EntryRepository, "restore", disk_full)
    keys(qtbot, window, "Ctrl+Z")
    assert window.flash_banner.property("kind") == "error"
    assert "disk is full" in window.flash_banner.message()
    assert titles(window) == []


# -- tags and search ----------------------------------------------------------------------------
def one(text: str) -> set[str]:
    """``text`` ("1 entry") as the English catalogue writes it, or as Qt's plural source
    ("%n entries") does when no catalogue is installed."""
    return {text, text.replace("1 entry", "1 entries")}


def test_tag_list_counts_filters_and_combines_with_search(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    repository.add("Rome #travel", "<p>pasta #food</p>")
    repository.add("Soup", "<p>leek #food</p>")
    repository.add("Paris", "<p>#travel by train</p>")
    window = logged_in(qtbot, journal_app)
    tags = window.tag_model
    shown = [tags.index(r, 0).data() for r in range(tags.rowCount())]
    assert shown == ["All entries", "\u2068#food\u2069  (2)", "\u2068#travel\u2069  (2)"]
    click_row(qtbot, window.tag_panel, 2)
    assert titles(window) == ["Paris", "Rome #travel"]
    assert window.filter_bar.status() == "Showing \u2068#travel\u2069 · 2 entries"
    keys(qtbot, window, "Ctrl+F")
    qtbot.waitUntil(window.filter_bar.search_edit.hasFocus)
    qtbot.keyClicks(window.filter_bar.search_edit, "train")
    qtbot.waitUntil(lambda: titles(window) == ["Paris"])
    assert window.filter_bar.status() in one("Showing \u2068#travel\u2069 · 1 entry")
    click_row(qtbot, window.tag_panel, 1)
    assert titles(window) == []
    assert window.filter_bar.status() == "Showing \u2068#food\u2069 · 0 entries"
    click_row(qtbot, window.tag_panel, 0)
    assert titles(window) == ["Paris"]
    assert window.filter_bar.status() in one("1 entry found")
    window.filter_bar.search_edit.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 3)


def test_tag_counts_follow_edits_and_deletes(qtbot: QtBot, window: MainWindow) -> None:
    post(qtbot, window, "Walk #outdoors", "<p>x</p>")
    assert window.tag_model.index(1, 0).data() == "\u2068#outdoors\u2069  (1)"
    focus_list(qtbot, window)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Delete)
    assert window.tag_model.rowCount() == 1
    keys(qtbot, window, "Ctrl+Z")
    assert window.tag_model.rowCount() == 2


# -- writing ------------------------------------------------------------------------------------
def test_markdown_entry_with_toolbar_and_live_preview(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    keys(qtbot, window, "Ctrl+N")  # the editor takes the main area
    assert window.is_writing()
    form = window.entry_form
    form.format_combo.setFocus()
    qtbot.keyClicks(form.format_combo, "Markdown")
    assert form.body_format() == "markdown"
    qtbot.keyClicks(form.title_edit, "Notes")
    qtbot.keyClicks(form.body_edit, "Very ")
    keys(qtbot, window, "Ctrl+B")
    qtbot.keyClicks(form.body_edit, " day")
    assert form.body() == "Very **bold text** day"
    qtbot.waitUntil(lambda: form.preview.toPlainText() == "Very bold text day")
    assert "font-weight:700" in form.preview.toHtml()
    qtbot.mouseClick(
        form.toolbar.widgetForAction(form.toolbar.markup_actions["list"]), Qt.MouseButton.LeftButton
    )
    assert form.body() == "- Very **bold text** day"  # the current line became the item
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert not window.is_writing()  # back to reading
    entry = repository.newest(1)[0]
    assert entry.body_format == "markdown"
    assert "**" not in window.entry_view.toPlainText()
    assert "Very bold text day" in window.entry_view.toPlainText()
    assert "</li></ul>" in window.entry_view.toHtml()


@pytest.mark.parametrize(
    ("body_format", "key", "expected"),
    [
        ("html", "Ctrl+I", "<i>italic text</i>"),
        ("html", "Ctrl+Shift+H", "<h3>Heading</h3>"),
        ("markdown", "Ctrl+K", "[link text](https://)"),
    ],
)
def test_toolbar_keys_insert_markup_for_the_format(
    qtbot: QtBot, window: MainWindow, body_format: str, key: str, expected: str
) -> None:
    window.actions.new_entry.trigger()
    form = window.entry_form
    form.set_body_format(body_format)
    form.set_source_mode(True)  # HTML as source: the keys insert tags
    form.body_edit.setFocus()
    qtbot.waitUntil(form.body_edit.hasFocus)
    keys(qtbot, window, key)
    assert form.body() == expected


def test_editing_a_markdown_entry_keeps_its_format(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    window.entry_form.set_body_format("markdown")
    post(qtbot, window, "MD", "*soft*")
    window.entry_form.set_body_format("html")
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    assert window.entry_form.body_format() == "markdown"


# -- themes and preferences ------------------------------------------------------------------
def test_view_menu_theme_switches_and_persists(
    qtbot: QtBot, journal_app: Session, window: MainWindow, settings_file: Path
) -> None:
    app = QApplication.instance()
    assert journal_app.preferences.theme.applied() == "light"
    window.actions.theme_dark.trigger()
    assert journal_app.preferences.theme.applied() == "dark"
    assert "dark theme" in app.styleSheet()
    assert load_settings(settings_file).theme == "dark"
    window.actions.theme_light.trigger()
    assert "Desktop Blog, light" in app.styleSheet()


def test_system_theme_follows_the_colour_scheme(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    theme = journal_app.preferences.theme
    assert theme.mode() == "system"
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.applied() == "dark"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.applied() == "light"
    window.actions.theme_dark.trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.applied() == "dark"


def test_preferences_dialog_saves_to_the_settings_file(
    qtbot: QtBot,
    journal_app: Session,
    window: MainWindow,
    settings_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_db = tmp_path / "moved" / "journal.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(new_db), "Journals"))
    keys(qtbot, window, "Ctrl+,")
    dialog = journal_app.preferences.preferences_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "preferencesDialog"
    theme, default_format = dialog.field("theme"), dialog.field("default_format")
    auto_lock, database = dialog.field("auto_lock_minutes"), dialog.field("database")
    assert isinstance(auto_lock, QSpinBox)
    assert isinstance(database, QLineEdit)
    theme.setFocus()
    qtbot.keyClicks(theme, "Dark")
    qtbot.keyClicks(default_format, "Markdown")
    assert auto_lock.value() == 10
    auto_lock.selectAll()
    qtbot.keyClicks(auto_lock, "25")
    browse = dialog.findChild(QPushButton, "databaseBrowseButton")
    assert browse is not None
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert database.text() == str(new_db)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(settings_file)
    assert (saved.theme, saved.default_format, saved.database) == ("dark", "markdown", new_db)
    assert saved.auto_lock_minutes == 25
    assert journal_app.idle_lock.interval_ms() == 25 * 60_000
    assert journal_app.settings.database == new_db
    assert journal_app.preferences.theme.applied() == "dark"
    assert window.entry_form.body_format() == "markdown"
    assert "next time" in window.flash_banner.message()


def test_preferences_reject_a_bad_location_and_keep_the_dialog(
    qtbot: QtBot, journal_app: Session, window: MainWindow, settings_file: Path
) -> None:
    window.actions.preferences.trigger()
    dialog = journal_app.preferences.preferences_dialog
    assert dialog is not None
    database = dialog.field("database")
    assert isinstance(database, QLineEdit)
    database.setText("relative.db")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "full path" in dialog.error_label.text()
    assert load_settings(settings_file).theme == "system"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


# -- keyboard and accessibility -----------------------------------------------------------------
def test_help_lists_every_shortcut(qtbot: QtBot, journal_app: Session, window: MainWindow) -> None:
    post(qtbot, window, "A", "a")
    window.actions.delete_entry.trigger()  # the undo action now says "Undo Delete “A”"
    keys(qtbot, window, "F1")
    dialog = journal_app.shortcuts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows())
    for place, shortcut in {
        "File > New Entry": "Ctrl+N",
        "Edit > Undo": "Ctrl+Z",
        "Edit > Delete Entry": "Del",
        "Edit > Edit Entry": "Ctrl+E",
        "View > Today": "Ctrl+T",
        "View > Previous Day": "Alt+Left",
        "View > Search": "Ctrl+F",
        "Editor > Bold": "Ctrl+B",
        "Editor > Share or Save": "Ctrl+Return",
    }.items():
        assert rows[place] == shortcut
    assert rows["Edit > Redo"].startswith("Ctrl+Shift+Z")
    assert not any("Delete “A”" in place for place in rows)


def test_focus_shortcuts_reach_every_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.actions.show_calendar.trigger()
    assert not window.calendar.isVisible()
    for sequence, widget in (
        ("Ctrl+2", window.calendar),
        ("Ctrl+3", window.tag_panel),
        ("Ctrl+1", window.entry_list),
    ):
        keys(qtbot, window, sequence)
        qtbot.waitUntil(widget.hasFocus)
    assert window.calendar.isVisible()


def test_main_widgets_have_accessible_names(window: MainWindow) -> None:
    names = {
        window.entry_list: "Entries",
        window.entry_view: "Entry",
        window.calendar: "Calendar",
        window.tag_panel: "Tags",
        window.filter_bar.search_edit: "Search entries",
        window.entry_form.title_edit: "Title",
        window.entry_form.body_edit: "Text",
        window.entry_form.format_combo: "Body format",
        window.entry_form.toolbar: "Formatting",
        window.entry_form.preview: "Preview",
    }
    for widget, name in names.items():
        assert widget.accessibleName() == name


def test_edit_and_delete_are_disabled_without_an_entry(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.actions.edit_entry.isEnabled()
    assert not window.actions.delete_entry.isEnabled()
    post(qtbot, window, "One", "<p>x</p>")
    assert window.current_entry() is not None
    assert window.actions.edit_entry.isEnabled()
    assert window.actions.delete_entry.isEnabled()


@pytest.mark.parametrize("finish", ["save", "cancel"])
def test_editing_puts_the_new_entry_aside_and_brings_it_back(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path, finish: str
) -> None:
    from desktop_blog.storage.drafts import JournalDraftStore

    post(qtbot, window, "Old", "<p>old</p>")
    journal_app.draft_keeper.set_delay_ms(10)
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, "Half-written")
    qtbot.keyClicks(form.body_edit, "not yet posted")
    assert journal_app._conn is not None
    store = JournalDraftStore(journal_app._conn)
    qtbot.waitUntil(lambda: "not yet posted" in getattr(store.load(), "body", ""))
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    assert form.title() == "Old"
    qtbot.keyClicks(form.body_edit, " more")
    journal_app.draft_keeper.flush()
    assert "not yet posted" in getattr(store.load(), "body", "")  # the edit never replaces it
    if finish == "save":
        qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
        assert window.flash_banner.message() == "The entry was saved"
    else:
        qtbot.keyClick(form.body_edit, Qt.Key.Key_Escape)
    assert form.editing() is None
    assert (form.title(), form.body()) == ("Half-written", "<p>not yet posted</p>")
    assert form.post_button.text() == "Share"
