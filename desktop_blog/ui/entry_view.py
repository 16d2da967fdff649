"""Read-only HTML views that never open links or load resources by themselves."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop_blog.resources import read_text
from desktop_blog.storage import Entry

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
EMPTY_JOURNAL_TEXT = "Unbelievable. No entries here so far"
NO_MATCHES_TEXT = "No entries match"
HIGHLIGHT_COLOR = "#FFE98A"
MAX_HIGHLIGHTS = 1000
MAX_WORDS = 32  # of a search, highlighted


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads no file or network resource and opens no link itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(read_text("entry.css"))

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:
        # Images, style sheets and documents referenced by an entry stay unloaded:
        # nothing leaves the journal (no network request, no local file read).
        return None


class EntryView(SafeBrowser):
    """Shows one entry; http, https and mailto links go to the system browser."""

    link_refused = Signal(str)
    link_opened = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.setAccessibleName("Entry")
        self.anchorClicked.connect(self._on_anchor)
        self.show_empty()

    def show_entry(self, entry: Entry, *, highlight: Sequence[str] = ()) -> None:
        """Show ``entry``; words starting with one of ``highlight`` are marked."""
        when = entry.created_local.strftime("%A %d %B %Y, %H:%M")
        self.setHtml(
            f"<h2>{html.escape(entry.title)}</h2>"
            f'<p class="meta">{html.escape(when)}</p>'
            f"<div>{entry.text}</div>"
        )
        self.setExtraSelections(match_selections(self.document(), highlight))

    def show_empty(self) -> None:
        self.setExtraSelections([])
        self.setHtml(f'<p class="empty"><em>{EMPTY_JOURNAL_TEXT}</em></p>')

    def show_no_matches(self, query: str) -> None:
        self.setExtraSelections([])
        self.setHtml(
            f'<p class="empty"><em>{NO_MATCHES_TEXT} {html.escape(query)}</em></p>'
            "<p>Esc shows every entry again.</p>"
        )

    def show_nothing(self) -> None:
        self.setExtraSelections([])
        self.clear()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            self.link_opened.emit(url)
        else:
            shown = url.toDisplayString()[:80] or "(empty link)"
            self.link_refused.emit(
                f"The link {shown} was not opened: only web (http, https) and "
                "e-mail (mailto) links open from a journal entry."
            )


def match_selections(
    document: QTextDocument, words: Sequence[str]
) -> list[QTextEdit.ExtraSelection]:
    """Return highlight selections for the words of ``document`` starting with ``words``.

    Case and accents follow Qt's case-insensitive matching; matches start at a word boundary,
    as the full-text search matches whole words and prefixes.
    """
    if not words:
        return []
    highlight = QTextCharFormat()
    highlight.setBackground(QColor(HIGHLIGHT_COLOR))
    pattern = QRegularExpression(
        r"\b(" + "|".join(QRegularExpression.escape(w) for w in words[:MAX_WORDS]) + ")",
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
    )
    selections: list[QTextEdit.ExtraSelection] = []
    cursor = document.find(pattern)
    while not cursor.isNull() and len(selections) < MAX_HIGHLIGHTS:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = highlight
        selections.append(selection)
        cursor = document.find(pattern, cursor)
    return selections


def plain_document(html_text: str) -> QTextDocument:
    """Parse ``html_text`` as Qt rich text (no resources are loaded)."""
    doc = QTextDocument()
    doc.setHtml(html_text)
    return doc
