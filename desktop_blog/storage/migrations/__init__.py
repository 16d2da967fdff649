"""Schema migrations: ``MIGRATIONS[n]`` upgrades a journal to schema version ``n``.

Version 1 is ``resources/schema.sql``; every later change is a migration here, never an edit
of that file. Numbers are assigned per feature and applied in ascending order inside one
transaction; a number without a migration is skipped, so features can be merged in any order.
Each migration gets the connection inside that transaction and must not commit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from desktop_blog.storage.migrations import (
    v2_fulltext,
    v3_images,
    v4_journal_features,
    v5_chronology,
    v6_drafts,
    v7_word_counts,
    v8_tag_totals,
)

if TYPE_CHECKING:
    import sqlite3

Migration: TypeAlias = "Callable[[sqlite3.Connection], None]"

MIGRATIONS: dict[int, Migration] = {
    2: v2_fulltext.migrate,
    3: v3_images.migrate,
    4: v4_journal_features.migrate,
    5: v5_chronology.migrate,
    6: v6_drafts.migrate,
    7: v7_word_counts.migrate,
    8: v8_tag_totals.migrate,
}
