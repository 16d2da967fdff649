"""The entry form: a plain-text title and an HTML or Markdown body with a live preview.

HTML bodies are written in the rich editor (or, switched to HTML source, as text); Markdown
bodies in the plain editor with highlighting. It adds new entries and, after
:meth:`EntryForm.start_edit`, edits an existing one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.config import user_data_dir
from desktop_blog.markup import FORMAT_LABELS, to_html
from desktop_blog.safe_input import InputError, read_input
from desktop_blog.spelling import PERSONAL_WORDS, SpellChecker, load_checker
from desktop_blog.storage import Entry
from desktop_blog.storage.images import MAX_IMAGE_BYTES
from desktop_blog.storage.zones import zone
from desktop_blog.ui.actions import create_action, limit_to, spec
from desktop_blog.ui.theme import is_dark
from desktop_blog.ui.widgets.bidi import isolate
from desktop_blog.ui.widgets.body_edit import BodyEdit
from desktop_blog.ui.widgets.entry_view import SafeBrowser
from desktop_blog.ui.widgets.format_toolbar import BodyEditor, FormatToolbar
from desktop_blog.ui.widgets.rich_body_edit import RichBodyEdit
from desktop_blog.ui.widgets.rich_document import rich_editable
from desktop_blog.ui.widgets.spell_highlighter import SpellHighlighter, SpellMenu

if TYPE_CHECKING:  # built when a body is first switched to Markdown
    from desktop_blog.ui.widgets.markdown_highlighter import MarkdownHighlighter

PREVIEW_DELAY_MS = 150
SHARE_KEYS = spec("share").keys[0]


def date_time_format(locale: QLocale) -> str:
    """The date field's format: the locale's short date and time, with a four-digit year
    and no seconds ("M/d/yyyy h:mm AP", "dd.MM.yyyy HH:mm")."""
    short = QLocale.FormatType.ShortFormat
    day = re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", locale.dateFormat(short))
    time = re.sub(r"[^\w\s]?s+", "", locale.timeFormat(short))  # ":ss" if ever there
    return f"{day} {time}"


class EntryForm(QWidget):
    """Emits ``submitted(title, body)`` for a new entry or ``edit_submitted(id, title, body)``
    while editing; the owner saves and then calls :meth:`clear`."""

    submitted = Signal(str, str)
    leave_requested = Signal()  # Esc: back to reading (a new entry's text is kept)
    image_received = Signal(bytes)  # pasted or dropped into the body; see insert_image
    edit_submitted = Signal(int, str, str)
    body_changed = Signal()  # the body's text changed, in whichever editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        heading = QLabel(self.tr("New entry"), self)
        heading.setObjectName("formHeading")
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.heading = heading
        self._editing: Entry | None = None
        self._set_aside: tuple[str, str, str] | None = None  # title, body, format
        self._default_format = "html"
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        self.format_combo.setAccessibleName(self.tr("Body format"))
        for key, label in FORMAT_LABELS.items():
            self.format_combo.addItem(label, key)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.preview = SafeBrowser(self)
        self.plain_edit = BodyEdit(self)  # Markdown, and HTML as source
        self.plain_edit.setPlaceholderText(
            self.tr("Text — HTML, e.g. <b>bold</b>, or Markdown, e.g. **bold**; #tags are indexed")
        )
        self.rich_edit = RichBodyEdit(self.preview.loadResource, self)  # HTML as formatted
        self.rich_edit.setPlaceholderText(self.tr("Text — #tags are indexed"))
        self._source = False  # HTML shown as source in the plain editor
        self.spell_checker: SpellChecker | None = None
        self._spelling = SpellHighlighter(self.rich_edit)
        self._rich_menu = SpellMenu(self.rich_edit, [self._spelling])
        self._plain_menu = SpellMenu(self.plain_edit, [])
        self._converting = False
        self.body_stack = QStackedWidget(self)
        self.body_stack.setObjectName("bodyStack")
        for editor in (self.rich_edit, self.plain_edit):
            editor.setAccessibleName(self.tr("Text"))
            editor.setTabChangesFocus(True)
            self.body_stack.addWidget(editor)
        self.preview.setObjectName("bodyPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setPlaceholderText(self.tr("Preview"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.post_button = QPushButton(self.tr("Share"), self)
        self.post_button.setObjectName("postButton")
        self.post_button.setToolTip(self.tr("Post the entry (Ctrl+Return)"))
        self.post_button.setShortcut(SHARE_KEYS)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelEditButton")
        self.cancel_button.setToolTip(self.tr("Stop editing; nothing is saved (Esc)"))
        self.cancel_button.hide()
        self.cancel_action = create_action(spec("cancel_edit"), self)
        limit_to(self.cancel_action, self)
        self.created_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.created_edit.setObjectName("createdEdit")
        self.created_edit.setAccessibleName(self.tr("Date and time"))
        self.created_edit.setCalendarPopup(True)
        self.created_edit.setDisplayFormat(date_time_format(self.created_edit.locale()))
        self._created_chosen = False
        self._highlighter: MarkdownHighlighter | None = None
        self.created_edit.dateTimeChanged.connect(self._created_changed)
        self.toolbar = FormatToolbar(lambda: self.body_edit, self.body_format, self, self)

        body_split = QSplitter(Qt.Orientation.Horizontal, self)
        body_split.setObjectName("bodySplitter")
        body_split.addWidget(self.body_stack)
        body_split.addWidget(self.preview)
        body_split.setChildrenCollapsible(False)
        # the body takes the height the title and date rows leave
        body_split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.created_edit)
        text_label = QLabel(self.tr("Te&xt:"), self)
        text_label.setBuddy(self.body_stack)
        self._text_label = text_label
        format_row = QHBoxLayout()
        format_label = QLabel(self.tr("&Format:"), self)
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
        for editor in (self.rich_edit, self.plain_edit):
            editor.textChanged.connect(self.body_changed)
            editor.paste_refused.connect(self.show_error)
            editor.image_received.connect(self.image_received)
        self.body_changed.connect(self._preview_timer.start)
        self.title_edit.textChanged.connect(self._clear_error)
        self.body_changed.connect(self._clear_error)
        self.post_button.clicked.connect(self._submit)
        self.title_edit.returnPressed.connect(self._focus_body)
        self.plain_edit.image_refused.connect(self.show_error)
        self.rich_edit.image_file_dropped.connect(self.read_image_file)
        self.toolbar.image_requested.connect(self.choose_image)
        self.toolbar.source_toggled.connect(self.set_source_mode)
        self.toolbar.refused.connect(self.show_error)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.format_combo.currentIndexChanged.connect(self.update_preview)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_action.triggered.connect(self._leave)

        self._show_editor()

    # -- the body's editors -------------------------------------------------------------------
    @property
    def body_edit(self) -> BodyEditor:
        """The body editor on screen: the rich editor for HTML, else the plain one."""
        return self.plain_edit if self._plain_shown() else self.rich_edit

    def _focus_body(self) -> None:
        self.body_edit.setFocus()

    def _plain_shown(self) -> bool:
        return self.body_format() != "html" or self._source

    def is_source_mode(self) -> bool:
        """Whether an HTML body is shown as its source text."""
        return self.body_format() == "html" and self._source

    def _show_editor(self) -> None:
        """Show the editor for the format and mode; it (only) is called ``bodyEdit``."""
        shown = self.body_edit
        hidden = self.rich_edit if shown is self.plain_edit else self.plain_edit
        refocus = hidden.hasFocus()
        hidden.setObjectName("richBodyEdit" if hidden is self.rich_edit else "plainBodyEdit")
        shown.setObjectName("bodyEdit")
        self.body_stack.setCurrentWidget(shown)
        self.preview.setVisible(shown is self.plain_edit)  # the rich editor shows it as is
        if refocus:
            shown.setFocus()
        self.toolbar.show_mode(html=self.body_format() == "html", source=self._source)
        self._update_highlighting()
        markdown = self.body_format() == "markdown"
        self._plain_menu.checker = self.spell_checker if markdown else None

    def set_spell_language(self, language: str) -> str:
        """Check spelling in ``language`` (``""``: off); returns why it is off, if it is."""
        personal = user_data_dir() / PERSONAL_WORDS
        self.spell_checker, reason = load_checker(language, personal)
        self._spelling.set_checker(self.spell_checker)
        self._rich_menu.checker = self.spell_checker
        if self._highlighter is not None:
            self._highlighter.checker = self.spell_checker
            self._highlighter.rehighlight()
        self._show_editor()
        return reason

    def set_body(self, text: str, body_format: str | None = None) -> None:
        """Load a stored body (in ``body_format``, default the current one) into the editor.

        HTML the rich editor cannot keep whole opens as HTML source.
        """
        self._converting = True
        try:
            if body_format is not None:
                self.set_body_format(body_format)
            self._source = self.body_format() == "html" and not rich_editable(text)
            if self._plain_shown():
                self.plain_edit.setPlainText(text)
                self.rich_edit.clear()
            else:
                self.rich_edit.set_html_body(text)
                self.plain_edit.clear()
        finally:
            self._converting = False
        self._show_editor()

    def set_source_mode(self, source: bool) -> None:
        """Show an HTML body as source text (or formatted again, when it can be)."""
        if self.body_format() != "html" or source == self._source:
            self._show_editor()
            return
        if source:
            self.plain_edit.setPlainText(self.rich_edit.html_body())
            self.plain_edit.moveCursor(QTextCursor.MoveOperation.End)
        elif rich_editable(self.plain_edit.toPlainText()):
            self.rich_edit.set_html_body(self.plain_edit.toPlainText())
        else:
            self.show_error(
                self.tr(
                    "This HTML has parts the rich editor cannot keep (styles, tables or other tags); it stays in HTML source."  # noqa: E501
                )
            )
            self._show_editor()
            return
        self._source = source
        self._show_editor()
        self.body_edit.setFocus()

    def _format_changed(self) -> None:
        """The user chose another format: carry the body over into its editor."""
        if self._converting:
            self._show_editor()
            return
        rich_shown = self.body_stack.currentWidget() is self.rich_edit
        if self.body_format() == "markdown" and rich_shown:
            self.plain_edit.setPlainText(self.rich_edit.document().toMarkdown().strip())
        elif self.body_format() == "html" and not rich_shown:
            text = self.plain_edit.toPlainText()
            rendered = to_html(text, "markdown")
            self._source = not rich_editable(rendered)
            if not self._source:
                self.rich_edit.set_html_body(rendered)
        self._show_editor()

    def choose_image(self) -> None:
        """Insert an image chosen from a file (stored in the journal by the owner)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Insert Image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"),
        )
        if path:
            self.read_image_file(path)

    def read_image_file(self, path: str) -> None:
        """Read an image file safely and hand its bytes to the owner (``image_received``)."""
        try:
            data = read_input(Path(path), MAX_IMAGE_BYTES)
        except InputError as exc:
            self.show_error(str(exc))
            return
        self.image_received.emit(data)

    def _update_highlighting(self) -> None:
        """Markdown bodies are highlighted as they are written; HTML bodies are not."""
        markdown = self.body_format() == "markdown"
        if markdown and self._highlighter is None:
            from desktop_blog.ui.widgets.markdown_highlighter import MarkdownHighlighter

            self._highlighter = MarkdownHighlighter(
                self.plain_edit.document(), dark=is_dark(self.palette())
            )
            self._highlighter.checker = self.spell_checker
            self._highlighter.rehighlight()
            self._plain_menu.set_highlighters([self._highlighter])
        elif not markdown and self._highlighter is not None:
            self._highlighter.setDocument(None)
            self._highlighter.deleteLater()
            self._highlighter = None
            self._plain_menu.set_highlighters([])

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
        """The body as stored: minimal HTML from the rich editor, else the text as typed."""
        if self._plain_shown():
            return self.plain_edit.toPlainText()
        return self.rich_edit.html_body()

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
        self.heading.setText(self.tr("Editing “{title}”").format(title=isolate(entry.title)))
        shown = entry.created_local  # as written, in its own zone
        self.created_edit.blockSignals(True)
        self.created_edit.setDateTime(
            QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute))
        )
        self.created_edit.blockSignals(False)
        self._created_chosen = False
        self.title_edit.setText(entry.title)
        self.set_body(entry.text, entry.body_format)
        self.body_edit.moveCursor(QTextCursor.MoveOperation.End)
        self._set_post_button(self.tr("Save"), self.tr("Save the changes (Ctrl+Return)"))
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
        self.heading.setText(self.tr("New entry"))
        self._set_post_button(self.tr("Share"), self.tr("Post the entry (Ctrl+Return)"))
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
        if self._plain_shown():
            self.plain_edit.insertPlainText(f'<img src="{url}">')
        else:
            self.rich_edit.insert_image(url)
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
        self.set_body(body, body_format)
        self._editing = None
        self.heading.setText(self.tr("New entry"))
        self._set_post_button(self.tr("Share"), self.tr("Post the entry (Ctrl+Return)"))
        self.cancel_button.hide()
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
