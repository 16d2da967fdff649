from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_blog.resources import read_text
from desktop_blog.storage import SCHEMA_VERSION, EntryRepository, open_database
from desktop_blog.storage.database import COUNT_SQL
from desktop_blog.storage.fulltext import fts_query, search_words, snippet, strip_html
from desktop_blog.storage.migrations import v2_fulltext


def titles(entries: list) -> list[str]:
    return [e.title for e in entries]


def integrity_ok(repository: EntryRepository) -> None:
    # Raises if the index differs from the entries' title and plain text.
    repository._conn.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
    )


def test_strip_html_keeps_only_visible_text() -> None:
    assert strip_html("<p>Fish &amp; <b>chips</b></p>\n<p>x&lt;y</p>") == "Fish & chips x<y"
    assert strip_html("<style>p {}</style><script>alert(1)</script>ok<!-- hidden -->") == "ok"
    assert strip_html("") == ""
    assert snippet("<p>" + "word " * 100 + "</p>", 20) == "word word word word…"


def test_query_text_becomes_fts_with_the_last_word_as_prefix() -> None:
    assert fts_query("snow gard") == "snow gard*"
    assert fts_query('"the garden"') == '"the garden"'
    assert fts_query("snow OR") == "snow OR"
    assert fts_query('"unfinished phrase') == '"unfinished phrase'
    assert search_words('"The garden" OR snow* NOT rain') == ["The", "garden", "snow", "rain"]


@pytest.fixture
def journal(repository: EntryRepository) -> EntryRepository:
    repository.add("Garden notes", "<p>The <b>roses</b> need water.</p>")
    repository.add("Winter", '<p>Snow on the <a href="https://roses.example">garden</a>.</p>')
    repository.add("Café visit", "<p>Coffee with Zoë, then the garden party.</p>")
    repository.add("Work", "<p>Meetings &amp; more meetings.</p>")
    return repository


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("garden", ["Café visit", "Winter", "Garden notes"]),
        ("gard", ["Café visit", "Winter", "Garden notes"]),  # the word being typed: a prefix
        ("meet*", ["Work"]),
        ('"the garden"', ["Café visit", "Winter"]),  # a phrase: these words in this order
        ('"garden the"', []),
        ("roses", ["Garden notes"]),  # not Winter: tags and their attributes are not indexed
        ("href", []),
        ("b", []),
        ("amp", []),
        ("&", []),  # no word at all: a substring of the titles only (bodies: see below)
        ("cafe zoe", ["Café visit"]),  # accents do not matter
        ("garden NOT snow", ["Café visit", "Garden notes"]),
        ("snow OR meetings", ["Work", "Winter"]),
        ("title:garden", ["Garden notes"]),
    ],
)
def test_full_text_search(journal: EntryRepository, query: str, expected: list[str]) -> None:
    assert titles(journal.search(query, 10)) == expected


@pytest.mark.parametrize(
    "query", ['"the garden', "garden AND", "OR", "*", "garden (", "NEAR(", "a:b:c", ")(", "^"]
)
def test_broken_syntax_falls_back_to_plain_words(journal: EntryRepository, query: str) -> None:
    found = journal.search(query, 10)
    if "garden" in query:
        assert titles(found) == ["Café visit", "Winter", "Garden notes"]
    else:
        assert isinstance(found, list)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30))
def test_any_text_is_a_valid_search(journal: EntryRepository, query: str) -> None:
    found = journal.search(query, 10)
    assert all(e.title for e in found)


def test_text_without_words_is_found_in_titles(journal: EntryRepository) -> None:
    smiley = journal.add("Good day :-)", "<p>sun</p>")
    journal.add("Other", "<p>a smiley in the body :-) is not looked for</p>")
    assert journal.search(":-)", 10) == [smiley]
    plan = journal._conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM entries INDEXED BY entries_title WHERE title LIKE ?",
        ("%x%",),
    ).fetchall()
    assert "COVERING INDEX entries_title" in str(plan)  # titles only, not every body


def test_long_pasted_text_is_a_valid_search(journal: EntryRepository) -> None:
    # Both end with a bare word or not; a quadratic pattern would hit the test's timeout.
    assert journal.search("a" * 200_000 + "!", 10) == []
    assert journal.search("garden " * 20_000, 10) != []


def test_search_pages_by_sort_key(journal: EntryRepository) -> None:
    first = journal.search_keys("garden", 2)
    assert len(first) == 2
    assert journal.search_ids("garden", 2, before=first[-1][0]) == [1]


def test_like_search_is_kept_for_comparison(journal: EntryRepository) -> None:
    assert titles(journal.search_like("roses", 10)) == ["Winter", "Garden notes"]


def test_index_follows_updates_and_deletes(journal: EntryRepository) -> None:
    conn = journal._conn
    conn.execute("UPDATE entries SET text = '<p>tulips</p>' WHERE title = 'Garden notes'")
    conn.execute("DELETE FROM entries WHERE title = 'Winter'")
    integrity_ok(journal)
    assert titles(journal.search("roses", 10)) == []
    assert titles(journal.search("tulips", 10)) == ["Garden notes"]
    assert titles(journal.search("snow", 10)) == []


def test_existing_journal_is_migrated_and_indexed_once(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = sqlite3.connect(db_path)
    raw.executescript(read_text("schema.sql"))  # a version-1 journal with entries
    raw.executemany(
        "INSERT INTO entries (title, text, created) VALUES (?, ?, ?)",
        [
            (f"Old {i}", f"<p>kept <i>word{i}</i></p>", "2020-01-01T00:00:00+00:00")
            for i in range(50)
        ],
    )
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    repository = EntryRepository(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert titles(repository.search("word7", 10)) == ["Old 7"]
    assert len(repository.search("kept", 100)) == 50
    integrity_ok(repository)
    conn.close()

    runs: list[int] = []
    monkeypatch.setattr(v2_fulltext, "migrate", lambda _conn: runs.append(1))
    open_database(db_path).close()
    assert runs == []


def test_count_and_positions_read_the_id_index(repository: EntryRepository) -> None:
    ids = [repository.add(f"t{i}", "b").id for i in range(6)]
    plan = repository._conn.execute(f"EXPLAIN QUERY PLAN {COUNT_SQL}").fetchall()
    assert "COVERING INDEX" in str(plan)  # an index, never the table with its bodies
    assert repository.id_at(0) == ids[-1]
    assert repository.id_at(2) == ids[-3]
    assert repository.id_at(1, newest_first=False) == ids[1]
    assert repository.id_at(6) is None
    first = repository.get(ids[0])
    assert first is not None
    assert [e.id for e in repository.oldest(2, after=first.sort_key)] == ids[1:3]
    assert [e.id for e in repository.get_many([ids[3], 999, ids[0]])] == [ids[3], ids[0]]
