"""The JSON export carries every column: export then import gives the same journal back."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.images import ImageStore
from desktop_blog.transfer.exporters import DERIVED_COLUMNS, ENTRY_FIELDS, export_json
from desktop_blog.transfer.importers import import_file
from tests.storage.images_data import png_bytes

# Tables holding what the user wrote (the rest is derived: the full-text index, sequences).
USER_TABLES = ("entries", "entry_tags", "images")


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]


def whole_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: conn.execute(
            f"SELECT * FROM {table} ORDER BY {', '.join(columns(conn, table))}"
        ).fetchall()
        for table in USER_TABLES
    }


def rich_journal(repository: EntryRepository) -> None:
    image = ImageStore(repository._conn).add(png_bytes())
    repository.add("Plain #walk", "<p>by the river</p>", created=datetime(2024, 1, 2, tzinfo=UTC))
    md = repository.add(
        "Notes #ideas",
        f"# Title\n\n**bold** and ![pic]({image.url}) #walk\n",
        body_format="markdown",
        tz="Asia/Tokyo",
        starred=True,
    )
    repository.update(md.id, md.title, md.text + "more\n", created=datetime(2024, 5, 1, 8, 30))
    repository.add("Offset", "<p>x</p>", tz="-03:30", created=datetime(2023, 12, 31, 23))
    repository.add("Same time", "<p>a</p>", created=datetime(2024, 1, 2, tzinfo=UTC))


def test_every_entry_column_is_exported_imported_and_written(
    repository: EntryRepository, tmp_path: Path
) -> None:
    """Fails when a migration adds a column that the export, import or repository misses."""
    rich_journal(repository)
    live = set(columns(repository._conn, "entries"))
    assert live == set(ENTRY_FIELDS) | DERIVED_COLUMNS
    out = tmp_path / "export.json"
    export_json(repository._conn, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert all(set(item) == set(ENTRY_FIELDS.values()) for item in document["entries"])
    assert set(document["images"][0]) == set(columns(repository._conn, "images"))
    # entry_tags is derived from the text (and the order): the round trip compares its rows.
    assert set(columns(repository._conn, "entry_tags")) == {"tag", "entry_id", "sort_key"}
    nulls = repository._conn.execute(
        "SELECT " + ", ".join(f"count({c})" for c in sorted(live)) + " FROM entries"
    ).fetchone()
    filled = dict(zip(sorted(live), nulls, strict=True))
    assert all(n == 4 for c, n in filled.items() if c != "updated"), filled


def test_json_round_trip_is_identical_row_for_row(
    repository: EntryRepository, tmp_path: Path
) -> None:
    rich_journal(repository)
    out = tmp_path / "export.json"
    export_json(repository._conn, out)
    fresh = open_database(tmp_path / "copy.sqlite3")
    report = import_file(fresh, out)
    assert (report.added, report.images_added) == (4, 1)
    assert whole_rows(fresh) == whole_rows(repository._conn)
    assert EntryRepository(fresh).tag_counts() == repository.tag_counts()
    assert EntryRepository(fresh).tag_counts() == [("walk", 2), ("ideas", 1)]
    assert [e.id for e in EntryRepository(fresh).newest(9)] == [e.id for e in repository.newest(9)]
    fresh.close()


def test_an_imported_entry_has_its_tags_indexed(
    repository: EntryRepository, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    repository.add("Trip #travel", "<p>with #friends</p>")
    export_json(repository._conn, out)
    fresh = open_database(tmp_path / "copy.sqlite3")
    import_file(fresh, out)
    assert EntryRepository(fresh).tag_counts() == [("friends", 1), ("travel", 1)]
    fresh.close()


def test_a_markdown_entry_comes_back_as_markdown(
    repository: EntryRepository, tmp_path: Path
) -> None:
    repository.add("Md", "# Heading\n\n**bold**\n", body_format="markdown")
    out = tmp_path / "export.json"
    export_json(repository._conn, out)
    fresh = open_database(tmp_path / "copy.sqlite3")
    import_file(fresh, out)
    entry = EntryRepository(fresh).newest(1)[0]
    assert (entry.body_format, entry.text) == ("markdown", "# Heading\n\n**bold**\n")
    fresh.close()


def test_writers_that_bypass_the_repository_are_refused(repository: EntryRepository) -> None:
    with pytest.raises(sqlcipher.IntegrityError, match="EntryRepository"):
        repository._conn.execute(
            "INSERT INTO entries (title, text, created) VALUES ('a', 'b', '2024-01-01')"
        )
    assert repository.count() == 0
