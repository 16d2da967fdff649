"""Notice when another process (the CLI, a sync) changes the journal: a Qt-side poller."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_blog.storage import EntryRepository, sql_errors

logger = logging.getLogger(__name__)
POLL_MS = 500


class JournalWatcher(QObject):
    """Emits :attr:`changed` within ``interval_ms`` of a commit by another connection.

    SQLite's ``PRAGMA data_version`` changes when any other connection commits, and not for
    this connection's own writes, so the window's own edits do not bounce back. Reading it
    costs a few microseconds; no file-system watcher is needed.
    """

    changed = Signal()

    def __init__(
        self,
        repository: EntryRepository | None = None,
        *,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._repository: EntryRepository | None = None
        self._version: int | None = None
        self.set_repository(repository)

    def set_repository(self, repository: EntryRepository | None) -> None:
        """Watch another journal (``None`` stops watching, as on logout)."""
        self._repository = repository
        self._version = self._read()
        if repository is None:
            self._timer.stop()
        else:
            self._timer.start()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def pause(self) -> None:
        """Stop looking (a job of this app is writing the journal and reloads it after)."""
        self._timer.stop()

    def resume(self) -> None:
        """Look again, against the version seen last (a reload since has set it anew)."""
        if self._repository is not None:
            self._timer.start()

    def check(self) -> bool:
        """Look now; emit :attr:`changed` and return ``True`` if the journal changed."""
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True

    def _read(self) -> int | None:
        if self._repository is None:
            return None
        try:
            return self._repository.data_version()
        except sql_errors.ERROR as exc:  # closed or unreadable: stop asking every half second
            logger.warning("Stopped watching the journal for changes: %s", exc)
            self._timer.stop()
            return None
