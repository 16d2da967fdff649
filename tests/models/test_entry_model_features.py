"""Edit, remove, restore and filter in the list model (issue 6)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.storage import EntryFilter, EntryRepository

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def loaded(repository: EntryRepository, page_size: int = 200) -> EntryListModel:
    model = EntryListModel(repository, page_size=page_size)
    QAbstractItemModelTester(model, FATAL)
    fetch_all(model)
    return model


def fetch_all(model: EntryListModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def ids(model: EntryListModel) -> list[int]:
    return [model.index(r, 0).data(EntryRole.ENTRY_ID) for r in range(model.rowCount())]


def test_edit_keeps_the_row_and_emits_data_changed(
    qtbot: QtBot, repository: EntryRepository
) -> None:
    a = repository.add("A", "a")
    b = repository.add("B", "b")
    model = loaded(repository)
    with (
        qtbot.waitSignal(model.dataChanged, check_params_cb=lambda tl, br, *_: tl.row() == 1),
        qtbot.assertNotEmitted(model.modelReset),
    ):
        edited = model.edit_entry(a.id, "A edited", "**a**", body_format="markdown")
    assert ids(model) == [b.id, a.id]
    assert model.index(1, 0).data() == "A edited"
    assert model.index(1, 0).data(EntryRole.ENTRY) == edited
    assert edited.updated is not None
    model.revert_entry(a)
    assert model.index(1, 0).data(EntryRole.ENTRY) == a


def test_remove_and_restore_in_id_order(qtbot: QtBot, repository: EntryRepository) -> None:
    entries = [repository.add(f"E{i}", "x") for i in range(5)]
    model = loaded(repository)
    with qtbot.waitSignal(model.rowsRemoved):
        removed = model.remove_entry(entries[2].id)
    assert entries[2].id not in ids(model)
    assert repository.get(entries[2].id) is None
    with qtbot.waitSignal(model.rowsInserted, check_params_cb=lambda _p, first, _l: first == 2):
        model.restore_entry(removed)
    assert ids(model) == [e.id for e in reversed(entries)]
    oldest = model.remove_entry(entries[0].id)
    model.restore_entry(oldest)
    assert ids(model) == [e.id for e in reversed(entries)]


def test_restore_of_an_old_entry_lands_at_its_row(repository: EntryRepository) -> None:
    entries = [repository.add(f"E{i}", "x") for i in range(6)]
    model = EntryListModel(repository, page_size=2, cache_pages=2)
    QAbstractItemModelTester(model, FATAL)
    assert model.entry_at(0) is not None  # only the newest page is read
    removed = model.remove_entry(entries[0].id)
    assert model.rowCount() == 5
    model.restore_entry(removed)
    assert model.rowCount() == 6
    assert model.row_of(entries[0].id) == 5
    assert ids(model) == [e.id for e in reversed(entries)]


def test_filtered_restore_into_an_unfetched_page_waits_for_fetch(
    repository: EntryRepository,
) -> None:
    entries = [repository.add(f"E{i} #t", "x") for i in range(6)]
    model = EntryListModel(repository, page_size=3)
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(EntryFilter(tag="t"))
    assert model.rowCount() == 3
    removed = model.remove_entry(entries[0].id)
    model.restore_entry(removed)
    assert model.rowCount() == 3  # it belongs to matches not fetched yet
    fetch_all(model)
    assert ids(model) == [e.id for e in reversed(entries)]


def test_filter_by_tag_day_and_query(repository: EntryRepository) -> None:
    noon = datetime(2026, 4, 2, 12).astimezone()
    rome = repository.add("Rome #travel", "pasta", created=noon)
    repository.add("Soup #food", "leek", created=noon + timedelta(days=1))
    paris = repository.add("Paris #travel", "train", created=noon + timedelta(days=1))
    model = loaded(repository, page_size=1)
    model.set_filter(EntryFilter(tag="travel"))
    fetch_all(model)
    assert ids(model) == [paris.id, rome.id]
    model.set_filter(EntryFilter(tag="travel", day=date(2026, 4, 2)))
    assert ids(model) == [rome.id]
    model.set_filter(EntryFilter(tag="travel", query="TRAIN"))
    assert ids(model) == [paris.id]
    assert model.entry_filter() == EntryFilter(tag="travel", query="TRAIN")
    model.add_entry("Not travel", "x")
    assert ids(model) == [paris.id]
    new = model.add_entry("Night train #travel", "sleeper")
    assert ids(model) == [new.id, paris.id]
    model.set_filter(EntryFilter())
    fetch_all(model)
    assert model.rowCount() == 5


def test_operations_need_an_open_journal() -> None:
    model = EntryListModel()
    with pytest.raises(RuntimeError, match="no journal"):
        model.edit_entry(1, "t", "x")
    assert model.row_of(1) == -1


@pytest.mark.parametrize("starred_filter", [False, True])
def test_a_new_date_moves_the_row_even_when_its_page_is_cached(
    repository: EntryRepository, starred_filter: bool
) -> None:
    now = datetime(2024, 6, 1, 12).astimezone()
    old = repository.add("Old", "o", created=now - timedelta(days=30), starred=True)
    new = repository.add("New", "n", created=now, starred=True)
    model = loaded(repository)
    if starred_filter:
        model.set_filter(EntryFilter(starred=True))
    assert ids(model) == [new.id, old.id]  # the page is read and cached
    model.edit_entry(old.id, "Old", "o", created=now + timedelta(days=1))
    assert ids(model) == [old.id, new.id]
    model.revert_entry(old)
    assert ids(model) == [new.id, old.id]
    model.set_starred(new.id, False)
    assert ids(model) == ([old.id] if starred_filter else [new.id, old.id])
