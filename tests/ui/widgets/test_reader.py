"""The reader is typeset for reading: a clear title hierarchy, monospace code, a bounded
measure, images no wider than the text; the empty journal says what to do next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QFontInfo, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from desktop_blog.storage import Entry
from desktop_blog.ui.widgets.entry_view import READING_MEASURE, EntryView


@pytest.fixture
def reader(qtbot: QtBot) -> EntryView:
    view = EntryView()
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def entry(body: str) -> Entry:
    return Entry(id=1, title="The title", text=body, created=datetime(2026, 1, 2, tzinfo=UTC))


def point_size_at(view: EntryView, text: str) -> float:
    found = view.document().find(text)
    assert not found.isNull(), text
    return found.charFormat().font().pointSizeF()


def test_the_entry_title_is_above_every_body_heading(reader: EntryView) -> None:
    reader.show_entry(entry("<h1>Body heading</h1><p>text</p>"))
    assert point_size_at(reader, "The title") > point_size_at(reader, "Body heading")
    assert point_size_at(reader, "Body heading") > point_size_at(reader, "text")


def test_code_is_monospace(reader: EntryView) -> None:
    reader.show_entry(entry("<p>run <code>make test</code> now</p>"))
    found = reader.document().find("make test")
    assert QFontInfo(found.charFormat().font()).fixedPitch()


def test_lines_keep_a_reading_measure_and_a_line_height(reader: EntryView) -> None:
    reader.show_entry(entry("<p>" + "word " * 400 + "</p>"))
    average = reader.fontMetrics().averageCharWidth()
    assert reader.viewport().width() <= average * (READING_MEASURE + 20)
    assert reader.viewport().width() >= average * 40
    cursor = QTextCursor(reader.document().find("word"))
    assert cursor.blockFormat().lineHeight() == 150


def test_images_are_scaled_to_the_text_width(reader: EntryView) -> None:
    wide = QImage(3000, 100, QImage.Format.Format_RGB32)
    wide.fill(0xFF336699)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    wide.save(buffer, "PNG")
    reader.set_image_provider(lambda _sha: bytes(data.data()))
    sha = "a" * 64
    reader.show_entry(entry(f'<p><img src="journal-image:{sha}"></p>'))
    reader.document().adjustSize()
    assert reader.document().size().width() <= reader.viewport().width() + 1


def test_the_empty_journal_says_what_to_do(reader: EntryView) -> None:
    reader.show_empty()
    text = reader.toPlainText()
    assert "Unbelievable. No entries here so far" in text
    assert "Ctrl+N" in text


def darkest(image: QImage) -> int:
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_days_of_the_neighbouring_months_are_dimmed(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, QRect
    from PySide6.QtGui import QPainter

    from desktop_blog.ui.widgets.calendar_panel import CalendarPanel

    calendar = CalendarPanel()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 3)

    def cell(day: QDate) -> QImage:
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        calendar.paintCell(painter, QRect(0, 0, 40, 30), day)
        painter.end()
        return image

    assert darkest(cell(QDate(2026, 2, 28))) > darkest(cell(QDate(2026, 3, 18))) + 40


@pytest.mark.parametrize(
    ("year", "month", "last"), [(2024, 2, 29), (2023, 2, 28), (2026, 12, 31), (2026, 4, 30)]
)
def test_the_calendar_month_ends_on_its_last_day(
    qtbot: QtBot, year: int, month: int, last: int
) -> None:
    """The range the calendar asks the journal for: leap Februaries and 30-day months too."""
    from datetime import date

    from desktop_blog.ui.widgets.calendar_panel import CalendarPanel

    calendar = CalendarPanel()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(year, month)
    assert calendar.month_range() == (date(year, month, 1), date(year, month, last))
