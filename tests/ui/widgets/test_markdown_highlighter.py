"""Markdown bodies are highlighted while they are written; HTML bodies are not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.widgets.markdown_highlighter import COLOURS, MarkdownHighlighter
from tests.ui.test_theme_contrast import contrast


def formats_at(document: QTextDocument, line: int) -> list[tuple[int, int, QColor, bool]]:
    block = document.findBlockByNumber(line)
    return [
        (
            r.start,
            r.length,
            r.format.foreground().color(),
            r.format.fontWeight() == QFont.Weight.Bold,
        )
        for r in block.layout().formats()
    ]


@pytest.fixture
def form(qtbot: QtBot) -> EntryForm:
    editor = EntryForm()
    qtbot.addWidget(editor)
    return editor


def test_markdown_syntax_is_coloured(qtbot: QtBot, form: EntryForm) -> None:
    form.set_body_format("markdown")
    form.body_edit.setPlainText("# A heading\nsome **bold** and `code` #tag\n- item")
    document = form.body_edit.document()
    heading = formats_at(document, 0)
    assert heading[0][:2] == (0, len("# A heading"))
    assert heading[0][2] == QColor(COLOURS["heading"][0])
    assert heading[0][3]
    second = {(start, length) for start, length, _c, _b in formats_at(document, 1)}
    assert (5, 8) in second  # **bold**
    assert (18, 6) in second  # `code`
    assert (25, 4) in second  # #tag
    assert formats_at(document, 2)[0][:2] == (0, 2)  # the list marker


def test_html_bodies_are_left_plain(qtbot: QtBot, form: EntryForm) -> None:
    form.set_body_format("markdown")
    form.set_body_format("html")
    form.body_edit.setPlainText("# not a heading in HTML")
    assert formats_at(form.body_edit.document(), 0) == []


def test_the_colours_keep_their_contrast_in_both_themes() -> None:
    for light, dark in COLOURS.values():
        assert contrast(light, "#ffffff") >= 4.5
        assert contrast(dark, "#232428") >= 4.5


def test_dark_colours_are_used_in_the_dark(qtbot: QtBot) -> None:
    document = QTextDocument("# Heading")
    highlighter = MarkdownHighlighter(document, dark=True)
    highlighter.rehighlight()
    assert formats_at(document, 0)[0][2] == QColor(COLOURS["heading"][1])
    highlighter.set_dark(False)
    assert formats_at(document, 0)[0][2] == QColor(COLOURS["heading"][0])
