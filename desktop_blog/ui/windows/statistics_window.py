"""The Statistics window: entries and words per month, and a heatmap of writing days.

Month and day names, dates and figures are the locale's; the heatmap's weeks start on the
locale's first day of the week.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_blog.locale_format import long_date, number
from desktop_blog.storage.stats import JournalStats

ACCENT = QColor("#377BA8")
_SHORT = QLocale.FormatType.ShortFormat


def month_label(year: int, month: int) -> str:
    """A month and its year, short, as the locale writes them: "Mar 2026", "Dez. 2026"."""
    return QLocale().toString(QDate(year, month, 1), "MMM yyyy")


class BarChart(QWidget):
    """One value per month as vertical bars, with the maximum on the axis."""

    MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 48, 22, 8

    def __init__(self, title: str, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self._color = color
        self._labels: list[str] = []
        self._values: list[int] = []
        self.setMinimumSize(420, 150)

    def set_data(self, labels: list[str], values: list[int]) -> None:
        self._labels, self._values = labels, values
        self.setAccessibleDescription(
            QLocale().createSeparatedList(
                [
                    self.tr("{month}: {value}").format(month=label, value=number(value))
                    for label, value in zip(labels, values, strict=True)
                ]
            )
        )
        self.update()

    def color(self) -> QColor:
        return self._color

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar for ``index`` is drawn (empty when its value is 0)."""
        plot = self._plot_rect()
        slot = plot.width() / max(len(self._values), 1)
        top = max(self._values, default=0) or 1
        height = plot.height() * self._values[index] / top
        return QRectF(
            plot.left() + slot * index + slot * 0.15, plot.bottom() - height, slot * 0.7, height
        )

    def _plot_rect(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            self.width() - self.MARGIN_LEFT - 8,
            self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM,
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        plot = self._plot_rect()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        top = max(self._values, default=0)
        painter.drawText(
            QRectF(0, plot.top() - 6, self.MARGIN_LEFT - 6, 14),
            Qt.AlignmentFlag.AlignRight,
            number(top),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - 12, self.MARGIN_LEFT - 6, 14),
            Qt.AlignmentFlag.AlignRight,
            number(0),
        )
        step = max(1, len(self._labels) // 8)  # at most about 8 labels under the axis
        for index, value in enumerate(self._values):
            bar = self.bar_rect(index)
            if value:
                painter.fillRect(bar, self._color)
            if index % step == 0:
                painter.drawText(
                    QRectF(bar.center().x() - 30, plot.bottom() + 3, 60, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    self._labels[index],
                )
        painter.end()


class Heatmap(QWidget):
    """A calendar of the last year: one cell per day, darker for more entries."""

    CELL, GAP, LEFT, TOP = 12, 2, 30, 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Writing days"))
        self._counts: dict[date, int] = {}
        self._last = date.today()
        self._first = self._start_of(self._last)

    def set_data(self, counts: dict[date, int], last: date) -> None:
        self._counts, self._last = counts, last
        self._first = self._start_of(last)
        days = sum(1 for d in counts if self._first <= d <= last)
        self.setAccessibleDescription(
            self.tr("%Ln writing days from {first} to {last}", "", days).format(
                first=long_date(self._first), last=long_date(last)
            )
        )
        self.updateGeometry()
        self.update()

    @staticmethod
    def _start_of(last: date) -> date:
        """The first day of the first week shown: columns are weeks, as the locale starts them."""
        start = last - timedelta(days=52 * 7)
        first_weekday = QLocale().firstDayOfWeek().value - 1  # Monday is 0, as date.weekday()
        return start - timedelta(days=(start.weekday() - first_weekday) % 7)

    def first_day_of_week(self) -> int:
        """The weekday of the top row, as ``date.weekday()`` counts (Monday is 0)."""
        return self._first.weekday()

    def sizeHint(self) -> QSize:
        weeks = (self._last - self._first).days // 7 + 1
        return QSize(
            self.LEFT + weeks * (self.CELL + self.GAP) + 4,
            self.TOP + 7 * (self.CELL + self.GAP) + 4,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, day: date) -> QRect:
        offset = (day - self._first).days
        week, weekday = divmod(offset, 7)
        pitch = self.CELL + self.GAP
        return QRect(self.LEFT + week * pitch, self.TOP + weekday * pitch, self.CELL, self.CELL)

    def color_for(self, count: int) -> QColor:
        if count <= 0:
            return self.palette().color(QPalette.ColorRole.AlternateBase)
        shade = QColor(ACCENT)
        shade.setAlphaF(min(1.0, 0.35 + 0.22 * (count - 1)))
        return shade

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        locale = QLocale()
        for row in (0, 2, 4):
            name = locale.dayName((self._first.weekday() + row) % 7 + 1, _SHORT)
            y = self.TOP + row * (self.CELL + self.GAP) + self.CELL - 2
            painter.drawText(QPointF(0, y), name)
        day = self._first
        while day <= self._last:
            rect = self.cell_rect(day)
            painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
            painter.fillRect(rect, self.color_for(self._counts.get(day, 0)))
            if day.day == 1:
                month = locale.standaloneMonthName(day.month, _SHORT)
                painter.drawText(QPointF(rect.left(), self.TOP - 5), month)
            day += timedelta(days=1)
        painter.end()


class StatisticsWindow(QWidget):
    """Presents :class:`JournalStats`; the controller computes them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Statistics"))
        self.summary = QLabel(self)
        self.summary.setObjectName("formHeading")
        entries, words = self.tr("Entries per month"), self.tr("Words per month")
        self.entries_chart = BarChart(entries, ACCENT, self)
        self.words_chart = BarChart(words, QColor("#7FA9C9"), self)
        self.heatmap = Heatmap(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        for text, widget in (
            (entries, self.entries_chart),
            (words, self.words_chart),
            (self.tr("Writing days (last 12 months)"), self.heatmap),
        ):
            layout.addWidget(QLabel(text, body))
            layout.addWidget(widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.summary)
        outer.addWidget(scroll, 1)
        self.resize(820, 640)

    def show_stats(self, stats: JournalStats, today: date | None = None) -> None:
        months = stats.months()
        labels = [month_label(y, m) for y, m in months]
        self.entries_chart.set_data(labels, [stats.entries_per_month[m] for m in months])
        self.words_chart.set_data(labels, [stats.words_per_month[m] for m in months])
        last = max([today or date.today(), *stats.entries_per_day])
        self.heatmap.set_data(dict(stats.entries_per_day), last)
        self.summary.setText(
            self.tr("{entries}, {words}, {days}").format(
                entries=self.tr("%Ln entries", "", stats.total_entries),
                words=self.tr("%Ln words", "", stats.total_words),
                days=self.tr("%Ln writing days", "", stats.writing_days),
            )
        )
