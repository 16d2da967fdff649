from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import EntryRepository
from desktop_blog.storage.database import transaction
from desktop_blog.storage.zones import key_range
from desktop_blog.ui.widgets.entry_delegate import EntryDelegate
from desktop_blog.ui.widgets.entry_list_view import EntryListView


def bulk(repository: EntryRepository, count: int) -> None:
    """Many entries fast: the columns the repository would write, one second apart."""
    conn = repository._conn
    start = datetime(2020, 1, 1, tzinfo=UTC)
    first = key_range(start)[0]  # one day's keys are consecutive, in time order
    with transaction(conn):
        conn.executemany(
            "INSERT INTO entries (title, text, created, tz, local_day, sort_key)"
            " VALUES (?, ?, ?, 'UTC', '2020-01-01', ?)",
            [
                (f"T{i}", "<p>b</p>", (start + timedelta(seconds=i)).isoformat(), first + i)
                for i in range(count)
            ],
        )


class CountingModel(EntryListModel):
    """Counts how often the view asks for the row count (once per row in a QListView)."""

    calls = 0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        CountingModel.calls += 1
        return super().rowCount(parent)


def test_only_visible_rows_are_looked_at(qtbot: QtBot, repository: EntryRepository) -> None:
    bulk(repository, 20_000)
    model = CountingModel(repository)
    view = EntryListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    CountingModel.calls = 0
    model.add_entry("New", "<p>n</p>")
    view.scrollToBottom()
    view.viewport().repaint()
    assert CountingModel.calls < 200  # not one per row
    assert view.indexAt(view.viewport().rect().topLeft()).row() > 19_000
    assert model.cached_pages() <= 2


def test_rows_have_the_delegates_height_and_follow_the_font(qtbot: QtBot) -> None:
    view = EntryListView()
    qtbot.addWidget(view)
    assert isinstance(view.itemDelegate(), EntryDelegate)
    small = view.row_height()
    assert small > view.fontMetrics().height() * 2
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.row_height() > small
    assert view.verticalHeader().isHidden()
    assert view.horizontalHeader().isHidden()
