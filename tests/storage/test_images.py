from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_blog.storage import SCHEMA_VERSION, open_database
from desktop_blog.storage.images import (
    ImageError,
    ImageStore,
    image_url,
    referenced_images,
    replace_references,
    sniff_mime,
)
from tests.storage.images_data import png_bytes


def test_migration_3_adds_images_to_an_old_journal(db_path: Path) -> None:
    old = sqlite3.connect(db_path)
    old.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL,"
        " text TEXT NOT NULL, created TIMESTAMP NOT NULL)"
    )
    old.execute(
        "INSERT INTO entries (title, text, created) VALUES ('a', 'b', '2024-01-01T00:00:00+00:00')"
    )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    conn = open_database(db_path)
    assert SCHEMA_VERSION >= 3
    columns = [row[1] for row in conn.execute("PRAGMA table_info(images)")]
    assert columns == ["sha256", "mime", "data", "created"]
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    conn.close()


def test_add_stores_once_by_content_and_reads_back(db_path: Path) -> None:
    conn = open_database(db_path)
    store = ImageStore(conn)
    data = png_bytes()
    first = store.add(data)
    again = store.add(data)
    assert first.sha256 == hashlib.sha256(data).hexdigest() == again.sha256
    assert first.mime == "image/png"
    assert first.url == f"journal-image:{first.sha256}"
    assert store.count() == 1
    assert store.data(first.sha256) == data
    assert store.data("0" * 64) is None
    conn.close()


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"<svg onload=alert(1)>", "Only PNG, JPEG, GIF and WebP")],
)
def test_non_images_are_refused_and_nothing_is_stored(
    db_path: Path, data: bytes, message: str
) -> None:
    conn = open_database(db_path)
    with pytest.raises(ImageError, match=message):
        ImageStore(conn).add(data)
    assert ImageStore(conn).count() == 0
    conn.close()


def test_sniffs_common_formats() -> None:
    assert sniff_mime(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert sniff_mime(b"GIF89a...") == "image/gif"
    assert sniff_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"


def test_references_are_found_and_replaced() -> None:
    a, b = "a" * 64, "b" * 64
    body = f'<img src="{image_url(a)}"><p>x</p><img src="{image_url(b)}"><img src="{image_url(a)}">'
    assert referenced_images(body) == [a, b]
    replaced = replace_references(body, {a: "images/a.png"})
    assert replaced.count('src="images/a.png"') == 2
    assert image_url(b) in replaced
