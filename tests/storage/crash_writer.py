"""Helper process for the crash tests: post entries until killed, print each committed id.

Usage: python crash_writer.py JOURNAL. Prints "ready" once open, then one id per line,
each printed only after its transaction has committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_blog.storage import EntryRepository, open_database


def main() -> None:
    conn = open_database(Path(sys.argv[1]))
    repository = EntryRepository(conn)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        entry = repository.add(f"Entry {n}", "<p>" + "words " * (n % 50 + 1) + "</p>")
        print(entry.id, flush=True)


if __name__ == "__main__":
    main()
