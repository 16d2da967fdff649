"""Write small private files (settings, drafts) atomically and owner-only (no Qt)."""

from __future__ import annotations

from pathlib import Path

from desktop_blog.safe_output import write_text_atomic


def write_private_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in one step: a crash leaves the old or the new file.

    Written through :func:`desktop_blog.safe_output.write_text_atomic` (``0600``, synced,
    renamed into place). A symlink at ``path`` stays a symlink: its target is replaced.
    Raises :class:`OSError` after removing the temporary file.
    """
    target = Path(path).resolve() if Path(path).is_symlink() else Path(path)
    write_text_atomic(path, text, encoding=encoding, part_name=f".{target.name}.tmp")
