from __future__ import annotations

import xshot
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot


def test_a_blank_screen_has_one_colour(qtbot: QtBot) -> None:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    assert xshot.distinct_colours(image) == 1


def test_a_drawn_window_has_many_colours(qtbot: QtBot) -> None:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    for i in range(32):
        painter.fillRect(QRect(i * 2, 0, 2, 64), QColor(i * 8, 255 - i * 8, 128))
    painter.end()
    assert xshot.distinct_colours(image) >= xshot.MIN_COLOURS
