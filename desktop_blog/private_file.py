"""Write small private files (settings, drafts) atomically and owner-only (no Qt)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_private_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in one step: a crash leaves the old or the new file.

    The text goes to a ``0600`` temporary file beside ``path`` (its folder is created
    ``0700`` if missing), is flushed to disk, then renamed over ``path``. Raises
    :class:`OSError` after removing the temporary file.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding=encoding) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
