"""PDF of selected entries or the whole journal, through QTextDocument and QPdfWriter.

Entries are rendered by the one path every view uses (:func:`desktop_blog.rich_text.safe_html`:
its caps and its resource policy), into a :class:`JournalDocument`, which loads nothing but
the journal's own images.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument

from desktop_blog import APP_NAME
from desktop_blog.i18n import translate
from desktop_blog.locale_format import long_date_time
from desktop_blog.resources import read_text
from desktop_blog.rich_text import safe_html
from desktop_blog.storage.images import IMAGE_SCHEME
from desktop_blog.storage.progress import Progress, report
from desktop_blog.transfer.atomic import atomic_file
from desktop_blog.transfer.journal_data import JournalData, read_journal

if TYPE_CHECKING:
    import sqlite3

MAX_IMAGE_WIDTH = 480  # document pixels: wider images are scaled to fit the page
_IMG = re.compile(r'<img\b[^>]*?src="' + IMAGE_SCHEME + r':([0-9a-f]{64})"', re.IGNORECASE)


class JournalDocument(QTextDocument):
    """A rich-text document that loads only ``journal-image:<sha256>`` images from ``images``.

    Every other image (``file:``, a relative or absolute path, ``data:``, the network) gets
    a blank one-pixel image: returning nothing would make Qt's image handler read the file itself.
    Style sheets and documents are never loaded.
    """

    def __init__(self, images: Mapping[str, QImage], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images = images
        self.refused: list[str] = []  # the references that were not loaded

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:
        url = name if isinstance(name, QUrl) else QUrl(name)
        kind = getattr(resource_type, "value", resource_type)
        image = None
        if url.scheme().lower() == IMAGE_SCHEME:
            image = self._images.get(url.path())
        if image is not None and kind == QTextDocument.ResourceType.ImageResource.value:
            return image
        self.refused.append(url.toString())
        if kind == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return ""


def journal_document(data: JournalData, progress: Progress | None = None) -> JournalDocument:
    """One rich-text document with every entry (oldest first), loading only their images."""
    pictures: dict[str, QImage] = {}
    widths: dict[str, int] = {}
    for sha, image in data.images.items():
        picture = QImage.fromData(image.data)
        if not picture.isNull():
            pictures[sha] = picture
            widths[sha] = picture.width()
    doc = JournalDocument(pictures)
    doc.setDefaultStyleSheet(read_text("entry.css"))

    def fit(match: re.Match[str]) -> str:
        width = widths.get(match.group(1), 0)
        tag = match.group(0)
        return (
            tag.replace("<img", f'<img width="{MAX_IMAGE_WIDTH}"', 1)
            if width > MAX_IMAGE_WIDTH
            else tag
        )

    parts = []
    for done, entry in enumerate(data.entries, 1):
        brk = ' style="page-break-before: always"' if done > 1 else ""
        when = long_date_time(entry.created_local)  # as the reader and the HTML site say it
        parts.append(
            f"<h2{brk}>{html.escape(entry.title)}</h2>"
            f'<p class="meta">{html.escape(when)}</p>'
            f"<div>{_IMG.sub(fit, safe_html(entry.text, entry.body_format))}</div>"
        )
        report(progress, done, len(data.entries) + 1)
    doc.setHtml("".join(parts))
    return doc


def export_pdf(
    conn: sqlite3.Connection,
    path: Path,
    *,
    entry_ids: list[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the entries (all, or ``entry_ids``) to a PDF at ``path``; return how many."""
    data = read_journal(conn, entry_ids)
    doc = journal_document(data, progress)
    with atomic_file(path) as part:
        writer = QPdfWriter(str(part))
        writer.setTitle(
            translate("PdfExport", "{app} — %Ln entries", len(data.entries)).format(app=APP_NAME)
        )
        writer.setCreator(APP_NAME)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        doc.print_(writer)
        del writer  # finishes the file before it is renamed
        report(progress, len(data.entries) + 1, len(data.entries) + 1)
    return len(data.entries)
