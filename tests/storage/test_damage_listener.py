"""A connection tells its listener of every damage error it raises, whoever catches it."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.errors import JournalDamagedError
from tests.storage.damaged import damage_root, make_journal


def test_the_listener_hears_damage_caught_elsewhere_and_nothing_else(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    make_journal(journal, entries=120)
    damage_root(journal, "entries")
    conn = open_database(journal)
    heard: list[JournalDamagedError] = []
    conn.damage_listener = heard.append  # type: ignore[attr-defined]
    try:
        with pytest.raises(sqlcipher.OperationalError):
            conn.execute("SELEC 1")  # not damage: not heard
        assert heard == []
        with contextlib.suppress(JournalDamagedError):  # caught, as the window's model does
            EntryRepository(conn).newest(20)
        assert len(heard) == 1
        assert str(journal) in str(heard[0])
    finally:
        conn.close()
