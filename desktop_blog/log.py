"""The app's log: one rotating, owner-only file in the user's log folder (no Qt).

:func:`log_folder` is the one place that says where the log (and crash reports) live;
:func:`setup_logging` points the root logger at ``desktop-blog.log`` there, once per process,
for the window and the command line alike. Nothing goes to the terminal: commands print their
own one-line errors. Log lines name files, operations and exception types, never entry text,
titles, passwords or keys.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import os
import platform
import sys
from pathlib import Path

import platformdirs

from desktop_blog import APP_ID, APP_NAME, __version__

LOG_FILE_NAME = f"{APP_ID}.log"
MAX_BYTES = 2 * 1024 * 1024  # per file
BACKUP_COUNT = 3  # desktop-blog.log.1 … .3: at most 8 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger(__name__)
_installed: list[logging.Handler] = []  # the handler setup_logging added to the root logger


def log_folder() -> Path:
    """The platform's user log folder for the app (``~/.local/state/desktop-blog/log``)."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file(folder: Path | None = None) -> Path:
    return (folder or log_folder()) / LOG_FILE_NAME


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that becomes ``.1`` (``.1`` becomes ``.2``, …) before a record would take it
    past ``max_bytes``, with ``backup_count`` old files kept; each file is owner-only (0600).

    Not :class:`logging.handlers.RotatingFileHandler`: importing :mod:`logging.handlers`
    loads ``pickle``, ``queue`` and a dozen network handlers the app never uses, 0.36 MiB of
    the window's memory, for the rotation written out here.
    """

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(filename, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def close(self) -> None:
        """Close the file; on a full disk the lines still buffered are lost, silently."""
        with contextlib.suppress(OSError):
            super().close()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._is_full(record):
                self._rotate()
        except Exception:  # noqa: BLE001 (as logging does: a log must never stop the app)
            self.handleError(record)
            return
        super().emit(record)

    def _is_full(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take a file that is not empty past ``max_bytes``."""
        if self.max_bytes <= 0:
            return False
        if self.stream is None:  # closed: FileHandler.emit would reopen it
            self.stream = self._open()
        size = self.stream.tell()
        line = self.format(record) + self.terminator
        return size > 0 and size + len(line.encode("utf-8", "replace")) > self.max_bytes

    def _rotate(self) -> None:
        """``.2`` → ``.3``, ``.1`` → ``.2``, the file → ``.1`` (the oldest is replaced)."""
        if self.stream is not None:
            self.stream.close()
        names = [self.baseFilename] + [
            f"{self.baseFilename}.{n}" for n in range(1, 1 + self.backup_count)
        ]
        try:
            for older, newer in reversed(list(itertools.pairwise(names))):
                with contextlib.suppress(FileNotFoundError):
                    os.replace(older, newer)
            if not self.backup_count:
                os.unlink(self.baseFilename)
        finally:
            self.stream = self._open()


def make_folder(folder: Path) -> Path:
    """Create ``folder`` owner-only (0700) if missing, and tighten it if it exists."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    return folder


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the root logger's records to the rotating log file in ``folder``; return its path.

    Calling it again with the same folder changes nothing; with another folder it moves the
    log there. If the folder cannot be written the records are dropped (``None``): the app
    still runs, and nothing is printed.
    """
    path = log_file(folder)
    root = logging.getLogger()
    for old in _installed:
        if isinstance(old, PrivateRotatingFileHandler) and Path(old.baseFilename) == path:
            return path
    while _installed:
        old = _installed.pop()
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        make_folder(path.parent)
        handler = PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backup_count=BACKUP_COUNT)
    except OSError:
        handler = logging.NullHandler()  # no terminal output either (not Python's last resort)
        result = None
    else:
        result = path
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _installed.append(handler)
    logging.captureWarnings(True)
    # A record that cannot be written (a full disk) is dropped: Python's default prints
    # "--- Logging error ---" and a traceback on the terminal.
    logging.raiseExceptions = False
    return result


def library_versions(*, markdown: bool = False) -> dict[str, str]:
    """The versions worth knowing in a bug report (Qt ones only if Qt is loaded).

    ``markdown`` adds markdown-it-py's, at the cost of importing it (About does; the start-up
    line of a command does not).
    """
    versions = {
        APP_NAME: __version__,
        "Python": platform.python_version(),
        "SQLite": sqlite_version(),
        "SQLCipher": sqlcipher_version(),
    }
    if markdown or "markdown_it" in sys.modules:
        with contextlib.suppress(ImportError, AttributeError):
            import markdown_it

            versions["markdown-it-py"] = str(markdown_it.__version__)
    if "PySide6" in sys.modules:
        import PySide6
        from PySide6 import QtCore

        versions["Qt"] = QtCore.qVersion()
        versions["PySide6"] = PySide6.__version__
    return versions


def sqlite_version() -> str:
    """The SQLite inside SQLCipher, the one the journals are read with (or "unavailable")."""
    try:
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError:
        return "unavailable"
    return str(sqlcipher.sqlite_version)


def sqlcipher_version() -> str:
    """The SQLCipher library's version (``"unavailable"`` if it cannot be loaded)."""
    try:
        from sqlcipher3 import dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 (a version line must never stop the start)
        return "unavailable"
    return str(row[0]) if row else "unavailable"


def system_description() -> str:
    """The system, for a bug report: kernel, machine, distribution and C library.

    Not :func:`platform.platform`: on Linux it runs ``uname -p`` in a subprocess and reads
    the Python executable for the C library's version, 16 ms that the window's start-up
    spent in one idle step while the user typed.
    """
    parts = [f"{platform.system()} {platform.release()} {platform.machine()}"]
    with contextlib.suppress(OSError):
        parts.append(platform.freedesktop_os_release().get("PRETTY_NAME", ""))
    with contextlib.suppress(ValueError, OSError, AttributeError):
        parts.append(os.confstr("CS_GNU_LIBC_VERSION") or "")
    return ", ".join(part for part in parts if part)


def log_versions(what: str) -> None:
    """Log one start-up line: what started and the versions it runs on."""
    parts = ", ".join(f"{name} {version}" for name, version in library_versions().items())
    logger.info("%s started on %s (%s)", what, parts, system_description())
