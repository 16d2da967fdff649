from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.storage import Entry, EntryRepository, EntryValidationError

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def fill(repository: EntryRepository, count: int) -> list[int]:
    return [repository.add(f"Title {i}", f"<p>Body {i}</p>").id for i in range(count)]


@pytest.mark.parametrize("count", [0, 1, 5, 23])
def test_model_passes_the_model_tester(
    qtbot: QtBot, repository: EntryRepository, count: int
) -> None:
    ids = fill(repository, count)
    model = EntryListModel(repository, page_size=4)
    QAbstractItemModelTester(model, FATAL)
    model.fetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == count
    shown = [model.index(row, 0).data(EntryRole.ENTRY_ID) for row in range(count)]
    assert shown == ids[::-1]
    model.add_entry("New", "<p>new</p>")
    model.set_repository(None)
    assert model.rowCount() == 0


def test_rows_arrive_in_pages(repository: EntryRepository) -> None:
    fill(repository, 10)
    model = EntryListModel(repository, page_size=4)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    assert not model.canFetchMore(QModelIndex())


def test_data_roles_and_guards(repository: EntryRepository) -> None:
    fill(repository, 2)
    model = EntryListModel(repository)
    model.fetchMore(QModelIndex())
    top = model.index(0, 0)
    assert top.data(Qt.ItemDataRole.DisplayRole) == "Title 1"
    entry = top.data(EntryRole.ENTRY)
    assert isinstance(entry, Entry)
    assert entry.text == "<p>Body 1</p>"
    assert top.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(5, 0).data() is None
    assert model.rowCount(top) == 0
    assert not model.canFetchMore(top)


def test_new_entry_is_inserted_at_row_zero(qtbot: QtBot, repository: EntryRepository) -> None:
    fill(repository, 3)
    model = EntryListModel(repository)
    model.fetchMore(QModelIndex())
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(
        model.rowsInserted, check_params_cb=lambda _p, first, last: (first, last) == (0, 0)
    ):
        entry = model.add_entry("Newest", "<p>hi</p>")
    assert model.index(0, 0).data() == "Newest"
    assert model.rowCount() == 4
    assert resets == []
    assert repository.get(entry.id) == entry


def test_invalid_entry_changes_nothing(repository: EntryRepository) -> None:
    model = EntryListModel(repository)
    with pytest.raises(EntryValidationError):
        model.add_entry("", "body")
    assert model.rowCount() == 0
    assert repository.count() == 0
