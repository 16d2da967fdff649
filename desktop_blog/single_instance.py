"""One running app per journal: a second launch asks the first to come forward and exits.

A :class:`QLockFile` keyed on the journal's path says whether an app already runs; the
owner of the lock listens on a :class:`QLocalServer` of the same key. QLockFile stores the
owner's process id, so a lock left by a crashed app is recognised as stale and taken over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_blog import APP_ID

_RAISE = b"raise\n"
_TIMEOUT_MS = 2000
_READ_TIMEOUT_MS = 500


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

    def acquire(self) -> bool:
        """Take the journal's lock and listen for other launches; False if another app has it."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.server_name)  # a socket left by a crashed app
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.server_name)
        self._server = server
        return True

    def notify_running(self) -> bool:
        """Ask the app holding the lock to come forward; return whether it answered."""
        socket = QLocalSocket()  # owned here, gone when this returns
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
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
