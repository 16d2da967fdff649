"""The body editor: refuses pastes the journal could not store, and keeps huge lines cheap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop_blog.locale_format import number
from desktop_blog.safe_input import InputError, read_input
from desktop_blog.storage import MAX_BODY_CHARS
from desktop_blog.storage.images import MAX_IMAGE_BYTES

# Qt wraps a line without break points in quadratic time: beyond this length the editor
# stops wrapping (and scrolls sideways) instead of freezing.
MAX_WRAPPED_LINE_CHARS = 20_000


class BodyEdit(QPlainTextEdit):
    """A plain-text editor for an entry's body.

    Pasted or dropped images are handed to the owner as bytes (``image_received``);
    ``paste_refused`` says why a paste was not inserted (what was typed stays as it was).
    """

    paste_refused = Signal(str)
    image_received = Signal(bytes)
    image_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(_local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            for path in files:
                self._read_image_file(path)
        elif source.hasImage():
            self.image_received.emit(_png(QImage(source.imageData())))
        else:
            self._insert_text(source)

    def _read_image_file(self, path: str) -> None:
        try:
            data = read_input(Path(path), MAX_IMAGE_BYTES)  # a regular file, at most the cap
        except InputError as exc:
            self.image_refused.emit(str(exc))
            return
        self.image_received.emit(data)

    def _insert_text(self, source: QMimeData) -> None:
        text = source.text()
        selected = len(self.textCursor().selectedText())
        size = len(self.toPlainText()) - selected + len(text)
        if size > MAX_BODY_CHARS:
            self.paste_refused.emit(
                self.tr(
                    "Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged."  # noqa: E501
                ).format(size=number(size), limit=number(MAX_BODY_CHARS))
            )
            return
        if max((len(line) for line in text.splitlines()), default=0) > MAX_WRAPPED_LINE_CHARS:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        super().insertFromMimeData(source)


def _local_files(source: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in source.urls() if url.isLocalFile()]


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    buffer.close()
    return bytes(data.data())
