"""The widgets follow the locale (dates, numbers, the first day of the week) and keep the
user's text bidi-isolated inside sentences of either direction."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop_blog.storage import Entry, EntryFilter
from desktop_blog.ui.widgets.bidi import isolate
from desktop_blog.ui.widgets.calendar_panel import CalendarPanel
from desktop_blog.ui.widgets.entry_form import EntryForm, date_time_format
from desktop_blog.ui.widgets.entry_view import EntryView
from desktop_blog.ui.widgets.filter_bar import FilterBar, describe

FSI, PDI = "\u2068", "\u2069"
HEBREW = "שלום עולם"
WRITTEN = Entry(
    id=1,
    title=HEBREW,
    text="<p>x</p>",
    created=datetime(2026, 12, 6, 21, 26, tzinfo=UTC),
    updated=datetime(2026, 12, 7, 8, 5, tzinfo=UTC),
    tz="UTC",
    starred=True,
)


def test_isolate_wraps_the_text_and_closes_what_it_leaves_open() -> None:
    assert isolate(HEBREW) == f"{FSI}{HEBREW}{PDI}"
    assert isolate("a\u2067b") == f"{FSI}a\u2067b{PDI}{PDI}"  # an open RLI is closed inside
    assert isolate("a\u2069b") == f"{FSI}a\u2069b{PDI}"  # a stray PDI matches nothing


# -- the reader ------------------------------------------------------------------------------
def test_the_reader_isolates_the_title_and_writes_dates_in_english(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.show_entry(WRITTEN)
    lines = view.toPlainText().splitlines()
    assert lines[0] == f"{FSI}{HEBREW}{PDI}"
    assert lines[1] == (
        "★ Sunday, December 6, 2026, 9:26 PM · edited Monday, December 7, 2026, 8:05 AM"
    )
    view.show_no_matches("zebra")
    assert f"No entries match {FSI}zebra{PDI}" in view.toPlainText()


@pytest.mark.usefixtures("german")
def test_the_reader_writes_dates_as_the_locale_does(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.show_entry(WRITTEN)
    meta = view.toPlainText().splitlines()[1]
    assert meta == "★ Sonntag, 6. Dezember 2026, 21:26 · edited Montag, 7. Dezember 2026, 08:05"
    view.show_body("x" * 10_000_001)
    assert "10.000.001" in view.toPlainText()


@pytest.mark.usefixtures("right_to_left")
def test_the_readers_star_button_is_at_the_top_left_right_to_left(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_entry(WRITTEN)
    assert view.star_button.geometry().right() < view.width() // 2


def test_the_readers_star_button_is_at_the_top_right(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_entry(WRITTEN)
    assert view.star_button.geometry().left() > view.width() // 2


# -- the filter bar ----------------------------------------------------------------------------
def test_the_filter_is_described_in_whole_sentences() -> None:
    day = date(2026, 12, 6)
    tag = f"{FSI}#garden{PDI}"
    assert describe(EntryFilter()) == ""
    assert describe(EntryFilter(starred=True)) == "Showing starred entries"
    assert describe(EntryFilter(tag="garden")) == f"Showing {tag}"
    assert describe(EntryFilter(tag="garden", starred=True)) == f"Showing starred {tag}"
    assert describe(EntryFilter(day=day)) == "Showing Sunday, December 6, 2026"
    assert describe(EntryFilter(day=day, starred=True)) == (
        "Showing starred entries on Sunday, December 6, 2026"
    )
    assert describe(EntryFilter(day=day, tag="garden")) == (
        f"Showing {tag} on Sunday, December 6, 2026"
    )
    assert describe(EntryFilter(day=day, tag="garden", starred=True)) == (
        f"Showing starred {tag} on Sunday, December 6, 2026"
    )


def test_the_count_is_a_plural_with_the_locales_digits(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show_filter(EntryFilter(query="rain"))
    bar.show_count(1200, complete=False)
    assert bar.status() == "1,200 entries found so far"
    bar.show_filter(EntryFilter(tag="garden"))
    bar.show_count(3)
    assert bar.status() == f"Showing {FSI}#garden{PDI} · 3 entries"
    QLocale.setDefault(QLocale("de_DE"))
    try:
        bar.show_filter(EntryFilter(day=date(2026, 12, 6)))
        bar.show_count(1200)
        assert bar.status() == "Showing Sonntag, 6. Dezember 2026 · 1.200 entries"
    finally:
        QLocale.setDefault(QLocale("en_US"))


# -- the calendar ------------------------------------------------------------------------------
def month_button(calendar: CalendarPanel) -> str:
    button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert isinstance(button, QToolButton)
    return button.text()


def test_the_calendar_starts_weeks_on_sunday_in_the_united_states(qtbot: QtBot) -> None:
    calendar = CalendarPanel()
    qtbot.addWidget(calendar)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    calendar.setCurrentPage(2026, 12)
    assert month_button(calendar) == "December"


@pytest.mark.usefixtures("german")
def test_the_calendar_starts_weeks_on_monday_in_germany(qtbot: QtBot) -> None:
    calendar = CalendarPanel()
    qtbot.addWidget(calendar)
    assert calendar.locale().name() == "de_DE"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    calendar.setCurrentPage(2026, 12)
    assert month_button(calendar) == "Dezember"


def test_the_calendar_follows_a_locale_given_later(qtbot: QtBot) -> None:
    calendar = CalendarPanel()
    qtbot.addWidget(calendar)
    calendar.follow_locale(QLocale("de_DE"))
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    calendar.setLocale(QLocale("en_US"))
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


# -- the entry form ----------------------------------------------------------------------------
def test_the_date_field_is_written_as_the_locale_does() -> None:
    assert date_time_format(QLocale("en_US")) == "M/d/yyyy h:mm\u202fAp"
    assert date_time_format(QLocale("de_DE")) == "dd.MM.yyyy HH:mm"
    assert date_time_format(QLocale("ja_JP")) == "yyyy/MM/dd H:mm"


def test_the_edited_title_is_isolated_in_the_heading(qtbot: QtBot) -> None:
    form = EntryForm()
    qtbot.addWidget(form)
    form.start_edit(WRITTEN)
    assert form.heading.text() == f"Editing “{FSI}{HEBREW}{PDI}”"
    form.cancel_edit()
    assert form.heading.text() == "New entry"


@pytest.mark.usefixtures("german")
def test_the_date_field_shows_the_german_date(qtbot: QtBot) -> None:
    form = EntryForm()
    qtbot.addWidget(form)
    form.start_edit(WRITTEN)
    assert form.created_edit.text() == "06.12.2026 21:26"
