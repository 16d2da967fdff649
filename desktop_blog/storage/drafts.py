"""The add-entry form's unsaved title and body, kept in a small file next to the journal.

Drafts live outside the journal's tables: a JSON file ``<journal>.draft.json``, owner-only,
replaced atomically (temp file, fsync, ``os.replace``), so a crash leaves either the old or
the new draft, never half of one.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop_blog.private_file import write_private_text

_VERSION = 1


class DraftError(RuntimeError):
    """The draft could not be written; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Draft:
    """What was typed into the add-entry form."""

    title: str
    body: str

    @property
    def is_empty(self) -> bool:
        return not self.title and not self.body


def draft_path_for(journal: Path) -> Path:
    """The draft file that belongs to the journal at ``journal``."""
    return journal.with_name(f"{journal.name}.draft.json")


class DraftStore:
    """Loads, saves and clears the draft of one journal (no Qt)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> Draft | None:
        """Return the saved draft, or ``None`` if there is none or it cannot be read."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            return None
        title, body = data.get("title"), data.get("body")
        if not isinstance(title, str) or not isinstance(body, str):
            return None
        draft = Draft(title, body)
        return None if draft.is_empty else draft

    def save(self, draft: Draft) -> None:
        """Replace the saved draft atomically; an empty draft clears it."""
        if draft.is_empty:
            self.clear()
            return
        # ASCII JSON escapes every character, even an unpaired surrogate: nothing typed
        # can make the draft unwritable.
        payload = json.dumps(
            {"version": _VERSION, "title": draft.title, "body": draft.body}, ensure_ascii=True
        )
        try:
            write_private_text(self.path, payload, encoding="ascii")
        except OSError as exc:
            raise DraftError(
                f"The draft could not be saved to {self.path}: {exc.strerror}."
            ) from exc

    def clear(self) -> None:
        """Forget the saved draft."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
