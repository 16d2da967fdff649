"""Read-only HTML views that never open links or load resources by themselves."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_blog.markup import to_html
from desktop_blog.resources import read_text
from desktop_blog.storage import Entry
from desktop_blog.storage.images import IMAGE_SCHEME

# Returns the bytes of the journal image with this SHA-256, or None (no SQL in the views).
ImageProvider = Callable[[str], bytes | None]

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
        self._image_provider: ImageProvider | None = None

    def set_image_provider(self, provider: ImageProvider | None) -> None:
        """Serve ``journal-image:<sha256>`` images from the journal (``None``: no images)."""
        self._image_provider = provider

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:
        # Only the journal's own images load, from the journal itself. Other images,
        # style sheets and documents referenced by an entry stay unloaded: nothing leaves
        # the journal (no network request, no local file read).
        kind = getattr(resource_type, "value", resource_type)
        if kind == QTextDocument.ResourceType.ImageResource.value and self._image_provider:
            url = name if isinstance(name, QUrl) else QUrl(name)
            if url.scheme() == IMAGE_SCHEME:
                data = self._image_provider(url.path())
                image = QImage.fromData(data) if data else QImage()
                if not image.isNull():
                    return image
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
