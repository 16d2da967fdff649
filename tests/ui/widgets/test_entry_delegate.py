from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.widgets.entry_delegate import (
    LINE_GAP,
    MUTED_COLOR,
    PADDING,
    TITLE_COLOR,
    EntryDelegate,
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
    half = PADDING + QFontMetrics(view.font()).height() + LINE_GAP  # where the title ends
    assert inks(image, 0, 0, 150, half) == {"title"}  # the title, left
    assert inks(image, 300, 0, 400, half) == {"muted"}  # the date, right-aligned
    assert inks(image, 0, half, 400, size.height()) == {"muted"}  # the snippet below
    assert TITLE_COLOR != MUTED_COLOR


def test_main_window_list_uses_the_delegate(qtbot: QtBot) -> None:
    from desktop_blog.ui.windows.main_window import MainWindow

    window = MainWindow(EntryListModel())
    qtbot.addWidget(window)
    assert isinstance(window.entry_list.itemDelegate(), EntryDelegate)
