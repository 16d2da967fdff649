"""Print timings (medians of 7 runs) of the journal-feature queries on a large journal.

Usage: ``python -m tests.benchmarks.bench_journal [ENTRIES]`` (default 100000); uses a temp file.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_blog.storage import EntryFilter, EntryRepository, open_database
from desktop_blog.storage.database import transaction
from desktop_blog.storage.zones import key_range


def median_ms(step: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "bench.sqlite3")
        start = datetime(2020, 1, 1, tzinfo=UTC)
        with transaction(conn):
            conn.executemany(
                "INSERT INTO entries (title, text, created, tz, local_day, sort_key)"
                " VALUES (?, ?, ?, 'UTC', ?, ?)",
                (
                    (
                        f"Entry {i}",
                        f"<p>text {i} #tag{i % 50}</p>",
                        when.isoformat(),
                        when.date().isoformat(),
                        key_range(when)[0] + i % 4,  # four a day, in time order
                    )
                    for i in range(count)
                    for when in [start + timedelta(hours=6 * i)]
                ),
            )
            conn.execute(
                "INSERT INTO entry_tags (tag, entry_id, sort_key)"
                " SELECT 'tag' || ((id - 1) % 50), id, sort_key FROM entries"
            )
        repo = EntryRepository(conn)
        middle = (start + timedelta(hours=3 * count)).date()
        first = date(middle.year, middle.month, 1)
        figures = {
            "tag filter, first page of 200": lambda: repo.filtered(EntryFilter(tag="tag7"), 200),
            "tag + search, first page of 200": lambda: repo.filtered(
                EntryFilter(tag="tag7", query="text 1"), 200
            ),
            "entries of one day": lambda: repo.filtered(EntryFilter(day=middle), 200),
            "days with entries, one month": lambda: repo.days_with_entries(
                first, first + timedelta(days=30)
            ),
            "tag counts": repo.tag_counts,
            "edit one entry": lambda: repo.update(count // 2, "Edited #x", "body"),
            "delete + restore one entry": lambda: repo.restore(repo.delete(count // 3)),
        }
        print(f"{count} entries, 50 tags; medians of 7 runs")
        for name, step in figures.items():
            print(f"  {name:34s} {median_ms(step):8.2f} ms")
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
