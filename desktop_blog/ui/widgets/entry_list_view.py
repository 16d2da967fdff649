"""The entry list: one row per entry, drawn by :class:`EntryDelegate`, any journal size.

A single-column QTableView without headers or grid, so it looks like a list. QListView lays
out every row (asking the model about each one) on each reset or insert, which takes seconds
at a million entries; a table with fixed row heights only ever looks at the visible rows.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_blog.ui.widgets.entry_delegate import EntryDelegate


def _color_property(attribute: str) -> Property:
    """A QColor Qt property the style sheet sets (``qproperty-titleColor: #377BA8``)."""

    def get(view: EntryListView) -> QColor:
        return QColor(getattr(view, attribute))

    def set_(view: EntryListView, color: QColor) -> None:
        setattr(view, attribute, QColor(color))
        view.viewport().update()

    return Property(QColor, get, set_)


class EntryListView(QTableView):
    """Shows an entry list model newest first; every row has the delegate's height.

    The delegate's colours are Qt properties, so each theme's style sheet sets them.
    """

    # Qt property names, as the style sheets spell them (qproperty-titleColor).
    titleColor = _color_property("_title_color")  # noqa: N815
    mutedColor = _color_property("_muted_color")  # noqa: N815
    selectedColor = _color_property("_selected_color")  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        self._title_color = QColor("#377BA8")
        self._muted_color = QColor("#777777")
        self._selected_color = QColor("#1d4f74")
        super().__init__(parent)
        self.delegate = EntryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def row_height(self) -> int:
        return self.verticalHeader().defaultSectionSize()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # e.g. the style sheet's font size
            self._fit_rows()

    def _fit_rows(self) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        height = self.delegate.sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)
