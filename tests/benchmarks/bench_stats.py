"""``python -m tests.benchmarks.bench_stats [SIZES...]``: statistics and migration 7 timings.

For each generated journal (default 100,000 and 1,000,000 entries): the Statistics figures
(``journal_stats``: entries and words per local month and day) from the stored counts,
median of 7; at 100,000 also the old way (every title and body read and counted, once) and
migration 7 itself on a copy set back to version 4 (the backfill of an existing journal),
median of 3.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from desktop_blog.storage import open_database
from desktop_blog.storage.stats import word_count
from tests.benchmarks.generate import journal


def median_ms(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def stats_by_reading_bodies(conn: sqlite3.Connection) -> Counter[tuple[int, int]]:
    """What the Statistics window did before migration 7: count every body's words."""
    words: Counter[tuple[int, int]] = Counter()
    for title, text, created in conn.execute("SELECT title, text, created FROM entries"):
        stamp = datetime.fromisoformat(created)
        local = (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone()
        words[(local.year, local.month)] += word_count(title, text)
    return words


def back_to_version_4(path: Path) -> None:
    """Undo migration 7 (as if the journal was written by the app before it)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS entry_words_{trigger}")
    conn.execute("DROP TABLE IF EXISTS entry_hours")
    conn.execute("DROP TABLE IF EXISTS entry_words")
    conn.execute("PRAGMA user_version = 4")
    conn.close()


def main() -> None:
    from desktop_blog.storage.stats import journal_stats

    sizes = [int(n) for n in sys.argv[1:]] or [100_000, 1_000_000]
    for size in sizes:
        conn = open_database(journal(size).path)
        ms = median_ms(lambda conn=conn: journal_stats(conn), 7)
        total = journal_stats(conn).total_words
        print(f"{size:>9,} entries: Statistics figures {ms:7.1f} ms ({total:,} words)")
        if size == 100_000:
            old = median_ms(lambda conn=conn: stats_by_reading_bodies(conn), 1)
            print(f"{size:>9,} entries: reading every body instead {old:,.0f} ms")
        conn.close()
        if size == 100_000:
            with tempfile.TemporaryDirectory(prefix="desktop-blog-migration-") as tmp:
                copy = Path(tmp) / "journal.sqlite3"
                shutil.copyfile(journal(size).path, copy)
                times = []
                for _ in range(3):
                    back_to_version_4(copy)
                    started = time.perf_counter()
                    open_database(copy).close()
                    times.append((time.perf_counter() - started) * 1000)
                print(
                    f"{size:>9,} entries: migration 7 (backfill) {statistics.median(times):,.0f} ms"
                )


if __name__ == "__main__":
    main()
