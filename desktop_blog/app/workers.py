"""Long work off the GUI thread: one job on Qt's thread pool, reporting through signals.

A :class:`Job` runs ``work(progress)`` on :class:`QThreadPool` and tells the GUI thread what
happened through queued signals: ``progress(done, total)`` (at most every
:data:`PROGRESS_INTERVAL` seconds, so a fast loop never floods the event loop), then exactly
one of ``succeeded(result)``, ``failed(exception)`` or ``cancelled()``. :meth:`Job.cancel`
asks the work to stop: its next ``progress`` call returns ``False``, which the Qt-free code
turns into :class:`~desktop_blog.storage.progress.Cancelled` (it removes what it was writing).

The work must not touch the GUI thread's objects: it opens its own database connection
(SQLite connections belong to the thread that made them). Nothing here pumps events.

Python runs one thread at a time: the GUI thread gets the interpreter back within the
switch interval unless the worker is inside one long C call. The longest such calls in an
export of 100,000 entries were the cyclic garbage collector's full passes over the hundreds
of thousands of objects the work had made (100-200 ms each, measured by
``tests/benchmarks/gui_gaps.py``), so automatic collection is paused while any job runs
(reference counting still frees everything not in a cycle).

The switch interval itself adds up: each time the GUI thread calls Python it waits up to
the interval for a worker busy in Python code to let go, and it calls Python hundreds of
times a second (every event passes the idle lock's application-wide filter; painting runs
the calendar's cells, the list's delegate and the models' ``data``). With Python's 5 ms, the
repaint when the progress window opened over a 100,000-entry journal took 220-440 ms while
an import parsed its file; with :data:`JOB_SWITCH_INTERVAL` (0.5 ms) the largest gap of the
import was 26-45 ms. Both settings are made when the first job starts and undone when the
last one ends (:class:`_WhileJobsRun`).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_blog.storage.progress import Cancelled, Progress

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals
JOB_SWITCH_INTERVAL = 0.0005  # seconds a thread waits for the interpreter while jobs run


class Job(QObject):
    """One piece of work on the thread pool; create and connect it in the GUI thread."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()  # after any of the three outcomes

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._last_report = 0.0
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on ``pool`` (the global pool by default)."""
        self.running = True
        self.done.connect(self._finished)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._run))

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def _finished(self) -> None:
        self.running = False

    def _report(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL:
            self._last_report = now
            self.progress.emit(done, total)
        return not self._stop.is_set()

    def _run(self) -> None:
        _WhileJobsRun.enter()
        try:
            result = self._work(self._report)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            logger.debug("background job failed: %s", type(exc).__name__)
            self.failed.emit(exc)
        else:
            if self._stop.is_set():
                logger.debug("background job finished after cancel was asked")
            self.succeeded.emit(result)
        finally:
            _WhileJobsRun.leave()
        self.done.emit()


class _WhileJobsRun:
    """Automatic garbage collection off and a short switch interval while at least one job
    runs (see the module doc)."""

    _lock = threading.Lock()
    _running = 0
    _was_enabled = False
    _switch_interval = 0.005

    @classmethod
    def enter(cls) -> None:
        with cls._lock:
            if cls._running == 0:
                cls._was_enabled = gc.isenabled()
                gc.disable()
                cls._switch_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(JOB_SWITCH_INTERVAL, cls._switch_interval))
            cls._running += 1

    @classmethod
    def leave(cls) -> None:
        with cls._lock:
            cls._running -= 1
            if cls._running == 0:
                sys.setswitchinterval(cls._switch_interval)
                if cls._was_enabled:
                    gc.enable()


class _Runnable(QRunnable):
    """Calls one function on a pool thread (kept out of :class:`Job` so Qt owns it)."""

    def __init__(self, function: Callable[[], None]) -> None:
        super().__init__()
        self._function = function
        self.setAutoDelete(True)

    def run(self) -> None:
        self._function()
