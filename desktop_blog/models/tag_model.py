"""A list model of tags with their entry counts, led by an "All entries" row."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.locale_format import number
from desktop_blog.ui.widgets.bidi import isolate

ModelIndex = QModelIndex | QPersistentModelIndex
ALL_ENTRIES = QT_TRANSLATE_NOOP("TagListModel", "All entries")  # shown translated


class TagRole(IntEnum):
    """Custom data roles served by :class:`TagListModel`."""

    TAG = Qt.ItemDataRole.UserRole + 1  # the tag, or None for the "All entries" row
    COUNT = Qt.ItemDataRole.UserRole + 2


class TagListModel(QAbstractListModel):
    """Row 0 is "All entries"; then one row per tag, as given by :meth:`set_counts`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[tuple[str, int]] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags) + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = index.row()
        if not 0 <= row <= len(self._tags):
            return None
        if row == 0:
            tag, count = None, sum(n for _, n in self._tags)
        else:
            tag, count = self._tags[row - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(tag, count, accessible=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == TagRole.TAG:
            return tag
        if role == TagRole.COUNT:
            return count
        return None

    def label(self, tag: str | None, count: int, *, accessible: bool = False) -> str:
        """A row's text: "All entries", or the tag and its count (the tag isolated)."""
        if tag is None:
            return translate("TagListModel", ALL_ENTRIES)
        if accessible:
            return self.tr("Tag {tag}, %Ln entries", "", count).format(tag=isolate(tag))
        return self.tr("{tag}  ({count})").format(tag=isolate(f"#{tag}"), count=number(count))

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Replace the tags shown (as from ``EntryRepository.tag_counts``)."""
        if counts == self._tags:
            return
        self.beginResetModel()
        self._tags = list(counts)
        self.endResetModel()

    def row_of(self, tag: str | None) -> int:
        """The row of ``tag`` (0 for ``None``), or -1."""
        if tag is None:
            return 0
        return next((row + 1 for row, (t, _) in enumerate(self._tags) if t == tag), -1)
