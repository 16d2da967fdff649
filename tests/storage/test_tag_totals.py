"""Each tag's number of entries kept at write time (migration 8): the tag panel reads it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_blog.storage import SCHEMA_VERSION, EntryRepository, open_database
from desktop_blog.transfer.importers import import_file
from tests.storage.v1 import make_v1_journal


def kept(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT tag, entries FROM tag_totals").fetchall())


def counted(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT tag, count(*) FROM entry_tags GROUP BY tag").fetchall())


def test_an_old_journals_tags_are_totalled_by_the_migration(db_path: Path) -> None:
    make_v1_journal(db_path, (("Walk", "<p>#sea and #sun</p>"), ("Swim", "<p>#sea</p>")))
    conn = open_database(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert kept(conn) == {"sea": 2, "sun": 1}
    conn.close()


def test_every_write_keeps_the_totals(repository: EntryRepository) -> None:
    conn = repository._conn
    first = repository.add("Walk", "<p>#sea #sun</p>")
    second = repository.add("Swim", "<p>#sea</p>")
    assert kept(conn) == {"sea": 2, "sun": 1}
    repository.update(first.id, "Walk", "<p>#rain</p>")  # a tag gone, one new
    assert kept(conn) == {"sea": 1, "rain": 1}  # a tag no entry has is dropped
    removed = repository.delete(second.id)
    assert kept(conn) == {"rain": 1}
    repository.restore(removed)
    assert kept(conn) == {"rain": 1, "sea": 1}
    conn.execute("DELETE FROM entries WHERE id = ?", (first.id,))  # the foreign key cascades
    assert kept(conn) == counted(conn) == {"sea": 1}
    conn.execute("UPDATE entry_tags SET tag = 'ocean'")
    assert kept(conn) == counted(conn) == {"ocean": 1}


def test_imports_keep_the_totals(repository: EntryRepository, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    entries = [
        {
            "date": "2024-05-01",
            "time": "09:30",
            "title": "Walk",
            "body": "by the @sea",
            "tags": ["@sea"],
        },
        {
            "date": "2024-05-02",
            "time": "10:00",
            "title": "Rain",
            "body": "all day @sea @home",
            "tags": ["@sea", "@home"],
        },
    ]
    source.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    assert import_file(repository._conn, source).added == 2
    assert kept(repository._conn) == counted(repository._conn)
    assert sum(kept(repository._conn).values()) == 3


def test_the_tag_panel_reads_the_totals(repository: EntryRepository) -> None:
    repository.add("Walk", "<p>#sea #sun</p>")
    repository.add("Swim", "<p>#sea</p>")
    repository.add("Nap", "<p>#home</p>")
    assert repository.tag_counts() == [("sea", 2), ("home", 1), ("sun", 1)]
    repository._conn.execute("UPDATE tag_totals SET entries = 7 WHERE tag = 'sun'")
    assert repository.tag_counts()[0] == ("sun", 7)  # what it reads: not a count of rows


def test_a_journal_read_at_an_older_version_is_counted(repository: EntryRepository) -> None:
    """A journal opened read-only at schema 7 has no totals: its tags are counted."""
    repository.add("Walk", "<p>#sea #sun</p>")
    repository.add("Swim", "<p>#sea</p>")
    conn = repository._conn
    conn.execute("DROP TABLE tag_totals")  # its triggers go with it
    conn.execute("PRAGMA user_version = 7")
    assert repository.tag_counts() == [("sea", 2), ("sun", 1)]
