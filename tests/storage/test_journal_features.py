"""Edit, delete/restore, tags, days and filters in the repository (issue 6)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_blog.storage import (
    SCHEMA_VERSION,
    EntryFilter,
    EntryRepository,
    EntryValidationError,
    open_database,
)
from tests.storage.v1 import make_v1_journal


def test_version_1_journal_migrates_with_tags(db_path: Path) -> None:
    make_v1_journal(db_path, (("Old #Walk", "<p>by the #river</p>"), ("Plain", "<p>x</p>")))
    conn = open_database(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    repo = EntryRepository(conn)
    old = repo.get(1)
    assert old is not None
    assert old.title == "Old #Walk"
    assert old.updated is None
    assert old.body_format == "html"
    assert old.created == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert repo.tag_counts() == [("river", 1), ("walk", 1)]
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(entries)")}
    assert {"entries_sort", "entries_day", "entries_starred"} <= indexes
    conn.close()


def test_update_keeps_id_and_created_and_stamps_updated(repository: EntryRepository) -> None:
    first = repository.add("One", "<p>a</p>")
    second = repository.add("Two", "<p>b #old</p>")
    edited = repository.update(second.id, "Two edited", "**b** #new", body_format="markdown")
    assert edited.id == second.id
    assert edited.created == second.created
    assert edited.updated is not None
    assert edited.updated.tzinfo is not None
    assert edited.updated >= edited.created
    assert edited.body_format == "markdown"
    assert repository.get(second.id) == edited
    assert [e.id for e in repository.newest(5)] == [second.id, first.id]
    assert repository.tag_counts() == [("new", 1)]


def test_update_validates_and_changes_nothing(repository: EntryRepository) -> None:
    entry = repository.add("Keep", "<p>body</p>")
    with pytest.raises(EntryValidationError, match="title"):
        repository.update(entry.id, "  ", "<p>new</p>")
    with pytest.raises(EntryValidationError, match="format"):
        repository.update(entry.id, "T", "x", body_format="rtf")
    with pytest.raises(EntryValidationError, match="no longer exists"):
        repository.update(entry.id + 1, "T", "x")
    assert repository.get(entry.id) == entry


def test_delete_and_restore_with_the_same_id(repository: EntryRepository) -> None:
    a = repository.add("A #x", "<p>a</p>")
    b = repository.add("B #x", "md *b*", body_format="markdown")
    b = repository.update(b.id, "B #x", "md *b* again")
    c = repository.add("C", "<p>c</p>")
    removed = repository.delete(b.id)
    assert removed == b
    assert repository.get(b.id) is None
    assert repository.tag_counts() == [("x", 1)]
    assert repository.restore(removed) == b
    assert repository.get(b.id) == b
    assert [e.id for e in repository.newest(5)] == [c.id, b.id, a.id]
    assert repository.tag_counts() == [("x", 2)]
    with pytest.raises(EntryValidationError):
        repository.delete(999)


def test_new_entries_never_reuse_a_deleted_id(repository: EntryRepository) -> None:
    entry = repository.add("Last", "x")
    repository.delete(entry.id)
    assert repository.add("Next", "y").id == entry.id + 1


def test_tag_counts_and_filter_by_tag_combine_with_search(repository: EntryRepository) -> None:
    repository.add("Rome #travel", "<p>pasta #food</p>")
    repository.add("Soup", "<p>leek #food</p>")
    repository.add("Paris", "<p>#Travel by train</p>")
    assert repository.tag_counts() == [("food", 2), ("travel", 2)]
    titles = [e.title for e in repository.filtered(EntryFilter(tag="#Travel"), 10)]
    assert titles == ["Paris", "Rome #travel"]
    combined = repository.filtered(EntryFilter(tag="food", query="LEEK"), 10)
    assert [e.title for e in combined] == ["Soup"]
    assert repository.filtered(EntryFilter(tag="travel", query="leek"), 10) == []
    page = repository.filtered(EntryFilter(tag="travel"), 1)
    older = repository.filtered(EntryFilter(tag="travel"), 5, before=page[0].sort_key)
    assert [e.title for e in older] == ["Rome #travel"]


def test_days_are_local_calendar_days(repository: EntryRepository) -> None:
    noon = datetime(2026, 3, 10, 12, 0).astimezone()  # local noon
    repository.add("Tenth", "x", created=noon)
    repository.add("Eleventh", "x", created=noon + timedelta(days=1))
    repository.add("Late on the eleventh", "x", created=noon + timedelta(days=1, hours=11))
    repository.add("April", "x", created=noon + timedelta(days=30))
    days = repository.days_with_entries(date(2026, 3, 1), date(2026, 3, 31))
    assert days == {date(2026, 3, 10), date(2026, 3, 11)}
    on_11 = repository.filtered(EntryFilter(day=date(2026, 3, 11)), 10)
    assert [e.title for e in on_11] == ["Late on the eleventh", "Eleventh"]
    assert repository.filtered(EntryFilter(day=date(2026, 3, 12)), 10) == []


def test_timestamps_are_stored_in_utc(repository: EntryRepository, db_path: Path) -> None:
    entry = repository.add("T", "x", created=datetime(2026, 1, 1, 9, 0).astimezone())
    repository.update(entry.id, "T2", "y")
    raw = sqlite3.connect(db_path)
    created, updated = raw.execute("SELECT created, updated FROM entries").fetchone()
    raw.close()
    assert created.endswith("+00:00")
    assert updated.endswith("+00:00")


def test_filters_combine_full_text_tag_and_day(repository: EntryRepository) -> None:
    rome = repository.add(
        "Rome #travel",
        "<p>pasta al <b>pomodoro</b></p>",
        created=datetime(2026, 5, 1, 12).astimezone(),
    )
    repository.add("Paris #travel", "<p>crepes</p>", created=datetime(2026, 5, 2, 12).astimezone())
    soup = repository.add("Soup", "<p>leek and pasta</p>")
    cases = [
        (EntryFilter(), None),
        (EntryFilter(tag="travel"), 2),
        (EntryFilter(query="PAST"), [soup.id, rome.id]),  # full text, prefix of the last word
        (EntryFilter(query="pasta", tag="travel"), [rome.id]),
        (EntryFilter(query='"al pomodoro"', day=date(2026, 5, 1)), [rome.id]),
        (EntryFilter(query="pasta", day=date(2026, 5, 2)), []),
        (EntryFilter(query='unbalanced "quote', tag="travel"), []),  # bad syntax never raises
        (EntryFilter(tag="travel", day=date(2026, 5, 2)), 1),
    ]
    for flt, expected in cases:
        ids = repository.filtered_ids(flt, 10)
        assert [e.id for e in repository.filtered(flt, 10)] == ids
        if isinstance(expected, list):
            assert ids == expected, flt
        elif expected is not None:
            assert len(ids) == expected, flt
    assert repository.filtered_ids(EntryFilter(tag="travel"), 1, before=soup.sort_key) == [
        rome.id + 1
    ]
    assert EntryFilter().is_empty
    assert not EntryFilter(tag="x").is_empty


def test_revert_writes_back_an_earlier_version(repository: EntryRepository) -> None:
    original = repository.add("Before #a", "<p>x</p>")
    repository.update(original.id, "After #b", "y", body_format="markdown")
    assert repository.revert(original) == original
    assert repository.get(original.id) == original
    assert repository.tag_counts() == [("a", 1)]


def test_day_filter_uses_the_day_index(
    repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans: list[str] = []
    conn = repository._conn
    execute = conn.execute

    class Spy:
        def execute(self, sql: str, params: tuple[object, ...] = ()) -> object:
            if sql.startswith("SELECT"):
                plans.extend(str(row[-1]) for row in execute(f"EXPLAIN QUERY PLAN {sql}", params))
            return execute(sql, params)

    monkeypatch.setattr(repository, "_conn", Spy())
    repository.filtered(EntryFilter(day=date(2026, 3, 1)), 10)
    assert any("entries_day" in plan for plan in plans), plans
