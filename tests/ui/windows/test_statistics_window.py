from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_blog.storage.stats import JournalStats
from desktop_blog.ui.theme import ThemeManager
from desktop_blog.ui.windows.statistics_window import StatisticsWindow

TODAY = date(2026, 3, 15)
STATS = JournalStats(
    entries_per_month=Counter({(2025, 12): 1, (2026, 1): 1200}),
    words_per_month=Counter({(2025, 12): 2500, (2026, 1): 40}),
    entries_per_day=Counter({date(2025, 12, 6): 1, date(2026, 1, 5): 1200}),
)


@pytest.fixture
def shown(qtbot: QtBot) -> StatisticsWindow:
    stats = JournalStats(
        entries_per_month=Counter({(2026, 1): 4, (2026, 3): 2}),
        words_per_month=Counter({(2026, 1): 100, (2026, 3): 400}),
        entries_per_day=Counter({date(2026, 1, 5): 3, date(2026, 3, 2): 1, date(2026, 3, 3): 1}),
    )
    window = StatisticsWindow()
    qtbot.addWidget(window)
    window.show_stats(stats, today=TODAY)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_bars_are_proportional_and_painted(shown: StatisticsWindow) -> None:
    chart = shown.entries_chart
    jan, feb, mar = (chart.bar_rect(i) for i in range(3))
    assert feb.height() == 0
    assert jan.height() == pytest.approx(2 * mar.height())
    image = chart.grab().toImage()
    center = jan.center().toPoint()
    assert image.pixelColor(center) == chart.color()
    assert image.pixelColor(feb.center().toPoint()) != chart.color()
    words = shown.words_chart
    assert words.bar_rect(2).height() == pytest.approx(4 * words.bar_rect(0).height())
    assert "Mar 2026: 400" in words.accessibleDescription()


def test_heatmap_marks_writing_days(shown: StatisticsWindow) -> None:
    heatmap = shown.heatmap
    image = heatmap.grab().toImage()

    def color(day: date) -> QColor:
        return image.pixelColor(heatmap.cell_rect(day).center())

    empty = heatmap.palette().color(QPalette.ColorRole.AlternateBase)
    assert color(date(2026, 2, 1)) == empty
    busy, single = color(date(2026, 1, 5)), color(date(2026, 3, 2))
    assert busy != empty
    assert single != empty
    base = heatmap.palette().color(QPalette.ColorRole.Base).lightness()
    # more entries, a stronger cell: further from the background, in either theme
    assert abs(busy.lightness() - base) > abs(single.lightness() - base)
    assert heatmap.cell_rect(date(2026, 3, 3)).top() > heatmap.cell_rect(date(2026, 3, 2)).top()
    assert heatmap.cell_rect(TODAY).right() < heatmap.width()
    assert shown.summary.text() == "6 entries, 500 words, 3 writing days"


def test_empty_journal_draws_without_errors(qtbot: QtBot) -> None:
    window = StatisticsWindow()
    qtbot.addWidget(window)
    window.show_stats(JournalStats(), today=TODAY)
    assert not window.entries_chart.grab().isNull()
    assert window.summary.text() == "0 entries, 0 words, 0 writing days"


def test_the_charts_follow_a_dark_theme(shown: StatisticsWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    themes = ThemeManager(app, "dark")
    try:
        for chart in (shown.entries_chart, shown.heatmap):
            corner = chart.grab().toImage().pixelColor(2, 2)
            assert corner.lightness() < 60, chart
    finally:
        themes.set_mode("light")


def test_figures_and_months_in_english(qtbot: QtBot) -> None:
    window = StatisticsWindow()
    qtbot.addWidget(window)
    window.show_stats(STATS, today=TODAY)
    assert window.summary.text() == "1,201 entries, 2,540 words, 2 writing days"
    assert window.entries_chart.accessibleDescription() == "Dec 2025: 1 and Jan 2026: 1,200"
    assert window.heatmap.accessibleDescription().startswith("2 writing days from Sunday, ")
    assert window.heatmap.first_day_of_week() == 6  # Sunday, as date.weekday() counts
    assert window.windowTitle() == "Statistics"


@pytest.mark.usefixtures("german")
def test_figures_and_months_follow_the_locale(qtbot: QtBot) -> None:
    window = StatisticsWindow()
    qtbot.addWidget(window)
    window.show_stats(STATS, today=TODAY)
    assert window.summary.text() == "1.201 entries, 2.540 words, 2 writing days"
    assert window.entries_chart.accessibleDescription() == "Dez. 2025: 1 und Jan. 2026: 1.200"
    assert "2 writing days from Montag, " in window.heatmap.accessibleDescription()
    assert window.heatmap.first_day_of_week() == 0  # Monday
    assert not window.heatmap.grab().isNull()
