"""Migration 7: word counts stored per entry and per day, so statistics read no bodies.

``entry_words`` holds each entry's words (its title and its body's visible text), a narrow
table beside ``entries`` so that filling it for an existing journal writes a few bytes per
entry instead of rewriting every row. ``entry_days`` holds, per local day of the entries
(``local_day``, the day where each entry was written, migration 5), how many entries were
written on it and their words. Triggers keep both in step with every insert, edit, delete
and restore, whoever writes, through the SQL function ``word_count`` that
``register_functions`` adds to every connection. The Statistics window rolls the days up to
months (:func:`desktop_blog.storage.stats.journal_stats`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_blog.storage.fulltext import register_functions

if TYPE_CHECKING:
    import sqlite3

_ADD_TO_DAY = (
    "INSERT INTO entry_days (day, entries, words)"
    " SELECT new.local_day, 1, words FROM entry_words WHERE entry_id = new.id"
    " ON CONFLICT (day) DO UPDATE SET"
    " entries = entries + 1, words = words + excluded.words"
)
_REMOVE_FROM_DAY = (
    "UPDATE entry_days SET entries = entries - 1,"
    " words = words - (SELECT words FROM entry_words WHERE entry_id = old.id)"
    " WHERE day = old.local_day"
)
_DROP_EMPTY_DAY = "DELETE FROM entry_days WHERE day = old.local_day AND entries <= 0"
_COUNT_WORDS = (
    "INSERT OR REPLACE INTO entry_words (entry_id, words)"
    " VALUES (new.id, word_count(new.title, new.text))"
)
_FORGET_WORDS = "DELETE FROM entry_words WHERE entry_id = old.id"

STATEMENTS = (
    "CREATE TABLE entry_words ( entry_id INTEGER PRIMARY KEY, words INTEGER NOT NULL)",
    "INSERT INTO entry_words (entry_id, words) SELECT id, word_count(title, text) FROM entries",
    "CREATE TABLE entry_days ("
    " day TEXT PRIMARY KEY,"
    " entries INTEGER NOT NULL,"
    " words INTEGER NOT NULL"
    ") WITHOUT ROWID",
    "INSERT INTO entry_days (day, entries, words)"
    " SELECT entries.local_day, count(*), sum(entry_words.words)"
    " FROM entries JOIN entry_words ON entry_words.entry_id = entries.id GROUP BY 1",
    f"CREATE TRIGGER entry_words_insert AFTER INSERT ON entries BEGIN {_COUNT_WORDS};"
    f" {_ADD_TO_DAY}; END",
    "CREATE TRIGGER entry_words_update AFTER UPDATE OF title, text, local_day ON entries BEGIN"
    f" {_REMOVE_FROM_DAY}; {_DROP_EMPTY_DAY}; {_COUNT_WORDS}; {_ADD_TO_DAY}; END",
    "CREATE TRIGGER entry_words_delete AFTER DELETE ON entries BEGIN"
    f" {_REMOVE_FROM_DAY}; {_DROP_EMPTY_DAY}; {_FORGET_WORDS}; END",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Create and fill ``entry_words`` and ``entry_days``, and the triggers that keep them."""
    register_functions(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
