"""A list model over the journal's entries, newest first, read in pages into a bounded cache."""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_blog.storage import Entry, EntryRepository
from desktop_blog.storage.fulltext import snippet

ModelIndex = QModelIndex | QPersistentModelIndex
Page = Sequence[Entry | None]


class EntryRole(IntEnum):
    """Custom data roles served by :class:`EntryListModel`."""

    ENTRY = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2
    SNIPPET = Qt.ItemDataRole.UserRole + 3  # the body's start as one line of plain text


class EntryListModel(QAbstractListModel):
    """Entries ordered by id descending; only the pages being looked at are in memory.

    Showing the whole journal, the model has one row per entry (the scroll bar spans the
    journal; counting reads the small id index) and reads a page when a row of it is first
    needed: by keyset from a neighbouring cached page, else by position in the id index from
    the nearer end. At most ``cache_pages`` pages are kept. Showing a search
    (:meth:`set_search`), matches arrive in pages with canFetchMore/fetchMore, since counting
    every match of a common word costs more than showing the first ones; only their ids are
    kept for every row fetched.
    """

    entry_added = Signal(int)  # id of an entry inserted at row 0
    load_failed = Signal(str)  # a page could not be read; the message is for the user

    def __init__(
        self,
        repository: EntryRepository | None = None,
        *,
        page_size: int = 200,
        cache_pages: int = 8,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._page_size = page_size
        self._cache_pages = max(2, cache_pages)
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._query = ""
        self._total = 0
        self._ids = array("q")  # search mode: the ids of the matches fetched so far
        self._exhausted = True
        self._last_error = ""  # the problem last reported, so it is reported once
        self._load()

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._query else self._total

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.created_local.strftime("%A %d %B %Y, %H:%M")
        if role == EntryRole.ENTRY:
            return entry
        if role == EntryRole.ENTRY_ID:
            return entry.id
        if role == EntryRole.SNIPPET:
            return snippet(entry.text)
        return None

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and bool(self._query) and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or not self.canFetchMore(parent) or self._repository is None:
            return
        before = self._ids[-1] if self._ids else None
        try:
            ids = self._repository.search_ids(self._query, self._page_size, before_id=before)
        except sqlite3.Error as exc:
            self._exhausted = True
            self._report(f"The search could not be completed: {exc}.")
            return
        if len(ids) < self._page_size:
            self._exhausted = True
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    # -- journal operations --------------------------------------------------------------
    def set_repository(self, repository: EntryRepository | None) -> None:
        """Show another journal (``None`` hides every entry, as on logout)."""
        self.beginResetModel()
        self._repository = repository
        self._query = ""
        self._load()
        self.endResetModel()

    def set_search(self, query: str) -> None:
        """Show only the entries matching ``query`` (full-text syntax); blank shows all."""
        query = query.strip()
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._load()
        self.endResetModel()

    def search_query(self) -> str:
        """The search being shown ("" when the whole journal is)."""
        return self._query

    def add_entry(self, title: str, text: str) -> Entry:
        """Store a new entry and insert it at row 0 (raises on invalid input or I/O errors).

        While a search is shown, the entry is inserted only if it matches.
        """
        if self._repository is None:
            raise RuntimeError("no journal is open")
        entry = self._repository.add(title, text)
        if not self._query:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._total += 1
            self._pages.clear()  # every cached row moved down by one
            self.endInsertRows()
        elif self._matches_search(entry):
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._ids.insert(0, entry.id)
            self._pages.clear()
            self.endInsertRows()
        self.entry_added.emit(entry.id)
        return entry

    def _matches_search(self, entry: Entry) -> bool:
        assert self._repository is not None
        try:
            return self._repository.search_ids(self._query, 1) == [entry.id]
        except sqlite3.Error as exc:  # the entry is saved; only the list misses it
            self._report(f"The search could not be updated: {exc}.")
            return False

    def _report(self, message: str) -> None:
        """Emit ``load_failed`` once per distinct problem (data() asks again on every paint)."""
        if message != self._last_error:
            self._last_error = message
            self.load_failed.emit(message)

    def entry_at(self, row: int) -> Entry | None:
        if not 0 <= row < self.rowCount():
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> int:
        """How many pages are in memory (never more than ``cache_pages``)."""
        return len(self._pages)

    # -- paging ---------------------------------------------------------------------------
    def _load(self) -> None:
        """Reset the cache and read the row count or the first matches (inside a reset)."""
        self._last_error = ""
        self._pages.clear()
        self._ids = array("q")
        self._total = 0
        self._exhausted = True
        if self._repository is None:
            return
        try:
            if self._query:
                self._ids.extend(self._repository.search_ids(self._query, self._page_size))
                self._exhausted = len(self._ids) < self._page_size
            else:
                self._total = self._repository.count()
        except sqlite3.Error as exc:
            self._report(f"The journal could not be read: {exc}.")

    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = self._read_matches(number) if self._query else self._read_page(number)
        except sqlite3.Error as exc:
            self._report(f"The journal could not be read: {exc}.")
            return []
        self._last_error = ""
        self._pages[number] = page
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        return page

    def _read_matches(self, number: int) -> Page:
        assert self._repository is not None
        size = self._page_size
        ids = self._ids[number * size : (number + 1) * size]
        found = {entry.id: entry for entry in self._repository.get_many(ids)}
        return [found.get(i) for i in ids]  # None: deleted since the search

    def _read_page(self, number: int) -> Page:
        repo = self._repository
        assert repo is not None
        size = self._page_size
        first = number * size
        last = min(first + size, self._total) - 1
        count = last - first + 1
        newer = self._pages.get(number - 1)
        older = self._pages.get(number + 1)
        if first == 0:
            return repo.newest(count)
        if newer and newer[-1] is not None:
            return repo.newest(count, before_id=newer[-1].id)
        if older and older[0] is not None:
            return repo.oldest(count, after_id=older[0].id)[::-1]
        from_bottom = self._total - 1 - last
        if last == self._total - 1:
            return repo.oldest(count)[::-1]
        if first <= from_bottom:
            start = repo.id_at(first)
            return [] if start is None else repo.newest(count, before_id=start + 1)
        end = repo.id_at(from_bottom, newest_first=False)
        return [] if end is None else repo.oldest(count, after_id=end - 1)[::-1]
