"""Telling a plain SQLite journal from an encrypted one by its first bytes (no Qt, no SQLite).

Kept apart from the storage layer so that the login's worker can check the file and derive
the key before it imports SQLCipher and the storage modules (about 19 ms).
"""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_file(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's plain-text header (an unencrypted database).

    An SQLCipher file starts with its random salt instead, so a plain journal is told apart
    without a password.
    """
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
