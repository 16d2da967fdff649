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
    """Words per entry id, and (entries, words) per UTC hour, as the journal keeps them."""
    words = dict(conn.execute("SELECT entry_id, words FROM entry_words").fetchall())
    hours = {h: (n, w) for h, n, w in conn.execute("SELECT * FROM entry_hours")}
    return words, hours


def recounted(conn: sqlite3.Connection) -> tuple[dict[int, int], dict[str, tuple[int, int]]]:
    """The same figures computed from the titles and bodies."""
    words: dict[int, int] = {}
    hours: dict[str, tuple[int, int]] = {}
    for entry_id, title, text, created in conn.execute(
        "SELECT id, title, text, created FROM entries"
    ):
        words[entry_id] = word_count(title, text)
        entries, total = hours.get(created[:13], (0, 0))
        hours[created[:13]] = (entries + 1, total + words[entry_id])
    return words, hours


def test_word_count_counts_title_and_visible_text_only() -> None:
    assert word_count("A day out", "<p>It's a <b>well-known</b> fact &amp; more</p>") == 8
    assert count_words("<style>p { x: y }</style><!-- no --><p>one&nbsp;two</p>") == 2
    assert count_words("3 < 4 and 5 > 2") == 5
    assert word_count(None, None) == 0


def test_old_journal_is_backfilled_by_the_migration(db_path: Path) -> None:
    make_v1_journal(db_path, (("Old day", "<p>one <i>two</i> three</p>"), ("Plain", "x y")))
    conn = open_database(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert stored(conn) == ({1: 5, 2: 3}, {"2025-01-02T03": (2, 8)})
    conn.close()


def test_every_write_keeps_the_counts(repository: EntryRepository) -> None:
    conn = repository._conn
    noon = datetime(2026, 1, 5, 12, tzinfo=UTC)
    first = repository.add("One two", "<p>three four</p>", created=noon)
    second = repository.add("Five", "six", created=noon)
    repository.add("Seven", "eight", created=datetime(2026, 3, 9, 8, tzinfo=UTC))
    assert stored(conn) == ({1: 4, 2: 2, 3: 2}, {"2026-01-05T12": (2, 6), "2026-03-09T08": (1, 2)})
    repository.update(first.id, "One", "<p>a b c d e</p>")
    assert stored(conn)[1]["2026-01-05T12"] == (2, 8)
    removed = repository.delete(second.id)
    assert stored(conn)[1]["2026-01-05T12"] == (1, 6)
    repository.restore(removed)
    assert stored(conn)[1]["2026-01-05T12"] == (2, 8)
    third = repository.get(3)
    assert third is not None
    repository.delete(3)
    assert "2026-03-09T08" not in stored(conn)[1]
    repository.restore(third)
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


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "America/St_Johns", "Europe/Berlin"])
def test_local_days_follow_the_time_zone(
    repository: EntryRepository, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    # 18:40 UTC is 00:10 the next day in Kolkata (+5:30), 16:10 (NDT) or 15:10 (NST) in
    # St. John's (-2:30/-3:30), 20:40 or 19:40 in Berlin.
    late = datetime(2026, 6, 30, 18, 40, tzinfo=UTC)
    winter = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    repository.add("Late", "one two", created=late)
    repository.add("Winter", "three", created=winter)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        stats = journal_stats(repository._conn)
        expected_days = {late.astimezone().date(): 1, winter.astimezone().date(): 1}
    finally:
        monkeypatch.undo()
        time.tzset()
    assert stats.entries_per_day == expected_days
    if zone == "Asia/Kolkata":
        assert date(2026, 7, 1) in stats.entries_per_day
        assert stats.entries_per_month[(2027, 1)] == 1
