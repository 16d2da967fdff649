"""The SQLite error classes of the app's one SQLite engine, SQLCipher's ``sqlcipher3``.

Every journal, plain or encrypted, and every backup is opened with ``sqlcipher3`` (a plain
file is an SQLCipher database without a key): one SQLite library in the process, as SQLite
asks (two copies in one process break each other's file locks), and Python's ``sqlite3``
never loaded (1.4 MiB). Its exception classes are not ``sqlite3``'s: catch these instead of
``sqlite3.Error`` & co.
"""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlcipher

ERROR: type[Exception] = sqlcipher.Error
DATABASE_ERROR: type[Exception] = sqlcipher.DatabaseError
OPERATIONAL_ERROR: type[Exception] = sqlcipher.OperationalError
INTEGRITY_ERROR: type[Exception] = sqlcipher.IntegrityError
