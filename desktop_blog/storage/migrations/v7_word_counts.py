"""Migration 7: word counts stored per entry and per UTC hour, so statistics read no bodies.

``entry_words`` holds each entry's words (its title and its body's visible text), a narrow
table beside ``entries`` so that filling it for an existing journal writes a few bytes per
entry instead of rewriting every row. ``entry_hours`` holds, per UTC hour (``YYYY-MM-DDTHH``),
how many entries were written in it and their words. Triggers keep both in step with every
insert, edit, delete and restore, whoever writes (the repository, imports, the command
line), through the SQL function ``word_count`` that ``register_functions`` adds to every
connection. The Statistics window rolls the hours up to local days and months
(:func:`desktop_blog.storage.stats.journal_stats`).
"""

from __future__ import annotations

import sqlite3

from desktop_blog.storage.fulltext import register_functions

_ADD_TO_HOUR = (
    "INSERT INTO entry_hours (hour, entries, words)"
    " SELECT substr(new.created, 1, 13), 1, words FROM entry_words WHERE entry_id = new.id"
    " ON CONFLICT (hour) DO UPDATE SET"
    " entries = entries + 1, words = words + excluded.words"
)
_REMOVE_FROM_HOUR = (
    "UPDATE entry_hours SET entries = entries - 1,"
    " words = words - (SELECT words FROM entry_words WHERE entry_id = old.id)"
    " WHERE hour = substr(old.created, 1, 13)"
)
_DROP_EMPTY_HOUR = (
    "DELETE FROM entry_hours WHERE hour = substr(old.created, 1, 13) AND entries <= 0"
)
_COUNT_WORDS = (
    "INSERT OR REPLACE INTO entry_words (entry_id, words)"
    " VALUES (new.id, word_count(new.title, new.text))"
)
_FORGET_WORDS = "DELETE FROM entry_words WHERE entry_id = old.id"

STATEMENTS = (
    "CREATE TABLE entry_words ( entry_id INTEGER PRIMARY KEY, words INTEGER NOT NULL)",
    "INSERT INTO entry_words (entry_id, words) SELECT id, word_count(title, text) FROM entries",
    "CREATE TABLE entry_hours ("
    " hour TEXT PRIMARY KEY,"
    " entries INTEGER NOT NULL,"
    " words INTEGER NOT NULL"
    ") WITHOUT ROWID",
    "INSERT INTO entry_hours (hour, entries, words)"
    " SELECT substr(entries.created, 1, 13), count(*), sum(entry_words.words)"
    " FROM entries JOIN entry_words ON entry_words.entry_id = entries.id GROUP BY 1",
    f"CREATE TRIGGER entry_words_insert AFTER INSERT ON entries BEGIN {_COUNT_WORDS};"
    f" {_ADD_TO_HOUR}; END",
    "CREATE TRIGGER entry_words_update AFTER UPDATE OF title, text, created ON entries BEGIN"
    f" {_REMOVE_FROM_HOUR}; {_DROP_EMPTY_HOUR}; {_COUNT_WORDS}; {_ADD_TO_HOUR}; END",
    "CREATE TRIGGER entry_words_delete AFTER DELETE ON entries BEGIN"
    f" {_REMOVE_FROM_HOUR}; {_DROP_EMPTY_HOUR}; {_FORGET_WORDS}; END",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Create and fill ``entry_words`` and ``entry_hours``, and the triggers that keep them."""
    register_functions(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
