"""The benchmark's journal generator makes what the benchmark says it measures."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_blog.storage import SCHEMA_VERSION, EntryRepository, open_database
from tests.benchmarks import generate


def test_generated_journal_is_realistic_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    generate.generate(400, path)
    conn = open_database(path)
    repo = EntryRepository(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    sizes = [len(row[0]) for row in conn.execute("SELECT text FROM entries")]
    assert len(sizes) == 400
    assert min(sizes) >= 1000  # 1-3 KB of HTML
    assert max(sizes) <= 3 * 1024
    created = [datetime.fromisoformat(r[0]) for r in conn.execute("SELECT created FROM entries")]
    assert created == sorted(created)
    assert (created[-1] - created[0]).days > 365 * 19  # spread over the years
    assert all(e.title for e in repo.newest(400))
    rare = generate._rare_word_of(400)
    assert 0 < len(repo.search(rare, 400)) <= 40  # a rare word is rare
    assert len(repo.search("the", 400)) > 300  # a common word is common
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    conn.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
