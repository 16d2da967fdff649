"""Render the application icon's PNG sizes, Windows .ico and macOS .icns from the SVG.

Run ``python build_spec/render_icons.py`` after changing
``resources/icons/org.desktopblog.DesktopBlog.svg`` and commit the results;
``tests/build_spec/test_render_icons.py`` checks they are up to date. The icon is named after
the application id, as AppStream and the icon theme expect; the PNGs are laid out as in the
freedesktop hicolor theme, so packaging copies them as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

BUILD_SPEC = Path(__file__).resolve().parent
if str(BUILD_SPEC.parent) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(BUILD_SPEC.parent))

from desktop_blog import APP_ID, DESKTOP_ID  # noqa: E402

ICON_NAME = DESKTOP_ID  # the theme icon (SVG, PNGs): named after the application id
PLATFORM_ICON_NAME = APP_ID  # the Windows .ico and macOS .icns, named after the program
ICONS = BUILD_SPEC.parent / "resources" / "icons"
SVG = ICONS / f"{ICON_NAME}.svg"
# Only the Windows and macOS builders use these, so they stay out of the wheel.
PLATFORM_ICONS = BUILD_SPEC / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(icons: Path, size: int) -> Path:
    """Where the ``size`` pixel PNG lives, hicolor style."""
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(svg: Path, size: int) -> QImage:
    """Return the SVG drawn into a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _write(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise OSError(f"could not write {path}: {writer.errorString()}")


def render_all(
    svg: Path = SVG, icons: Path = ICONS, platform_icons: Path = PLATFORM_ICONS
) -> list[Path]:
    """Write every PNG size, the .ico and the .icns; return the written paths."""
    written = []
    for size in PNG_SIZES:
        path = png_path(icons, size)
        _write(render(svg, size), path, "png")
        written.append(path)
    for fmt, size in (("ico", 256), ("icns", 512)):
        path = platform_icons / f"{PLATFORM_ICON_NAME}.{fmt}"
        _write(render(svg, size), path, fmt)
        written.append(path)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_all():
        print(f"wrote {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
