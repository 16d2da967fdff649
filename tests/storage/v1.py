"""Build a journal as version 1 of the app wrote it (schema.sql only, no migrations)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_blog.resources import read_text


def make_v1_journal(path: Path, entries: tuple[tuple[str, str], ...] = ()) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(read_text("schema.sql"))
    conn.executemany(
        "INSERT INTO entries (title, text, created) VALUES (?, ?, '2025-01-02T03:04:05+00:00')",
        list(entries),
    )
    conn.commit()
    conn.close()
