"""Entries that share one day: the cost of placing each must not grow with the day's size.

``python -m tests.benchmarks.bench_one_day [N]`` writes N and then 2N entries with the same
time (an import of undated posts, a salvage) through the repository, medians of 3, and
prints both times and their ratio (about 2 when placing an entry is constant time).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_blog.storage import EntryRepository, open_database


def _seconds(count: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(Path(folder) / "journal.sqlite3")
        repository = EntryRepository(conn)
        when = datetime(2026, 1, 1, 12, tzinfo=UTC)
        started = time.perf_counter()
        with repository.batch():
            for number in range(count):
                repository.add(f"Entry {number}", "<p>x</p>", created=when, tz="UTC")
        elapsed = time.perf_counter() - started
        conn.close()
    return elapsed


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 2000
    single = statistics.median(_seconds(count) for _ in range(3))
    double = statistics.median(_seconds(2 * count) for _ in range(3))
    sys.stdout.write(
        f"{count:,} entries on one day: {single * 1000:.0f} ms; {2 * count:,}: "
        f"{double * 1000:.0f} ms; ratio {double / single:.2f}\n"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
