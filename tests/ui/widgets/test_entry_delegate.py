from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRect
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
    title_lines,
)


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
