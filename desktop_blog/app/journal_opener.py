"""Unlocking the journal off the GUI thread: the opener, and the task that runs it.

The session calls an :data:`Opener` when the user logs in and opens nothing before it
succeeds. :func:`~desktop_blog.security.unlock.unlock_journal` is the opener: it checks the
username, derives the key from the password (argon2id, about 0.3 s) and opens the journal.
:class:`UnlockTask` runs it on a worker thread so the login dialog keeps painting, and hands
back what was unlocked by signal. An SQLite connection belongs to the thread that made it, so
the worker closes its connection and the GUI thread opens the journal again with the key
(no key derivation: that takes milliseconds).

Nothing of the security or storage layer is imported here before it is used: the session
imports this module before it shows the login dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop_blog.config import Settings

if TYPE_CHECKING:
    from desktop_blog.security.unlock import UnlockResult

Opener = Callable[[Settings, str, str], "UnlockResult"]
logger = logging.getLogger(__name__)

__all__ = ["Opener", "TaskSignals", "UnlockTask", "reopen_here", "unlock_journal"]


def unlock_journal(settings: Settings, username: str, password: str) -> UnlockResult:
    """:func:`desktop_blog.security.unlock.unlock_journal`, imported when first called."""
    from desktop_blog.security.unlock import unlock_journal as unlock

    return unlock(settings, username, password)


class TaskSignals(QObject):
    """Carries a task's number and result (or exception) back to the GUI thread."""

    done = Signal(int, object)


class UnlockTask(QRunnable):
    """Runs ``work`` on a worker thread; ``signals.done`` carries its result or exception.

    Connect ``signals.done`` to a method of an object of the GUI thread: the result then
    arrives there, queued.

    A connection in the result is closed on the worker thread (where it was made); call
    :func:`reopen_here` on the GUI thread.
    """

    def __init__(self, number: int, work: Callable[[], object], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result: object = self._work()
        except Exception as exc:
            logger.exception("unlocking failed unexpectedly")
            result = exc
        from desktop_blog.security.unlock import UnlockResult

        if isinstance(result, UnlockResult) and result.connection is not None:
            result.connection.close()
            result.connection = None
        self._signals.done.emit(self._number, result)


def reopen_here(journal: Path, result: UnlockResult) -> UnlockResult:
    """Open ``journal`` on this thread with the key ``result`` holds (plain if it is plain).

    A journal that cannot be opened locks the result (the key is wiped) and returns its
    message; the caller shows it.
    """
    from desktop_blog.security.unlock import UnlockResult
    from desktop_blog.storage import DatabaseError, open_database
    from desktop_blog.storage.errors import JournalDamagedError

    if result.damaged or (result.key is None and not result.plain):
        return result
    try:
        result.connection = open_database(journal, create=False, key=result.key)
    except DatabaseError as exc:
        logger.warning("the journal could not be opened after unlocking")
        if isinstance(exc, JournalDamagedError):  # keep the key: the rescue needs it
            result.connection = None
            return UnlockResult(str(exc), key=result.key, damaged=True)
        result.lock()
        return UnlockResult(str(exc))
    return result
