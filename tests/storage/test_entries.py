from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.storage import DatabaseError, EntryRepository, EntryValidationError


def test_add_and_read_back(repository: EntryRepository) -> None:
    when = datetime(2024, 2, 29, 23, 59, 1, tzinfo=UTC)
    entry = repository.add(
        "  Hello  ", "<p>It's <b>me</b>'; DROP TABLE entries;--</p>", created=when
    )
    assert entry.title == "Hello"
    assert repository.get(entry.id) == entry
    assert repository.get(entry.id + 1) is None
    assert entry.created == when


def test_newest_first_with_keyset_pages(repository: EntryRepository) -> None:
    ids = [repository.add(f"t{i}", f"b{i}").id for i in range(7)]
    first = repository.newest(3)
    assert [e.id for e in first] == ids[::-1][:3]
    second = repository.newest(3, before=first[-1].sort_key)
    assert [e.id for e in second] == ids[::-1][3:6]
    assert [e.id for e in repository.newest(3, before=second[-1].sort_key)] == [ids[0]]
    assert repository.count() == 7


@pytest.mark.parametrize(
    ("title", "text", "message"),
    [
        ("", "body", "Please enter a title."),
        ("   ", "body", "Please enter a title."),
        ("title", "", "Please enter some text."),
        ("title", " \n\t", "Please enter some text."),
        ("", "", "Please enter a title and some text."),
    ],
)
def test_invalid_entries_write_nothing(
    repository: EntryRepository, title: str, text: str, message: str
) -> None:
    with pytest.raises(EntryValidationError) as info:
        repository.add(title, text)
    assert str(info.value) == message
    assert repository.count() == 0


def test_write_error_rolls_back_and_explains(db_path: object) -> None:
    conn = sqlcipher.connect(":memory:", isolation_level=None)
    conn.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK "
        "(title != 'boom'), text TEXT NOT NULL, created TIMESTAMP NOT NULL)"
    )
    repo = EntryRepository(conn)
    with pytest.raises(DatabaseError, match=r"could not be saved.*still in the form"):
        repo.add("boom", "body")
    assert not conn.in_transaction
    assert repo.count() == 0


def test_search_matches_title_or_body_newest_first(repository: EntryRepository) -> None:
    repository.add("Garden", "<p>snow on the roses</p>")
    repository.add("Work", "<p>nothing</p>")
    repository.add("Snowy morning", "<p>cold</p>")
    assert [e.title for e in repository.search("snow", 10)] == ["Snowy morning", "Garden"]
    older = repository.search("snow", 1)
    assert [e.title for e in repository.search("snow", 10, before=older[0].sort_key)] == ["Garden"]


@pytest.mark.parametrize("query", ["%", "_", "\\", '"', "'", "*", "AND", "(", ""])
def test_search_accepts_any_text(repository: EntryRepository, query: str) -> None:
    repository.add("plain", "text")
    literal = repository.add(f"odd {query} title", "body")
    found = repository.search(query, 10)
    assert literal in found
    if query:
        assert [e.id for e in found] == [literal.id]
