"""One running app per journal: a second launch asks the first to come forward and exits.

A :class:`QLockFile` keyed on the journal's path says whether an app already runs; the
owner of the lock listens on a :class:`QLocalServer` of the same key. QLockFile stores the
owner's process id, so a lock left by a crashed app is recognised as stale and taken over.

The window takes the lock before its first dialog is shown and listens only once that dialog
is painted (:meth:`SingleInstance.listen`: QtNetwork is imported then), so a second launch
in between waits for the first to listen (:meth:`SingleInstance.notify_running` tries again
for up to two seconds).
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QLockFile, QObject, Signal

from desktop_blog import APP_ID

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_RAISE = b"raise\n"
_TIMEOUT_MS = 2000
_READ_TIMEOUT_MS = 500
_RETRY_S = 0.05  # between attempts to reach an app that does not listen yet


def runtime_dir() -> Path:
    """The per-user folder for locks and sockets."""
    return Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False))


class SingleInstance(QObject):
    """Holds the lock of one journal; emits ``activation_requested`` when another launch
    of the same journal asks this one to show itself."""

    activation_requested = Signal()

    def __init__(
        self, journal: Path, directory: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        key = hashlib.sha256(str(Path(journal).resolve()).encode("utf-8")).hexdigest()[:16]
        folder = directory or runtime_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.lock_path = folder / f"{key}.lock"
        self.server_name = str(folder / f"{key}.sock")
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its owner process is gone
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the journal's lock and listen for other launches; False if another app has it.

        With ``listen=False`` only the lock is taken; call :meth:`listen` later.
        """
        if not self._lock.tryLock(0):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Listen for other launches (once the lock is taken)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self.server_name)  # a socket left by a crashed app
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.server_name)
        self._server = server

    def notify_running(self) -> bool:
        """Ask the app holding the lock to come forward; return whether it answered.

        An app that has just started may not listen yet: it is tried again until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + _TIMEOUT_MS / 1000
        while True:
            socket = QLocalSocket()  # owned here, gone when this returns
            socket.connectToServer(self.server_name)
            left_ms = max(1, int((deadline - time.monotonic()) * 1000))
            if socket.waitForConnected(left_ms):
                break
            if time.monotonic() + _RETRY_S >= deadline:
                return False
            time.sleep(_RETRY_S)
        socket.write(_RAISE)
        ok = socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_TIMEOUT_MS)
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The other launch writes one short line right after connecting.
            if socket.bytesAvailable() or socket.waitForReadyRead(_READ_TIMEOUT_MS):
                request = bytes(socket.readAll().data())
                if request.startswith(_RAISE.strip()):
                    self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()
