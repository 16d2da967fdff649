"""Writing statistics: entries and words per month, entries per day (no Qt)."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def plain_text(html_text: str) -> str:
    """The visible text of an entry's HTML body."""
    parser = _TextOnly()
    parser.feed(html_text)
    parser.close()
    return " ".join(parser.parts)


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
    """Count entries and words by the month and day they were written, each in its own zone."""
    stats = JournalStats()
    for title, text, day in conn.execute("SELECT title, text, local_day FROM entries"):
        local = date.fromisoformat(day)
        month = (local.year, local.month)
        stats.entries_per_month[month] += 1
        stats.words_per_month[month] += len(_WORD.findall(title)) + count_words(text)
        stats.entries_per_day[local] += 1
    return stats
