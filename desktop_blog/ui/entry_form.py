"""The add-entry form: a plain-text title and an HTML body with a live preview."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.storage.images import MAX_IMAGE_BYTES
from desktop_blog.ui.entry_view import SafeBrowser

PREVIEW_DELAY_MS = 150


class ImageAwareEdit(QPlainTextEdit):
    """A plain-text editor that hands pasted or dropped images to its owner as bytes."""

    image_received = Signal(bytes)
    image_refused = Signal(str)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(_local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            for path in files:
                self._read_file(path)
        elif source.hasImage():
            self.image_received.emit(_png(QImage(source.imageData())))
        else:
            super().insertFromMimeData(source)

    def _read_file(self, path: str) -> None:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
        except OSError as exc:
            self.image_refused.emit(f"The image {path} could not be read: {exc.strerror}.")
            return
        self.image_received.emit(data)


def _local_files(source: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in source.urls() if url.isLocalFile()]


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    buffer.close()
    return bytes(data.data())


class EntryForm(QWidget):
    """Emits ``submitted(title, body)``; the owner saves and then calls :meth:`clear`."""

    submitted = Signal(str, str)
    image_received = Signal(bytes)  # pasted or dropped into the body; see insert_image

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        heading = QLabel("New entry", self)
        heading.setObjectName("formHeading")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("Title")
        self.body_edit = ImageAwareEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName("Text (HTML)")
        self.body_edit.setPlaceholderText(
            'Text — HTML allowed, e.g. <b>bold</b>, <a href="https://…">link</a>'
        )
        self.body_edit.setTabChangesFocus(True)
        self.preview = SafeBrowser(self)
        self.preview.setObjectName("bodyPreview")
        self.preview.setAccessibleName("Preview")
        self.preview.setPlaceholderText("Preview")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.post_button = QPushButton("Share", self)
        self.post_button.setObjectName("postButton")
        self.post_button.setToolTip("Post the entry (Ctrl+Return)")
        self.post_button.setShortcut("Ctrl+Return")

        body_split = QSplitter(Qt.Orientation.Horizontal, self)
        body_split.setObjectName("bodySplitter")
        body_split.addWidget(self.body_edit)
        body_split.addWidget(self.preview)
        body_split.setChildrenCollapsible(False)
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        text_label = QLabel("Te&xt:", self)
        text_label.setBuddy(self.body_edit)
        form.addRow(text_label, body_split)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.title_edit.textChanged.connect(self._clear_error)
        self.body_edit.textChanged.connect(self._clear_error)
        self.post_button.clicked.connect(self._submit)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)
        self.body_edit.image_received.connect(self.image_received)
        self.body_edit.image_refused.connect(self.show_error)

    def title(self) -> str:
        return self.title_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.setHtml(self.body())

    def insert_image(self, url: str) -> None:
        """Insert an ``<img>`` for a stored image at the cursor and show it in the preview."""
        self.body_edit.insertPlainText(f'<img src="{url}">')
        self.update_preview()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear(self) -> None:
        self.title_edit.clear()
        self.body_edit.clear()
        self.update_preview()
        self._clear_error()

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _clear_error(self) -> None:
        self.error_label.hide()

    def _submit(self) -> None:
        self.submitted.emit(self.title(), self.body())
