"""The entry form: a plain-text title and an HTML or Markdown body with a live preview.

It adds new entries and, after :meth:`EntryForm.start_edit`, edits an existing one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.markup import FORMAT_LABELS
from desktop_blog.storage import Entry
from desktop_blog.storage.zones import zone
from desktop_blog.ui.actions import create_action, limit_to, spec
from desktop_blog.ui.theme import is_dark
from desktop_blog.ui.widgets.body_edit import BodyEdit
from desktop_blog.ui.widgets.entry_view import SafeBrowser
from desktop_blog.ui.widgets.format_toolbar import FormatToolbar

if TYPE_CHECKING:  # built when a body is first switched to Markdown
    from desktop_blog.ui.widgets.markdown_highlighter import MarkdownHighlighter

PREVIEW_DELAY_MS = 150
SHARE_KEYS = spec("share").keys[0]


class EntryForm(QWidget):
    """Emits ``submitted(title, body)`` for a new entry or ``edit_submitted(id, title, body)``
    while editing; the owner saves and then calls :meth:`clear`."""

    submitted = Signal(str, str)
    leave_requested = Signal()  # Esc: back to reading (a new entry's text is kept)
    image_received = Signal(bytes)  # pasted or dropped into the body; see insert_image
    edit_submitted = Signal(int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        heading = QLabel("New entry", self)
        heading.setObjectName("formHeading")
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.heading = heading
        self._editing: Entry | None = None
        self._set_aside: tuple[str, str, str] | None = None  # title, body, format
        self._default_format = "html"
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        self.format_combo.setAccessibleName("Body format")
        for key, label in FORMAT_LABELS.items():
            self.format_combo.addItem(label, key)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("Title")
        self.body_edit = BodyEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName("Text")
        self.body_edit.setPlaceholderText(
            "Text — HTML, e.g. <b>bold</b>, or Markdown, e.g. **bold**; #tags are indexed"
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
        self.post_button.setShortcut(SHARE_KEYS)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelEditButton")
        self.cancel_button.setToolTip("Stop editing; nothing is saved (Esc)")
        self.cancel_button.hide()
        self.cancel_action = create_action(spec("cancel_edit"), self)
        limit_to(self.cancel_action, self)
        self.created_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.created_edit.setObjectName("createdEdit")
        self.created_edit.setAccessibleName("Date and time")
        self.created_edit.setCalendarPopup(True)
        self.created_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._created_chosen = False
        self._highlighter: MarkdownHighlighter | None = None
        self.created_edit.dateTimeChanged.connect(self._created_changed)
        self.toolbar = FormatToolbar(self.body_edit, self.body_format, self, self)

        body_split = QSplitter(Qt.Orientation.Horizontal, self)
        body_split.setObjectName("bodySplitter")
        body_split.addWidget(self.body_edit)
        body_split.addWidget(self.preview)
        body_split.setChildrenCollapsible(False)
        # the body takes the height the title and date rows leave
        body_split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Date:", self.created_edit)
        text_label = QLabel("Te&xt:", self)
        text_label.setBuddy(self.body_edit)
        format_row = QHBoxLayout()
        format_label = QLabel("&Format:", self)
        format_label.setBuddy(self.format_combo)
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_combo)
        format_row.addWidget(self.toolbar, 1)
        form.addRow(format_row)
        form.addRow(text_label, body_split)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(form, 1)
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
        self.body_edit.image_received.connect(self.image_received)
        self.body_edit.image_refused.connect(self.show_error)
        self.format_combo.currentIndexChanged.connect(self.update_preview)
        self.format_combo.currentIndexChanged.connect(self._update_highlighting)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_action.triggered.connect(self._leave)

    def _update_highlighting(self) -> None:
        """Markdown bodies are highlighted as they are written; HTML bodies are not."""
        markdown = self.body_format() == "markdown"
        if markdown and self._highlighter is None:
            from desktop_blog.ui.widgets.markdown_highlighter import MarkdownHighlighter

            self._highlighter = MarkdownHighlighter(
                self.body_edit.document(), dark=is_dark(self.palette())
            )
        elif not markdown and self._highlighter is not None:
            self._highlighter.setDocument(None)
            self._highlighter.deleteLater()
            self._highlighter = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._highlighter is not None:
            self._highlighter.set_dark(is_dark(self.palette()))

    def _created_changed(self) -> None:
        self._created_chosen = True

    def created(self) -> datetime | None:
        """The date and time chosen (in UTC), or ``None`` when left as it was ("now" for a
        new entry, its own time for an edited one). An edited entry's time is read in the zone
        it was written in, as it is shown."""
        if not self._created_chosen:
            return None
        chosen = self.created_edit.dateTime().toPython()
        assert isinstance(chosen, datetime)
        chosen = chosen.replace(second=0, microsecond=0)  # the minute shown
        own_zone = self._editing.tz if self._editing is not None else None
        if own_zone:
            chosen = chosen.replace(tzinfo=None).replace(tzinfo=zone(own_zone))
        return chosen.astimezone(UTC)

    def set_created(self, created: datetime | None) -> None:
        """Choose the date of a new entry (``None``: "now")."""
        if created is None:
            self._reset_created()
            return
        self.created_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(created.timestamp())))
        self._created_chosen = True

    def _reset_created(self) -> None:
        self.created_edit.blockSignals(True)
        self.created_edit.setDateTime(QDateTime.currentDateTime())
        self.created_edit.blockSignals(False)
        self._created_chosen = False

    def _leave(self) -> None:
        """Esc: stop editing (nothing saved) or put the new entry aside, and go back to reading."""
        self.cancel_edit()
        self.leave_requested.emit()

    def title(self) -> str:
        return self.title_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def body_format(self) -> str:
        return str(self.format_combo.currentData())

    def set_body_format(self, body_format: str) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(body_format)))

    def set_default_format(self, body_format: str) -> None:
        """The format new entries start with; applied now unless an entry is being edited."""
        self._default_format = body_format
        if self._editing is None and not self.body():
            self.set_body_format(body_format)

    def editing(self) -> Entry | None:
        """The entry being edited, or ``None`` while writing a new one."""
        return self._editing

    def start_edit(self, entry: Entry) -> None:
        """Load ``entry`` into the form; Save then emits ``edit_submitted``."""
        if self._editing is None:
            # Put the new entry being written aside; it comes back when the edit ends.
            self._set_aside = (self.title(), self.body(), self.body_format())
        self._editing = entry
        self.heading.setText(f"Editing “{entry.title}”")
        shown = entry.created_local  # as written, in its own zone
        self.created_edit.blockSignals(True)
        self.created_edit.setDateTime(
            QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute))
        )
        self.created_edit.blockSignals(False)
        self._created_chosen = False
        self.title_edit.setText(entry.title)
        self.body_edit.setPlainText(entry.text)
        self.body_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.set_body_format(entry.body_format)
        self._set_post_button("Save", "Save the changes (Ctrl+Return)")
        self.cancel_button.show()
        self.update_preview()
        self.focus_title()

    def _set_post_button(self, text: str, tip: str) -> None:
        self.post_button.setText(text)  # setText resets the shortcut: set it again
        self.post_button.setShortcut(SHARE_KEYS)
        self.post_button.setToolTip(tip)

    def keep_as_new(self) -> None:
        """Leave edit mode but keep the text: Share would post it as a new entry."""
        self._editing = None
        self.heading.setText("New entry")
        self._set_post_button("Share", "Post the entry (Ctrl+Return)")
        self.cancel_button.hide()
        self.created_edit.setEnabled(True)

    def cancel_edit(self) -> None:
        """Leave edit mode without saving and start a new, empty entry."""
        if self._editing is not None:
            self.clear()

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.show_body(self.body(), body_format=self.body_format())

    def insert_image(self, url: str) -> None:
        """Insert an ``<img>`` for a stored image at the cursor and show it in the preview."""
        self.body_edit.insertPlainText(f'<img src="{url}">')
        self.update_preview()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear(self) -> None:
        """Start a new entry: empty, or the one that was put aside when an edit began."""
        title, body, body_format = self._set_aside or ("", "", self._default_format)
        self._set_aside = None
        self._reset_created()
        self.created_edit.setEnabled(True)
        self.title_edit.setText(title)
        self.body_edit.setPlainText(body)
        self._editing = None
        self.heading.setText("New entry")
        self._set_post_button("Share", "Post the entry (Ctrl+Return)")
        self.cancel_button.hide()
        self.set_body_format(body_format)
        self.update_preview()
        self._clear_error()

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _clear_error(self) -> None:
        self.error_label.hide()

    def _submit(self) -> None:
        if self._editing is not None:
            self.edit_submitted.emit(self._editing.id, self.title(), self.body())
        else:
            self.submitted.emit(self.title(), self.body())
