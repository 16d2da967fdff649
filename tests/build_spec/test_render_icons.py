from __future__ import annotations

from pathlib import Path

import render_icons
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel, 0-255."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16, 24))
    return total / (a.width() * a.height() * 4)


def test_render_writes_every_size(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_icons.render_all(render_icons.SVG, tmp_path / "icons", tmp_path / "platform")
    assert len(written) == len(render_icons.PNG_SIZES) + 2
    for size in render_icons.PNG_SIZES:
        image = QImage(str(render_icons.png_path(tmp_path / "icons", size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the page is drawn
        assert image.pixelColor(0, 0).alpha() == 0  # the corner stays transparent
    assert QImage(str(tmp_path / "platform" / "desktop-blog.ico")).width() == 256
    assert QImage(str(tmp_path / "platform" / "desktop-blog.icns")).width() == 512


def test_committed_icons_are_up_to_date_with_the_svg(qtbot: QtBot) -> None:
    for size in (16, 48, 128):
        committed = QImage(str(render_icons.png_path(render_icons.ICONS, size)))
        assert not committed.isNull(), f"run build_spec/render_icons.py ({size} px missing)"
        fresh = render_icons.render(render_icons.SVG, size)
        assert _difference(committed, fresh) < 2, "run build_spec/render_icons.py and commit"
    for name in ("desktop-blog.ico", "desktop-blog.icns"):
        assert not QImage(str(render_icons.PLATFORM_ICONS / name)).isNull()
