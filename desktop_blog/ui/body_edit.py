"""The body editor: refuses pastes the journal could not store, and keeps huge lines cheap."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop_blog.storage import MAX_BODY_CHARS

# Qt wraps a line without break points in quadratic time: beyond this length the editor
# stops wrapping (and scrolls sideways) instead of freezing.
MAX_WRAPPED_LINE_CHARS = 20_000


class BodyEdit(QPlainTextEdit):
    """A plain-text editor for an entry's HTML; ``paste_refused`` says why a paste was not
    inserted (the text already typed stays as it was)."""

    paste_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        selected = len(self.textCursor().selectedText())
        size = len(self.toPlainText()) - selected + len(text)
        if size > MAX_BODY_CHARS:
            self.paste_refused.emit(
                f"Not pasted: the text would have {size:,} characters; an entry holds at "
                f"most {MAX_BODY_CHARS:,}. What you typed is unchanged."
            )
            return
        if max((len(line) for line in text.splitlines()), default=0) > MAX_WRAPPED_LINE_CHARS:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        super().insertFromMimeData(source)
