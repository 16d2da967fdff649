"""Draws one entry per row: its title and date on the first line, a snippet of it below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
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
        title_color, muted_color, selected_color = (
            _color(widget, name, default)
            for name, default in (
                ("titleColor", TITLE_COLOR),
                ("mutedColor", MUTED_COLOR),
                ("selectedColor", SELECTED_COLOR),
            )
        )
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title_font = self._title_font(option.font)
        small_font = self._small_font(option.font)
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small_font)

        date = entry.created_local.strftime(DATE_FORMAT)
        date_width = small_metrics.horizontalAdvance(date) + PADDING
        first_line = QRect(area.left(), area.top(), area.width(), title_metrics.height())
        painter.setFont(small_font)
        painter.setPen(selected_color if selected else muted_color)
        painter.drawText(
            first_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date
        )
        painter.setFont(title_font)
        painter.setPen(selected_color if selected else title_color)
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
        painter.setPen(selected_color if selected else muted_color)
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


def _color(widget: object, name: str, default: QColor) -> QColor:
    """The view's colour property ``name`` (set by the theme's style sheet), or ``default``."""
    value = widget.property(name) if isinstance(widget, QObject) else None
    return value if isinstance(value, QColor) and value.isValid() else default
