"""A month calendar that marks the days with entries and reports the day chosen.

It is written as the user's locale writes it: month and day names, digits, and the first day
of the week (Sunday in the United States, Monday in Germany).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desktop_blog.ui.theme import is_dark

MARK_COLORS = {"light": "#2c6a94", "dark": "#8cc0e4"}  # 4.5:1 on each theme's base


class CalendarPanel(QCalendarWidget):
    """Emits ``day_chosen(date)`` on a click or Enter and ``month_shown(first, last)``."""

    day_chosen = Signal(object)
    month_shown = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPanel")
        self.setAccessibleName(self.tr("Calendar"))
        self.setAccessibleDescription(self.tr("Days in bold have entries; choose one to list them"))
        self.follow_locale(QLocale())
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self._marked: set[date] = set()
        self._plain_weekends()
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)
        self.currentPageChanged.connect(lambda _y, _m: self.month_shown.emit(*self.month_range()))

    def follow_locale(self, locale: QLocale) -> None:
        """Write the calendar as ``locale`` does, its weeks starting on the locale's first day."""
        self.setLocale(locale)
        self.setFirstDayOfWeek(locale.firstDayOfWeek())

    def month_range(self) -> tuple[date, date]:
        """The first and last day of the month on show."""
        year, month = self.yearShown(), self.monthShown()
        last = QDate(year, month, 1).daysInMonth()  # Qt's: Python's calendar loads locale too
        return date(year, month, 1), date(year, month, last)

    def marked_days(self) -> set[date]:
        return set(self._marked)

    def set_marked_days(self, days: set[date]) -> None:
        """Show ``days`` in bold with the accent colour; every other day plain."""
        self.setDateTextFormat(QDate(), QTextCharFormat())
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(QColor(MARK_COLORS["dark" if is_dark(self.palette()) else "light"]))
        mark.setFontUnderline(True)
        for day in days:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), mark)
        self._marked = set(days)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self.setFirstDayOfWeek(self.locale().firstDayOfWeek())
        if event.type() == QEvent.Type.PaletteChange:
            self._plain_weekends()
            if self._marked:
                self.set_marked_days(set(self._marked))  # the mark colour follows the theme

    def _plain_weekends(self) -> None:
        """Weekends in the text colour: Qt's default red fails the contrast the themes keep.

        Every day is set, since which days are the weekend depends on the locale.
        """
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in Qt.DayOfWeek:
            self.setWeekdayTextFormat(day, plain)

    def show_day(self, day: date) -> None:
        """Select ``day`` (turning the page if needed) and report it as chosen."""
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self._choose(self.selectedDate())

    def _choose(self, qdate: QDate) -> None:
        self.day_chosen.emit(date(qdate.year(), qdate.month(), qdate.day()))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate | date) -> None:
        """Days of the neighbouring months are drawn dimmed, so the shown month stands out."""
        day = date if isinstance(date, QDate) else QDate(date.year, date.month, date.day)
        if day.month() == self.monthShown():
            super().paintCell(painter, rect, day)
            return
        painter.save()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.locale().toString(day.day()))
        painter.restore()
