"""Storage and domain layer: SQLite journal, no Qt imports."""

from desktop_blog.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    JournalExistsError,
    init_database,
    open_database,
)
from desktop_blog.storage.entries import Entry, EntryRepository, EntryValidationError

__all__ = [
    "SCHEMA_VERSION",
    "DatabaseError",
    "Entry",
    "EntryRepository",
    "EntryValidationError",
    "JournalExistsError",
    "init_database",
    "open_database",
]
