"""Spell checking in the editors: red wavy underlines and suggestions on right-click."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from desktop_blog.spelling import SpellChecker

UNDERLINE = QColor("#d0312d")


def underline_misspelt(
    highlighter: QSyntaxHighlighter, text: str, checker: SpellChecker | None
) -> None:
    """Add a red wavy underline to each misspelt word of the block ``text``."""
    if checker is None:
        return
    for start, length in checker.misspelt(text):
        marked = QTextCharFormat(highlighter.format(start))
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        marked.setUnderlineColor(UNDERLINE)
        highlighter.setFormat(start, length, marked)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of a rich document (its own formatting stays)."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor.document())
        self.checker: SpellChecker | None = None

    def set_checker(self, checker: SpellChecker | None) -> None:
        self.checker = checker
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        underline_misspelt(self, text, self.checker)


class SpellMenu(QObject):
    """The editor's context menu, with suggestions and "Add to Dictionary" on a misspelt word."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit, highlighters: list[QSyntaxHighlighter]):
        super().__init__(editor)
        self._editor = editor
        self._highlighters = highlighters
        self.checker: SpellChecker | None = None
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show)

    def set_highlighters(self, highlighters: list[QSyntaxHighlighter]) -> None:
        """The highlighters to redo once a word was added to the dictionary."""
        self._highlighters = highlighters

    def menu_for(self, position: QPoint) -> QMenu:
        """The context menu for a right-click at ``position`` (viewport coordinates)."""
        menu = self._editor.createStandardContextMenu(position)
        menu.setObjectName("bodyContextMenu")
        cursor = self._editor.cursorForPosition(position)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        checker = self.checker
        if checker is None or not word or checker.check(word):
            return menu
        first = menu.actions()[0] if menu.actions() else None
        suggestions = checker.suggest(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spellSuggestion")
            action.triggered.connect(lambda _c=False, s=suggestion, c=cursor: self._replace(c, s))
            menu.insertAction(first, action)  # type: ignore[arg-type]
        if not suggestions:
            none = QAction(self.tr("(No suggestions)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)  # type: ignore[arg-type]
        add = QAction(self.tr("Add to Dictionary"), menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _c=False: self._add(checker, word))
        menu.insertAction(first, add)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def _show(self, position: QPoint) -> None:
        menu = self.menu_for(position)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self._editor.viewport().mapToGlobal(position))

    def _replace(self, cursor: QTextCursor, suggestion: str) -> None:
        cursor.insertText(suggestion)

    def _add(self, checker: SpellChecker, word: str) -> None:
        try:
            checker.add(word)
        except OSError:
            return
        for highlighter in self._highlighters:
            highlighter.rehighlight()
