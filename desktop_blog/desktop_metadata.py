"""The texts of the desktop entry and of the AppStream metainfo: their one English source.

``pyside6-lupdate`` reads the strings marked here into the ``DesktopEntry`` and ``Metainfo``
contexts of the same catalogues as the window's; ``build_spec/translations.py update`` then
writes ``resources/org.desktopblog.DesktopBlog.desktop`` and ``.metainfo.xml`` from these texts
and their translations (``Name[de]=…``, ``<name xml:lang="de">…``). Edit the texts here, never
in those two files: a test fails when they are not what the generator makes.

Importing this module does not import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_blog.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Screenshot:
    """A picture of ``resources/screenshots/`` shown in software centres."""

    image: str  # file name in resources/screenshots/, published under the homepage
    caption: str  # English, marked for translation
    default: bool = False


@dataclass(frozen=True)
class Release:
    """A published version and its notes (paragraphs), newest first in RELEASES."""

    version: str
    date: str  # ISO 8601, the day it was published
    notes: tuple[str, ...]


# --- The desktop entry (menus, launchers, the desktop's search) -----------------------------

#: The application's name in menus and launchers; a product name, usually kept as it is.
NAME = QT_TRANSLATE_NOOP("DesktopEntry", "Desktop Blog")
#: What kind of program this is, shown beside or instead of its name in some menus.
GENERIC_NAME = QT_TRANSLATE_NOOP("DesktopEntry", "Journal")
#: The tooltip of the menu entry: one short sentence, no full stop.
COMMENT = QT_TRANSLATE_NOOP("DesktopEntry", "A private journal that lives on your computer")
#: Words the desktop's search finds the program by, separated by semicolons and ending with
#: a semicolon. Use words of your language; the English ones are found anyway.
KEYWORDS = QT_TRANSLATE_NOOP("DesktopEntry", "journal;diary;blog;notes;")

# --- The AppStream metainfo (software centres) ----------------------------------------------

#: The application's name in software centres; a product name, usually kept as it is.
METAINFO_NAME = QT_TRANSLATE_NOOP("Metainfo", "Desktop Blog")
#: The one line under the name in software centres: no full stop at the end.
SUMMARY = QT_TRANSLATE_NOOP("Metainfo", "A private journal that lives on your computer")

# The description: paragraphs, and one list of features (each item a short phrase).
DESCRIPTION_INTRO = (
    #: First paragraph of the description in software centres.
    QT_TRANSLATE_NOOP(
        "Metainfo",
        "Desktop Blog is a journal for one person. Every entry is kept in a single "
        "encrypted file on your own computer: there is no account to create, and nothing "
        "is sent over the network.",
    ),
    #: Second paragraph of the description in software centres.
    QT_TRANSLATE_NOOP(
        "Metainfo",
        "Write with a rich-text or a Markdown editor, find any entry again through the "
        "calendar, tags or full-text search, and keep your journal safe with automatic "
        "backups.",
    ),
)
DESCRIPTION_FEATURES = (
    #: An item of the feature list in software centres.
    QT_TRANSLATE_NOOP("Metainfo", "Password protection, with a recovery key"),
    #: An item of the feature list in software centres.
    QT_TRANSLATE_NOOP("Metainfo", "Images, tags, stars and spell checking"),
    #: An item of the feature list in software centres.
    QT_TRANSLATE_NOOP("Metainfo", "Statistics of your writing by month"),
    #: An item of the feature list in software centres.
    QT_TRANSLATE_NOOP(
        "Metainfo", "Export to HTML, PDF and Markdown, and import from other journals"
    ),
    #: An item of the feature list in software centres.
    QT_TRANSLATE_NOOP("Metainfo", "Light and dark themes"),
)


SCREENSHOTS = (
    Screenshot(
        "main-window-light-1400x900.png",
        #: Caption of a screenshot in software centres.
        QT_TRANSLATE_NOOP("Metainfo", "Reading the journal, the newest entries first"),
        default=True,
    ),
    Screenshot(
        "editor-dark-1400x900.png",
        #: Caption of a screenshot in software centres.
        QT_TRANSLATE_NOOP("Metainfo", "Writing an entry in the dark theme"),
    ),
    Screenshot(
        "search-light-1400x900.png",
        #: Caption of a screenshot in software centres.
        QT_TRANSLATE_NOOP("Metainfo", "Searching the journal, with the matches highlighted"),
    ),
    Screenshot(
        "statistics-light-1400x900.png",
        #: Caption of a screenshot in software centres.
        QT_TRANSLATE_NOOP("Metainfo", "Entries and words per month"),
    ),
)


RELEASES = (
    Release(
        "0.1.0",
        "2026-11-26",
        (
            #: Release notes of version 0.1.0 in software centres.
            QT_TRANSLATE_NOOP(
                "Metainfo",
                "The first release: an encrypted journal in one file, with a rich-text and "
                "a Markdown editor, search, tags, a calendar, statistics, exports, imports and "
                "backups, in English, German, French and Spanish.",
            ),
        ),
    ),
)
