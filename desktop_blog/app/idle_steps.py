"""Work done in small slices while the event loop has nothing else to do.

The session builds the main window while the user types the password: importing its
modules, the list model, the window and its controllers are queued here as steps once the
login (or first-run) dialog is painted. A zero-interval :class:`QTimer` runs them one slice
at a time: in each turn of the event loop, steps run until the slice's budget
(:data:`SLICE_MS`) is spent, then the loop gets control back, so keystrokes, paints and the
unlock's result come first. :meth:`IdleSteps.finish` runs what is left at once (the journal
was unlocked before the steps were done).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

SLICE_MS = 4.0  # a slice ends once its steps took this long (a step is never split)
FALLBACK_MS = 1000  # start even if no paint was seen (a window manager that never exposes)


class IdleSteps(QObject):
    """A queue of named steps run in idle slices; ``finished`` once the queue is empty."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None, *, slice_ms: float = SLICE_MS) -> None:
        super().__init__(parent)
        self._steps: deque[tuple[str, Callable[[], object]]] = deque()
        self._slice_s = slice_ms / 1000
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_slice)
        self._watched: QWidget | None = None
        self._fallback: QTimer | None = None
        self.slices = 0  # how many turns of the event loop the steps took
        self.ran: list[str] = []  # the names of the steps run, in order

    def add(self, name: str, step: Callable[[], object], *, first: bool = False) -> None:
        """Queue ``step`` after the others (before them with ``first``)."""
        if first:
            self._steps.appendleft((name, step))
        else:
            self._steps.append((name, step))

    def pending(self) -> list[str]:
        """The names of the steps not run yet."""
        return [name for name, _ in self._steps]

    def is_running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Run the queued steps in idle slices from the event loop's next turn."""
        self._stop_watching()
        if self._steps and not self._timer.isActive():
            self._timer.start()

    def start_after_paint(self, widget: QWidget) -> None:
        """:meth:`start` once ``widget`` is first painted, so its first frame comes first."""
        self._stop_watching()
        self._watched = widget
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.start)
        self._fallback.start(FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            # From the next turn: the paint is flushed to the screen first.
            QTimer.singleShot(0, self, self.start)
            self._stop_watching()
        return False

    def _stop_watching(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if self._fallback is not None:
            self._fallback.stop()
            self._fallback.deleteLater()
            self._fallback = None

    def stop(self) -> None:
        """Run nothing more (closing); the queued steps are dropped."""
        self._stop_watching()
        self._timer.stop()
        self._steps.clear()

    def finish(self) -> None:
        """Run every step still queued, now."""
        self._stop_watching()
        self._timer.stop()
        while self._steps:
            self._run_one()
        self.finished.emit()

    def _run_slice(self) -> None:
        if self._steps:
            self.slices += 1
            deadline = time.perf_counter() + self._slice_s
            self._run_one()
            while self._steps and time.perf_counter() < deadline:
                self._run_one()
        if not self._steps:
            self._timer.stop()
            self.finished.emit()

    def _run_one(self) -> None:
        name, step = self._steps.popleft()
        self.ran.append(name)
        step()
