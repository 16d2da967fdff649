"""Writing statistics: entries and words per month, entries per day (no Qt)."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from desktop_blog.html_scan import visible_text

_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def plain_text(html_text: str) -> str:
    """The visible text of an entry's HTML body (linear time, see :mod:`desktop_blog.html_scan`)."""
    return visible_text(html_text)


def count_words(html_text: str) -> int:
    return len(_WORD.findall(plain_text(html_text)))


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
    """Count entries and words by the local month and day they were written."""
    stats = JournalStats()
    for title, text, created in conn.execute("SELECT title, text, created FROM entries"):
        stamp = datetime.fromisoformat(created)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        local = stamp.astimezone()
        month = (local.year, local.month)
        stats.entries_per_month[month] += 1
        stats.words_per_month[month] += len(_WORD.findall(title)) + count_words(text)
        stats.entries_per_day[local.date()] += 1
    return stats
