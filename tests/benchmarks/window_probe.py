"""Run inside a benchmark child: the real app (or the floor window) with timestamps.

``python -m tests.benchmarks.window_probe app SETTINGS PASSWORD`` starts Desktop Blog through
its public entry (``desktop_blog.run`` with ``--settings``) and watches it from outside, by
the object names the app gives its widgets, without touching the app's code: a
``QApplication`` subclass put in place before the app imports Qt's widgets sees every event.
It prints, as ``event <name> <CLOCK_MONOTONIC seconds> [peak RSS KiB]`` lines:

- ``login`` when the login dialog (``loginDialog``) is first painted on screen;
- then types the username and password into ``usernameEdit``/``passwordEdit``, clicks
  ``loginButton`` (``accepted``) and prints ``list`` when the entry list (``entryList``) is
  painted with the journal shown, with the peak RSS;
- then triggers View > Statistics (the action with Ctrl+Shift+S) and prints ``statistics``
  when ``statisticsWindow`` is painted;
- and exits at once (``os._exit``: no backup on close, nothing else measured).

``python -m tests.benchmarks.window_probe floor`` shows the floor, a bare PySide6 window
(QMainWindow, QListView, QTextBrowser), and prints ``login`` and ``list`` at its first paint.
"""

from __future__ import annotations

import os
import resource
import sys
import time

import PySide6.QtWidgets as QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

_started_statistics = False


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def emit(name: str, *extra: object) -> None:
    print("event", name, f"{now():.6f}", *extra, flush=True)


def peak_rss_kib() -> int:
    """This process's peak RSS (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def find(name: str) -> QObject | None:
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget.objectName() == name:
            return widget
        child = widget.findChild(QObject, name)
        if child is not None:
            return child
    return None


def _is_within(widget: QObject, name: str) -> bool:
    while widget is not None:
        if widget.objectName() == name:
            return True
        widget = widget.parent()
    return False


class Watcher(QObject):
    """Turns the first paints of the named windows into ``event`` lines."""

    def __init__(self, password: str | None) -> None:
        super().__init__()
        self.password = password
        self.seen: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QtWidgets.QWidget):
            return False
        if "login" not in self.seen and _is_within(watched, "loginDialog"):
            self.seen.add("login")
            emit("login")
            QTimer.singleShot(0, self.log_in)
        elif "list" not in self.seen and _is_within(watched, "entryList"):
            main = find("mainWindow")
            if isinstance(main, QtWidgets.QWidget) and main.isVisible():
                self.seen.add("list")
                emit("list", peak_rss_kib())
                QTimer.singleShot(0, self.open_statistics)
        elif "statistics" not in self.seen and _is_within(watched, "statisticsWindow"):
            self.seen.add("statistics")
            emit("statistics", peak_rss_kib())
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

    def log_in(self) -> None:
        username, password, button = find("usernameEdit"), find("passwordEdit"), find("loginButton")
        assert isinstance(username, QtWidgets.QLineEdit)
        assert isinstance(password, QtWidgets.QLineEdit)
        assert isinstance(button, QtWidgets.QAbstractButton)
        if not username.text():
            username.setText("bench")
        password.setText(self.password or "")
        emit("accepted")
        button.click()

    def open_statistics(self) -> None:
        main = find("mainWindow")
        assert main is not None
        keys = QKeySequence("Ctrl+Shift+S")
        for action in main.findChildren(QAction):
            if action.shortcut() == keys:
                emit("statistics-asked")
                action.trigger()
                return
        raise SystemExit("no action with Ctrl+Shift+S")


def watch_application(password: str | None) -> None:
    """Replace QApplication by a subclass that installs the watcher on itself."""
    base = QtWidgets.QApplication
    watcher = Watcher(password)

    class ProbedApplication(base):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self.installEventFilter(watcher)

    QtWidgets.QApplication = ProbedApplication  # type: ignore[misc,assignment]


def floor() -> int:
    app = QtWidgets.QApplication(sys.argv[:1])
    watcher = Watcher(None)
    watcher.seen.add("login")
    window = QtWidgets.QMainWindow()
    window.setObjectName("mainWindow")
    split = QtWidgets.QSplitter(window)
    listing = QtWidgets.QListView(split)
    listing.setObjectName("entryList")
    split.addWidget(listing)
    split.addWidget(QtWidgets.QTextBrowser(split))
    window.setCentralWidget(split)
    window.resize(1000, 720)

    def painted(watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and _is_within(watched, "entryList"):
            emit("login")
            emit("list", peak_rss_kib())
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

    watcher.eventFilter = painted  # type: ignore[method-assign]
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


def main() -> None:
    if sys.argv[1] == "floor":
        sys.exit(floor())
    settings, password = sys.argv[2], sys.argv[3]
    watch_application(password)
    import desktop_blog

    sys.argv = ["desktop-blog", "--settings", settings]
    desktop_blog.run()


if __name__ == "__main__":
    main()
