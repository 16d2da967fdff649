"""SQLite error classes of both drivers: Python's ``sqlite3`` and SQLCipher's ``sqlcipher3``.

Plain journals are opened with ``sqlite3``, encrypted ones with ``sqlcipher3``, whose
exception classes are separate. Catch these tuples instead of ``sqlite3.Error`` & co.
"""

from __future__ import annotations

import sqlite3

from sqlcipher3 import dbapi2 as sqlcipher

ERROR: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERROR: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERROR: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)
INTEGRITY_ERROR: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)
