"""The rich editor: formatting typed with the keys is stored as minimal HTML and read back."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_blog.storage import EntryRepository
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.widgets.rich_body_edit import RichBodyEdit
from desktop_blog.ui.widgets.rich_document import document_html, rich_editable
from desktop_blog.ui.windows.main_window import MainWindow
from tests.ui.conftest import html_source, post

ENTER = Qt.Key.Key_Return


def press(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    """Press ``sequence`` where the focused widget gets it (shortcuts included)."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(QApplication.focusWidget() or window, QKeySequence(sequence))


def new_entry(qtbot: QtBot, window: MainWindow, title: str) -> EntryForm:
    window.actions.new_entry.trigger()
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, title)
    form.body_edit.setFocus()
    qtbot.waitUntil(form.body_edit.hasFocus)
    return form


def structure(document: QTextDocument) -> list[tuple[str, int, str]]:
    """(text, heading level, list style) of each non-empty block."""
    found = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        style = text_list.format().style().name if text_list is not None else ""
        if block.text().strip():
            found.append((block.text(), block.blockFormat().headingLevel(), style))
        block = block.next()
    return found


def test_html_entries_are_written_in_the_rich_editor_by_default(window: MainWindow) -> None:
    form = window.entry_form
    assert isinstance(form.body_edit, RichBodyEdit)
    assert form.findChild(QWidget, "bodyEdit") is form.rich_edit


def test_formatting_typed_with_the_keys_is_stored_as_minimal_html_and_shown(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    form = new_entry(qtbot, window, "Formatted")
    edit = form.body_edit
    qtbot.keyClicks(edit, "Day one")
    press(qtbot, window, "Ctrl+Alt+1")
    qtbot.keyClick(edit, ENTER)
    qtbot.keyClicks(edit, "A ")
    press(qtbot, window, "Ctrl+B")
    qtbot.keyClicks(edit, "bold")
    press(qtbot, window, "Ctrl+B")
    qtbot.keyClicks(edit, " and ")
    press(qtbot, window, "Ctrl+I")
    qtbot.keyClicks(edit, "slanted")
    press(qtbot, window, "Ctrl+I")
    qtbot.keyClicks(edit, " word, ")
    press(qtbot, window, "Ctrl+Shift+C")
    qtbot.keyClicks(edit, "x < 1")
    press(qtbot, window, "Ctrl+Shift+C")
    qtbot.keyClick(edit, ENTER)
    press(qtbot, window, "Ctrl+Alt+2")
    qtbot.keyClicks(edit, "Lists")
    qtbot.keyClick(edit, ENTER)
    press(qtbot, window, "Ctrl+Shift+8")
    qtbot.keyClicks(edit, "one")
    qtbot.keyClick(edit, ENTER)
    qtbot.keyClicks(edit, "two")
    qtbot.keyClick(edit, ENTER)
    press(qtbot, window, "Ctrl+Shift+7")
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, ENTER)
    press(qtbot, window, "Ctrl+Shift+7")  # the numbered list ends
    press(qtbot, window, "Ctrl+Shift+9")
    qtbot.keyClicks(edit, "Quoted")
    qtbot.keyClick(edit, ENTER)
    press(qtbot, window, "Ctrl+Shift+9")
    press(qtbot, window, "Ctrl+Alt+C")
    qtbot.keyClicks(edit, "print(1)")
    expected = (
        "<h1>Day one</h1>\n"
        "<p>A <strong>bold</strong> and <em>slanted</em> word, <code>x &lt; 1</code></p>\n"
        "<h2>Lists</h2>\n"
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        "<ol>\n<li>first</li>\n</ol>\n"
        "<blockquote>\n<p>Quoted</p>\n</blockquote>\n"
        "<pre>print(1)</pre>"
    )
    assert form.body() == expected
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert repository.newest(1)[0].text == expected
    shown = structure(window.entry_view.document())
    assert ("Day one", 1, "") in shown
    assert ("Lists", 2, "") in shown
    assert [s for s in shown if s[2]] == [
        ("one", 0, "ListDisc"),
        ("two", 0, "ListDisc"),
        ("first", 0, "ListDecimal"),
    ]
    assert "print(1)" in window.entry_view.toPlainText()


def test_a_link_keeps_only_web_and_mail_addresses(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([("javascript:alert(1)", True), ("https://example.org/?a=1&b=2", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    form = new_entry(qtbot, window, "Linked")
    qtbot.keyClicks(form.body_edit, "see here")
    press(qtbot, window, "Ctrl+K")  # the word under the cursor
    assert form.error() == "Only web (http, https) and e-mail (mailto) links are kept."
    assert form.body() == "<p>see here</p>"
    press(qtbot, window, "Ctrl+K")
    assert form.body() == '<p>see <a href="https://example.org/?a=1&amp;b=2">here</a></p>'


def test_an_image_from_a_file_is_stored_and_referenced(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]
    path = tmp_path / "red.png"
    path.write_bytes(bytes(data.data()))
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    chosen = iter([str(fifo), str(path)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (next(chosen), ""))
    form = new_entry(qtbot, window, "Picture")
    qtbot.keyClicks(form.body_edit, "Red: ")
    press(qtbot, window, "Ctrl+Shift+I")
    assert "is a pipe (FIFO), not a file" in form.error()
    press(qtbot, window, "Ctrl+Shift+I")
    body = form.body()
    assert re.fullmatch(r'<p>Red: <img src="journal-image:[0-9a-f]{64}"></p>', body), body


def test_an_existing_entry_saved_unchanged_keeps_its_html(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    text = (
        "<h2>Walk</h2>\n"
        '<p>By the <a href="https://example.org">river</a>,<br>then <strong>home</strong>.</p>\n'
        "<ol>\n<li>bread</li>\n<li><em>tea</em></li>\n</ol>\n"
        "<blockquote>\n<p>Quiet.</p>\n</blockquote>\n"
        "<pre>a  b\n c</pre>"
    )
    entry = repository.add("Walk", text)
    window.edit(entry)
    form = window.entry_form
    assert isinstance(form.body_edit, RichBodyEdit)
    assert form.body() == text
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert repository.get(entry.id).text == text  # type: ignore[union-attr]


def test_html_the_rich_editor_cannot_keep_opens_as_source(
    qtbot: QtBot, window: MainWindow, repository: EntryRepository
) -> None:
    text = '<p style="color: red">red</p><table><tr><td>1</td></tr></table>'
    window.edit(repository.add("Styled", text))
    form = window.entry_form
    assert form.is_source_mode()
    assert form.findChild(QWidget, "bodyEdit") is form.plain_edit
    assert form.body() == text
    form.set_source_mode(False)  # refused: it would lose the table
    assert form.is_source_mode()
    assert "cannot keep" in form.error()


def test_html_source_mode_shows_the_html_and_back(qtbot: QtBot, window: MainWindow) -> None:
    form = new_entry(qtbot, window, "Source")
    qtbot.keyClicks(form.body_edit, "plain ")
    press(qtbot, window, "Ctrl+B")
    qtbot.keyClicks(form.body_edit, "strong")
    html_source(qtbot, form)
    assert form.findChild(QWidget, "bodyEdit") is form.plain_edit
    assert form.body_edit.toPlainText() == "<p>plain <strong>strong</strong></p>"
    qtbot.keyClicks(form.body_edit, "<h3>More</h3>")
    press(qtbot, window, "Ctrl+U")
    assert form.findChild(QWidget, "bodyEdit") is form.rich_edit
    assert form.body() == "<p>plain <strong>strong</strong></p>\n<h3>More</h3>"


def test_markdown_entries_keep_the_plain_editor(qtbot: QtBot, window: MainWindow) -> None:
    post(qtbot, window, "Seed", "<p>x</p>")
    form = new_entry(qtbot, window, "Md")
    form.set_body_format("markdown")
    assert form.findChild(QWidget, "bodyEdit") is form.plain_edit
    assert not form.toolbar.source_action.isVisible()


@pytest.mark.parametrize(
    "body",
    [
        "<p>a <strong>b <em>c</em></strong> <code>d</code></p>",
        '<p><a href="mailto:me@example.org">me</a> <img src="journal-image:ab12"></p>',
        "<h3>x &amp; y</h3>\n<ul>\n<li>1</li>\n</ul>",
    ],
)
def test_minimal_html_survives_the_document(qtbot: QtBot, body: str) -> None:
    assert rich_editable(body)
    document = QTextDocument()
    document.setHtml(body)
    assert document_html(document) == body


@pytest.mark.parametrize(
    "body",
    ['<a href="file:///etc/passwd">x</a>', '<img src="/etc/hosts">', "<div>x</div>", "<u>u</u>"],
)
def test_html_with_more_than_the_editor_keeps_is_not_rich_editable(body: str) -> None:
    assert not rich_editable(body)
