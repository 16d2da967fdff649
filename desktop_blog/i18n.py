"""The user's language: Qt's translation catalogues, the locale, and the layout direction.

One system for the window and the command line: Qt's ``.ts`` sources in
``resources/translations/``, compiled to ``.qm`` by ``pyside6-lrelease`` when the package is
built. Strings are marked where they are written:

* in a ``QObject`` subclass, ``self.tr("text")`` (the class name is the context);
* elsewhere, ``translate("Context", "text")`` from this module;
* where a string must stay untranslated until it is shown (a table built at import time, a
  message raised by Qt-free code), ``QT_TRANSLATE_NOOP("Context", "text")`` marks it for
  ``pyside6-lupdate`` and ``translate("Context", text)`` translates it where it is shown.

Counts go through Qt's plurals: ``translate("Context", "%n entries", n)``. Placeholders are
``str.format`` fields (``"{title}"``), filled after translation, so translators may move them.

Importing this module does not import Qt: the storage layer marks its messages with it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

logger = logging.getLogger(__name__)

CATALOGUE = "desktop_blog"  # desktop_blog_de.qm, desktop_blog_fr.qm, ...
TRANSLATIONS = "translations"  # the folder under the resources folder
# Qt's own catalogues (standard buttons, file dialogs) shipped beside ours.
QT_CATALOGUES = ("qtbase",)
# The languages shipped, by their own names (shown in Preferences as they are written).
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
# Overrides the system's language for one run (tests, screenshots): a QLocale name.
LANGUAGE_ENV = "DESKTOP_BLOG_LANGUAGE"

_translators: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    del context
    return text


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the user's language (``%n`` replaced by ``n`` when ``n`` is given)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, None, n)
    # The command line runs without a QCoreApplication: ask the catalogues directly.
    found = text
    for translator in reversed(_translators):
        translated = translator.translate(context, text, None, n)
        if translated:
            found = translated
            break
    if n >= 0:
        found = found.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    return found


def translations_dir() -> Path:
    """The folder holding the compiled catalogues."""
    from desktop_blog.resources import resources_dir

    return resources_dir() / TRANSLATIONS


def shipped_languages() -> tuple[str, ...]:
    """The languages with a compiled catalogue, English (the source language) first."""
    found = sorted(
        path.stem.removeprefix(f"{CATALOGUE}_")
        for path in translations_dir().glob(f"{CATALOGUE}_*.qm")
        if not path.stem.endswith("_pseudo")
    )
    return ("en", *(code for code in found if code != "en"))


def chosen_locale(language: str = "") -> QLocale:
    """The locale of the interface: ``language`` if set, else the system's."""
    from PySide6.QtCore import QLocale

    name = language or os.environ.get(LANGUAGE_ENV, "")
    return QLocale(name) if name else QLocale.system()


def install(language: str = "") -> QLocale:
    """Use ``language`` (or the system's) for every string, date and number from now on.

    Loads Desktop Blog's catalogue and Qt's own for the locale (the first of its UI languages
    that has one), makes the locale the default for every ``QLocale()`` and widget, and mirrors
    a running GUI for right-to-left languages. Returns the locale.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _translators.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    folders = [translations_dir(), Path(qt_folder)]
    for catalogue in (*QT_CATALOGUES, CATALOGUE):
        translator = QTranslator()
        if any(translator.load(locale, catalogue, "_", str(folder)) for folder in folders):
            _translators.append(translator)
            if app is not None:
                QCoreApplication.installTranslator(translator)
        elif catalogue == CATALOGUE and locale.language() != QLocale.Language.English:
            logger.info("no catalogue for %s: the interface stays in English", locale.name())
    _set_direction(locale)
    logger.info("interface language %s (%s)", locale.name(), locale.bcp47Name())
    return locale


def _set_direction(locale: QLocale) -> None:
    """Mirror a running GUI when the locale is written right to left."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None or not hasattr(app, "setLayoutDirection"):
        return
    app.setLayoutDirection(locale.textDirection())
