"""Check that a journal or backup has exactly the schema this app makes (no Qt).

A journal or backup from outside could carry its own triggers, views or indexes, which would
then run inside the app (a trigger that deletes entries on every post). Before a file is
opened for writing or restored, :func:`check_schema` compares its ``sqlite_master`` with the
schema the app's own ``schema.sql`` and migrations build at the file's version: every table
with the same columns, every index, view and trigger with the same SQL, nothing else.
:func:`recreate_triggers` replaces a journal's triggers with the app's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, cast

from desktop_blog.i18n import translate
from desktop_blog.storage.errors import DatabaseError

if TYPE_CHECKING:
    import sqlite3

_SPACE = re.compile(r"\s+")
# Tables SQLite itself may add (AUTOINCREMENT, ANALYZE).
_SQLITE_OWN = re.compile(r"^sqlite_(sequence|stat\d)$")

Schema = dict[tuple[str, str], str]


class ForeignSchemaError(DatabaseError):
    """The file's schema is not the one this app makes; nothing was opened or restored."""


def _normal(sql: str | None) -> str:
    """SQL compared without whitespace, case or ``IF NOT EXISTS`` (how it was typed)."""
    return _SPACE.sub("", sql or "").casefold().replace("ifnotexists", "")


def schema_of(conn: sqlite3.Connection) -> Schema:
    """``(type, name) -> description``: columns for tables, normalised SQL for the rest."""
    schema: Schema = {}
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    for kind, name, sql in rows:
        if _SQLITE_OWN.match(name):
            continue
        if kind == "table":
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            schema[(kind, name)] = (
                "|".join(
                    f"{c[1]} {_normal(c[2])} {c[3]} {_normal(str(c[4]))} {c[5]}" for c in columns
                )
                + f"|{_normal(sql)}"
            )
        else:
            schema[(kind, name)] = _normal(sql)
    return schema


Steps: TypeAlias = "tuple[tuple[int, Callable[[sqlite3.Connection], None]], ...]"


def _steps(version: int) -> Steps:
    """The migrations :func:`open_database` applies up to ``version`` (looked up at each call)."""
    from desktop_blog.storage import database

    # Read from the module at each call, so a replaced table (as tests do) is the one used.
    table: dict[int, Callable[[sqlite3.Connection], None]] = vars(database)["MIGRATIONS"]
    return tuple(sorted((n, m) for n, m in table.items() if n <= version))


def _reference(steps: Steps) -> sqlite3.Connection:
    """An in-memory journal built by the app's schema and the migrations ``steps``."""
    from sqlcipher3 import dbapi2 as sqlcipher  # the journals' own engine

    from desktop_blog.resources import read_text
    from desktop_blog.storage.database import _statements
    from desktop_blog.storage.fulltext import register_functions

    conn = cast("sqlite3.Connection", sqlcipher.connect(":memory:", isolation_level=None))
    register_functions(conn)
    for statement in _statements(read_text("schema.sql")):
        conn.execute(statement)
    conn.execute("BEGIN")  # migrations run inside a transaction
    for _number, migrate in steps:
        migrate(conn)
    return conn


def expected_schema(version: int) -> Schema:
    """The schema the app builds at ``version``."""
    return _expected(_steps(version))


@cache
def _expected(steps: Steps) -> Schema:
    conn = _reference(steps)
    try:
        return schema_of(conn)
    finally:
        conn.close()


def _trigger_statements(version: int) -> tuple[str, ...]:
    return _triggers(_steps(version))


@cache
def _triggers(steps: Steps) -> tuple[str, ...]:
    conn = _reference(steps)
    try:
        rows = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        return tuple(str(row[0]) for row in rows)
    finally:
        conn.close()


def foreign_objects(conn: sqlite3.Connection, version: int) -> list[str]:
    """What differs from the app's schema at ``version``: ``"trigger wipe"``-style names."""
    have, want = schema_of(conn), expected_schema(version)
    extra = [
        f"{kind} {name}" for (kind, name), sql in have.items() if want.get((kind, name)) != sql
    ]
    missing = [f"missing {kind} {name}" for (kind, name) in want if (kind, name) not in have]
    return sorted(extra) + sorted(missing)


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise :class:`ForeignSchemaError` unless ``conn`` has exactly the app's schema."""
    found = foreign_objects(conn, version)
    if found:
        shown = ", ".join(found[:5]) + (", …" if len(found) > 5 else "")
        raise ForeignSchemaError(
            translate(
                "SchemaCheck",
                "{path} has a schema this app did not make ({found}). It was left untouched and not used: a journal or backup must come from Desktop Blog unchanged.",  # noqa: E501
            ).format(path=path, found=shown)
        )


def recreate_triggers(conn: sqlite3.Connection, version: int) -> None:
    """Drop every trigger of ``conn`` and create the app's own (call inside a transaction)."""
    names = [
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    ]
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    for statement in _trigger_statements(version):
        conn.execute(statement)
