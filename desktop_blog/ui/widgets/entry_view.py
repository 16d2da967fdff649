"""Read-only HTML views that never open links or load resources by themselves."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontMetrics,
    QImage,
    QResizeEvent,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QTextBrowser, QTextEdit, QToolButton, QWidget

from desktop_blog.locale_format import long_date_time, number
from desktop_blog.markup import to_html
from desktop_blog.rich_text import display_html
from desktop_blog.storage import MAX_BODY_CHARS, Entry
from desktop_blog.storage.images import IMAGE_SCHEME
from desktop_blog.ui.theme import entry_style_sheet
from desktop_blog.ui.widgets.bidi import isolate

# Returns the bytes of the journal image with this SHA-256, or None (no SQL in the views).
ImageProvider = Callable[[str], bytes | None]

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
# URL schemes whose resources an entry may load: only images stored inside the journal.
# Nothing else loads (no network request, no local file read).
RESOURCE_SCHEMES: frozenset[str] = frozenset({IMAGE_SCHEME})
STAR, NO_STAR = "★", "☆"
HIGHLIGHT_COLOR = "#FFE98A"
HIGHLIGHT_TEXT_COLOR = "#1f2328"
MAX_HIGHLIGHTS = 1000
MAX_WORDS = 32  # of a search, highlighted
READING_MEASURE = 70  # characters per line at most
MIN_MARGIN = 24  # pixels around the text


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads no file or network resource and opens no link itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._image_provider: ImageProvider | None = None
        self._shown: tuple[str, str, str] | None = (
            None  # body, prefix, format: re-shown on a theme change
        )
        self._apply_style()

    def _apply_style(self) -> None:
        self.document().setDefaultStyleSheet(entry_style_sheet(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
            if self._shown is not None:
                selections = self.extraSelections()
                self.show_body(*self._shown)
                self.setExtraSelections(selections)

    def set_image_provider(self, provider: ImageProvider | None) -> None:
        """Serve ``journal-image:<sha256>`` images from the journal (``None``: no images)."""
        self._image_provider = provider

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:
        # Images, style sheets and documents referenced by an entry stay unloaded unless
        # their scheme is allowed: no network request, no local file read. The journal's
        # own images come from the journal itself, through the provider.
        url = name if isinstance(name, QUrl) else QUrl(name)
        kind = getattr(resource_type, "value", resource_type)
        if (
            not self.resource_allowed(url)
            or kind != QTextDocument.ResourceType.ImageResource.value
            or self._image_provider is None
        ):
            return None
        data = self._image_provider(url.path())
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            return None
        width = max(64, self.viewport().width() - 8)
        if image.width() > width:  # images never run past the text: scaled to its width
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    @staticmethod
    def resource_allowed(url: QUrl) -> bool:
        """The one place that decides which referenced resources may load, by scheme."""
        return url.scheme().lower() in RESOURCE_SCHEMES

    def show_body(self, body: str, prefix: str = "", body_format: str = "html") -> None:
        """Show an entry body made safe by :func:`display_html`, or say it is too large."""
        self._shown = (body, prefix, body_format)
        if len(body) > MAX_BODY_CHARS:
            message = self.tr(
                "This text is too large to show ({size} characters; the limit is {limit})."
            ).format(size=number(len(body)), limit=number(MAX_BODY_CHARS))
            self.setHtml(f'{prefix}<p class="empty"><em>{html.escape(message)}</em></p>')
        else:
            self.setHtml(prefix + display_html(to_html(body, body_format)))


class EntryView(SafeBrowser):
    """Shows one entry; http, https and mailto links go to the system browser."""

    link_refused = Signal(str)
    link_opened = Signal(QUrl)
    star_requested = Signal()  # the star button in the header was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.setAccessibleName(self.tr("Entry"))
        self.star_button = QToolButton(self)
        self.star_button.setObjectName("readerStarButton")
        self.star_button.setAutoRaise(True)
        self.star_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.star_button.clicked.connect(self.star_requested)
        self.anchorClicked.connect(self._on_anchor)
        self.show_empty()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep lines to a comfortable reading measure (about 70 characters), centred."""
        super().resizeEvent(event)
        measure = QFontMetrics(self.document().defaultFont()).averageCharWidth() * READING_MEASURE
        spare = max(0, self.width() - measure - 2 * MIN_MARGIN)
        side = MIN_MARGIN + spare // 2
        button = self.star_button.sizeHint()
        top = max(MIN_MARGIN // 2, button.height() + 8)  # the star sits above the text
        self.setViewportMargins(side, top, side, MIN_MARGIN // 2)
        self._place_star()

    def _place_star(self) -> None:
        """The star button sits at the trailing top corner (the left one, right to left)."""
        button = self.star_button
        x = self.width() - button.width() - MIN_MARGIN // 2
        rect = QStyle.visualRect(
            self.layoutDirection(), self.rect(), button.rect().translated(x, 4)
        )
        button.move(rect.topLeft())

    def show_entry(self, entry: Entry, *, highlight: Sequence[str] = ()) -> None:
        """Show ``entry``; words starting with one of ``highlight`` are marked."""
        self._show_star(entry.starred)
        # The title is isolated (FSI ... PDI): it keeps its own direction, and bidi overrides
        # in it stay inside it.
        self.show_body(
            entry.text,
            f'<p class="title">{html.escape(isolate(entry.title))}</p>'
            f'<p class="meta">{html.escape(self.meta_text(entry))}</p>',
            entry.body_format,
        )
        self.setExtraSelections(match_selections(self.document(), highlight))

    def meta_text(self, entry: Entry) -> str:
        """The line under the title: when the entry was written (and edited), its star."""
        when = long_date_time(entry.created_local)
        if entry.updated_local is not None:
            when = self.tr("{created} · edited {edited}").format(
                created=when, edited=long_date_time(entry.updated_local)
            )
        return f"{STAR} {when}" if entry.starred else when

    def show_empty(self) -> None:
        self.star_button.hide()
        self.setExtraSelections([])
        self._shown = None
        first = html.escape(self.tr("Unbelievable. No entries here so far"))
        then = html.escape(self.tr("Press Ctrl+N to write the first one."))
        self.setHtml(f'<p class="empty"><em>{first}</em></p><p class="empty">{then}</p>')

    def show_no_matches(self, query: str) -> None:
        self.star_button.hide()
        self.setExtraSelections([])
        self._shown = None
        found = self.tr("No entries match {query}").format(query=isolate(query))
        again = self.tr("Esc shows every entry again.")
        self.setHtml(
            f'<p class="empty"><em>{html.escape(found)}</em></p><p>{html.escape(again)}</p>'
        )

    def show_nothing(self) -> None:
        self.star_button.hide()
        self.setExtraSelections([])
        self._shown = None
        self.clear()

    def _show_star(self, starred: bool) -> None:
        """The header's star button says whether the entry is starred and offers the change."""
        button = self.star_button
        if starred:
            label = self.tr("Starred")
            button.setText(f"{STAR} {label}")
            button.setToolTip(self.tr("Unstar this entry (Ctrl+D)"))
            button.setAccessibleName(self.tr("Unstar entry"))
        else:
            label = self.tr("Star")
            button.setText(f"{NO_STAR} {label}")
            button.setToolTip(self.tr("Star this entry (Ctrl+D)"))
            button.setAccessibleName(self.tr("Star entry"))
        button.adjustSize()
        button.show()
        self._place_star()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            self.link_opened.emit(url)
        else:
            shown = url.toDisplayString()[:80] or self.tr("(empty link)")
            self.link_refused.emit(
                self.tr(
                    "The link {link} was not opened: only web (http, https) and e-mail (mailto) links open from a journal entry."  # noqa: E501
                ).format(link=isolate(shown))
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
    highlight.setForeground(QColor(HIGHLIGHT_TEXT_COLOR))  # readable in both themes
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
