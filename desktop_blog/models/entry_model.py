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

from desktop_blog.storage import Entry, EntryRepository

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
        page = self._repository.newest(self._page_size, before_id=before)
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

    def add_entry(self, title: str, text: str) -> Entry:
        """Store a new entry and insert it at row 0 (raises on invalid input or I/O errors)."""
        if self._repository is None:
            raise RuntimeError("no journal is open")
        entry = self._repository.add(title, text)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._entries.insert(0, entry)
        self.endInsertRows()
        self.entry_added.emit(entry.id)
        return entry

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None
