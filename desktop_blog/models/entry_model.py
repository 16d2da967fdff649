"""A list model over the journal's entries, newest first, loaded in pages."""

from __future__ import annotations

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

from desktop_blog.storage import Entry, EntryFilter, EntryRepository

ModelIndex = QModelIndex | QPersistentModelIndex


class EntryRole(IntEnum):
    """Custom data roles served by :class:`EntryListModel`."""

    ENTRY = Qt.ItemDataRole.UserRole + 1
    ENTRY_ID = Qt.ItemDataRole.UserRole + 2


class EntryListModel(QAbstractListModel):
    """Entries ordered by id descending, fetched on demand in pages (canFetchMore/fetchMore)."""

    entry_added = Signal(int)  # id of an entry inserted at row 0

    def __init__(
        self,
        repository: EntryRepository | None = None,
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._page_size = page_size
        self._entries: list[Entry] = []
        self._exhausted = repository is None
        self._filter = EntryFilter()

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.created_local.strftime("%A %d %B %Y, %H:%M")
        if role == EntryRole.ENTRY:
            return entry
        if role == EntryRole.ENTRY_ID:
            return entry.id
        return None

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted or self._repository is None:
            return
        before = self._entries[-1].id if self._entries else None
        page = self._fetch_page(self._repository, before)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._entries.extend(page)
        self.endInsertRows()

    # -- journal operations --------------------------------------------------------------
    def set_repository(self, repository: EntryRepository | None) -> None:
        """Show another journal (``None`` hides every entry, as on logout)."""
        self.beginResetModel()
        self._repository = repository
        self._entries = []
        self._exhausted = repository is None
        self.endResetModel()
        if repository is not None:
            self.fetchMore(QModelIndex())

    def add_entry(self, title: str, text: str, *, body_format: str = "html") -> Entry:
        """Store a new entry and insert it at row 0 (raises on invalid input or I/O errors).

        Under a filter the entry is stored but shown only if it matches.
        """
        if self._repository is None:
            raise RuntimeError("no journal is open")
        entry = self._repository.add(title, text, body_format=body_format)
        if not self._filter.matches(entry):
            return entry
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._entries.insert(0, entry)
        self.endInsertRows()
        self.entry_added.emit(entry.id)
        return entry

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    # -- journal features: edit, delete/restore, filter ---------------------------------------
    def _fetch_page(self, repository: EntryRepository, before: int | None) -> list[Entry]:
        if self._filter.is_empty:
            return repository.newest(self._page_size, before_id=before)
        return repository.filtered(self._filter, self._page_size, before_id=before)

    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """Show only the entries matching ``entry_filter`` (an empty filter shows all)."""
        if entry_filter == self._filter:
            return
        self._filter = entry_filter
        self.set_repository(self._repository)

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id``, or -1 if it is not loaded."""
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    def _journal(self) -> EntryRepository:
        if self._repository is None:
            raise RuntimeError("no journal is open")
        return self._repository

    def edit_entry(
        self, entry_id: int, title: str, text: str, *, body_format: str | None = None
    ) -> Entry:
        """Save an edit (raises on invalid input or I/O errors) and update its row."""
        entry = self._journal().update(entry_id, title, text, body_format=body_format)
        self.update_entry(entry)
        return entry

    def update_entry(self, entry: Entry) -> None:
        """Show a changed entry in its row; its position (by id) does not change."""
        row = self.row_of(entry.id)
        if row >= 0:
            self._entries[row] = entry
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def revert_entry(self, entry: Entry) -> None:
        """Write back an earlier version of an entry (undo of an edit) and show it."""
        self.update_entry(self._journal().revert(entry))

    def remove_entry(self, entry_id: int) -> Entry:
        """Delete the entry from the journal and its row; return it for undo."""
        entry = self._journal().delete(entry_id)
        row = self.row_of(entry_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
        return entry

    def restore_entry(self, entry: Entry) -> None:
        """Put a removed entry back in the journal and at its id-ordered row."""
        self._journal().restore(entry)
        if not self._filter.matches(entry):
            return
        row = next((r for r, e in enumerate(self._entries) if e.id < entry.id), None)
        if row is None:
            if not self._exhausted:
                return  # it belongs to a page not fetched yet; fetchMore will bring it
            row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.endInsertRows()
