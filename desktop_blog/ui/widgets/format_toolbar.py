"""The editor's formatting toolbar: formats the rich editor, or inserts HTML/Markdown markup.

With the rich editor (HTML entries) the actions format the document; in the plain editor
(Markdown, or HTML source) they insert the format's markup around the selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop_blog.markup import Markup, insert_markup
from desktop_blog.ui.actions import create_action, limit_to, spec
from desktop_blog.ui.widgets.rich_body_edit import RichBodyEdit

LINE_MARKUP = frozenset(
    {
        Markup.HEADING,
        Markup.LIST,
        Markup.NUMBERED_LIST,
        Markup.QUOTE,
        Markup.PARAGRAPH,
        Markup.HEADING_1,
        Markup.HEADING_2,
        Markup.HEADING_3,
    }
)
HEADING_LEVELS = {
    Markup.PARAGRAPH: 0,
    Markup.HEADING_1: 1,
    Markup.HEADING_2: 2,
    Markup.HEADING_3: 3,
}  # in the Heading button's menu, not on the bar
GROUPS = (
    (Markup.BOLD, Markup.ITALIC, Markup.CODE, Markup.LINK),
    (Markup.HEADING, Markup.LIST, Markup.NUMBERED_LIST, Markup.QUOTE, Markup.CODE_BLOCK),
)

BodyEditor = QPlainTextEdit | RichBodyEdit


class FormatToolbar(QToolBar):
    """Formats the body being written; keys work anywhere inside ``shortcut_scope``.

    ``image_requested``: the user wants to insert an image from a file;
    ``source_toggled(bool)``: the HTML source view was switched on or off;
    ``refused(str)``: why a formatting request was not applied (e.g. a link's scheme).
    """

    image_requested = Signal()
    source_toggled = Signal(bool)
    refused = Signal(str)

    def __init__(
        self,
        editor: Callable[[], BodyEditor],
        body_format: Callable[[], str],
        shortcut_scope: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formatting"))
        self.setObjectName("formatToolbar")
        self.setAccessibleName(self.tr("Formatting"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._editor = editor
        self._body_format = body_format
        self.markup_actions: dict[Markup, QAction] = {}
        for kind in Markup:
            action = create_action(spec(kind.value), self)
            action.triggered.connect(lambda _checked=False, k=kind: self.apply(k))
            limit_to(action, shortcut_scope)
            self.markup_actions[kind] = action
        heading_menu = QMenu(self)
        for kind in HEADING_LEVELS:
            heading_menu.addAction(self.markup_actions[kind])
        self.markup_actions[Markup.HEADING].setMenu(heading_menu)
        for group in GROUPS:
            for kind in group:
                self.addAction(self.markup_actions[kind])
            self.addSeparator()
        heading_button = self.widgetForAction(self.markup_actions[Markup.HEADING])
        if isinstance(heading_button, QToolButton):
            heading_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.image_action = self._add("image", self.image_requested.emit, shortcut_scope)
        self.addSeparator()
        self.undo_action = self._add("undo_typing", lambda: self._editor().undo(), None)
        self.redo_action = self._add("redo_typing", lambda: self._editor().redo(), None)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.source_action = create_action(spec("html_source"), self)
        self.source_action.toggled.connect(self.source_toggled)
        limit_to(self.source_action, shortcut_scope)
        self.addAction(self.source_action)
        source_button = self.widgetForAction(self.source_action)
        if isinstance(source_button, QToolButton):
            source_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            source_button.setObjectName("htmlSourceButton")

    def _add(self, name: str, slot: Callable[[], object], scope: QWidget | None) -> QAction:
        action = create_action(spec(name), self)
        action.triggered.connect(lambda _checked=False: slot())
        if scope is not None:
            limit_to(action, scope)
        self.addAction(action)
        return action

    def show_mode(self, *, html: bool, source: bool) -> None:
        """Show the controls for the body's format: the source switch only for HTML."""
        self.source_action.setVisible(html)
        self.source_action.blockSignals(True)
        self.source_action.setChecked(html and source)
        self.source_action.blockSignals(False)

    def apply(self, kind: Markup) -> None:
        """Format the rich editor's selection, or insert markup in the plain editor."""
        editor = self._editor()
        if isinstance(editor, RichBodyEdit):
            self._apply_rich(editor, kind)
        else:
            self._insert_markup(editor, kind)
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _apply_rich(self, editor: RichBodyEdit, kind: Markup) -> None:
        if kind in HEADING_LEVELS:
            editor.set_heading(HEADING_LEVELS[kind])
            return
        rich: dict[Markup, Callable[[], object]] = {
            Markup.BOLD: editor.toggle_bold,
            Markup.ITALIC: editor.toggle_italic,
            Markup.CODE: editor.toggle_code,
            Markup.LINK: lambda: self._ask_link(editor),
            Markup.HEADING: editor.cycle_heading,
            Markup.LIST: lambda: editor.toggle_list(numbered=False),
            Markup.NUMBERED_LIST: lambda: editor.toggle_list(numbered=True),
            Markup.QUOTE: editor.toggle_quote,
            Markup.CODE_BLOCK: editor.toggle_code_block,
        }
        rich[kind]()

    def _ask_link(self, editor: RichBodyEdit) -> None:
        href, accepted = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Web or e-mail address (https://…, mailto:…); empty removes the link:"),
            QLineEdit.EchoMode.Normal,
            editor.current_link() or "https://",
        )
        if accepted and not editor.set_link(href):
            self.refused.emit(self.tr("Only web (http, https) and e-mail (mailto) links are kept."))

    def _insert_markup(self, editor: QPlainTextEdit, kind: Markup) -> None:
        cursor = editor.textCursor()
        if not cursor.hasSelection() and kind in LINE_MARKUP and cursor.block().text().strip():
            # Nothing selected: a heading or list applies to the whole current line.
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
        selected = cursor.selectedText().replace("\u2029", "\n")
        replacement = insert_markup(kind, selected, self._body_format())
        cursor.insertText(replacement)
        editor.setTextCursor(cursor)
