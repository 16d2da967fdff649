"""Linear-growth checks of the rendering paths, and backups under a concurrent writer.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.hardening [N]
For each hostile shape, times every path at N and 2N characters (median of RUNS) and prints
the ratio: about 2 means linear, about 4 quadratic. Then times a backup of a journal while
another process posts entries continuously.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 3
SHAPES: dict[str, Callable[[int], str]] = {
    "<a flood": lambda n: "<a" * (n // 2),
    "<!-- flood": lambda n: "<!--" * (n // 4),
    "unclosed <b<i flood": lambda n: "<b<i" * (n // 4),
    "< flood": lambda n: "<" * n,
    "<script> flood": lambda n: "<script>" * (n // 8),
    "wide table": lambda n: "<table><tr>" + "<td>x</td>" * (n // 10) + "</tr></table>",
    "tall table": lambda n: "<table>" + "<tr><td>x</td></tr>" * (n // 18) + "</table>",
    "nested tables": lambda n: "<table><tr><td>" * (n // 15),
    "RTL + zero-width flood": lambda n: "\u202e\u200b\u200d" * (n // 3),
    "md nested emphasis": lambda n: "*a **" * (n // 5),
    "md brackets": lambda n: "[" * n,
}


def _paths() -> dict[str, Callable[[str], object]]:
    from desktop_blog.rich_text import safe_html
    from desktop_blog.storage.fulltext import _strip_cached
    from desktop_blog.storage.stats import plain_text
    from desktop_blog.storage.tags import extract_tags

    def reader(body: str, fmt: str) -> object:
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setTextWidth(600)
        document.setHtml(safe_html(body, fmt))
        return document.size()

    return {
        "index (strip_html)": _strip_cached.__wrapped__,  # the cache would hide the cost
        "stats (plain_text)": plain_text,
        "tags": lambda body: extract_tags("", body),
        "view (safe_html)": lambda body: safe_html(body, "html"),
        "view markdown": lambda body: safe_html(body, "markdown"),
        "Qt layout": lambda body: reader(body, "html"),
    }


def _median(call: Callable[[str], object], body: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call(body)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def growth(n: int) -> float:
    print(f"{'shape':24} {'path':20} {'N s':>8} {'2N s':>8} {'ratio':>6}   (N = {n:,} chars)")
    worst = 0.0
    for shape, make in SHAPES.items():
        small, large = make(n), make(2 * n)
        for name, call in _paths().items():
            if (name == "view markdown") != shape.startswith("md"):
                continue
            first, second = _median(call, small), _median(call, large)
            ratio = second / max(first, 1e-4)
            worst = max(worst, second)
            print(f"{shape:24} {name:20} {first:8.3f} {second:8.3f} {ratio:6.1f}", flush=True)
    return worst


WRITER = textwrap.dedent(
    """
    import sys, pathlib
    from desktop_blog.storage import EntryRepository, open_database
    repository = EntryRepository(open_database(pathlib.Path(sys.argv[1])))
    print("ready", flush=True)
    while True:
        repository.add("busy", "<p>" + "w " * 500 + "</p>")
    """
)


def backup_under_writes(entries: int = 20_000) -> list[float]:
    from desktop_blog.storage import open_database
    from desktop_blog.storage.backup import backup_journal
    from desktop_blog.storage.database import transaction

    with tempfile.TemporaryDirectory() as tmp:
        journal = Path(tmp) / "journal.sqlite3"
        conn = open_database(journal)
        with transaction(conn):
            conn.executemany(
                "INSERT INTO entries (title, text, created) VALUES (?, ?, ?)",
                [
                    (f"E{n}", "<p>" + "word " * 300 + "</p>", "2026-01-01T00:00:00+00:00")
                    for n in range(entries)
                ],
            )
        conn.close()
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(journal)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        writer.stdout.readline()
        times = []
        try:
            for _ in range(5):
                start = time.perf_counter()
                backup_journal(journal, Path(tmp) / "backups", keep=1)
                times.append(time.perf_counter() - start)
        finally:
            writer.kill()
            writer.wait()
        size = journal.stat().st_size / 1e6
        print(
            f"backup of a {size:.0f} MB journal ({entries:,} entries) while another process "
            f"posts: median {statistics.median(times):.2f} s, max {max(times):.2f} s"
        )
        return times


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    worst = growth(n)
    print(f"slowest at 2N: {worst:.3f} s")
    backup_under_writes()
    return 0


if __name__ == "__main__":
    sys.exit(main())
