"""A list model over the journal's entries, newest first, read in pages into a bounded cache."""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime
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

from desktop_blog.locale_format import long_date_time
from desktop_blog.markup import to_html
from desktop_blog.storage import Entry, EntryFilter, EntryRepository, sql_errors
from desktop_blog.storage.fulltext import snippet

logger = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
Page = list[Entry | None]


SNIPPET_CACHE = 4096  # snippets kept (a few hundred rows are painted at most)
_snippets: OrderedDict[tuple[int, int, str], str] = OrderedDict()


def _snippet(entry: Entry) -> str:
    """The body's start as plain text, whatever its format (cached: asked on every paint).

    Cached by the entry's id and its body's hash, not by the body: a cache keyed by the text
    kept up to 4,096 bodies alive after their pages had left the list (14 searches at
    1,000,000 entries, 5 MiB).
    """
    key = (entry.id, hash(entry.text), entry.body_format)
    found = _snippets.get(key)
    if found is not None:
        _snippets.move_to_end(key)
        return found
    text = entry.text
    if entry.body_format == "markdown":
        text = to_html(text[:2000], entry.body_format)
    found = _snippets[key] = snippet(text)
    if len(_snippets) > SNIPPET_CACHE:
        _snippets.popitem(last=False)
    return found


class EntryRole(IntEnum):
    """Custom data roles served by :class:`EntryListModel`."""

    ENTRY = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2
    SNIPPET = Qt.ItemDataRole.UserRole + 3  # the body's start as one line of plain text


class EntryListModel(QAbstractListModel):
    """Entries newest first by date (id breaking ties); only the pages looked at are in memory.

    Showing the whole journal, the model has one row per entry (the scroll bar spans the
    journal; counting reads the small id index) and reads a page when a row of it is first
    needed: by keyset (the entries' sort keys) from a neighbouring cached page, else by
    position in the sort-key index from the nearer end. At most ``cache_pages`` pages are
    kept. Under a filter (a full-text search, a tag, a day, the star: :meth:`set_filter`),
    matches arrive in pages with canFetchMore/fetchMore, since counting every match of a
    common word costs more than showing the first ones; only their ids (and sort keys) are
    kept for every row fetched.

    :meth:`refresh` picks up what another process changed, keeping the selection.
    """

    entry_added = Signal(int)  # id of an entry just added (at the row its date gives it)
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
        self._filter = EntryFilter()
        self._total = 0
        self._ids = array("q")  # filtered: the ids of the matches fetched so far
        self._keys = array("q")  # ... and their sort keys, newest first
        self._exhausted = True
        self._last_error = ""  # the problem last reported, so it is reported once
        self._load()

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._total if self._filter.is_empty else len(self._ids)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return long_date_time(entry.created_local)
        if role == EntryRole.ENTRY:
            return entry
        if role == EntryRole.ENTRY_ID:
            return entry.id
        if role == EntryRole.SNIPPET:
            return _snippet(entry)
        return None

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._filter.is_empty and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or not self.canFetchMore(parent) or self._repository is None:
            return
        before = self._keys[-1] if self._keys else None
        try:
            found = self._repository.filtered_keys(self._filter, self._page_size, before=before)
        except sql_errors.ERROR as exc:
            logger.warning("reading the journal for the entry list failed: %s", type(exc).__name__)
            self._exhausted = True
            self._report(self.tr("The search could not be completed: {error}.").format(error=exc))
            return
        if len(found) < self._page_size:
            self._exhausted = True
        if not found:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
        self._keys.extend(k for k, _ in found)
        self._ids.extend(i for _, i in found)
        self.endInsertRows()

    # -- what is shown ----------------------------------------------------------------------
    def set_repository(self, repository: EntryRepository | None) -> None:
        """Show another journal (``None`` hides every entry, as on logout)."""
        self.beginResetModel()
        self._repository = repository
        self._load()
        self.endResetModel()

    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """Show only the entries matching ``entry_filter`` (an empty filter shows all)."""
        entry_filter = replace(entry_filter, query=entry_filter.query.strip())
        if entry_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = entry_filter
        self._load()
        self.endResetModel()

    def set_search(self, query: str) -> None:
        """Show only the entries matching ``query`` (full-text syntax), within the filter."""
        self.set_filter(replace(self._filter, query=query))

    def search_query(self) -> str:
        """The search being shown ("" when none is)."""
        return self._filter.query

    def entry_at(self, row: int) -> Entry | None:
        if not 0 <= row < self.rowCount():
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id``, or -1 if it is not shown."""
        if self._repository is None:
            return -1
        if not self._filter.is_empty:
            return self._ids.index(entry_id) if entry_id in self._ids else -1
        try:
            row = self._repository.count_newer(entry_id)
        except sql_errors.ERROR:
            return -1
        entry = self.entry_at(row)
        return row if entry is not None and entry.id == entry_id else -1

    def cached_pages(self) -> int:
        """How many pages are in memory (never more than ``cache_pages``)."""
        return len(self._pages)

    # -- changes ------------------------------------------------------------------------------
    def _journal(self) -> EntryRepository:
        if self._repository is None:
            raise RuntimeError("no journal is open")
        return self._repository

    def add_entry(
        self,
        title: str,
        text: str,
        *,
        body_format: str = "html",
        created: datetime | None = None,
        tz: str | None = None,
        starred: bool = False,
    ) -> Entry:
        """Store a new entry and insert its row where its date puts it (row 0 when now).

        Raises on invalid input or I/O errors. Under a filter the entry is stored but shown
        only if it matches.
        """
        entry = self._journal().add(
            title, text, body_format=body_format, created=created, tz=tz, starred=starred
        )
        self._show_new(entry)
        self.entry_added.emit(entry.id)
        return entry

    def edit_entry(
        self,
        entry_id: int,
        title: str,
        text: str,
        *,
        body_format: str | None = None,
        created: datetime | None = None,
        tz: str | None = None,
    ) -> Entry:
        """Save an edit (raises on invalid input or I/O errors) and update its row.

        A new date moves the row to its place; the selection follows it.
        """
        row = self.row_of(entry_id)  # found before the new date changes the order
        entry = self._journal().update(
            entry_id, title, text, body_format=body_format, created=created, tz=tz
        )
        self.update_entry(entry, row)
        return entry

    def set_starred(self, entry_id: int, starred: bool) -> Entry:
        """Star or unstar an entry and show it (under a starred filter it may leave the list)."""
        row = self.row_of(entry_id)
        entry = self._journal().set_starred(entry_id, starred)
        self.update_entry(entry, row)
        return entry

    def update_entry(self, entry: Entry, row: int | None = None) -> None:
        """Show a changed entry: in its row, moved to where its date puts it, or gone from a
        filter it no longer matches.

        ``row`` is where it was shown before the change (``None``: look it up, which only
        works while its date, hence its place, is unchanged).
        """
        if row is None:
            row = self.row_of(entry.id)
        if row < 0:
            if not self._filter.is_empty and self._matches(entry):
                self._show_new(entry)
            return
        if not self._filter.is_empty and not self._matches(entry):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            del self._keys[row]
            self._pages.clear()
            self.endRemoveRows()
            return
        target = self._row_for(entry)
        if target != row:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row))
            if not self._filter.is_empty:
                del self._ids[row]
                del self._keys[row]
                self._ids.insert(target, entry.id)
                self._keys.insert(target, entry.sort_key)
            self._pages.clear()
            self.endMoveRows()
            row = target
        elif not self._filter.is_empty:
            self._keys[row] = entry.sort_key
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is not None and offset < len(page):
            page[offset] = entry
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def revert_entry(self, entry: Entry) -> None:
        """Write back an earlier version of an entry (undo of an edit or a date change)."""
        row = self.row_of(entry.id)
        self.update_entry(self._journal().revert(entry), row)

    def remove_entry(self, entry_id: int) -> Entry:
        """Delete the entry from the journal and its row; return it for undo."""
        row = self.row_of(entry_id)
        entry = self._journal().delete(entry_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            if self._filter.is_empty:
                self._total -= 1
            else:
                del self._ids[row]
                del self._keys[row]
            self._pages.clear()  # every later row moved up by one
            self.endRemoveRows()
        return entry

    def restore_entry(self, entry: Entry) -> None:
        """Put a removed entry back in the journal and at its row."""
        self._show_new(self._journal().restore(entry))

    def _show_new(self, entry: Entry) -> None:
        """Insert the row of an entry just stored, if the list shows it."""
        if self._filter.is_empty:
            self._insert_row(self._journal().count_newer(entry.id))
        elif self._matches(entry):
            row = self._row_for(entry)
            if row < len(self._ids) or self._exhausted:
                self._insert_row(row, entry)
            # else it belongs to a page not fetched yet; fetchMore will bring it

    def _row_for(self, entry: Entry) -> int:
        """The row ``entry`` belongs at, among the other rows."""
        if self._filter.is_empty:
            return self._journal().count_newer(entry.id)
        return sum(
            1
            for key, entry_id in zip(self._keys, self._ids, strict=True)
            if key > entry.sort_key and entry_id != entry.id
        )

    def _insert_row(self, row: int, entry: Entry | None = None) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        if entry is None:
            self._total += 1
        else:
            self._ids.insert(row, entry.id)
            self._keys.insert(row, entry.sort_key)
        self._pages.clear()  # every later row moved down by one
        self.endInsertRows()

    def _matches(self, entry: Entry) -> bool:
        """Whether ``entry`` passes the filter, by the same query that lists the matches."""
        try:
            found = self._journal().filtered_ids(self._filter, 1, before=entry.sort_key + 1)
        except sql_errors.ERROR as exc:  # the entry is saved; only the list misses it
            logger.warning("reading the journal for the entry list failed: %s", type(exc).__name__)
            self._report(self.tr("The search could not be updated: {error}.").format(error=exc))
            return False
        return found == [entry.id]

    def refresh(self) -> None:
        """Show what changed in the journal meanwhile (another process, an import).

        Rows are added or removed at the end so that the row count matches the journal, then
        every row is re-read; the selection and current row follow their entries (an entry
        deleted meanwhile loses them) and the view keeps its scroll position.
        """
        if self._repository is None:
            return
        saved = [(index, self._id_at_row(index.row())) for index in self.persistentIndexList()]
        try:
            if self._filter.is_empty:
                size = self._repository.count()
                found: list[tuple[int, int]] = []
            else:
                wanted = max(len(self._ids), self._page_size)
                found = self._repository.filtered_keys(self._filter, wanted)
                size = len(found)
        except sql_errors.ERROR as exc:
            logger.warning("reading the journal for the entry list failed: %s", type(exc).__name__)
            self._report(self.tr("The journal could not be read: {error}.").format(error=exc))
            return
        old = self.rowCount()
        if size > old:
            self.beginInsertRows(QModelIndex(), old, size - 1)
            self._set_rows(size, found, found)
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        # While shrinking, the rows to be removed stay (at the end) until removed below.
        padding = list(zip(self._keys[size:], self._ids[size:], strict=True))
        self._set_rows(max(size, old), found, found + padding)
        moved = [self._new_index(entry_id, size) for _index, entry_id in saved]
        self.changePersistentIndexList([index for index, _ in saved], moved)
        self.layoutChanged.emit()
        if size < old:
            self.beginRemoveRows(QModelIndex(), size, old - 1)
            self._set_rows(size, found, found)
            self.endRemoveRows()
        if not self._filter.is_empty:
            self._exhausted = size < max(old, self._page_size)

    def _set_rows(
        self, total: int, found: list[tuple[int, int]], rows: list[tuple[int, int]]
    ) -> None:
        """Clear the cache; show ``total`` rows of the journal, or ``rows`` under a filter."""
        self._pages.clear()
        if self._filter.is_empty:
            self._total = total
        else:
            self._keys = array("q", (k for k, _ in rows))
            self._ids = array("q", (i for _, i in rows))

    def _id_at_row(self, row: int) -> int | None:
        if not self._filter.is_empty:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        entry = self.entry_at(row)
        return entry.id if entry is not None else None

    def _new_index(self, entry_id: int | None, size: int) -> QModelIndex:
        """Where ``entry_id`` is now (an invalid index if it is gone)."""
        if entry_id is None or self._repository is None:
            return QModelIndex()
        if not self._filter.is_empty:
            row = self._ids.index(entry_id) if entry_id in self._ids else -1
        elif self._repository.get(entry_id) is None:
            row = -1
        else:
            row = self._repository.count_newer(entry_id)
        return self.index(row, 0) if 0 <= row < max(size, self.rowCount()) else QModelIndex()

    def _report(self, message: str) -> None:
        """Emit ``load_failed`` once per distinct problem (data() asks again on every paint)."""
        if message != self._last_error:
            self._last_error = message
            self.load_failed.emit(message)

    # -- paging ---------------------------------------------------------------------------
    def _load(self) -> None:
        """Reset the cache and read the row count or the first matches (inside a reset)."""
        self._last_error = ""
        self._pages.clear()
        self._ids = array("q")
        self._keys = array("q")
        self._total = 0
        self._exhausted = True
        if self._repository is None:
            return
        try:
            if self._filter.is_empty:
                self._total = self._repository.count()
            else:
                found = self._repository.filtered_keys(self._filter, self._page_size)
                self._keys.extend(k for k, _ in found)
                self._ids.extend(i for _, i in found)
                self._exhausted = len(self._ids) < self._page_size
        except sql_errors.ERROR as exc:
            logger.warning("reading the journal for the entry list failed: %s", type(exc).__name__)
            self._report(self.tr("The journal could not be read: {error}.").format(error=exc))

    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = self._read_page(number) if self._filter.is_empty else self._read_matches(number)
        except sql_errors.ERROR as exc:
            logger.warning("reading the journal for the entry list failed: %s", type(exc).__name__)
            self._report(self.tr("The journal could not be read: {error}.").format(error=exc))
            return []
        self._last_error = ""
        self._pages[number] = page
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        return page

    def _read_matches(self, number: int) -> Page:
        size = self._page_size
        ids = self._ids[number * size : (number + 1) * size]
        found = {entry.id: entry for entry in self._journal().get_many(ids)}
        return [found.get(i) for i in ids]  # None: deleted since the search

    def _read_page(self, number: int) -> Page:
        repo = self._journal()
        size = self._page_size
        first = number * size
        last = min(first + size, self._total) - 1
        count = last - first + 1
        newer = self._pages.get(number - 1)
        older = self._pages.get(number + 1)
        page: list[Entry]
        if first == 0:
            page = repo.newest(count)
        elif newer and newer[-1] is not None:
            page = repo.newest(count, before=newer[-1].sort_key)
        elif older and older[0] is not None:
            page = repo.oldest(count, after=older[0].sort_key)[::-1]
        elif last == self._total - 1:
            page = repo.oldest(count)[::-1]
        elif first <= self._total - 1 - last:
            start = repo.key_at(first)
            page = [] if start is None else repo.newest(count, before=start + 1)
        else:
            end = repo.key_at(self._total - 1 - last, newest_first=False)
            page = [] if end is None else repo.oldest(count, after=end - 1)[::-1]
        return list(page)
