"""Real damaged journals: a real journal with the bytes of one chosen page overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.images import ImageStore
from tests.storage.images_data import png_bytes

ENTRIES = 300


def make_journal(path: Path, entries: int = ENTRIES) -> None:
    """A journal of ``entries`` entries (tagged, some with an image), checkpointed into one file."""
    conn = open_database(path)
    repository = EntryRepository(conn)
    image = ImageStore(conn).add(png_bytes())
    for number in range(entries):
        picture = f'<img src="{image.url}">' if number % 50 == 0 else ""
        repository.add(
            f"Entry {number} #tag{number % 5}", f"<p>Body {number} {'word ' * 40}</p>{picture}"
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def pages_of(path: Path, name: str) -> list[int]:
    """The page numbers of table or index ``name`` (leaves first), from the ``dbstat`` table."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pagetype != 'leaf', pageno",
            (name,),
        ).fetchall()
    finally:
        conn.close()
    return [row[0] for row in rows]


def damage_page(path: Path, page: int) -> None:
    """Overwrite every byte of ``page`` (1-based) of the database file."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xa5" * size)


def damage(path: Path, name: str) -> int:
    """Damage a page in the middle of ``name``'s leaves; return its number."""
    pages = pages_of(path, name)
    page = pages[len(pages) // 2]
    damage_page(path, page)
    return page


def damage_root(path: Path, name: str) -> int:
    """Damage the root page of table or index ``name`` (every lookup in it reads that page)."""
    conn = sqlite3.connect(path)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    conn.close()
    damage_page(path, page)
    return int(page)
