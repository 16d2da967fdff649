from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
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


def read_all(model: EntryListModel, rows: list[int]) -> dict[int, int]:
    return {row: model.index(row, 0).data(EntryRole.ENTRY_ID) for row in rows}


@pytest.mark.parametrize("order", ["forward", "backward", "middle-out", "shuffled"])
def test_any_row_is_read_correctly_with_a_bounded_cache(
    repository: EntryRepository, order: str
) -> None:
    ids = fill(repository, 57)
    model = EntryListModel(repository, page_size=5, cache_pages=3)
    assert model.rowCount() == 57  # the whole journal, before any row is read
    assert not model.canFetchMore(QModelIndex())
    rows = list(range(57))
    if order == "backward":
        rows.reverse()
    elif order == "middle-out":
        rows = sorted(rows, key=lambda r: abs(r - 28))
    elif order == "shuffled":
        random.Random(7).shuffle(rows)
    assert read_all(model, rows) == {row: ids[::-1][row] for row in rows}
    assert model.cached_pages() <= 3


def test_rows_are_read_in_pages_only_when_needed(repository: EntryRepository) -> None:
    fill(repository, 30)
    model = EntryListModel(repository, page_size=10)
    assert model.cached_pages() == 0
    assert model.index(25, 0).data() == "Title 4"
    assert model.cached_pages() == 1
    assert model.index(0, 0).data() == "Title 29"
    assert model.cached_pages() == 2


def test_large_journal_passes_the_model_tester(qtbot: QtBot, repository: EntryRepository) -> None:
    from datetime import UTC, datetime

    with repository.batch():  # one transaction: 3,000 commits would be slow
        for i in range(3000):
            repository.add(f"T{i}", f"<p>b{i}</p>", created=datetime.now(UTC))
    model = EntryListModel(repository, page_size=100, cache_pages=4)
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 3000
    assert model.index(2999, 0).data() == "T0"
    assert model.index(1500, 0).data() == "T1499"
    model.add_entry("New", "<p>new</p>")
    assert model.rowCount() == 3001
    assert model.index(3000, 0).data() == "T0"
    model.set_search("b1499")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["T1499"]
    assert model.cached_pages() <= 4


def test_search_shows_matches_in_pages(qtbot: QtBot, repository: EntryRepository) -> None:
    for i in range(9):
        repository.add(f"Day {i}", "<p>snow fell</p>" if i % 2 == 0 else "<p>rain</p>")
    model = EntryListModel(repository, page_size=2)
    QAbstractItemModelTester(model, FATAL)
    with qtbot.waitSignal(model.modelReset):
        model.set_search("snow")
    assert model.search_query() == "snow"
    assert model.rowCount() == 2
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Day 8",
        "Day 6",
        "Day 4",
        "Day 2",
        "Day 0",
    ]
    model.set_search("  ")
    assert model.rowCount() == 9
    assert not model.canFetchMore(QModelIndex())


def test_new_entry_during_a_search_is_shown_only_if_it_matches(
    qtbot: QtBot, repository: EntryRepository
) -> None:
    repository.add("Old snow", "<p>x</p>")
    model = EntryListModel(repository)
    model.set_search("snow")
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.waitSignal(model.entry_added):
        model.add_entry("Rain", "<p>wet</p>")
    assert model.rowCount() == 1
    with qtbot.waitSignal(
        model.rowsInserted, check_params_cb=lambda _p, first, last: (first, last) == (0, 0)
    ):
        model.add_entry("Snowman", "<p>built one</p>")
    assert [model.index(r, 0).data() for r in range(2)] == ["Snowman", "Old snow"]
    model.set_search("")
    assert model.rowCount() == 3


def test_snippet_is_one_line_of_plain_text(repository: EntryRepository) -> None:
    repository.add("T", "<h1>Head</h1>\n<p>Fish &amp; <b>chips</b>\n\nlater</p>" + "x" * 500)
    model = EntryListModel(repository)
    text = model.index(0, 0).data(EntryRole.SNIPPET)
    assert text.startswith("Head Fish & chips later x")
    assert "\n" not in text
    assert "<" not in text
    assert text.endswith("…")
    assert len(text) <= 160


def test_the_snippet_cache_keeps_no_body_and_follows_edits(repository: EntryRepository) -> None:
    """Snippets are cached by entry id and body hash: the bodies themselves are not kept
    alive by the cache (it held up to 4,096 of them), and an edited body gets a new one."""
    import sys

    from desktop_blog.models import entry_model

    body = "<p>" + "quiet morning " * 2000 + "</p>"
    repository.add("T", body)
    (entry,) = repository.newest(1)
    held = sys.getrefcount(entry.text)
    shown = entry_model._snippet(entry)
    after = sys.getrefcount(entry.text)  # (not inside assert: its rewriting holds one more)
    assert shown.startswith("quiet morning")
    assert after == held
    model = EntryListModel(repository)
    assert model.index(0, 0).data(EntryRole.SNIPPET).startswith("quiet morning")
    model.edit_entry(entry.id, "T", "<p>loud evening</p>")
    assert model.index(0, 0).data(EntryRole.SNIPPET) == "loud evening"


def test_the_snippet_cache_is_bounded(
    repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_blog.models import entry_model

    monkeypatch.setattr(entry_model, "SNIPPET_CACHE", 5)
    monkeypatch.setattr(entry_model, "_snippets", entry_model.OrderedDict())
    fill(repository, 9)
    for entry in repository.newest(9):
        entry_model._snippet(entry)
    assert len(entry_model._snippets) == 5


def test_markdown_snippet_shows_text_not_markup(repository: EntryRepository) -> None:
    repository.add("T", "Written in **Markdown**:\n\n- a *quiet* morning\n", body_format="markdown")
    model = EntryListModel(repository)
    assert model.index(0, 0).data(EntryRole.SNIPPET) == "Written in Markdown: a quiet morning"


def test_read_errors_are_reported_not_raised(
    qtbot: QtBot, repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal's driver is SQLCipher's, whose errors ``except sqlite3.Error`` missed."""
    from sqlcipher3 import dbapi2 as sqlcipher

    fill(repository, 3)
    model = EntryListModel(repository)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise sqlcipher.OperationalError("disk I/O error")

    monkeypatch.setattr(EntryRepository, "newest", broken)
    messages: list[str] = []
    model.load_failed.connect(messages.append)
    assert model.index(0, 0).data() is None
    assert model.index(1, 0).data() is None  # asked again: reported once
    assert len(messages) == 1
    assert "disk I/O error" in messages[0]
    monkeypatch.setattr(EntryRepository, "search_keys", broken)
    model.set_search("x")
    model.add_entry("Saved anyway", "<p>x</p>")  # the entry is stored; the list says why not
    assert repository.count() == 4
    assert "search could not be updated" in messages[-1]


def test_data_roles_and_guards(repository: EntryRepository) -> None:
    fill(repository, 2)
    model = EntryListModel(repository)
    top = model.index(0, 0)
    assert top.data(Qt.ItemDataRole.DisplayRole) == "Title 1"
    entry = top.data(EntryRole.ENTRY)
    assert isinstance(entry, Entry)
    assert entry.text == "<p>Body 1</p>"
    assert top.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(5, 0).data() is None
    assert model.rowCount(top) == 0
    assert not model.canFetchMore(top)


def test_the_tooltip_writes_the_date_as_the_locale_does(repository: EntryRepository) -> None:
    repository.add("Late", "<p>x</p>", created=datetime(2026, 12, 6, 21, 26, tzinfo=UTC), tz="UTC")
    model = EntryListModel(repository)
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sunday, December 6, 2026, 9:26\u202fPM"
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
            "Sonntag, 6. Dezember 2026, 21:26"
        )
    finally:
        QLocale.setDefault(QLocale("en_US"))


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
