"""Write an export file or folder under a temporary name and rename it only when complete.

Both go through :mod:`desktop_blog.safe_output`: owner-only, synced, renamed into place, a
full disk reported as "the disk is full", leftover part files of killed exports removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop_blog.i18n import translate
from desktop_blog.safe_output import (
    PART_SUFFIX,
    atomic_output,
    describe_os_error,
    finish_tree,
    fsync_folder,
    make_private_folder,
    pdf_is_complete,
    remove_stale_parts,
)


class ExportError(RuntimeError):
    """An export cannot be written; nothing was left behind. The message is for the user."""


def _cannot_write(path: Path, exc: OSError) -> str:
    return translate("ExportFiles", "Cannot write {path}: {error}.").format(
        path=path, error=describe_os_error(exc)
    )


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` if the block succeeds.

    A ``.pdf`` is checked to be complete (Qt's PDF writer reports no errors).
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(
            translate("ExportFiles", "{path} is a folder; choose a file name.").format(path=path)
        )
    verify = pdf_is_complete if path.suffix.lower() == ".pdf" else None
    try:
        remove_stale_parts(path.parent)
        with atomic_output(path, verify=verify) as part:
            yield part
    except OSError as exc:
        raise ExportError(_cannot_write(path, exc)) from exc


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; it becomes ``path`` if the block succeeds.

    ``path`` must not exist or be an empty folder, so an export never mixes with old files.
    Everything in it is made owner-only and synced before the rename.
    """
    path = Path(path)
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        raise ExportError(
            translate(
                "ExportFiles", "{path} already exists and is not an empty folder; choose a new one."
            ).format(path=path)
        )
    try:
        make_private_folder(path.parent)
        remove_stale_parts(path.parent)
        part = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent))
    except OSError as exc:
        raise ExportError(_cannot_write(path, exc)) from exc
    try:
        yield part
        finish_tree(part)
        if path.exists():
            path.rmdir()
        os.replace(part, path)
        fsync_folder(path.parent)
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise ExportError(_cannot_write(path, exc)) from exc
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
