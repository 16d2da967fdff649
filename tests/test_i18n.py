"""The user's language from the real catalogues: plurals, dates, direction, command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop_blog import i18n, locale_format


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Each test installs the language it needs; US English comes back afterwards."""
    yield
    i18n.install("en_US")


@pytest.mark.parametrize(
    ("locale", "one", "two"),
    [
        ("en_US", "1 entry", "1,200 entries"),
        ("de_DE", "1 Eintrag", "1.200 Einträge"),
        ("fr_FR", "1 entrée", "1\u202f200 entrées"),
        ("es_ES", "1 entrada", "1200 entradas"),
    ],
)
def test_plurals_follow_each_language(language: None, locale: str, one: str, two: str) -> None:
    i18n.install(locale)
    assert i18n.translate("StatisticsWindow", "%Ln entries", 1) == one
    assert i18n.translate("StatisticsWindow", "%Ln entries", 1200) == two


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "Thursday, November 26, 2026, 9:05\u202fPM"),
        ("de_DE", "Donnerstag, 26. November 2026, 21:05"),
        ("fr_FR", "jeudi 26 novembre 2026 à 21:05"),
        ("es_ES", "jueves, 26 de noviembre de 2026, 21:05"),
    ],
)
def test_dates_follow_the_locale(language: None, locale: str, expected: str) -> None:
    i18n.install(locale)
    shown = locale_format.long_date_time(datetime(2026, 11, 26, 21, 5))
    assert shown.replace(" ", " ") == expected.replace(" ", " ")


def test_right_to_left_languages_mirror_the_window(language: None) -> None:
    i18n.install("ar_EG")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert "٢٠٢٦" in locale_format.long_date(date(2026, 11, 26))
    i18n.install("de_DE")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_language_without_a_catalogue_stays_english(language: None) -> None:
    i18n.install("it_IT")
    assert i18n.translate("StatisticsWindow", "%Ln entries", 2) == "2 entries"
    assert i18n.shipped_languages() == ("en", "de", "es", "fr")


def test_the_command_line_speaks_the_system_s_language(tmp_path: Path) -> None:
    env = {**os.environ, "DESKTOP_BLOG_LANGUAGE": "", "LANG": "de_DE.UTF-8", "LC_ALL": ""}
    env["DESKTOP_BLOG_SETTINGS"] = str(tmp_path / "none.toml")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_blog", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "einen Eintrag hinzufügen" in result.stdout
    # argparse's own words too: the usage line, the headings, the help option.
    assert result.stdout.startswith("Verwendung: desktop-blog")
    assert "Optionen:" in result.stdout
    assert "diese Hilfe anzeigen und beenden" in result.stdout
