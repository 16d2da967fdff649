"""Imports from other programs, over sample files made by those programs or their formats.

- ``samples/jrnl-4.6-export.json``: ``jrnl --export json`` of jrnl 4.6 (two identical entries,
  a starred title-only entry, ``@`` and ``#`` tags);
- ``samples/rednotebook/``: month files written by RedNotebook 2.29's own storage code;
- ``samples/dayone/Journal.json``: Day One's documented JSON export, zipped with ``photos/``;
- ``samples/markdown/``: front matter as Jekyll and Obsidian write it;
- Flaskr: the Flask tutorial's ``schema.sql`` and its insert statement.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.images import ImageStore, image_url, referenced_images
from desktop_blog.storage.zones import system_zone, zone
from desktop_blog.transfer.exporters import export_markdown
from desktop_blog.transfer.importers import ImportFormatError, SourceKind, import_file
from tests.storage.images_data import png_bytes

SAMPLES = Path(__file__).with_name("samples")

# The Flask tutorial's flaskr/schema.sql (3.x), as written there.
FLASKR_SCHEMA = """
DROP TABLE IF EXISTS user;
DROP TABLE IF EXISTS post;

CREATE TABLE user (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT UNIQUE NOT NULL,
  password TEXT NOT NULL
);

CREATE TABLE post (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  author_id INTEGER NOT NULL,
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  FOREIGN KEY (author_id) REFERENCES user (id)
);
"""


def local(entry_created: datetime, tz: str | None) -> str:
    return entry_created.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")


def test_jrnl_export_keeps_every_entry_stars_and_tags(
    repository: EntryRepository, tmp_path: Path
) -> None:
    report = import_file(repository._conn, SAMPLES / "jrnl-4.6-export.json")
    assert (report.kind, report.added, report.skipped) == (SourceKind.JRNL, 4, 0)
    entries = repository.newest(10)
    assert [(e.title, local(e.created, e.tz), e.starred) for e in entries] == [
        ("Same twice.", "2023-04-03 07:30", False),
        ("Same twice.", "2023-04-03 07:30", False),  # two identical posts: both kept
        ("Just a title.", "2023-04-02 21:00", True),
        ("Day one.", "2023-04-01 09:15", False),
    ]
    assert entries[2].text == ""  # a title-only entry is accepted
    assert entries[3].text == "<p>Met @work people at the #harbour.</p><p>#work</p>"
    assert {e.tz for e in entries} == {system_zone()}
    assert repository.tag_counts() == [("harbour", 1), ("work", 1)]
    assert import_file(repository._conn, SAMPLES / "jrnl-4.6-export.json").added == 0


def flaskr_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(FLASKR_SCHEMA)
    conn.execute("INSERT INTO user (username, password) VALUES ('alice', 'scrypt:x')")
    insert = "INSERT INTO post (title, body, author_id, created) VALUES (?, ?, ?, ?)"
    conn.execute(insert, ("Hello", "First post.\n\nSecond line.", 1, "2024-03-01 10:00:00"))
    conn.execute(insert, ("Only a title", "", 1, "2024-03-02 11:00:00"))
    conn.execute(insert, ("Twice", "Same", 1, "2024-03-03 12:00:00"))
    conn.execute(insert, ("Twice", "Same", 1, "2024-03-03 12:00:00"))
    conn.commit()
    conn.close()
    return path


def test_flaskr_posts_with_title_only_duplicates_and_author(
    repository: EntryRepository, tmp_path: Path
) -> None:
    source = flaskr_database(tmp_path / "flaskr.sqlite")
    report = import_file(repository._conn, source)
    assert (report.kind, report.added) == (SourceKind.FLASKR, 4)
    entries = repository.newest(10)
    assert [e.title for e in entries] == ["Twice", "Twice", "Only a title", "Hello"]
    assert entries[3].created == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert entries[3].text == "<p>First post.</p><p>Second line.</p><p>— alice</p>"
    assert entries[2].text == "<p>— alice</p>"
    assert import_file(repository._conn, source).added == 0


def test_rednotebook_days_become_markdown_entries_with_tags(repository: EntryRepository) -> None:
    report = import_file(repository._conn, SAMPLES / "rednotebook")
    assert (report.kind, report.added) == (SourceKind.REDNOTEBOOK, 3)
    entries = repository.newest(10)
    assert [e.local_day for e in entries] == [
        date(2024, 6, 15),
        date(2024, 5, 2),
        date(2024, 5, 1),
    ]
    assert [e.title for e in entries] == [
        "Saturday 15 June 2024",
        "Thursday 02 May 2024",
        "Wednesday 01 May 2024",
    ]
    trip = entries[2]
    assert trip.body_format == "markdown"
    assert trip.text.startswith("# Trip\nArrived in **Lisbon** by *train*.\n")
    assert "[the map](https://example.org/map) #travel" in trip.text
    assert "- Food: Bacalhau" in trip.text
    assert entries[1].text == "Rainy day, stayed in.\n"
    assert not any(e.starred for e in entries)
    assert dict(repository.tag_counts()) == {"travel": 1, "food": 1, "holiday": 1, "home": 1}


def day_one_zip(path: Path) -> Path:
    photo = png_bytes()
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(SAMPLES / "dayone" / "Journal.json", "Journal.json")
        archive.writestr(f"photos/{hashlib.md5(photo).hexdigest()}.png", photo)
    return path


def test_day_one_export_with_zone_star_tags_and_photo(
    repository: EntryRepository, tmp_path: Path
) -> None:
    report = import_file(repository._conn, day_one_zip(tmp_path / "export.zip"))
    assert (report.kind, report.added, report.images_added) == (SourceKind.DAY_ONE, 2, 1)
    ramen, evening = repository.newest(10)
    assert (ramen.title, ramen.tz, ramen.starred) == ("Ramen in Shinjuku", "Asia/Tokyo", True)
    assert ramen.created == datetime(2024, 5, 1, 23, 30, tzinfo=UTC)
    assert ramen.local_day == date(2024, 5, 2)  # the day in Tokyo, where it was written
    sha = hashlib.sha256(png_bytes()).hexdigest()
    assert ramen.text == (
        f"The **best** bowl so far\\.\n\n![]({image_url(sha)})\n\n#travel #food\n"
    )
    assert referenced_images(ramen.text) == [sha]
    assert ImageStore(repository._conn).get(sha) is not None
    assert (evening.title, evening.tz, evening.starred) == ("Quiet evening", "Europe/Lisbon", False)
    assert evening.text == "Read a book\\.\n"
    assert local(evening.created, evening.tz) == "2024-04-12 19:05"
    assert dict(repository.tag_counts()) == {"travel": 1, "food": 1}


def test_markdown_folder_jekyll_and_obsidian(repository: EntryRepository, tmp_path: Path) -> None:
    folder = shutil.copytree(SAMPLES / "markdown", tmp_path / "notes")
    undated = folder / "Obsidian note.md"
    stamp = datetime(2024, 2, 1, 12, tzinfo=UTC).timestamp()
    os.utime(undated, (stamp, stamp))
    report = import_file(repository._conn, folder)
    assert (report.kind, report.added) == (SourceKind.MARKDOWN, 3)
    walk, note, jekyll = repository.newest(10)
    assert (walk.title, local(walk.created, walk.tz)) == ("Morning walk", "2024-03-02 07:45")
    assert walk.body_format == "markdown"
    assert walk.text == (
        "A *long* walk along the river.\n\n- heron\n- two kingfishers\n\n#outdoors #dog\n"
    )
    assert (note.title, note.created) == ("Obsidian note", datetime(2024, 2, 1, 12, tzinfo=UTC))
    assert note.text.startswith("# Heading inside\n")
    assert jekyll.title == "Welcome to Jekyll!"
    assert jekyll.created == datetime(2024, 1, 15, 9, tzinfo=UTC)
    assert dict(repository.tag_counts()) == {
        "outdoors": 1,
        "dog": 1,
        "idea": 1,
        "jekyll": 1,
        "update": 1,
    }


def test_our_markdown_export_round_trips(repository: EntryRepository, tmp_path: Path) -> None:
    repository.add("Plain #html", "<p>Hello <b>world</b></p>", tz="Asia/Tokyo", starred=True)
    repository.add("Notes", "# Title\n\n**bold** text #md\n", body_format="markdown", tz="-03:30")
    export_markdown(repository._conn, tmp_path / "md")
    other = EntryRepository(open_database(tmp_path / "copy.sqlite3"))
    report = import_file(other._conn, tmp_path / "md")
    assert report.added == 2
    fields = ("title", "text", "created", "body_format", "tz", "starred")
    mine = [tuple(getattr(e, f) for f in fields) for e in repository.newest(5)]
    assert [tuple(getattr(e, f) for f in fields) for e in other.newest(5)] == mine
    assert other.tag_counts() == repository.tag_counts()


def test_unknown_files_name_the_formats_that_are_read(
    repository: EntryRepository, tmp_path: Path
) -> None:
    day_one = tmp_path / "Journal.json"
    shutil.copy(SAMPLES / "dayone" / "Journal.json", day_one)
    assert import_file(repository._conn, day_one).kind is SourceKind.DAY_ONE  # not "jrnl"
    for name, content in [
        ("notes.txt", b"hello"),
        ("other.json", b'{"entries": [{"when": 1}]}'),
        ("archive.zip", b"PK\x03\x04broken"),
    ]:
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ImportFormatError) as caught:
            import_file(repository._conn, tmp_path / name)
        message = str(caught.value)
        if name != "archive.zip":
            assert "a jrnl JSON export, a Day One JSON export" in message
            assert "RedNotebook" in message
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFormatError, match="neither RedNotebook month files"):
        import_file(repository._conn, tmp_path / "empty")
    assert repository.count() == 2
