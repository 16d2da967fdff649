"""The window follows the journal: what the CLI adds in another process shows up by itself."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.models.entry_model import EntryRole
from desktop_blog.models.tag_model import TagRole
from desktop_blog.storage import EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow
from tests.models.test_journal_watcher import cli
from tests.ui.conftest import open_journal, post
from tests.ui.test_editing_and_navigation import click_row, keys, logged_in, titles


def tag_counts(window: MainWindow) -> dict[str, int]:
    model = window.tag_model
    return {
        model.index(r, 0).data(TagRole.TAG): model.index(r, 0).data(TagRole.COUNT)
        for r in range(1, model.rowCount())
    }


def test_an_entry_added_by_the_cli_appears_keeping_selection_and_scroll(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository, settings_file: Path
) -> None:
    for n in range(40):
        repository.add(
            f"T{n}", "<p>x</p>", created=datetime(2024, 1, 1 + n % 28, n % 24, tzinfo=UTC)
        )
    window = logged_in(qtbot, journal_app)
    window.resize(800, 600)
    view = window.entry_list
    model = view.model()
    view.scrollTo(model.index(30, 0))
    click_row(qtbot, view, 25)
    selected = window.current_entry()
    assert selected is not None
    top = view.indexAt(view.viewport().rect().topLeft()).data(EntryRole.ENTRY_ID)
    assert view.verticalScrollBar().value() > 0
    assert date.today() not in window.calendar.marked_days()
    cli(settings_file, "add", "--title", "From the shell", body="<p>#shell notes</p>")
    added = time.monotonic()
    qtbot.waitUntil(lambda: model.rowCount() == 41)
    print(f"shown {1000 * (time.monotonic() - added):.0f} ms after the CLI exited")
    assert titles(window)[0] == "From the shell"
    assert window.current_entry() == selected
    assert view.currentIndex().row() == 26
    assert view.indexAt(view.viewport().rect().topLeft()).data(EntryRole.ENTRY_ID) == top
    assert date.today() in window.calendar.marked_days()
    assert tag_counts(window) == {"shell": 1}


def test_f5_refreshes_at_once_and_the_watcher_stops_on_logout(
    qtbot: QtBot, journal_app: Session, repository: EntryRepository, db_path: Path
) -> None:
    repository.add("Mine", "<p>x</p>")
    window = logged_in(qtbot, journal_app)
    navigation = journal_app.navigation
    assert navigation is not None
    assert navigation.watcher.is_watching()
    other = open_journal(db_path)  # another process's connection
    EntryRepository(other).add("Theirs #elsewhere", "<p>y</p>")
    other.close()
    window.entry_list.setFocus()
    keys(qtbot, window, "F5")  # no waiting for the next look
    assert titles(window) == ["Theirs #elsewhere", "Mine"]
    assert tag_counts(window) == {"elsewhere": 1}
    window.actions.logout.trigger()
    assert not navigation.watcher.is_watching()


def test_thirty_two_entries_posted_in_the_window_are_thirty_two_rows(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    for n in range(32):
        post(qtbot, window, f"Entry {n}", f"<p>{n}</p>")
    model = window.entry_list.model()
    assert model.rowCount() == repository.count() == 32
    assert [model.index(r, 0).data(EntryRole.ENTRY_ID) for r in range(32)] == list(range(32, 0, -1))
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 32
