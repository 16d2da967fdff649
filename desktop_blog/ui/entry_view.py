"""Read-only HTML views that never open links or load resources by themselves."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_blog.markup import to_html
from desktop_blog.resources import read_text
from desktop_blog.storage import Entry

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
EMPTY_JOURNAL_TEXT = "Unbelievable. No entries here so far"
TIME_FORMAT = "%A %d %B %Y, %H:%M"  # in local time


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

    def show_entry(self, entry: Entry) -> None:
        when = entry.created_local.strftime(TIME_FORMAT)
        if entry.updated_local is not None:
            when += " · edited " + entry.updated_local.strftime(TIME_FORMAT)
        self.setHtml(
            f"<h2>{html.escape(entry.title)}</h2>"
            f'<p class="meta">{html.escape(when)}</p>'
            f"<div>{to_html(entry.text, entry.body_format)}</div>"
        )

    def show_empty(self) -> None:
        self.setHtml(f'<p class="empty"><em>{EMPTY_JOURNAL_TEXT}</em></p>')

    def show_nothing(self) -> None:
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


def plain_document(html_text: str) -> QTextDocument:
    """Parse ``html_text`` as Qt rich text (no resources are loaded)."""
    doc = QTextDocument()
    doc.setHtml(html_text)
    return doc
