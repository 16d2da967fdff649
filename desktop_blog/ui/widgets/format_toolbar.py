"""A formatting toolbar that inserts markup for the body's format (HTML or Markdown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolBar, QWidget

from desktop_blog.markup import Markup, insert_markup
from desktop_blog.ui.actions import create_action, limit_to, spec

LINE_MARKUP = frozenset({Markup.HEADING, Markup.LIST})


class FormatToolbar(QToolBar):
    """Wraps the body's selection (or a placeholder) in markup; keys work inside the form."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        body_format: Callable[[], str],
        shortcut_scope: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Formatting", parent)
        self.setObjectName("formatToolbar")
        self.setAccessibleName("Formatting")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._editor = editor
        self._body_format = body_format
        self.markup_actions: dict[Markup, QAction] = {}
        for kind in Markup:
            action = create_action(spec(kind.value), self)
            action.triggered.connect(lambda _checked=False, k=kind: self.apply(k))
            self.addAction(action)
            limit_to(action, shortcut_scope)
            self.markup_actions[kind] = action

    def apply(self, kind: Markup) -> None:
        """Replace the selection (or insert a placeholder) with its marked-up form."""
        cursor = self._editor.textCursor()
        if not cursor.hasSelection() and kind in LINE_MARKUP and cursor.block().text().strip():
            # Nothing selected: a heading or list applies to the whole current line.
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
        selected = cursor.selectedText().replace("\u2029", "\n")
        replacement = insert_markup(kind, selected, self._body_format())
        cursor.insertText(replacement)
        self._editor.setTextCursor(cursor)
        self._editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
