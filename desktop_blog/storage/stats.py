"""Writing statistics: entries and words per month, entries per day (no Qt)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from desktop_blog.html_scan import visible_text
from desktop_blog.storage.fulltext import count_words, word_count

if TYPE_CHECKING:
    import sqlite3

__all__ = ["JournalStats", "count_words", "journal_stats", "plain_text", "word_count"]


def plain_text(html_text: str) -> str:
    """The visible text of an entry's HTML body (linear time, see :mod:`desktop_blog.html_scan`)."""
    return visible_text(html_text)


@dataclass
class JournalStats:
    """Per month (``(year, month)``) entries and words, and entries per local day."""

    entries_per_month: Counter[tuple[int, int]] = field(default_factory=Counter)
    words_per_month: Counter[tuple[int, int]] = field(default_factory=Counter)
    entries_per_day: Counter[date] = field(default_factory=Counter)

    @property
    def total_entries(self) -> int:
        return sum(self.entries_per_month.values())

    @property
    def total_words(self) -> int:
        return sum(self.words_per_month.values())

    @property
    def writing_days(self) -> int:
        return len(self.entries_per_day)

    def months(self) -> list[tuple[int, int]]:
        """Every month from the first entry's to the last's, gaps included, in order."""
        if not self.entries_per_month:
            return []
        (year, month), last = min(self.entries_per_month), max(self.entries_per_month)
        months = []
        while (year, month) <= last:
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def journal_stats(conn: sqlite3.Connection) -> JournalStats:
    """Count entries and words by the month and day they were written, each in its own zone.

    Reads only the totals kept per day at write time (migration 7), never the bodies.
    """
    stats = JournalStats()
    for day_text, entries, words in conn.execute("SELECT day, entries, words FROM entry_days"):
        day = date.fromisoformat(day_text)
        month = (day.year, day.month)
        stats.entries_per_month[month] += entries
        stats.words_per_month[month] += words
        stats.entries_per_day[day] += entries
    return stats
