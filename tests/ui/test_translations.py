"""Every window under a pseudo-translation: no string left untranslated, no text cut off.

The pseudo catalogue (``tests/ui/pseudo_locale.py``) gives every string that goes through
Qt's translation accented letters and 40% more length. Each window is opened as a person
opens it; every text it shows (window titles, labels, buttons, menus, tool tips,
placeholders, list rows) must look translated unless it is the user's own data, a name that
is never translated, or what ``QLocale`` writes (dates, numbers); every label and button must
have at least the room its text needs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_blog import APP_NAME, i18n
from desktop_blog.i18n import LANGUAGE_NAMES
from desktop_blog.ui.windows.main_window import MainWindow
from tests.conftest import USERNAME
from tests.ui import pseudo_locale
from tests.ui.conftest import StartSession, log_in, post

TITLE = "Garden notes"
BODY = "<p>Planted the tulips. #garden</p>"
# Never translated: the user's data, proper names, formats and what a path or URL is made of.
NAMES = (
    APP_NAME,
    TITLE,
    "Planted the tulips.",
    "#garden",
    "garden",
    USERNAME,
    *LANGUAGE_NAMES.values(),
    "PySide6",
    "Python",
    "SQLCipher",
    "SQLite",
    "markdown-it-py",
    "BSD-3-Clause",
    "Qt",
    "Flaskr",
    "Flask",
    "HTML",  # format names
    "Markdown",
)
_PATH_OR_URL = re.compile(r"(?:[a-z]+://|/)[^\s,;)]*")
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Del|Esc|Return|Enter|Left|Right|Up|Down|F\d+)\b")


def qt_words() -> set[str]:
    """What Qt writes and translates with its own catalogues: standard buttons' texts, and
    languages' names (the spelling dictionaries) as they are written in that language."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton(0xFFFFF00))
    words = {button.text().replace("&", "") for button in box.buttons()}
    box.deleteLater()
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        words |= {locale.nativeLanguageName(), locale.nativeTerritoryName()}
    return {word for word in words if word}


def locale_words() -> set[str]:
    """What QLocale writes in dates and times: month and day names, AM/PM."""
    locale = QLocale()
    words = {locale.amText(), locale.pmText()}
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words |= {locale.monthName(m, kind) for m in range(1, 13)}
        words |= {locale.standaloneMonthName(m, kind) for m in range(1, 13)}
        words |= {locale.dayName(d, kind) for d in range(1, 8)}
        words |= {locale.standaloneDayName(d, kind) for d in range(1, 8)}
    return {word for word in words if word}


@functools.cache
def _known_words() -> list[str]:
    return sorted({*NAMES, *locale_words(), *qt_words()}, key=len, reverse=True)


def untranslated(text: str) -> bool:
    """Whether ``text`` shows letters that never went through a translation."""
    if pseudo_locale.looks_translated(text):
        return False
    rest = re.sub(r"<[^<>]*>|&[A-Za-z]+;", " ", text)  # rich text: only what is shown
    rest = _PATH_OR_URL.sub(" ", rest.replace("&", ""))
    rest = re.sub(r"\([a-z]{2,3}(?:_[A-Z]{2})?\)", " ", rest)  # a language tag: (en_GB)
    for name in _known_words():
        rest = rest.replace(name, " ")
    rest = _KEYS.sub(" ", rest)
    rest = re.sub(r"\b[A-Z]\b", " ", rest)  # a key's letter in a shortcut ("Ctrl+N")
    return bool(re.search(r"[A-Za-z]{2,}", rest))


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``top`` and its visible children show."""
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and widget is not top:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r} in {top.objectName()!r}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        if widget.toolTip():
            yield where + " tool tip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield where + " placeholder", widget.placeholderText()
            if isinstance(widget, QTextEdit) and widget.isReadOnly():  # the reader
                yield where + " text", widget.toPlainText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for row in range(widget.count()):
                yield where + f" item {row}", widget.itemText(row)
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield where + f" tab {tab}", widget.tabText(tab)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model's columnCount is private in PySide6
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield where + f" row {row}", value
        for action in widget.actions():
            yield from action_texts(action, where)


def action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} action {action.objectName()!r}", action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield f"{where} action {action.objectName()!r} tool tip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where} menu", menu.title()
        for child in menu.actions():
            yield from action_texts(child, f"{where} > {menu.title()}")


def cut_off(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, wrapped, shorter) than their text needs."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or (widget.isWindow() and widget is not top):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                short = widget.height() < widget.heightForWidth(widget.width())
            else:
                short = widget.width() < widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.width() < widget.minimumSizeHint().width()
        else:
            continue
        if short:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r}")
    return found


def assert_translated_and_whole(top: QWidget) -> None:
    """Under the pseudo-translation every text looks translated; in every language each
    label and button has the room its text needs."""
    if QLocale().name() != "en_US":  # a shipped language: its words have no pseudo marks
        assert cut_off(top) == [], "cut off:\n" + "\n".join(cut_off(top))
        return
    left = sorted({f"{where}: {text!r}" for where, text in shown_texts(top) if untranslated(text)})
    assert left == [], "shown without translation:\n" + "\n".join(left)
    assert cut_off(top) == [], "cut off:\n" + "\n".join(cut_off(top))


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_locale.build_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(params=["pseudo", "de_DE", "fr_FR", "es_ES"])
def pseudo_translation(
    request: pytest.FixtureRequest, qapp: QApplication, pseudo_catalogue: Path
) -> Iterator[str]:
    """The pseudo-translation, then each shipped language (there: nothing cut off)."""
    if request.param != "pseudo":
        i18n.install(request.param)
        yield request.param
        i18n.install("en_US")
        return
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def test_pseudo_strings_keep_markers_and_grow(qapp: QApplication) -> None:
    text = "Deleted “{title}” — %n entries, <b>&amp;</b> &Undo"
    shown = pseudo_locale.pseudo(text)
    for kept in ("{title}", "%n", "<b>", "&amp;", "</b>", "&"):
        assert kept in shown
    assert len(shown) >= 1.35 * len(text.replace("{title}", "").replace("<b>", ""))
    assert pseudo_locale.looks_translated(shown)
    assert untranslated("Deleted the entry")
    assert not untranslated(f"{TITLE} — Thursday, November 26, 2026, 9:05 PM")


def test_the_catalogue_translates_through_qt(pseudo_translation: str) -> None:
    found = QCoreApplication.translate("Actions", "&File")
    expected = {"pseudo": "&Ƒîļé ·", "de_DE": "&Datei", "fr_FR": "&Fichier"}
    assert found == expected.get(pseudo_translation, "&Archivo")


def test_login_dialog(
    qtbot: QtBot, pseudo_translation: str, start_session: StartSession, settings_file: Path
) -> None:
    app = start_session(settings_file)
    qtbot.waitExposed(app.login_dialog)
    assert_translated_and_whole(app.login_dialog)


def test_setup_dialog(
    qtbot: QtBot, pseudo_translation: str, start_session: StartSession, tmp_path: Path
) -> None:
    from desktop_blog.config import write_settings

    path = tmp_path / "settings.toml"
    write_settings(path, {"database": str(tmp_path / "new.sqlite3")})
    app = start_session(path)
    dialog = app.setup_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert_translated_and_whole(dialog)


@pytest.fixture
def pseudo_window(
    qtbot: QtBot, pseudo_translation: str, start_session: StartSession, settings_file: Path
) -> MainWindow:
    app = start_session(settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible())
    window = app.main_window
    assert window is not None
    qtbot.addWidget(window)
    post(qtbot, window, TITLE, BODY)
    qtbot.waitUntil(lambda: window.entry_list.model().rowCount() == 1)
    window.resize(800, 600)
    qtbot.wait(50)
    return window


def test_main_window_reading_and_writing(qtbot: QtBot, pseudo_window: MainWindow) -> None:
    window = pseudo_window
    window.entry_list.setCurrentIndex(window.entry_list.model().index(0, 0))
    assert_translated_and_whole(window)
    window.actions.new_entry.trigger()
    qtbot.wait(20)
    assert_translated_and_whole(window)


def top_level(kind: type[QWidget]) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


@pytest.mark.parametrize(
    ("action", "module", "name"),
    [
        ("preferences", "desktop_blog.ui.dialogs.preferences_dialog", "PreferencesDialog"),
        ("shortcuts", "desktop_blog.ui.dialogs.shortcuts_dialog", "ShortcutsDialog"),
        ("about", "desktop_blog.ui.dialogs.about_dialog", "AboutDialog"),
        ("statistics", "desktop_blog.ui.windows.statistics_window", "StatisticsWindow"),
    ],
)
def test_windows_opened_from_the_menus(
    qtbot: QtBot, pseudo_window: MainWindow, action: str, module: str, name: str
) -> None:
    import importlib

    getattr(pseudo_window.actions, action).trigger()
    kind = getattr(importlib.import_module(module), name)
    qtbot.waitUntil(lambda: top_level(kind) is not None, timeout=10_000)
    shown = top_level(kind)
    assert shown is not None
    qtbot.waitExposed(shown)
    qtbot.wait(50)  # statistics: the figures arrive from the worker
    assert_translated_and_whole(shown)
    shown.close()


def test_recovery_key_and_crash_dialogs(
    qtbot: QtBot, pseudo_translation: str, tmp_path: Path
) -> None:
    from desktop_blog.ui.dialogs.crash_dialog import CrashDialog
    from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

    key = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP")
    crash = CrashDialog("Traceback\nValueError: x", tmp_path / "crash.txt", tmp_path)
    for dialog in (key, crash):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_translated_and_whole(dialog)


def test_the_calendar_is_left_to_qlocale(qtbot: QtBot, pseudo_window: MainWindow) -> None:
    calendars = pseudo_window.findChildren(QCalendarWidget)
    assert calendars, "the window has a calendar"
    assert all(c.locale().name() == QLocale().name() for c in calendars)


def test_rescue_and_encryption_questions(
    qtbot: QtBot, pseudo_translation: str, db_path: Path
) -> None:
    from desktop_blog.storage.rescue import check_journal
    from desktop_blog.ui.dialogs.encrypt_offer import PlainBackupsQuestion, offer_box
    from desktop_blog.ui.dialogs.progress_dialog import ProgressDialog
    from desktop_blog.ui.dialogs.rescue_dialog import RescueDialog
    from tests.storage.damaged import damage, make_journal

    make_journal(db_path)
    damage(db_path, "entries")
    rescue = RescueDialog(check_journal(db_path), None, db_path.parent / "backups")
    offer, _encrypt = offer_box(None, str(db_path))
    backups = PlainBackupsQuestion(None, 3)
    progress = ProgressDialog(QCoreApplication.translate("TransferController", "Export"))
    for dialog in (rescue, offer, backups, progress):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_translated_and_whole(dialog)
