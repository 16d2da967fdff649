"""``python -m tests.benchmarks.search_memory [--entries N] [--runs 3] [--journal PATH]``.

What searching and scrolling leave in the process's memory, and what they cost, on an
encrypted journal of N entries (default 100,000; a copy of the generated journal, encrypted
through the app's CLI, or ``--journal`` with its key file beside it and the benchmark's
password): each run is a fresh interpreter (no Qt) that opens the journal with the app's
storage layer, searches 14 words (common, rarer and prefixes), searches them again, reads
50 pages of 200 entries down the list, then reports the RSS and the timings. Four setups,
alternating:

- ``app``: the app as it is (``ENCRYPTED_CACHE_KIB``, glibc's mmap threshold fixed by
  :func:`desktop_blog.allocator.return_large_buffers`);
- ``64 MiB cache``: SQLite's page cache as it was;
- ``dynamic threshold``: glibc's malloc left as it is;
- ``before``: both.

Prints medians of the runs as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.generate import ROOT, journal
from tests.benchmarks.xvfb_start import PASSWORD, make_user

QUERIES = [
    "the",
    "of",
    "and",
    "time",
    "people",
    "water",
    "world",
    "house",
    "night",
    "light",
    "snow*",
    "gar*",
    "a*",
    "b*",
]
SETUPS = {  # name: (page cache KiB or None for the app's, fix the mmap threshold)
    "app": (None, True),
    "64 MiB cache": (64 * 1024, True),
    "dynamic threshold": (None, False),
    "before": (64 * 1024, False),
}

CHILD = """
import json, statistics, sys, time
from pathlib import Path
journal, password, cache, tuned = sys.argv[1:5]
queries = sys.argv[5:]
import desktop_blog.storage.database as database
if cache != "app":
    database.ENCRYPTED_CACHE_KIB = int(cache)
if tuned == "1":
    from desktop_blog.allocator import return_large_buffers
    assert return_large_buffers()
from desktop_blog.security.keys import read_key_file
from desktop_blog.storage import EntryRepository, open_database

def rss():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmRSS")) / 1024

key = read_key_file(Path(journal)).unlock(password)
conn = open_database(Path(journal), key=key)
repository = EntryRepository(conn)
opened = rss()
def timed(call):
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000
first = [timed(lambda: repository.search_keys(q, 200)) for q in queries]
again = [timed(lambda: repository.search_keys(q, 200)) for q in queries]
before = None
def scroll():
    global before
    for _ in range(50):
        page = repository.newest(200, before=before)
        before = page[-1].sort_key
print(json.dumps({
    "opened": opened, "rss": rss(), "scroll": timed(scroll),
    "first": statistics.median(first), "first_max": max(first),
    "again": statistics.median(again), "again_max": max(again),
}))
"""


def encrypted_copy(entries: int, home: Path) -> Path:
    """A copy of the generated journal of ``entries``, encrypted by the app's CLI."""
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    copy = Path(shutil.copy(journal(entries).path, home / f"journal-{entries}.sqlite3"))
    make_user(home, copy)  # set-password encrypts the plain journal in place
    return copy


def run(path: Path, setup: str) -> dict[str, float]:
    cache, tuned = SETUPS[setup]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(path),
            PASSWORD,
            "app" if cache is None else str(cache),
            "1" if tuned else "0",
            *QUERIES,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--journal", type=Path, help="an encrypted journal (key file beside it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="desktop-blog-search-memory-") as tmp:
        path = args.journal or encrypted_copy(args.entries, Path(tmp))
        results: dict[str, list[dict[str, float]]] = {name: [] for name in SETUPS}
        for _ in range(args.runs):  # alternating: the machine's slow moments hit all alike
            for name in SETUPS:
                results[name].append(run(path, name))
    print(
        f"Encrypted journal {path.name}: {len(QUERIES)} searches, the same again, then 50"
        f" pages of 200 entries; medians of {args.runs} alternating runs.\n"
    )
    print(
        "| setup | RSS once open | RSS after | first searches: median / max |"
        " repeated: median / max | 50 pages |"
    )
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():

        def mid(field: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[field] for r in runs)

        print(
            f"| {name} | {mid('opened'):.1f} MiB | {mid('rss'):.1f} MiB |"
            f" {mid('first'):.1f} / {mid('first_max'):.1f} ms |"
            f" {mid('again'):.1f} / {mid('again_max'):.1f} ms | {mid('scroll'):.0f} ms |"
        )


if __name__ == "__main__":
    main()
