"""The floor: a bare PySide6 window (QMainWindow, QListView, QTextBrowser) to first paint.

Prints ``painted <peak RSS KiB>`` when the list is first painted, then exits.
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTextBrowser


class FirstPaint(QObject):
    """Reports the first paint of the watched widget and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    print(f"painted {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    split = QSplitter(window)
    listing = QListView(split)
    split.addWidget(listing)
    split.addWidget(QTextBrowser(split))
    window.setCentralWidget(split)
    window.resize(1000, 720)
    watcher = FirstPaint()
    listing.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
