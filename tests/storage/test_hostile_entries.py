"""Hostile titles and bodies: refused with a message, or stored exactly."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_blog.storage import (
    MAX_BODY_CHARS,
    MAX_TITLE_CHARS,
    EntryRepository,
    EntryValidationError,
    open_database,
)


@pytest.fixture(scope="module")
def shared_repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EntryRepository]:
    conn = open_database(Path(tmp_path_factory.mktemp("hyp")) / "journal.sqlite3")
    yield EntryRepository(conn)
    conn.close()


# Every code point, including unpaired surrogates, NUL and bidi controls.
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=any_text, body=any_text)
def test_accepted_entries_read_back_identical(
    shared_repository: EntryRepository, title: str, body: str
) -> None:
    before = shared_repository.count()
    try:
        entry = shared_repository.add(title, body)
    except EntryValidationError:
        assert shared_repository.count() == before  # refused: nothing written
        return
    assert entry.title == title.strip()
    assert entry.text == body
    assert shared_repository.get(entry.id) == entry


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("t" * (MAX_TITLE_CHARS + 1), "<p>x</p>", "501 characters; at most 500 are allowed"),
        ("Huge", "<p>" + "x" * 10_000_000 + "</p>", "at most 500,000 are allowed"),
        ("Nul", "a\x00b", "NUL character"),
        ("Nul\x00title", "body", "NUL character"),
        ("Broken", "half a pair \ud800 here", "unpaired surrogate"),
    ],
)
def test_hostile_input_is_refused_with_a_message(
    repository: EntryRepository, title: str, body: str, message: str
) -> None:
    with pytest.raises(EntryValidationError, match=message):
        repository.add(title, body)
    assert repository.count() == 0


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("\u202eevil.exe\u202c title", "<p>\u202e reversed</p>"),
        ("Deep", "<div>" * 100_000),
        ("Malformed", "<b<i><<>>></p></div><table><tr><td>" * 1000),
        ("Limit", "x" * MAX_BODY_CHARS),
    ],
)
def test_odd_but_valid_input_is_stored_exactly(
    repository: EntryRepository, db_path: Path, title: str, body: str
) -> None:
    entry = repository.add(title, body)
    raw = sqlite3.connect(db_path)
    stored = raw.execute("SELECT title, text FROM entries WHERE id = ?", (entry.id,)).fetchone()
    raw.close()
    assert stored == (title, body)
