"""Run inside a benchmark child: the real app (or the floor window) with timestamps.

``python -m tests.benchmarks.window_probe app SETTINGS PASSWORD [TYPE_MS]`` starts Desktop
Blog through its public entry (``desktop_blog.run`` with ``--settings``) and watches it from
outside, by the object names the app gives its widgets, without touching the app's code:
when the app imports ``PySide6.QtWidgets``, an import hook puts a ``QApplication`` subclass in
its place that sees every event (the probe imports no Qt before the app does, so the app's
start is what it would be from the desktop). It prints, as
``event <name> <CLOCK_MONOTONIC seconds> [peak RSS KiB] [RSS KiB]`` lines:

- ``login`` when the login dialog (``loginDialog``) is first painted on screen;
- then fills in ``usernameEdit``/``passwordEdit`` and clicks ``loginButton`` (``accepted``):
  at once, or with ``TYPE_MS`` as a person types, one key every ``TYPE_MS`` ms (posted key
  events), then ``typed <t> <largest key delay ms>``: how late the slowest key was handled
  (the event loop was busy: the idle steps building the window);
- on a first run (no username in the settings) the setup dialog (``setupDialog``) is the
  first window: ``login`` at its first paint, then it fills in the username and the password
  twice and clicks Create (``accepted``), prints ``recovery`` when the recovery key is
  painted and clicks Continue (``continued``);
- ``derived`` when argon2 returns a key (the import hook below wraps
  ``argon2.low_level.hash_secret_raw``, which the app calls through its module), with the
  peak RSS so far (VmHWM: argon2id's 64 MiB, freed on return, are in it); the probe then
  resets the kernel's peak (``5`` to ``/proc/self/clear_refs``), so the peaks printed later
  count from the key on;
- ``list`` when the entry list (``entryList``) is painted with the journal shown, with the
  peak RSS of the whole run (the key derivation's memory in it), the RSS at that moment and
  the peak since the key was derived;
- ``settled`` 2 s later (the editor and the checks that follow the first paint are built),
  with the three again;
- then triggers View > Statistics (the action with Ctrl+Shift+S) and prints ``statistics``
  when ``statisticsWindow`` is painted;
- and exits at once (``os._exit``: no backup on close, nothing else measured).

``python -m tests.benchmarks.window_probe floor`` shows the floor, a bare PySide6 window
(QMainWindow, QListView, QTextBrowser), and prints ``login``, ``list`` and ``settled`` at
its first paint.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import resource
import sys
import time
from types import ModuleType
from typing import Any

SETTLE_MS = 2000


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def emit(name: str, *extra: object) -> None:
    print("event", name, f"{now():.6f}", *extra, flush=True)


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


_peak_before_reset: list[int] = []  # VmHWM when it was last reset (after a key derivation)


def peak_rss_kib() -> int:
    """This process's peak RSS over the whole run (VmHWM: unlike ru_maxrss, not inherited
    from the parent), the key derivations included."""
    return max([_status("VmHWM:"), *_peak_before_reset])


def peak_since_key_kib() -> int:
    """The peak RSS since the last key derivation returned (the whole run's if none did, or
    if the kernel's peak could not be reset)."""
    return _status("VmHWM:")


def memory() -> tuple[int, int, int]:
    """The whole run's peak, the RSS now and the peak since the key (KiB)."""
    return peak_rss_kib(), rss_kib(), peak_since_key_kib()


def _key_derived() -> None:
    """After argon2 returned (its memory freed): note the peak, then reset the kernel's."""
    peak = _status("VmHWM:")
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # resets VmHWM to the RSS now (Linux 4.0+)
    except OSError:
        emit("derived", peak, rss_kib())
        return
    _peak_before_reset.append(peak)
    emit("derived", peak, rss_kib())


def rss_kib() -> int:
    """This process's RSS now (VmRSS)."""
    return _status("VmRSS:")


def find(name: str) -> Any:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name:
            return widget
        child = widget.findChild(QObject, name)
        if child is not None:
            return child
    return None


def _is_within(widget: Any, name: str) -> bool:
    while widget is not None:
        if widget.objectName() == name:
            return True
        widget = widget.parent()
    return False


def make_watcher(password: str | None, type_ms: int = 0) -> Any:
    """The event filter that turns the first paints of the named windows into lines."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: set[str] = set()
            self.delays: list[float] = []
            self.dues: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if "login" not in self.seen and _is_within(watched, "loginDialog"):
                self.seen.add("login")
                emit("login")
                QTimer.singleShot(0, self.log_in)
            elif "login" not in self.seen and _is_within(watched, "setupDialog"):
                self.seen.add("login")
                emit("login")  # the first-run dialog is the first window
                QTimer.singleShot(0, self.set_up)
            elif "recovery" not in self.seen and _is_within(watched, "recoveryKeyPanel"):
                self.seen.add("recovery")
                emit("recovery")
                QTimer.singleShot(0, self.go_on)
            elif "list" not in self.seen and _is_within(watched, "entryList"):
                main = find("mainWindow")
                if isinstance(main, QWidget) and main.isVisible():
                    self.seen.add("list")
                    emit("list", *memory())
                    QTimer.singleShot(SETTLE_MS, self.settled)
            elif "statistics" not in self.seen and _is_within(watched, "statisticsWindow"):
                self.seen.add("statistics")
                emit("statistics", *memory())
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

        def log_in(self) -> None:
            username, password = find("usernameEdit"), find("passwordEdit")
            assert isinstance(username, QLineEdit)
            assert isinstance(password, QLineEdit)
            if not type_ms:
                if not username.text():
                    username.setText("bench")
                password.setText(self.password)
                self.click()
                return
            keys = [] if username.text() else [(username, c) for c in "bench"]
            keys += [(password, c) for c in self.password]
            self.keys = keys
            self.start = now()
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse may be 5% off
            self.timer.timeout.connect(self.key)
            self.schedule()

        def schedule(self) -> None:
            due = self.start + (len(self.delays) + 1) * type_ms / 1000
            self.timer.start(max(0, round((due - now()) * 1000)))

        def set_up(self) -> None:
            fields = ("setupUsernameEdit", "setupPasswordEdit", "setupConfirmEdit")
            username, password, confirm = (find(name) for name in fields)
            username.setText("bench")
            password.setText(self.password)
            confirm.setText(self.password)
            button = find("setupButton")
            assert isinstance(button, QAbstractButton)
            emit("accepted")
            button.click()

        def go_on(self) -> None:
            button = find("recoveryKeyContinue")
            assert isinstance(button, QAbstractButton)
            emit("continued")
            button.click()

        def key(self) -> None:
            due = self.start + (len(self.delays) + 1) * type_ms / 1000
            edit, char = self.keys[len(self.delays)]
            edit.setFocus()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                code = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_Minus
                event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(edit, event)
            self.delays.append((now() - due) * 1000)
            self.dues.append(due)
            if len(self.delays) < len(self.keys):
                self.schedule()
            else:
                QTimer.singleShot(type_ms, self.typed)

        def typed(self) -> None:
            emit("typed", f"{max(self.delays, default=0.0):.1f}")
            if os.environ.get("PROBE_DELAYS"):
                pairs = zip(self.dues, self.delays, strict=True)
                print("delays", " ".join(f"{t:.3f}:{d:.0f}" for t, d in pairs), flush=True)
            self.click()

        def click(self) -> None:
            button = find("loginButton")
            assert isinstance(button, QAbstractButton)
            emit("accepted")
            button.click()

        def settled(self) -> None:
            emit("settled", *memory())
            self.open_statistics()

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

    watcher = Watcher()
    watcher.password = password or ""
    return watcher


class _AfterImport(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Loads the module :attr:`name` as usual the first time the app imports it, then hands
    it to :meth:`patch` (the probe imports nothing of it itself)."""

    name = ""

    def __init__(self) -> None:
        self._spec: importlib.machinery.ModuleSpec | None = None

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name or self._spec is not None:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        self._spec = spec
        return importlib.machinery.ModuleSpec(fullname, self, origin=spec.origin)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        assert self._spec is not None
        assert self._spec.loader is not None
        return self._spec.loader.create_module(self._spec)

    def exec_module(self, module: ModuleType) -> None:
        assert self._spec is not None
        assert self._spec.loader is not None
        self._spec.loader.exec_module(module)
        self.patch(module)

    def patch(self, module: ModuleType) -> None:
        raise NotImplementedError


class _WatchQtWidgets(_AfterImport):
    """When the app imports PySide6.QtWidgets, replace QApplication by a watched subclass."""

    name = "PySide6.QtWidgets"

    def __init__(self, password: str, type_ms: int) -> None:
        super().__init__()
        self.password = password
        self.type_ms = type_ms

    def patch(self, module: ModuleType) -> None:
        base = module.QApplication
        watcher = make_watcher(self.password, self.type_ms)

        class ProbedApplication(base):  # type: ignore[misc,valid-type]
            def __init__(self, *args: object) -> None:
                super().__init__(*args)
                self.installEventFilter(watcher)
                self._watcher = watcher

        module.QApplication = ProbedApplication


class _WatchKeyDerivation(_AfterImport):
    """When the app imports ``argon2.low_level``, wrap ``hash_secret_raw`` so that its return
    is seen (:func:`_key_derived`); the app looks it up there at each derivation."""

    name = "argon2.low_level"

    def patch(self, module: ModuleType) -> None:
        derive = module.hash_secret_raw

        def hash_secret_raw(*args: Any, **kwargs: Any) -> bytes:
            try:
                return bytes(derive(*args, **kwargs))
            finally:
                _key_derived()

        module.hash_secret_raw = hash_secret_raw


def watch_application(password: str, type_ms: int = 0) -> None:
    """Watch the app's QApplication from the moment it imports Qt's widgets, and its key
    derivations."""
    sys.meta_path.insert(0, _WatchQtWidgets(password, type_ms))
    sys.meta_path.insert(0, _WatchKeyDerivation())


def floor() -> int:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setObjectName("mainWindow")
    split = QtWidgets.QSplitter(window)
    listing = QtWidgets.QListView(split)
    listing.setObjectName("entryList")
    split.addWidget(listing)
    split.addWidget(QtWidgets.QTextBrowser(split))
    window.setCentralWidget(split)
    window.resize(1000, 720)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and _is_within(watched, "entryList"):
                app.removeEventFilter(self)
                emit("login")
                emit("list", *memory())
                emit("settled", *memory())
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


def main() -> None:
    if sys.argv[1] == "floor":
        sys.exit(floor())
    settings, password = sys.argv[2], sys.argv[3]
    type_ms = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    watch_application(password, type_ms)
    import desktop_blog

    sys.argv = ["desktop-blog", "--settings", settings]
    desktop_blog.run()


if __name__ == "__main__":
    main()
