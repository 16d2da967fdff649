"""Word counts kept at write time (migration 7) and the statistics read from them."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_blog.storage import SCHEMA_VERSION, EntryRepository, open_database
from desktop_blog.storage.stats import count_words, journal_stats, word_count
from desktop_blog.transfer.importers import import_file
from tests.storage.v1 import make_v1_journal


def stored(conn: sqlite3.Connection) -> tuple[dict[int, int], dict[str, tuple[int, int]]]:
    """Words per entry id, and (entries, words) per local day, as the journal keeps them."""
    words = dict(conn.execute("SELECT entry_id, words FROM entry_words").fetchall())
    days = {d: (n, w) for d, n, w in conn.execute("SELECT day, entries, words FROM entry_days")}
    return words, days


def recounted(conn: sqlite3.Connection) -> tuple[dict[int, int], dict[str, tuple[int, int]]]:
    """The same figures computed from the titles and bodies."""
    words: dict[int, int] = {}
    days: dict[str, tuple[int, int]] = {}
    for entry_id, title, text, day in conn.execute(
        "SELECT id, title, text, local_day FROM entries"
    ):
        words[entry_id] = word_count(title, text)
        entries, total = days.get(day, (0, 0))
        days[day] = (entries + 1, total + words[entry_id])
    return words, days


def test_word_count_counts_title_and_visible_text_only() -> None:
    assert word_count("A day out", "<p>It's a <b>well-known</b> fact &amp; more</p>") == 8
    assert count_words("<style>p { x: y }</style><!-- no --><p>one&nbsp;two</p>") == 2
    assert count_words("3 < 4 and 5 > 2") == 5
    assert word_count(None, None) == 0


def test_old_journal_is_backfilled_by_the_migration(db_path: Path) -> None:
    make_v1_journal(db_path, (("Old day", "<p>one <i>two</i> three</p>"), ("Plain", "x y")))
    conn = open_database(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    day = datetime(2025, 1, 2, 3, tzinfo=UTC).astimezone().date().isoformat()  # this system's
    assert stored(conn) == ({1: 5, 2: 3}, {day: (2, 8)})
    conn.close()


def test_every_write_keeps_the_counts(repository: EntryRepository) -> None:
    conn = repository._conn
    noon = datetime(2026, 1, 5, 12, tzinfo=UTC)
    first = repository.add("One two", "<p>three four</p>", created=noon, tz="UTC")
    second = repository.add("Five", "six", created=noon, tz="UTC")
    repository.add("Seven", "eight", created=datetime(2026, 3, 9, 8, tzinfo=UTC), tz="UTC")
    assert stored(conn) == ({1: 4, 2: 2, 3: 2}, {"2026-01-05": (2, 6), "2026-03-09": (1, 2)})
    repository.update(first.id, "One", "<p>a b c d e</p>")
    assert stored(conn)[1]["2026-01-05"] == (2, 8)
    removed = repository.delete(second.id)
    assert stored(conn)[1]["2026-01-05"] == (1, 6)
    repository.restore(removed)
    assert stored(conn)[1]["2026-01-05"] == (2, 8)
    third = repository.get(3)
    assert third is not None
    repository.delete(3)
    assert "2026-03-09" not in stored(conn)[1]
    repository.restore(third)
    # A date change moves the entry's words to its new day.
    repository.update(
        first.id, "One", "<p>a b c d e</p>", created=datetime(2026, 3, 9, 9, tzinfo=UTC)
    )
    assert stored(conn)[1] == {"2026-01-05": (1, 2), "2026-03-09": (2, 8)}
    assert stored(conn) == recounted(conn)


def test_imports_keep_the_counts(repository: EntryRepository, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {"date": "2024-05-01", "time": "09:30", "title": "Walk", "body": "by the sea"},
                    {"date": "2024-05-02", "time": "10:00", "title": "Rain", "body": "all day"},
                ],
            }
        ),
        encoding="utf-8",
    )
    report = import_file(repository._conn, source)
    assert report.added == 2
    assert stored(repository._conn) == recounted(repository._conn)
    assert sum(stored(repository._conn)[0].values()) == 7


def test_statistics_read_the_stored_counts_not_the_bodies(repository: EntryRepository) -> None:
    noon = {"hour": 12, "tzinfo": UTC}
    repository.add("One two", "three four", created=datetime(2026, 1, 5, **noon))
    repository.add("Five", "<p>six</p>", created=datetime(2026, 1, 5, **noon))
    repository.add("Seven", "eight", created=datetime(2026, 3, 9, **noon))
    # A body changed behind the triggers' back is not read again: the counts are the source.
    repository._conn.execute("DROP TRIGGER entry_words_update")
    repository._conn.execute("UPDATE entries SET text = 'many more words here now' WHERE id = 3")
    stats = journal_stats(repository._conn)
    assert stats.words_per_month == {(2026, 1): 6, (2026, 3): 2}
    assert stats.total_entries == 3


def test_each_entry_counts_on_the_day_where_it_was_written(
    repository: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 18:40 UTC is 00:10 the next day in Kolkata (+5:30) and 16:10 in St. John's (-2:30).
    late = datetime(2026, 6, 30, 18, 40, tzinfo=UTC)
    repository.add("Late in Kolkata", "one two", created=late, tz="Asia/Kolkata")
    repository.add("Afternoon in St. John's", "three", created=late, tz="America/St_Johns")
    repository.add(
        "New year in Berlin",
        "four",
        created=datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
        tz="Europe/Berlin",
    )
    expected = {date(2026, 7, 1): 1, date(2026, 6, 30): 1, date(2027, 1, 1): 1}
    for here in ("UTC", "Asia/Kolkata", "America/Los_Angeles"):  # where the reader is now
        monkeypatch.setenv("TZ", here)
        time.tzset()
        try:
            stats = journal_stats(repository._conn)
        finally:
            monkeypatch.undo()
            time.tzset()
        assert stats.entries_per_day == expected
        assert stats.entries_per_month[(2027, 1)] == 1
        assert stats.words_per_month[(2026, 7)] == 5  # "Late in Kolkata" + "one two"


def test_the_list_count_is_the_kept_one_and_follows_every_write(
    repository: EntryRepository,
) -> None:
    """``count()`` reads migration 7's per-day counts (not a walk over a million rows), and
    they stay equal to the rows through adds, date edits, deletes and restores."""
    from desktop_blog.storage.database import entry_count

    conn = repository._conn
    noon = datetime(2026, 1, 5, 12, tzinfo=UTC)
    first = repository.add("One", "a", created=noon, tz="UTC")
    second = repository.add("Two", "b", created=noon, tz="UTC")
    repository.add("Three", "c", created=datetime(2026, 3, 9, tzinfo=UTC), tz="UTC")
    repository.update(second.id, "Two", "b", created=datetime(2027, 1, 1, tzinfo=UTC))
    deleted = repository.delete(first.id)
    assert repository.count() == entry_count(conn) == 2
    repository.restore(deleted)
    assert repository.count() == entry_count(conn) == 3
    days = len(stored(conn)[1])
    conn.execute("UPDATE entry_days SET entries = entries + 5")  # what count() reads
    assert repository.count() == 3 + 5 * days
    assert entry_count(conn) == 3  # backups and conversions still count the rows
