"""Read the whole journal (entries oldest first by date, and their images) for exports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_blog.storage.entries import Entry, EntryRepository
from desktop_blog.storage.images import ImageStore, StoredImage, referenced_images

if TYPE_CHECKING:
    import sqlite3


@dataclass(frozen=True)
class JournalData:
    """Entries oldest first, and the images they reference keyed by hash."""

    entries: list[Entry]
    images: dict[str, StoredImage]


def read_journal(conn: sqlite3.Connection, entry_ids: Iterable[int] | None = None) -> JournalData:
    """All entries (or those with ``entry_ids``), oldest first, with their images."""
    repository = EntryRepository(conn)
    if entry_ids is None:
        entries = list(reversed(repository.newest(max(repository.count(), 1))))
    else:
        found = (repository.get(i) for i in set(entry_ids))
        entries = sorted((e for e in found if e is not None), key=lambda e: e.sort_key)
    store = ImageStore(conn)
    if entry_ids is None:  # the whole journal: every image, used or not
        return JournalData(entries, {image.sha256: image for image in store.all()})
    images: dict[str, StoredImage] = {}
    for entry in entries:
        for sha in referenced_images(entry.text):
            if sha not in images and (image := store.get(sha)) is not None:
                images[sha] = image
    return JournalData(entries, images)


def release_in_slices(items: list[Any], step: int = 1000) -> None:
    """Empty ``items`` a slice at a time.

    Dropping a list of 100,000 entries frees them all in one C call (tens of milliseconds,
    more on a busy machine) during which no other Python thread runs: on a worker, the GUI
    thread would stall. Slice by slice, the interpreter can switch threads in between.
    """
    while items:
        del items[-step:]
