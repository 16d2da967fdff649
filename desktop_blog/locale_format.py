"""Dates, times and numbers as the user's locale writes them (through ``QLocale``).

The reader, the list, the PDF, the HTML site and the statistics all format through these
functions, so they agree with each other and with Qt's own widgets (calendar, date field).
The locale is ``QLocale()``: the one :func:`desktop_blog.i18n.install` made the default.
A datetime is shown at its own wall-clock time (an entry's time in the zone it was written).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from desktop_blog.i18n import translate

_LONG = QLocale.FormatType.LongFormat
_SHORT = QLocale.FormatType.ShortFormat


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(when: datetime) -> QTime:
    return QTime(when.hour, when.minute, when.second)


def long_date(day: date) -> str:
    """``day`` with its weekday and month name: "Sunday, December 6, 2026"."""
    return QLocale().toString(_qdate(day), _LONG)


def short_date(day: date) -> str:
    """``day`` in the locale's numeric form: "12/6/26"."""
    return QLocale().toString(_qdate(day), _SHORT)


def time_of_day(when: datetime) -> str:
    """Hours and minutes: "9:26 PM" or "21:26"."""
    return QLocale().toString(_qtime(when), _SHORT)


def long_date_time(when: datetime) -> str:
    """The long date and the time: "Sunday, December 6, 2026, 9:26 PM"."""
    return translate("Dates", "{date}, {time}").format(
        date=long_date(when.date()), time=time_of_day(when)
    )


def short_date_time(when: datetime) -> str:
    """The short date and the time: "12/6/26 9:26 PM"."""
    return f"{short_date(when.date())} {time_of_day(when)}"


def month_year(day: date) -> str:
    """The month's standalone name and the year: "December 2026"."""
    return QLocale().toString(_qdate(day), "MMMM yyyy")


def number(value: int) -> str:
    """``value`` with the locale's digits and group separators: "1,200" or "1.200"."""
    return QLocale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals in the locale's form: "2.5" or "2,5"."""
    return QLocale().toString(float(value), "f", places)
