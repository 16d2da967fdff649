"""Write a file or a folder under a temporary name and rename it only when complete."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


class ExportError(RuntimeError):
    """An export cannot be written; nothing was left behind. The message is for the user."""


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` if the block succeeds."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from exc
    os.close(fd)
    part = Path(name)
    try:
        yield part
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; it becomes ``path`` if the block succeeds.

    ``path`` must not exist or be an empty folder, so an export never mixes with old files.
    """
    path = Path(path)
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        raise ExportError(f"{path} already exists and is not an empty folder; choose a new one.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from exc
    try:
        yield part
        if path.exists():
            path.rmdir()
        os.replace(part, path)
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror}.") from exc
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
