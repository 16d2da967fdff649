"""Draws one entry per row: its title (and a star when starred), then its date and a snippet.

Rows are mirrored in a right-to-left layout: the title starts at the right, the star sits at
the left end of its line. The user's text is isolated (FSI ... PDI), so a title or snippet in
any script keeps its own direction whatever the direction around it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_blog.models.entry_model import EntryRole
from desktop_blog.storage import Entry
from desktop_blog.ui.widgets.bidi import isolate

ModelIndex = QModelIndex | QPersistentModelIndex
# The weekday and its separator in a locale's long date format ("dddd, " or "، dddd").
_WEEKDAY = re.compile(r"dddd[\s,،]*|[\s,،]*dddd")
STAR = "★"  # drawn on starred entries' rows
PADDING = 6
LINE_GAP = 2
TITLE_LINES = 2  # a title wraps to a second line before it is cut
TITLE_COLOR = QColor("#377BA8")
MUTED_COLOR = QColor("#777777")
SELECTED_COLOR = QColor("#1d4f74")  # as the style sheet's selected item, on its light blue


def title_lines(title: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``title`` in at most :data:`TITLE_LINES` lines of ``width``, broken between words;
    only what does not fit on the last line is cut (with an ellipsis)."""
    lines: list[str] = []
    rest = " ".join(title.split())
    while rest and len(lines) < TITLE_LINES - 1:
        if metrics.horizontalAdvance(rest) <= width:
            break
        words = rest.split(" ")
        count = len(words) - 1
        while count > 1 and metrics.horizontalAdvance(" ".join(words[:count])) > width:
            count -= 1
        if metrics.horizontalAdvance(" ".join(words[:count])) > width:
            break  # one long word: let the last line cut it
        lines.append(" ".join(words[:count]))
        rest = " ".join(words[count:])
    lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def list_date(day: date) -> str:
    """``day`` as the locale writes a date, with its month's short name and no weekday:
    "Mar 4, 2021", "4. März 2021"."""
    locale = QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    pattern = pattern.replace("MMMM", "MMM")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class EntryDelegate(QStyledItemDelegate):
    """Paints rows of an :class:`EntryListModel`; every row has the same height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title = QFontMetrics(self._title_font(option.font))
        small = QFontMetrics(self._small_font(option.font))
        return QSize(
            200, TITLE_LINES * title.height() + small.height() + 2 * PADDING + 2 * LINE_GAP
        )

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
        direction = option.direction
        painter.setLayoutDirection(direction)  # AlignLeft is the leading side

        def visual(rect: QRect) -> QRect:
            """``rect``, laid out left to right, where it is in the row's direction."""
            return QStyle.visualRect(direction, option.rect, rect)

        title_font = self._title_font(option.font)
        small_font = self._small_font(option.font)
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small_font)

        leading = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(title_font)
        painter.setPen(selected_color if selected else title_color)
        top = area.top()
        title_width = area.width()
        if entry.starred:  # a star at the end of the first line; the title makes room for it
            star_width = title_metrics.horizontalAdvance(STAR) + PADDING
            title_width -= star_width
            painter.drawText(
                visual(QRect(area.right() - star_width, top, star_width, title_metrics.height())),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                STAR,
            )
        for line in title_lines(entry.title, title_metrics, title_width):
            rect = visual(QRect(area.left(), top, title_width, title_metrics.height()))
            painter.drawText(rect, leading, isolate(line))
            top += title_metrics.height()
        last_line = visual(
            QRect(
                area.left(),
                area.top() + TITLE_LINES * title_metrics.height() + 2 * LINE_GAP,
                area.width(),
                small_metrics.height(),
            )
        )
        painter.setFont(small_font)
        painter.setPen(selected_color if selected else muted_color)
        painter.drawText(
            last_line,
            leading,
            small_metrics.elidedText(
                self.date_line(entry, str(index.data(EntryRole.SNIPPET) or "")),
                Qt.TextElideMode.ElideRight,
                last_line.width(),
            ),
        )
        painter.restore()

    def date_line(self, entry: Entry, snippet: str) -> str:
        """The row's second line: the entry's date, then the start of its text."""
        day = list_date(entry.created_local.date())
        if not snippet:
            return day
        return self.tr("{date} · {snippet}").format(date=day, snippet=isolate(snippet))

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
