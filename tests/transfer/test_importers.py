from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.images import ImageStore
from desktop_blog.storage.progress import Cancelled
from desktop_blog.transfer.exporters import export_json
from desktop_blog.transfer.importers import ImportFormatError, ImportReport, SourceKind, import_file


def dump(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    entries = conn.execute("SELECT id, title, text, created FROM entries ORDER BY id").fetchall()
    images = conn.execute(
        "SELECT sha256, mime, data, created FROM images ORDER BY sha256"
    ).fetchall()
    return entries, images


def test_json_round_trip_gives_an_identical_journal_with_images(
    filled: EntryRepository, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    export_json(filled._conn, out)
    fresh = open_database(tmp_path / "copy.sqlite3")
    report = import_file(fresh, out)
    assert (report.kind, report.added, report.skipped, report.images_added) == (
        SourceKind.JSON,
        3,
        0,
        1,
    )
    assert dump(fresh) == dump(filled._conn)
    assert dump(fresh)[1] != []
    again = import_file(fresh, out)
    assert (again.added, again.skipped, again.images_added) == (0, 3, 0)
    assert dump(fresh) == dump(filled._conn)
    fresh.close()


def test_import_into_a_journal_with_entries_appends_and_skips_duplicates(
    filled: EntryRepository, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    export_json(filled._conn, out)
    other = open_database(tmp_path / "other.sqlite3")
    EntryRepository(other).add("Mine", "my own")
    EntryRepository(other).add(
        "First", "<p>Hello <b>world</b></p>", created=datetime(2025, 12, 31, 22, 5, tzinfo=UTC)
    )
    report = import_file(other, out)
    assert (report.added, report.skipped) == (2, 1)
    # "1 images" from the source text, "1 image" once the English catalogue gives the singular.
    assert re.fullmatch(
        r"Imported 2 entries and 1 images? from the Desktop Blog JSON; "
        r"skipped 1 already in the journal\.",
        report.summary(),
    )
    assert EntryRepository(other).count() == 4
    other.close()


def make_flaskr(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "create table entries (id integer primary key autoincrement,"
        " title text not null, text text not null)"
    )
    conn.executemany(
        "insert into entries (title, text) values (?, ?)",
        [("Hello", "<strong>HTML</strong> allowed here"), ("Second", "more")],
    )
    conn.commit()
    conn.close()


def test_flaskr_tutorial_database_once(repository: EntryRepository, tmp_path: Path) -> None:
    source = tmp_path / "flaskr.db"
    make_flaskr(source)
    report = import_file(repository._conn, source)
    assert (report.kind, report.added, report.skipped) == (SourceKind.FLASKR, 2, 0)
    assert [e.title for e in repository.newest(10)] == ["Second", "Hello"]
    assert repository.newest(10)[1].text == "<strong>HTML</strong> allowed here"
    again = import_file(repository._conn, source)
    assert (again.added, again.skipped) == (0, 2)
    assert repository.count() == 2


@pytest.mark.parametrize("name", ["flaskr #2.db", "what?.db", "50% off.db"])
def test_a_flaskr_database_whose_name_has_uri_characters(
    repository: EntryRepository, tmp_path: Path, name: str
) -> None:
    """The file is opened through a quoted ``file:`` URI: '#', '?' and '%' stay in its name."""
    source = tmp_path / name
    make_flaskr(source)
    report = import_file(repository._conn, source)
    assert (report.kind, report.added) == (SourceKind.FLASKR, 2)


def test_newer_flaskr_posts(repository: EntryRepository, tmp_path: Path) -> None:
    source = tmp_path / "flaskr.sqlite"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE user (id INTEGER PRIMARY KEY, username TEXT, password TEXT)")
    conn.execute(
        "CREATE TABLE post (id INTEGER PRIMARY KEY AUTOINCREMENT, author_id INTEGER,"
        " created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, title TEXT, body TEXT)"
    )
    conn.execute(
        "INSERT INTO post (author_id, created, title, body) VALUES"
        " (1, '2024-05-06 07:08:09', 'Post', 'line one\nline <two>')"
    )
    conn.commit()
    conn.close()
    report = import_file(repository._conn, source)
    assert report.added == 1
    entry = repository.newest(1)[0]
    assert entry.text == "<p>line one<br>line &lt;two&gt;</p>"
    assert entry.created == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def test_jrnl_json(repository: EntryRepository, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps(
            {
                "tags": {"@work": 1},
                "entries": [
                    {
                        "title": "Day one.",
                        "body": "Met @work people.\n\nSecond para",
                        "date": "2023-04-01",
                        "time": "09:15",
                        "starred": False,
                        "tags": ["@work"],
                    },
                    {
                        "title": "Just a title.",
                        "body": "",
                        "date": "2023-04-02",
                        "time": "21:00",
                        "starred": True,
                        "tags": [],
                    },
                ],
            }
        )
    )
    report = import_file(repository._conn, source)
    assert (report.kind, report.added) == (SourceKind.JRNL, 2)
    newest, oldest = repository.newest(2)
    assert oldest.text == "<p>Met @work people.</p><p>Second para</p><p>#work</p>"
    assert oldest.created_local.replace(tzinfo=None) == datetime(2023, 4, 1, 9, 15)
    assert (newest.title, newest.text, newest.starred) == ("Just a title.", "", True)
    assert not oldest.starred
    assert repository.tag_counts() == [("work", 1)]
    assert import_file(repository._conn, source).added == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some notes", "This app imports a Desktop Blog JSON export"),
        (b"[1, 2]", "JSON but not a file this app can import"),
        (b'{"hello": 1}', "Day One JSON export"),
        (b'{"format": "desktop-blog", "version": 9}', "reads versions 1 to 2"),
        (
            b'{"format": "desktop-blog", "version": 1, "entries": [{"title": "t", "text": "x"}]}',
            "Entry 1: the date is missing",
        ),
        (
            b'{"format": "desktop-blog", "version": 1, "entries": [{"title": " ", "text": "x",'
            b' "created": "2024-01-01T00:00:00"}]}',
            "Please enter a title",
        ),
        (b'{"entries": [{"title": "t", "date": "yesterday"}]}', "not a date"),
    ],
)
def test_bad_files_are_explained_and_add_nothing(
    filled: EntryRepository, tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    with pytest.raises(ImportFormatError, match=message):
        import_file(filled._conn, source)
    assert filled.count() == 3


def test_tampered_image_is_refused(filled: EntryRepository, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export_json(filled._conn, out)
    doc = json.loads(out.read_text())
    doc["images"][0]["sha256"] = "0" * 64
    out.write_text(json.dumps(doc))
    fresh = open_database(tmp_path / "copy.sqlite3")
    with pytest.raises(ImportFormatError, match="checksum"):
        import_file(fresh, out)
    assert ImageStore(fresh).count() == 0
    fresh.close()


def test_cancelled_import_adds_nothing(filled: EntryRepository, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export_json(filled._conn, out)
    fresh = open_database(tmp_path / "copy.sqlite3")
    with pytest.raises(Cancelled):
        import_file(fresh, out, progress=lambda done, _t: done < 3)
    assert dump(fresh) == ([], [])
    fresh.close()


def test_the_import_summary_writes_counts_as_the_locale_does(german: None) -> None:
    report = ImportReport(SourceKind.JSON, added=1200, skipped=3000)
    assert report.summary() == (  # no German catalogue here: the English words, German digits
        "Imported 1.200 entries from the Desktop Blog JSON; skipped 3.000 already in the journal."
    )
