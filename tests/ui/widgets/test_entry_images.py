"""Pasting and dropping images into the body stores them in the journal and shows them."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.storage.images import MAX_IMAGE_BYTES, ImageStore
from desktop_blog.ui.windows.main_window import MainWindow
from tests.storage.images_data import png_bytes
from tests.ui.conftest import html_source, post


def stored_images(app: Session) -> ImageStore:
    return ImageStore(app._conn)


def test_pasted_image_is_stored_and_shown(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(picture)
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, "With a picture")
    form.body_edit.setFocus()
    qtbot.keyClicks(form.body_edit, "Look: ")
    qtbot.keySequence(form.body_edit, QKeySequence.StandardKey.Paste)
    body = form.body()
    match = re.fullmatch(r'<p>Look: <img src="journal-image:([0-9a-f]{64})"></p>', body)
    assert match, body
    image = stored_images(journal_app).get(match.group(1))
    assert image is not None
    assert image.mime == "image/png"
    assert QImage.fromData(image.data).size() == picture.size()
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_entry() is not None)
    shown = window.entry_view.grab().toImage()
    reds = sum(
        shown.pixelColor(x, y) == QColor("red")
        for x in range(0, shown.width(), 4)
        for y in range(0, shown.height(), 4)
    )
    assert reds > 10  # the picture is drawn in the reader


def test_dropped_image_file_is_stored(
    qtbot: QtBot, journal_app: Session, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(png_bytes(5, 5))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    edit = window.entry_form.body_edit
    assert edit.canInsertFromMimeData(mime)
    edit.insertFromMimeData(mime)  # what a drop (or pasting a copied file) ends in
    assert stored_images(journal_app).count() == 1
    assert "journal-image:" in window.entry_form.body()


def test_dropped_non_image_is_refused_with_a_message(
    qtbot: QtBot, journal_app: Session, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just text")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    form = window.entry_form
    qtbot.keyClicks(form.body_edit, "kept")
    form.body_edit.insertFromMimeData(mime)
    assert "Only PNG, JPEG, GIF and WebP" in form.error()
    assert form.body() == "<p>kept</p>"
    assert stored_images(journal_app).count() == 0


def test_plain_text_paste_still_works(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("<b>pasted</b>")
    html_source(qtbot, window.entry_form)
    window.entry_form.body_edit.setFocus()
    qtbot.keySequence(window.entry_form.body_edit, QKeySequence.StandardKey.Paste)
    assert window.entry_form.body() == "<b>pasted</b>"


def test_images_are_hidden_after_logout(
    qtbot: QtBot, journal_app: Session, window: MainWindow
) -> None:
    image = stored_images(journal_app).add(png_bytes())
    post(qtbot, window, "Pic", f'<img src="{image.url}">')
    journal_app.logout()
    from PySide6.QtGui import QTextDocument

    kind = QTextDocument.ResourceType.ImageResource
    assert window.entry_view.loadResource(kind, QUrl(image.url)) is None


def test_a_dropped_fifo_or_huge_file_is_refused_without_reading_it(
    qtbot: QtBot, journal_app: Session, window: MainWindow, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.truncate(MAX_IMAGE_BYTES + 1)  # sparse: nothing to read, only its size
    form = window.entry_form
    qtbot.keyClicks(form.body_edit, "kept")
    for path, why in ((fifo, "pipe"), (huge, "at most")):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        form.body_edit.insertFromMimeData(mime)
        assert why in form.error()
        assert str(path) in form.error()
    assert form.body() == "<p>kept</p>"  # the rich editor stores minimal HTML
    assert stored_images(journal_app).count() == 0
