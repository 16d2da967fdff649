from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_blog.storage import EntryRepository
from desktop_blog.storage.stats import count_words, journal_stats, plain_text


def test_words_are_counted_in_the_visible_text() -> None:
    assert plain_text("<p>Hello <b>big</b> world</p><style>p{}</style>").split() == [
        "Hello",
        "big",
        "world",
    ]
    assert count_words("<p>It's a well-known fact &amp; more</p>") == 5


def test_entries_and_words_per_month_and_day(repository: EntryRepository) -> None:
    noon = {"hour": 12, "tzinfo": UTC}
    repository.add("One two", "three four", created=datetime(2026, 1, 5, **noon))
    repository.add("Five", "<p>six</p>", created=datetime(2026, 1, 5, **noon))
    repository.add("Seven", "eight", created=datetime(2026, 3, 9, **noon))
    stats = journal_stats(repository._conn)
    assert stats.entries_per_month == {(2026, 1): 2, (2026, 3): 1}
    assert stats.words_per_month == {(2026, 1): 6, (2026, 3): 2}
    local = datetime(2026, 1, 5, **noon).astimezone().date()
    assert stats.entries_per_day[local] == 2
    assert stats.writing_days == 2
    assert stats.total_entries == 3
    assert stats.total_words == 8
    assert stats.months() == [(2026, 1), (2026, 2), (2026, 3)]
    assert isinstance(local, date)


def test_empty_journal(repository: EntryRepository) -> None:
    stats = journal_stats(repository._conn)
    assert stats.months() == []
    assert stats.total_entries == 0
