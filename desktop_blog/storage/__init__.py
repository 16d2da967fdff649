"""Storage and domain layer: SQLite journal, no Qt imports."""

from desktop_blog.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    JournalExistsError,
    init_database,
    is_read_only,
    open_database,
    read_only_reason,
)
from desktop_blog.storage.entries import (
    BODY_FORMATS,
    MAX_BODY_CHARS,
    MAX_TITLE_CHARS,
    Entry,
    EntryFilter,
    EntryRepository,
    EntryValidationError,
)

__all__ = [
    "BODY_FORMATS",
    "MAX_BODY_CHARS",
    "MAX_TITLE_CHARS",
    "SCHEMA_VERSION",
    "DatabaseError",
    "Entry",
    "EntryFilter",
    "EntryRepository",
    "EntryValidationError",
    "JournalExistsError",
    "init_database",
    "is_read_only",
    "open_database",
    "read_only_reason",
]
