"""One running app per journal: a second launch asks the first to come forward and exits.

A :class:`QLockFile` keyed on the journal's path says whether an app already runs; the
owner of the lock listens on a Unix-domain socket of the same key, watched by a
:class:`QSocketNotifier`. QLockFile stores the owner's process id, so a lock left by a
crashed app is recognised as stale and taken over (its socket file is replaced). When that
id has since been given to another program of the same name (another Python 3), QLockFile
takes it for alive; the owner's advisory lock on the file, which dies with it, says
otherwise (:meth:`SingleInstance.acquire`).

The socket is Python's own (:mod:`socket`), not QtNetwork's ``QLocalServer``: one line is
all that is ever said, and QtNetwork cost 2.7 MiB of memory at every start and 3.4 MB of the
bundle (README > Performance).

The window takes the lock before its first dialog is shown and listens only once that dialog
is painted (:meth:`SingleInstance.listen`), so a second launch in between waits for the
first to listen (:meth:`SingleInstance.notify_running` tries again for up to two seconds).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import (
    QByteArray,
    QCryptographicHash,
    QLockFile,
    QObject,
    QSocketNotifier,
    QTimer,
    Signal,
)

from desktop_blog import APP_ID

if TYPE_CHECKING:  # imported when listening or asking: 4 ms not spent before the first paint
    import socket

logger = logging.getLogger(__name__)

_RAISE = b"raise\n"
_TIMEOUT_S = 2.0
_READ_TIMEOUT_MS = 500  # a client that says nothing for this long is dropped
_MAX_REQUEST = 64
_RETRY_S = 0.05  # between attempts to reach an app that does not listen yet
_BEING_MADE_S = 1.0  # a lock file younger than this may be one QLockFile is still making


def runtime_dir() -> Path:
    """The per-user folder for locks and sockets."""
    return Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False))


def journal_key(journal: Path) -> str:
    """The lock's and socket's name for ``journal``: 16 hex digits of its path's SHA-256.

    Qt's hash, not ``hashlib``'s: that would load Python's OpenSSL (3.7 MiB resident) into a
    session that has no other use for it.
    """
    path = QByteArray(str(journal.resolve()).encode("utf-8"))
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")[:16]


class SingleInstance(QObject):
    """Holds the lock of one journal; emits ``activation_requested`` when another launch
    of the same journal asks this one to show itself."""

    activation_requested = Signal()

    def __init__(
        self, journal: Path, directory: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        key = journal_key(Path(journal))
        folder = directory or runtime_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.lock_path = folder / f"{key}.lock"
        self.server_name = str(folder / f"{key}.sock")
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its owner process is gone
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: list[_Client] = []

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the journal's lock and listen for other launches; False if another app has it.

        With ``listen=False`` only the lock is taken; call :meth:`listen` later.
        """
        if not self._lock.tryLock(0):
            if not (
                self._owner_is_gone() and self._lock.removeStaleLockFile() and self._lock.tryLock(0)
            ):
                return False
            logger.warning("single instance: took over the lock of an app that is gone")
        if listen:
            self.listen()
        return True

    def _owner_is_gone(self) -> bool:
        """Whether the lock file's owner is gone although QLockFile takes it for alive.

        QLockFile holds an advisory lock (``flock``) on the file while it owns it, which the
        kernel drops when the process dies, whatever its id names now: free, on a file not
        being made this moment, the owner is gone. Linux only (elsewhere: never).
        """
        if not sys.platform.startswith("linux"):
            return False
        import fcntl

        try:
            fd = os.open(self.lock_path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return False
        try:
            if time.time() - os.fstat(fd).st_mtime < _BEING_MADE_S:
                return False
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # held: the owner lives
            fcntl.flock(fd, fcntl.LOCK_UN)
            return True
        finally:
            os.close(fd)

    def listen(self) -> None:
        """Listen for other launches (once the lock is taken); owner-only socket."""
        import socket

        if self._server is not None:
            return
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.server_name)  # a socket left by a crashed app (we hold the lock)
            old_mask = os.umask(0o177)
            try:
                server.bind(self.server_name)
            finally:
                os.umask(old_mask)
            server.listen(8)
            server.setblocking(False)
        except OSError as exc:
            server.close()
            logger.warning("single instance: cannot listen (%s)", type(exc).__name__)
            return
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def notify_running(self) -> bool:
        """Ask the app holding the lock to come forward; return whether it answered.

        An app that has just started may not listen yet: it is tried again until the timeout.
        """
        import socket

        deadline = time.monotonic() + _TIMEOUT_S
        while True:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(max(0.01, deadline - time.monotonic()))
                try:
                    client.connect(self.server_name)
                    client.sendall(_RAISE)
                    return True
                except OSError:
                    pass
            if time.monotonic() + _RETRY_S >= deadline:
                return False
            time.sleep(_RETRY_S)

    def release(self) -> None:
        for client in list(self._clients):
            client.close()
        if self._server is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(self.server_name)
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while True:
            try:
                connection, _address = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                logger.warning("single instance: accept failed (%s)", type(exc).__name__)
                return
            connection.setblocking(False)
            client = _Client(connection, self)
            self._clients.append(client)
            client.said.connect(self._request)
            client.closed.connect(partial(self._clients.remove, client))

    def _request(self, request: bytes) -> None:
        if request.startswith(_RAISE.strip()):
            self.activation_requested.emit()


class _Client(QObject):
    """One other launch's connection: reads its short line without blocking, then closes."""

    said = Signal(bytes)
    closed = Signal()

    def __init__(self, connection: socket.socket, parent: QObject) -> None:
        super().__init__(parent)
        self._connection: socket.socket | None = connection
        self._data = b""
        self._notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        QTimer.singleShot(_READ_TIMEOUT_MS, self, self.close)

    def _read(self) -> None:
        if self._connection is None:
            return
        try:
            chunk = self._connection.recv(_MAX_REQUEST)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        self._data += chunk
        if not chunk or b"\n" in self._data or len(self._data) >= _MAX_REQUEST:
            data = self._data
            self.close()
            self.said.emit(data)

    def close(self) -> None:
        """Stop watching and close the connection (once)."""
        if self._connection is None:
            return
        self._notifier.setEnabled(False)
        self._connection.close()
        self._connection = None
        self.closed.emit()
        self.deleteLater()
