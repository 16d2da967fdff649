from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.widgets.entry_delegate import (
    LINE_GAP,
    MUTED_COLOR,
    PADDING,
    TITLE_COLOR,
    TITLE_LINES,
    EntryDelegate,
    list_date,
    title_lines,
)
from desktop_blog.ui.widgets.entry_list_view import EntryListView

FSI, PDI = "\u2068", "\u2069"


def inks(image: QImage, left: int, top: int, right: int, bottom: int) -> set[str]:
    """Which inks are on the image in this area: "title" blue and/or "muted" grey."""
    found = set()
    for y in range(top, bottom):
        for x in range(left, right):
            c = image.pixelColor(x, y)
            if c.blue() - c.red() > 40:
                found.add("title")
            elif max(c.red(), c.green(), c.blue()) < 200 and c.blue() - c.red() < 10:
                found.add("muted")
    return found


def test_rows_show_title_date_and_snippet(qtbot: QtBot, repository: EntryRepository) -> None:
    repository.add(
        "A title",
        "<p>Snippet <b>text</b></p>",
        created=datetime(2021, 3, 4, 12, tzinfo=UTC),
    )
    model = EntryListModel(repository)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = EntryDelegate(view)
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    size = delegate.sizeHint(option, index)
    assert size.height() > option.fontMetrics.height() * 2  # two lines of text
    assert size == delegate.sizeHint(option, model.index(5, 0))  # uniform rows
    image = QImage(400, size.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option.rect = QRect(0, 0, 400, size.height())
    option.widget = view
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    title_end = PADDING + TITLE_LINES * QFontMetrics(view.font()).height() + LINE_GAP
    assert inks(image, 0, 0, 150, title_end) == {"title"}  # the title, left, up to two lines
    assert inks(image, 0, title_end, 400, size.height()) == {"muted"}  # date and snippet below
    assert TITLE_COLOR != MUTED_COLOR


def test_main_window_list_uses_the_delegate(qtbot: QtBot) -> None:
    from desktop_blog.ui.windows.main_window import MainWindow

    window = MainWindow(EntryListModel())
    qtbot.addWidget(window)
    assert isinstance(window.entry_list.itemDelegate(), EntryDelegate)


def test_titles_wrap_to_two_lines_before_they_are_cut(qtbot: QtBot) -> None:
    metrics = QFontMetrics(QFont())
    title = "A long walk along the river after the rain, with the dog"
    width = metrics.horizontalAdvance(title) * 2 // 3
    lines = title_lines(title, metrics, width)
    assert len(lines) == 2
    assert " ".join(lines) == title  # whole: nothing cut
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    short = title_lines("Short", metrics, width)
    assert short == ["Short"]
    cut = title_lines(title * 3, metrics, width)
    assert len(cut) == 2
    assert cut[1].endswith("…")


def test_whole_titles_at_800_by_600(qtbot: QtBot, repository: EntryRepository) -> None:
    from desktop_blog.ui.windows.main_window import MainWindow

    title = "Planting the tomatoes before the frost came back"
    repository.add(title, "<p>x</p>")
    model = EntryListModel()
    model.set_repository(repository)
    window = MainWindow(model)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    view = window.entry_list
    metrics = QFontMetrics(EntryDelegate._title_font(view.font()))
    width = view.viewport().width() - 2 * PADDING
    assert " ".join(title_lines(title, metrics, width)) == title
    model.set_repository(None)


def test_a_starred_row_shows_a_star_at_the_end_of_its_title(
    qtbot: QtBot, repository: EntryRepository
) -> None:
    repository.add("Plain", "<p>x</p>", created=datetime(2021, 3, 4, 12, tzinfo=UTC))
    repository.add("Star", "<p>x</p>", created=datetime(2021, 3, 5, 12, tzinfo=UTC), starred=True)
    model = EntryListModel(repository)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = EntryDelegate(view)
    corners = []
    for row in (0, 1):  # newest first: the starred entry, then the plain one
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        size = delegate.sizeHint(option, model.index(row, 0))
        image = QImage(400, size.height(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        option.rect = QRect(0, 0, 400, size.height())
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(row, 0))
        painter.end()
        line = QFontMetrics(view.font()).height()
        corners.append(inks(image, 340, PADDING, 400 - PADDING, PADDING + line))
    assert corners == [{"title"}, set()]


def paint_row(view: QListView, delegate: EntryDelegate, row: int, width: int = 400) -> QImage:
    """The row painted by ``delegate`` as the view would (its font, palette and direction)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    index = view.model().index(row, 0)
    size = delegate.sizeHint(option, index)
    image = QImage(width, size.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option.rect = QRect(0, 0, width, size.height())
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


@pytest.mark.usefixtures("right_to_left")
def test_rows_are_mirrored_right_to_left(qtbot: QtBot, repository: EntryRepository) -> None:
    repository.add("A title", "<p>Snippet</p>", created=datetime(2021, 3, 4, 12, tzinfo=UTC))
    repository.add("Star", "<p>x</p>", created=datetime(2021, 3, 5, 12, tzinfo=UTC), starred=True)
    model = EntryListModel(repository)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    delegate = EntryDelegate(view)
    line = QFontMetrics(view.font()).height()
    plain = paint_row(view, delegate, 1)  # newest first: the starred entry is row 0
    title_end = PADDING + TITLE_LINES * line + LINE_GAP
    # The title starts on the right; the left half of its lines stays empty.
    assert inks(plain, 250, 0, 400, title_end) == {"title"}
    assert inks(plain, 0, 0, 200, title_end) == set()
    assert inks(plain, 250, title_end, 400, plain.height()) == {"muted"}  # date, snippet
    starred = paint_row(view, delegate, 0)
    assert inks(starred, PADDING, PADDING, 60, PADDING + line) == {"title"}  # star: left end
    assert inks(plain, PADDING, PADDING, 60, PADDING + line) == set()


@pytest.mark.usefixtures("right_to_left")
def test_the_entry_list_window_paints_titles_on_the_right(
    qtbot: QtBot, repository: EntryRepository
) -> None:
    repository.add("Hello", "<p>x</p>")
    view = EntryListView()
    qtbot.addWidget(view)
    view.setModel(EntryListModel(repository))
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    half = image.width() // 2
    row = view.row_height()
    assert inks(image, half, 0, image.width(), row) >= {"title"}
    assert "title" not in inks(image, 0, 0, half, row)


def test_a_right_to_left_title_next_to_english_text_is_isolated(
    qtbot: QtBot, repository: EntryRepository
) -> None:
    entry = repository.add(
        "שלום עולם", "<p>x</p>", created=datetime(2021, 3, 4, 12, tzinfo=UTC), tz="UTC"
    )
    delegate = EntryDelegate()
    snippet = "مرحبا بالعالم"
    assert delegate.date_line(entry, snippet) == f"Mar 4, 2021 · {FSI}{snippet}{PDI}"
    assert delegate.date_line(entry, "") == "Mar 4, 2021"


@pytest.mark.usefixtures("german")
def test_the_rows_date_follows_the_locale(qtbot: QtBot) -> None:
    assert list_date(date(2026, 12, 6)) == "6. Dez. 2026"
    QLocale.setDefault(QLocale("en_US"))
    assert list_date(date(2026, 12, 6)) == "Dec 6, 2026"
