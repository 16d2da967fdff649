"""Auto-lock: asks to lock the journal after a period without input, or when the
application is suspended (the closest Qt comes to reporting a locked session)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits ``lock_requested`` after ``interval_ms`` without keyboard or mouse input
    anywhere in the application, and when the application is suspended. Interval 0
    disables the idle timer.

    Input is watched with an application-wide event filter, which every event of every
    widget passes through; it is installed only while armed, from the event loop's next
    turn after :meth:`start`, so that the first paint of the window just shown (over a
    thousand events) does not go through Python.
    """

    lock_requested = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_requested)
        self._armed = False
        self._watching = False
        self.set_interval_ms(interval_ms)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(max(0, interval_ms))
        if self._armed:
            self.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Start watching (after login)."""
        self._armed = True
        if self._timer.interval() > 0:
            self._timer.start()
        QTimer.singleShot(0, self, self._watch_input)

    def watching_input(self) -> bool:
        """Whether input events are being watched (from just after :meth:`start`)."""
        return self._watching

    def _watch_input(self) -> None:
        app = QGuiApplication.instance()
        if self._armed and not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        """Stop watching (while locked or logged out)."""
        self._armed = False
        self._timer.stop()
        app = QGuiApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS and self._timer.interval() > 0:
            self._timer.start()
        return False

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if self._armed and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()
