"""Syntax highlighting for Markdown bodies while they are written (headings, emphasis, code,
links, lists, quotes and #tags), with colours that follow the theme."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop_blog.spelling import SpellChecker
from desktop_blog.ui.widgets.spell_highlighter import underline_misspelt

# kind -> (light colour, dark colour); each has 4.5:1 on its theme's editor background
COLOURS = {
    "heading": ("#2c6a94", "#8cc0e4"),
    "marker": ("#5a636d", "#a9afb7"),
    "code": ("#8a3b12", "#f0b58a"),
    "link": ("#2c6a94", "#8cc0e4"),
    "quote": ("#4a535c", "#c3c8ce"),
    "tag": ("#6b4aa0", "#c7b2ee"),
}
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("heading", re.compile(r"^#{1,6} .*$")),
    ("quote", re.compile(r"^>.*$")),
    ("marker", re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")),
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    ("italic", re.compile(r"(?<![*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_])")),
    ("code", re.compile(r"`[^`]+`")),
    ("link", re.compile(r"\[[^\]]*\]\([^)]*\)")),
    ("tag", re.compile(r"(?<![\w#&/])#[\w-]+")),
)


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown syntax in a document; :meth:`set_dark` switches the colours."""

    def __init__(self, document: QTextDocument, *, dark: bool = False) -> None:
        super().__init__(document)
        self.checker: SpellChecker | None = None  # misspelt words are underlined too
        self._dark = dark
        self._formats = self._make_formats()

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            self._formats = self._make_formats()
            self.rehighlight()

    def _make_formats(self) -> dict[str, QTextCharFormat]:
        formats: dict[str, QTextCharFormat] = {}
        for kind, (light, dark) in COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(dark if self._dark else light))
            formats[kind] = fmt
        formats["heading"].setFontWeight(QFont.Weight.Bold)
        formats["code"].setFontFixedPitch(True)
        formats["code"].setFontFamilies(["DejaVu Sans Mono", "Liberation Mono", "monospace"])
        formats["quote"].setFontItalic(True)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        formats["bold"], formats["italic"] = bold, italic
        return formats

    def highlightBlock(self, text: str) -> None:
        for kind, pattern in RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[kind])
        underline_misspelt(self, text, self.checker)
