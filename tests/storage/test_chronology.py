"""Entries in date order, each in its own time zone and on its own day; the star."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_blog.storage import (
    EntryFilter,
    EntryRepository,
    EntryValidationError,
    open_database,
    zones,
)
from desktop_blog.storage.zones import system_zone, zone
from tests.storage.v1 import make_v1_journal


def order(repository: EntryRepository) -> list[str]:
    return [e.title for e in repository.newest(100)]


def test_newest_first_means_by_date_not_by_id(repository: EntryRepository) -> None:
    repository.add("Today", "<p>day</p>")
    repository.add("August", "<p>day</p>", created=datetime(2025, 8, 1, 9, tzinfo=UTC))
    repository.add("Backdated", "<p>day</p>", created=datetime(2025, 7, 1, 9, tzinfo=UTC))
    assert order(repository) == ["Today", "August", "Backdated"]
    assert [e.title for e in repository.oldest(100)] == ["Backdated", "August", "Today"]
    assert [e.title for e in repository.search("day", 10)] == ["Today", "August", "Backdated"]
    assert repository.id_at(0) == 1
    assert repository.id_at(0, newest_first=False) == 3
    assert repository.count_newer(2) == 1


def test_keyset_pages_follow_the_date_order(repository: EntryRepository) -> None:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    days = [5, 1, 9, 3, 7, 2, 8]
    for day in days:
        repository.add(f"d{day}", f"<p>garden {day}</p>", created=start + timedelta(days=day))
    want = [f"d{d}" for d in sorted(days, reverse=True)]
    first = repository.newest(3)
    second = repository.newest(3, before=first[-1].sort_key)
    third = repository.newest(3, before=second[-1].sort_key)
    assert [e.title for e in first + second + third] == want
    found = repository.search_keys("garden", 4)
    rest = repository.search_ids("garden", 4, before=found[-1][0])
    assert [i for _, i in found] + rest == [e.id for e in repository.newest(10)]


def test_same_time_is_ordered_by_id_even_after_an_edit(repository: EntryRepository) -> None:
    when = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    first = repository.add("first", "<p>x</p>")
    second = repository.add("second", "<p>x</p>", created=when)
    third = repository.add("third", "<p>x</p>", created=when)
    assert order(repository) == ["first", "third", "second"]
    repository.update(first.id, "first", "<p>x</p>", created=when)  # the lowest id: last
    assert order(repository) == ["third", "second", "first"]
    deleted = repository.delete(second.id)
    repository.restore(deleted)
    assert order(repository) == ["third", "second", "first"]
    assert repository.search_ids("x", 10) == [third.id, second.id, first.id]
    keys = [e.sort_key for e in repository.newest(10)]
    assert keys == sorted(keys, reverse=True)
    assert len(set(keys)) == 3


def test_a_full_day_is_refused_clearly(
    repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zones, "SLOTS", 4)
    day = datetime(2024, 5, 1, tzinfo=UTC)
    for hour in (9, 3, 20, 12):  # out of order: the day is renumbered each time
        repository.add(f"h{hour}", "b", created=day.replace(hour=hour))
    assert order(repository) == ["h20", "h12", "h9", "h3"]
    with pytest.raises(EntryValidationError, match="limit is 4 a day"):
        repository.add("one more", "b", created=day)
    assert repository.count() == 4
    repository.add("next day", "b", created=day + timedelta(days=1))
    assert order(repository)[0] == "next day"


def test_keys_of_a_day_are_consecutive(repository: EntryRepository) -> None:
    day = datetime(2024, 5, 1, tzinfo=UTC)
    for minute in (30, 10, 50, 20, 40):
        repository.add(f"m{minute}", "b", created=day.replace(minute=minute))
    keys = [e.sort_key for e in repository.oldest(10)]
    assert keys == list(range(keys[0], keys[0] + 5))
    assert [e.title for e in repository.oldest(10)] == ["m10", "m20", "m30", "m40", "m50"]


def test_an_entry_keeps_its_zone_its_local_time_and_its_day(repository: EntryRepository) -> None:
    # 08:30 in Tokyo on 1 May is 23:30 UTC on 30 April: the entry belongs to 1 May.
    entry = repository.add(
        "Tokyo", "<p>x</p>", created=datetime(2024, 5, 1, 8, 30), tz="Asia/Tokyo"
    )
    assert entry.created == datetime(2024, 4, 30, 23, 30, tzinfo=UTC)
    stored = repository.get(entry.id)
    assert stored is not None
    assert stored.tz == "Asia/Tokyo"
    assert stored.created_local.strftime("%Y-%m-%d %H:%M") == "2024-05-01 08:30"
    assert stored.local_day == date(2024, 5, 1)
    assert repository.days_with_entries(date(2024, 4, 1), date(2024, 5, 31)) == {date(2024, 5, 1)}
    assert repository.filtered_ids(EntryFilter(day=date(2024, 5, 1)), 10) == [entry.id]
    assert repository.filtered_ids(EntryFilter(day=date(2024, 4, 30)), 10) == []
    fixed = repository.add("Offset", "<p>y</p>", created=datetime(2024, 5, 1, 23), tz="-05:00")
    assert fixed.local_day == date(2024, 5, 1)
    assert fixed.created == datetime(2024, 5, 2, 4, tzinfo=UTC)
    with pytest.raises(EntryValidationError, match="not a known time zone"):
        repository.add("Bad", "b", tz="Mars/Olympus")


def test_written_here_means_the_system_zone(repository: EntryRepository) -> None:
    entry = repository.add("Here", "b")
    assert entry.tz == system_zone()
    assert datetime.now(zone(entry.tz)).utcoffset() == datetime.now().astimezone().utcoffset()


def test_date_change_moves_the_entry_and_undo_moves_it_back(repository: EntryRepository) -> None:
    a = repository.add("A", "<p>a</p>", created=datetime(2024, 1, 1, tzinfo=UTC))
    b = repository.add("B", "<p>b</p>", created=datetime(2024, 2, 1, tzinfo=UTC))
    moved = repository.update(a.id, "A", "<p>a</p>", created=datetime(2024, 3, 1, tzinfo=UTC))
    assert order(repository) == ["A", "B"]
    assert moved.local_day == date(2024, 3, 1)
    repository.revert(a)
    assert order(repository) == ["B", "A"]
    assert repository.get(a.id) == repository.newest(2)[1]
    assert repository.get(b.id) is not None


def test_star_set_filtered_and_kept(repository: EntryRepository) -> None:
    a = repository.add("A", "<p>a</p>")
    b = repository.add("B #t", "<p>b</p>", starred=True)
    assert b.starred
    assert not a.starred
    repository.set_starred(a.id, True)
    repository.set_starred(b.id, False)
    assert repository.filtered_ids(EntryFilter(starred=True), 10) == [a.id]
    assert repository.filtered_ids(EntryFilter(starred=True, tag="t"), 10) == []
    assert not EntryFilter(starred=True).is_empty
    stored = repository.get(a.id)
    assert stored is not None
    assert stored.starred
    assert stored.updated is None


def test_data_version_changes_when_another_connection_writes(
    repository: EntryRepository, db_path: Path
) -> None:
    before = repository.data_version()
    repository.add("mine", "b")
    assert repository.data_version() == before  # own writes do not count
    other = open_database(db_path)
    EntryRepository(other).add("theirs", "b")
    other.close()
    assert repository.data_version() != before


def test_migration_orders_old_entries_by_date_and_gives_them_this_zone(db_path: Path) -> None:
    make_v1_journal(db_path, (("Newer #a", "<p>garden</p>"), ("Older", "<p>garden</p>")))
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE entries SET created = '2020-01-01 10:00:00' WHERE title = 'Older'")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    repository = EntryRepository(conn)
    assert order(repository) == ["Newer #a", "Older"]
    assert [e.tz for e in repository.newest(5)] == [system_zone()] * 2
    older = repository.newest(5)[1]
    assert older.created == datetime(2020, 1, 1, 10, tzinfo=UTC)
    assert repository.search_ids("garden", 5) == [1, 2]
    assert repository.tag_counts() == [("a", 1)]
    assert repository.days_with_entries(date(2020, 1, 1), date(2020, 1, 1)) == {older.local_day}
    check = "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
    conn.execute(check)
    conn.close()


def test_a_zone_this_system_does_not_know_still_shows_the_entry() -> None:
    from desktop_blog.storage import Entry

    entry = Entry(1, "t", "b", datetime(2024, 5, 1, 12, tzinfo=UTC), tz="Nowhere/Land")
    assert entry.created_local == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert entry.local_day == entry.created.astimezone().date()


def test_a_tag_lists_its_entries_by_date_from_its_index(repository: EntryRepository) -> None:
    day = datetime(2024, 5, 1, 12, tzinfo=UTC)
    a = repository.add("A #walk", "b", created=day)
    b = repository.add("B #walk", "b", created=day - timedelta(days=3))
    repository.add("C #walk", "b", created=day.replace(hour=9))  # renumbers A's day
    walk = EntryFilter(tag="walk")
    assert repository.filtered_ids(walk, 10) == [a.id, 3, b.id]
    repository.update(b.id, "B #walk", "b", created=day + timedelta(days=1))
    assert repository.filtered_ids(walk, 10) == [b.id, a.id, 3]
    first = repository.filtered_keys(walk, 1)
    assert repository.filtered_ids(walk, 5, before=first[0][0]) == [a.id, 3]
    sql = (
        "SELECT t.sort_key, e.id FROM entry_tags t JOIN entries e ON e.id = t.entry_id"
        " WHERE t.sort_key < ? AND t.tag = ? ORDER BY t.sort_key DESC LIMIT ?"
    )
    plan = str(repository._conn.execute(f"EXPLAIN QUERY PLAN {sql}", (1, "walk", 5)).fetchall())
    assert "entry_tags_order" in plan
    assert "TEMP B-TREE" not in plan  # newest first straight from the index
