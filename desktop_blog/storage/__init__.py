"""Storage and domain layer: SQLite journal, no Qt imports."""

from desktop_blog.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    JournalExistsError,
    init_database,
    open_database,
)
from desktop_blog.storage.entries import (
    BODY_FORMATS,
    Entry,
    EntryFilter,
    EntryRepository,
    EntryValidationError,
)

__all__ = [
    "BODY_FORMATS",
    "SCHEMA_VERSION",
    "DatabaseError",
    "Entry",
    "EntryFilter",
    "EntryRepository",
    "EntryValidationError",
    "JournalExistsError",
    "init_database",
    "open_database",
]
