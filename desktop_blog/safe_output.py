"""The one way the app writes a file: owner-only, checked, synced, renamed into place (no Qt).

Every output (exports, backups, settings, drafts, crash reports) is written to a hidden
``.<name>.<random>.part`` file beside its target, created ``0600`` (folders ``0700``), every
write checked, flushed and ``fsync``-ed, and only then renamed over the target; the folder
is synced after the rename. A failure removes the part file and raises :class:`OSError`;
:func:`describe_os_error` turns it into words, "the disk is full" for ``ENOSPC``.
A part file left by a killed process is removed by :func:`remove_stale_parts`, which the app
calls at start and before each backup.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PART_SUFFIX = ".part"
# A part file untouched this long belongs to a process that was killed.
STALE_PART_SECONDS = 10 * 60
# In English; describe_os_error says it in the user's language.
DISK_FULL = QT_TRANSLATE_NOOP("SafeOutput", "the disk is full")


def describe_os_error(exc: OSError) -> str:
    """A short reason for ``exc`` for people: "the disk is full" for ENOSPC/EDQUOT (in the
    user's language), else its strerror. Not for logs: log ``exc.strerror``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("SafeOutput", DISK_FULL)
    return exc.strerror or str(exc)


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and missing parents) owner-only; existing folders are left as they are."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)


def fsync_folder(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def new_part_file(target: Path) -> Path:
    """Create an empty owner-only part file beside ``target`` and return its path."""
    make_private_folder(target.parent)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent)
    os.close(fd)
    return Path(name)


def sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finish_tree(folder: Path) -> None:
    """Make everything under ``folder`` owner-only and durable (before it is renamed)."""
    for root, dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            os.chmod(path, FILE_MODE)
            sync_file(path)
        for name in dirs:
            os.chmod(Path(root, name), FOLDER_MODE)
        fsync_folder(Path(root))
    os.chmod(folder, FOLDER_MODE)


def resolve_target(path: Path) -> Path:
    """The file a write to ``path`` must replace: a symlink's target, so the link stays."""
    path = Path(path)
    return path.resolve() if path.is_symlink() else path


@contextlib.contextmanager
def atomic_output(
    path: Path,
    *,
    mode: int = FILE_MODE,
    verify: Callable[[Path], None] | None = None,
    part_name: str | None = None,
) -> Iterator[Path]:
    """Yield a part path beside ``path``; when the block ends, sync it and rename it into place.

    The block writes the part file (by name, so any writer can be used). ``verify`` may
    check the finished part and raise. On any failure the part is removed and the error
    re-raised; ``path`` is then untouched. ``part_name`` fixes the part file's name (for
    small files of which one writer exists, so that a leftover is simply overwritten).
    """
    target = resolve_target(path)
    if part_name is None:
        part = new_part_file(target)
    else:
        make_private_folder(target.parent)
        part = target.with_name(part_name)
        os.close(os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE))
    try:
        yield part
        if verify is not None:
            verify(part)
        os.chmod(part, mode)
        sync_file(part)
        os.replace(part, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def write_bytes_atomic(
    path: Path, data: bytes, *, mode: int = FILE_MODE, part_name: str | None = None
) -> None:
    """Replace ``path`` with ``data`` in one step (see :func:`atomic_output`)."""
    with atomic_output(path, mode=mode, part_name=part_name) as part, part.open("wb") as handle:
        _write_all(handle, data)


def write_text_atomic(
    path: Path,
    text: str,
    *,
    encoding: str = "utf-8",
    mode: int = FILE_MODE,
    part_name: str | None = None,
) -> None:
    write_bytes_atomic(path, text.encode(encoding), mode=mode, part_name=part_name)


def _write_all(handle: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = handle.write(view)
        if not written:
            raise OSError(errno.EIO, "the write stopped short")
        view = view[written:]
    handle.flush()


def remove_stale_parts(folder: Path, *, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove the app's part files (and folders) in ``folder`` untouched for ``older_than`` s."""
    removed: list[Path] = []
    try:
        candidates = list(Path(folder).iterdir())
    except OSError:
        return removed
    now = time.time()
    for path in candidates:
        name = path.name
        if not (name.startswith(".") and name.endswith(PART_SUFFIX)):
            continue
        try:
            info = path.lstat()
            if now - info.st_mtime < older_than:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError as exc:
            log.warning("Cannot remove a leftover part file: %s", exc.strerror or exc)
            continue
        removed.append(path)
    if removed:
        log.info("Removed %d leftover part files from %s", len(removed), folder)
    return removed


def clean_at_start(folders: Iterable[Path]) -> list[Path]:
    """Remove part files killed processes left in ``folders``; call once when the app starts.

    Pass the journal's folder, the backup folder, the settings folder and the log folder.
    """
    removed: list[Path] = []
    for folder in dict.fromkeys(Path(f) for f in folders):
        removed += remove_stale_parts(folder)
    return removed


def pdf_is_complete(path: Path) -> None:
    """Raise :class:`OSError` unless ``path`` ends with a PDF end-of-file marker.

    Qt's PDF writer reports no write errors: a full disk leaves a truncated or empty file.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        if _folder_full(path.parent):
            raise OSError(errno.ENOSPC, DISK_FULL)
        from desktop_blog.safe_input import size_text

        raise OSError(
            errno.EIO,
            translate("SafeOutput", "the PDF came out incomplete ({size})").format(
                size=size_text(size)
            ),
        )


def _folder_full(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024
