"""Changes by another process show up: the watcher notices, the model refreshes in place."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.models.journal_watcher import JournalWatcher
from desktop_blog.storage import EntryFilter, EntryRepository, open_database
from tests.conftest import PASSWORD

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
ROOT = Path(__file__).resolve().parents[2]


def cli(settings_file: Path, *argv: str, body: str = "<p>from the shell</p>") -> None:
    """Run ``desktop-blog`` in another process, as a user in a terminal would."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, desktop_blog.cli as c; sys.exit(c.main())",
            "--settings",
            str(settings_file),
            *argv,
        ],
        input=f"{PASSWORD}\n{body}",
        text=True,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def ids(model: EntryListModel) -> list[int]:
    return [model.index(r, 0).data(EntryRole.ENTRY_ID) for r in range(model.rowCount())]


def test_an_entry_added_by_the_cli_appears_and_the_selection_stays(
    qtbot: QtBot, repository: EntryRepository, settings_file: Path
) -> None:
    for n in range(31):
        repository.add(f"T{n}", "<p>x</p>", created=datetime(2024, 1, 1 + n, tzinfo=UTC))
    model = EntryListModel(repository, page_size=8)
    QAbstractItemModelTester(model, FATAL)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    selected = repository.get(20)
    assert selected is not None
    row = model.row_of(selected.id)
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    watcher = JournalWatcher(repository, interval_ms=50)
    watcher.changed.connect(model.refresh)
    with qtbot.waitSignal(watcher.changed, timeout=10_000):
        cli(settings_file, "add", "--title", "Posted from the shell")
    assert model.rowCount() == repository.count() == 32  # never 31 rows for 32 entries
    assert model.index(0, 0).data() == "Posted from the shell"
    assert view.currentIndex().data(EntryRole.ENTRY_ID) == selected.id
    assert view.currentIndex().row() == row + 1
    assert view.selectionModel().selectedIndexes()[0].data(EntryRole.ENTRY_ID) == selected.id


def test_deleted_and_backdated_elsewhere_refresh_keeps_the_scroll(
    qtbot: QtBot, repository: EntryRepository, db_path: Path
) -> None:
    for n in range(60):
        repository.add(
            f"T{n}", "<p>x</p>", created=datetime(2024, 3, 1 + n % 28, n % 24, tzinfo=UTC)
        )
    model = EntryListModel(repository, page_size=7, cache_pages=3)
    QAbstractItemModelTester(model, FATAL)
    view = QListView()
    qtbot.addWidget(view)
    view.resize(200, 150)
    view.setModel(model)
    view.show()
    view.scrollTo(model.index(30, 0))
    scrolled = view.verticalScrollBar().value()
    watcher = JournalWatcher(repository)
    watcher.changed.connect(model.refresh)
    other = open_database(db_path)  # a second connection, as another process has
    theirs = EntryRepository(other)
    theirs.delete(60)
    theirs.delete(59)
    theirs.add("Long ago", "<p>old</p>", created=datetime(2000, 1, 1, tzinfo=UTC))
    other.close()
    assert watcher.check()
    assert not watcher.check()  # once per change
    assert model.rowCount() == repository.count() == 59
    assert ids(model) == [e.id for e in repository.newest(100)]
    assert model.index(58, 0).data() == "Long ago"
    assert view.verticalScrollBar().value() == scrolled


def test_refresh_under_a_filter_adds_and_drops_matches(
    qtbot: QtBot, repository: EntryRepository, db_path: Path
) -> None:
    for n in range(5):
        repository.add(f"Walk {n} #dog", "<p>x</p>")
    repository.add("Other", "<p>y</p>")
    model = EntryListModel(repository, page_size=3)
    QAbstractItemModelTester(model, FATAL)
    model.set_filter(EntryFilter(tag="dog"))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    other = open_database(db_path)
    theirs = EntryRepository(other)
    theirs.add("Walk new #dog", "<p>z</p>")
    theirs.delete(1)
    theirs.delete(2)
    other.close()
    model.refresh()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Walk new #dog",
        "Walk 4 #dog",
        "Walk 3 #dog",
        "Walk 2 #dog",
    ][: model.rowCount()]
    assert model.rowCount() == 4


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_watcher_stops_when_the_journal_goes(
    qtbot: QtBot, db_path: Path, encrypted: bool
) -> None:
    """Also for an encrypted journal, whose closed connection raises SQLCipher's error."""
    key = None
    if encrypted:
        from desktop_blog.security.unlock import create_encrypted_journal

        key = create_encrypted_journal(db_path, PASSWORD).key
    conn = open_database(db_path, key=key)
    watcher = JournalWatcher(EntryRepository(conn))
    assert watcher.is_watching()
    watcher.set_repository(None)
    assert not watcher.is_watching()
    assert not watcher.check()
    watcher.set_repository(EntryRepository(conn))
    conn.close()
    assert not watcher.check()  # a closed journal: no exception, no more polling
    assert not watcher.is_watching()


@pytest.mark.parametrize("growing", [True, False])
def test_refresh_keeps_the_current_row_on_its_entry(
    qtbot: QtBot, repository: EntryRepository, db_path: Path, growing: bool
) -> None:
    for n in range(10):
        repository.add(f"T{n}", "<p>x</p>")
    model = EntryListModel(repository, page_size=4)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(5, 0))
    current = view.currentIndex().data(EntryRole.ENTRY_ID)
    other = open_database(db_path)
    if growing:
        EntryRepository(other).add("Newest", "<p>n</p>")
    else:
        EntryRepository(other).delete(10)
    other.close()
    model.refresh()
    assert view.currentIndex().data(EntryRole.ENTRY_ID) == current
    assert view.currentIndex().row() == (6 if growing else 4)
