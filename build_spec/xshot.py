"""Save a screenshot of the whole X display (``$DISPLAY``) as a PNG; fail if it is blank.

Used by CI under Xvfb to prove the installed app really drew a window:
``python build_spec/xshot.py OUT.png``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

MIN_COLOURS = 16  # a bare Xvfb root window is one colour; a Qt dialog has text and borders


def distinct_colours(image: QImage, step: int = 2) -> int:
    """How many different colours a grid of sampled pixels has."""
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: xshot.py OUT.png", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    app = QGuiApplication(argv[:1])
    screen = app.primaryScreen()
    image = screen.grabWindow(0).toImage()
    out = Path(argv[1])
    if not image.save(str(out)):
        print(f"xshot: could not write {out}", file=sys.stderr)
        return 1
    colours = distinct_colours(image)
    print(f"xshot: {out} {image.width()}x{image.height()}, {colours} colours")
    if colours < MIN_COLOURS:
        print("xshot: the screen is blank; no window was drawn", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
