"""Migration 7: word counts stored per entry and per UTC hour, so statistics read no bodies.

``entries.words`` holds the words of an entry's title and visible body text;
``entry_hours`` holds, per UTC hour (``YYYY-MM-DDTHH``), how many entries were written in it
and their words. Triggers keep both in step with every insert, edit, delete and restore,
whoever writes (the repository, imports, the command line), by calling the SQL function
``word_count`` that ``register_functions`` adds to every connection. The Statistics window
rolls the hours up to local days and months (:func:`desktop_blog.storage.stats.journal_stats`).
"""

from __future__ import annotations

import sqlite3

from desktop_blog.storage.fulltext import register_functions

_ADD_TO_HOUR = (
    "INSERT INTO entry_hours (hour, entries, words)"
    " SELECT substr(created, 1, 13), 1, words FROM entries WHERE id = new.id"
    " ON CONFLICT (hour) DO UPDATE SET"
    " entries = entries + 1, words = words + excluded.words"
)
_REMOVE_FROM_HOUR = (
    "UPDATE entry_hours SET entries = entries - 1, words = words - old.words"
    " WHERE hour = substr(old.created, 1, 13)"
)
_DROP_EMPTY_HOUR = (
    "DELETE FROM entry_hours WHERE hour = substr(old.created, 1, 13) AND entries <= 0"
)
_COUNT_WORDS = "UPDATE entries SET words = word_count(new.title, new.text) WHERE id = new.id"

STATEMENTS = (
    "ALTER TABLE entries ADD COLUMN words INTEGER NOT NULL DEFAULT 0",
    "UPDATE entries SET words = word_count(title, text)",
    "CREATE TABLE IF NOT EXISTS entry_hours ("
    " hour TEXT PRIMARY KEY,"
    " entries INTEGER NOT NULL,"
    " words INTEGER NOT NULL"
    ") WITHOUT ROWID",
    "INSERT INTO entry_hours (hour, entries, words)"
    " SELECT substr(created, 1, 13), count(*), sum(words) FROM entries GROUP BY 1",
    f"CREATE TRIGGER entries_words_insert AFTER INSERT ON entries BEGIN {_COUNT_WORDS};"
    f" {_ADD_TO_HOUR}; END",
    "CREATE TRIGGER entries_words_update AFTER UPDATE OF title, text, created ON entries BEGIN"
    f" {_COUNT_WORDS}; {_REMOVE_FROM_HOUR}; {_ADD_TO_HOUR}; END",
    "CREATE TRIGGER entries_words_delete AFTER DELETE ON entries BEGIN"
    f" {_REMOVE_FROM_HOUR}; {_DROP_EMPTY_HOUR}; END",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Add and fill ``entries.words`` and ``entry_hours``, and the triggers that keep them."""
    register_functions(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
