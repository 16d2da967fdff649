"""Entry dates and zones in the window: chosen when writing and editing, shown where written."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.storage import EntryRepository
from desktop_blog.storage.zones import system_zone
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.test_editing_and_navigation import (
    click_row,
    focus_list,
    keys,
    logged_in,
    titles,
)

Section = QDateTimeEdit.Section


def type_date(qtbot: QtBot, edit: QDateTimeEdit, when: str) -> None:
    """Type ``YYYY-MM-DD HH:MM`` into the date field, section by section, as a person does
    (in the locale's order; with a 12-hour clock, the hour and then AM or PM)."""
    day, clock = when.split(" ")
    year, month, mday = day.split("-")
    hour, minute = clock.split(":")
    twelve = bool(edit.displayedSections() & Section.AmPmSection)
    if twelve:
        hour = str((int(hour) - 1) % 12 + 1)
    typed = [
        (Section.YearSection, year),
        (Section.MonthSection, month),
        (Section.DaySection, mday),
        (Section.HourSection, hour),
        (Section.MinuteSection, minute),
    ]
    if twelve:
        locale = edit.locale()
        typed.append(
            (Section.AmPmSection, locale.amText() if int(clock[:2]) < 12 else locale.pmText())
        )
    edit.setFocus()
    for section, digits in typed:
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, digits)


def write(qtbot: QtBot, window: MainWindow, title: str, when: str | None = None) -> None:
    window.actions.new_entry.trigger()
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, title)
    qtbot.keyClicks(form.body_edit, f"<p>{title}</p>")
    if when is not None:
        type_date(qtbot, form.created_edit, when)
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)


def test_a_backdated_entry_keeps_its_date_zone_place_and_calendar_day(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    write(qtbot, window, "Today")
    write(qtbot, window, "Back in May", "2024-05-06 07:08")
    assert titles(window) == ["Today", "Back in May"]  # newest first by date, not by id
    stored = repository.newest(2)[1]
    assert stored.title == "Back in May"
    assert stored.created == datetime(2024, 5, 6, 7, 8).astimezone(UTC)
    assert stored.tz == system_zone()
    assert window.current_entry() is not None
    assert window.current_entry().title == "Back in May"  # selected after posting
    assert "Monday, May 6, 2024, 7:08 AM" in window.entry_view.toPlainText()
    window.calendar.setCurrentPage(2024, 5)
    assert date(2024, 5, 6) in window.calendar.marked_days()
    window.calendar.show_day(date(2024, 5, 6))
    assert titles(window) == ["Back in May"]


def test_editing_shows_the_entrys_own_zone_and_a_new_date_moves_it_undoably(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    # Written in Tokyo at 08:30 local time (23:30 UTC the day before).
    repository.add(
        "Tokyo", "<p>x</p>", created=datetime(2024, 5, 1, 23, 30, tzinfo=UTC), tz="Asia/Tokyo"
    )
    repository.add("Later", "<p>y</p>", created=datetime(2024, 6, 1, 12, 0, tzinfo=UTC), tz="UTC")
    window = logged_in(qtbot, journal_app)
    assert titles(window) == ["Later", "Tokyo"]
    click_row(qtbot, window.entry_list, 1)
    assert "Thursday, May 2, 2024, 8:30 AM" in window.entry_view.toPlainText()
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    edit = window.entry_form.created_edit
    assert edit.isEnabled()
    assert edit.date() == QDate(2024, 5, 2)
    assert edit.time().toString("HH:mm") == "08:30"
    type_date(qtbot, edit, "2024-07-04 09:15")  # Tokyo time
    qtbot.mouseClick(window.entry_form.post_button, Qt.MouseButton.LeftButton)
    assert titles(window) == ["Tokyo", "Later"]
    assert window.current_entry() is not None
    assert window.current_entry().title == "Tokyo"
    moved = repository.get(1)
    assert moved is not None
    assert moved.created == datetime(2024, 7, 4, 0, 15, tzinfo=UTC)
    assert moved.tz == "Asia/Tokyo"
    assert "Thursday, July 4, 2024, 9:15 AM" in window.entry_view.toPlainText()
    keys(qtbot, window, "Ctrl+Z")
    assert titles(window) == ["Later", "Tokyo"]
    back = repository.get(1)
    assert back is not None
    assert back.created == datetime(2024, 5, 1, 23, 30, tzinfo=UTC)
    keys(qtbot, window, "Ctrl+Shift+Z")
    assert titles(window) == ["Tokyo", "Later"]


def test_editing_without_touching_the_date_keeps_it_to_the_second(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    created = datetime(2023, 3, 4, 5, 6, 7, tzinfo=UTC)
    repository.add("Exact", "<p>x</p>", created=created, tz="Europe/Paris")
    window = logged_in(qtbot, journal_app)
    focus_list(qtbot, window)
    keys(qtbot, window, "Ctrl+E")
    qtbot.keyClick(window.entry_form.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(window.entry_form.title_edit, " too")
    qtbot.mouseClick(window.entry_form.post_button, Qt.MouseButton.LeftButton)
    saved = repository.get(1)
    assert saved is not None
    assert saved.title == "Exact too"
    assert saved.created == created
    assert saved.tz == "Europe/Paris"


def test_list_rows_show_each_entrys_time_where_it_was_written(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository
) -> None:
    repository.add(
        "Tokyo", "<p>x</p>", created=datetime(2024, 5, 1, 23, 30, tzinfo=UTC), tz="Asia/Tokyo"
    )
    window = logged_in(qtbot, journal_app)
    index = window.entry_list.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Thursday, May 2, 2024, 8:30\u202fAM"
