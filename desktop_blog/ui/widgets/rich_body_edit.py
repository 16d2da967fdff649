"""The rich-text body editor for HTML entries: what you format is what is stored.

Formatting is applied to the document (bold, italic, code, links, headings, lists, quotes,
code blocks, images); :func:`desktop_blog.ui.widgets.rich_document.document_html` turns it
into the minimal HTML that is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_blog.locale_format import number
from desktop_blog.rich_text import display_html
from desktop_blog.storage import MAX_BODY_CHARS
from desktop_blog.ui.widgets.body_edit import _local_files, _png
from desktop_blog.ui.widgets.rich_document import (
    document_html,
    heading_level,
    image_allowed,
    is_code,
    is_pre,
    link_allowed,
    quote_level,
)

ResourceLoader = Callable[[int, QUrl | str], object]
HEADING_SIZES = {1: 2.0, 2: 1.5, 3: 1.17}  # em, as Qt's own HTML import sizes h1-h3
QUOTE_MARGIN = 24.0
MONOSPACE = ["monospace"]


class RichBodyEdit(QTextEdit):
    """A QTextEdit whose formatting maps one to one onto the stored minimal HTML.

    Pasted or dropped image files and images go to the owner as bytes (``image_received``),
    like the plain editor; pasted HTML keeps only what the stored HTML can hold.
    """

    paste_refused = Signal(str)
    image_received = Signal(bytes)
    image_file_dropped = Signal(str)  # a local file's path: the owner reads it safely

    def __init__(self, load_resource: ResourceLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_resource = load_resource
        self.setAcceptRichText(True)

    # -- loading and saving ------------------------------------------------------------------
    def set_html_body(self, body: str) -> None:
        """Show the stored HTML ``body`` (checked beforehand with ``rich_editable``)."""
        self.document().setHtml(display_html(body))
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.End)

    def html_body(self) -> str:
        return document_html(self.document())

    def loadResource(self, resource_type: int, name: QUrl | str) -> object:
        loaded = self._load_resource(resource_type, name)
        return loaded if loaded is not None else QImage()  # never a file from the disk

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        ends_heading = (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and heading_level(cursor.block()) > 0
            and cursor.atBlockEnd()
        )
        super().keyPressEvent(event)
        if ends_heading:
            self.set_heading(0)  # the line after a heading is a paragraph

    # -- pasting and dropping -----------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(_local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            for path in files:
                self.image_file_dropped.emit(path)
            return
        if source.hasImage():
            self.image_received.emit(_png(QImage(source.imageData())))
            return
        text = source.html() if source.hasHtml() else source.text()
        size = len(self.toPlainText()) - len(self.textCursor().selectedText()) + len(text)
        if size > MAX_BODY_CHARS:
            self.paste_refused.emit(
                self.tr(
                    "Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged."  # noqa: E501
                ).format(size=number(size), limit=number(MAX_BODY_CHARS))
            )
            return
        if source.hasHtml():
            cleaned = QTextDocument()
            cleaned.setHtml(display_html(source.html()))
            self.textCursor().insertHtml(document_html(cleaned))
        else:
            self.textCursor().insertText(source.text())

    # -- inline formatting --------------------------------------------------------------------
    def _merge(self, char_format: QTextCharFormat) -> None:
        self.mergeCurrentCharFormat(char_format)  # the selection, or what is typed next

    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold.value
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(char_format)

    def toggle_italic(self) -> None:
        char_format = QTextCharFormat()
        char_format.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(char_format)

    def toggle_code(self) -> None:
        code = is_code(self.currentCharFormat())
        char_format = QTextCharFormat()
        char_format.setFontFixedPitch(not code)
        char_format.setFontFamilies([] if code else MONOSPACE)
        self._merge(char_format)

    def current_link(self) -> str:
        char_format = self.currentCharFormat()
        return char_format.anchorHref() if char_format.isAnchor() else ""

    def set_link(self, href: str, text: str = "") -> bool:
        """Make the selection (or ``text``, inserted) a link; an empty ``href`` removes it.

        Only web and mail links are kept; returns whether ``href`` was accepted.
        """
        href = href.strip()
        if href and not link_allowed(href):
            return False
        cursor = self.textCursor()
        char_format = QTextCharFormat()
        char_format.setAnchor(bool(href))
        char_format.setAnchorHref(href)
        char_format.setFontUnderline(bool(href))
        if not cursor.hasSelection() and not text:
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            cursor.insertText(text or href, char_format)
        else:
            cursor.mergeCharFormat(char_format)
        plain = QTextCharFormat()
        plain.setAnchor(False)
        plain.setAnchorHref("")
        plain.setFontUnderline(False)
        self.mergeCurrentCharFormat(plain)  # typing on after the link is not linked
        return True

    def insert_image(self, url: str) -> None:
        if not image_allowed(url):
            return
        image = QTextImageFormat()
        image.setName(url)
        self.textCursor().insertImage(image)

    # -- block formatting ---------------------------------------------------------------------
    def set_heading(self, level: int) -> None:
        """Make the current blocks headings of ``level`` (1 to 3) or paragraphs (0)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block_format = QTextBlockFormat()
        block_format.setHeadingLevel(level)
        cursor.mergeBlockFormat(block_format)
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char_format.setProperty(
            QTextFormat.Property.FontSizeAdjustment, {1: 3, 2: 2, 3: 1}.get(level, 0)
        )
        self._format_whole_blocks(cursor, char_format)
        cursor.endEditBlock()

    def _format_whole_blocks(self, cursor: QTextCursor, char_format: QTextCharFormat) -> None:
        """Apply ``char_format`` to every character of the blocks ``cursor`` touches."""
        whole = QTextCursor(cursor)
        whole.setPosition(cursor.selectionStart())
        whole.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        whole.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        whole.mergeCharFormat(char_format)
        self.mergeCurrentCharFormat(char_format)

    def cycle_heading(self) -> None:
        """Paragraph → H1 → H2 → H3 → paragraph."""
        level = heading_level(self.textCursor().block())
        self.set_heading((level + 1) % 4)

    def toggle_list(self, numbered: bool) -> None:
        cursor = self.textCursor()
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block = cursor.block()
            current.remove(block)
            plain = QTextBlockFormat()
            plain.setIndent(0)
            cursor.mergeBlockFormat(plain)
        elif current is not None and current.count() == 1:
            list_format = current.format()
            list_format.setStyle(style)
            current.setFormat(list_format)
        else:
            if current is not None:  # only this item changes to the other kind of list
                current.remove(cursor.block())
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        quoted = quote_level(cursor.block()) > 0
        block_format = QTextBlockFormat()
        block_format.setProperty(QTextFormat.Property.BlockQuoteLevel, 0 if quoted else 1)
        block_format.setLeftMargin(0 if quoted else QUOTE_MARGIN)
        block_format.setRightMargin(0 if quoted else QUOTE_MARGIN)
        cursor.mergeBlockFormat(block_format)

    def toggle_code_block(self) -> None:
        cursor = self.textCursor()
        pre = is_pre(cursor.block())
        cursor.beginEditBlock()
        block_format = QTextBlockFormat()
        block_format.setNonBreakableLines(not pre)
        cursor.mergeBlockFormat(block_format)
        char_format = QTextCharFormat()
        char_format.setFontFixedPitch(not pre)
        char_format.setFontFamilies([] if pre else MONOSPACE)
        self._format_whole_blocks(cursor, char_format)
        cursor.endEditBlock()
