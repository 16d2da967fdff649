"""The add-entry form: a plain-text title and an HTML body with a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.ui.body_edit import BodyEdit
from desktop_blog.ui.entry_view import SafeBrowser

PREVIEW_DELAY_MS = 150


class EntryForm(QWidget):
    """Emits ``submitted(title, body)``; the owner saves and then calls :meth:`clear`."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        heading = QLabel("New entry", self)
        heading.setObjectName("formHeading")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("Title")
        self.body_edit = BodyEdit(self)
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
        self.body_edit.paste_refused.connect(self.show_error)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)

    def title(self) -> str:
        return self.title_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.show_body(self.body())

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
