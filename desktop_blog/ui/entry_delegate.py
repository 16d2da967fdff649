"""Draws one entry per row: its title and date on the first line, a snippet of it below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_blog.models.entry_model import EntryRole
from desktop_blog.storage import Entry

ModelIndex = QModelIndex | QPersistentModelIndex
DATE_FORMAT = "%d %b %Y"
PADDING = 6
LINE_GAP = 2
TITLE_COLOR = QColor("#377BA8")
MUTED_COLOR = QColor("#777777")
SELECTED_COLOR = QColor("#1d4f74")  # as the style sheet's selected item, on its light blue


class EntryDelegate(QStyledItemDelegate):
    """Paints rows of an :class:`EntryListModel`; every row has the same height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title = QFontMetrics(self._title_font(option.font))
        small = QFontMetrics(self._small_font(option.font))
        return QSize(200, title.height() + small.height() + 2 * PADDING + LINE_GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        entry = index.data(EntryRole.ENTRY)
        if not isinstance(entry, Entry):
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title_font = self._title_font(option.font)
        small_font = self._small_font(option.font)
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small_font)

        date = entry.created_local.strftime(DATE_FORMAT)
        date_width = small_metrics.horizontalAdvance(date) + PADDING
        first_line = QRect(area.left(), area.top(), area.width(), title_metrics.height())
        painter.setFont(small_font)
        painter.setPen(SELECTED_COLOR if selected else MUTED_COLOR)
        painter.drawText(
            first_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date
        )
        painter.setFont(title_font)
        painter.setPen(SELECTED_COLOR if selected else TITLE_COLOR)
        title_room = first_line.adjusted(0, 0, -date_width, 0)
        painter.drawText(
            title_room,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, title_room.width()),
        )
        second_line = QRect(
            area.left(), first_line.bottom() + 1 + LINE_GAP, area.width(), small_metrics.height()
        )
        snippet = str(index.data(EntryRole.SNIPPET) or "")
        painter.setFont(small_font)
        painter.setPen(SELECTED_COLOR if selected else MUTED_COLOR)
        painter.drawText(
            second_line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, second_line.width()),
        )
        painter.restore()

    @staticmethod
    def _title_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        return font

    @staticmethod
    def _small_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(base.pointSizeF() * 0.85, 7.0))
        return font
