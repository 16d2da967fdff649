"""The add-entry form's unsaved title, body, format and date.

:class:`JournalDraftStore` keeps the draft inside the journal (table ``drafts``), so an
encrypted journal encrypts its draft too. :class:`DraftStore` is the file of earlier
versions (``<journal>.draft.json``, plain text): :func:`adopt_draft_file` moves it into the
journal and deletes it. Both replace the draft atomically: a crash leaves the old or the
new draft, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog.i18n import translate
from desktop_blog.private_file import write_private_text
from desktop_blog.storage import sql_errors

if TYPE_CHECKING:
    import sqlite3

_VERSION = 1
logger = logging.getLogger(__name__)


class DraftError(RuntimeError):
    """The draft could not be written; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Draft:
    """What was typed into the add-entry form, its body format and the entry's date."""

    title: str
    body: str
    format: str = "html"
    created: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return not self.title and not self.body


def draft_path_for(journal: Path) -> Path:
    """The draft file that earlier versions kept beside the journal at ``journal``."""
    return journal.with_name(f"{journal.name}.draft.json")


def _to_json(draft: Draft) -> str:
    # ASCII JSON escapes every character, even an unpaired surrogate: nothing typed
    # can make the draft unwritable.
    data: dict[str, object] = {"version": _VERSION, "title": draft.title, "body": draft.body}
    if draft.format != "html":  # the default is left out: files of earlier versions match
        data["format"] = draft.format
    if draft.created is not None:
        data["created"] = draft.created.isoformat()
    return json.dumps(data, ensure_ascii=True)


def _from_json(text: str) -> Draft | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return None
    title, body = data.get("title"), data.get("body")
    body_format, created_text = data.get("format", "html"), data.get("created")
    if not isinstance(title, str) or not isinstance(body, str) or not isinstance(body_format, str):
        return None
    created: datetime | None = None
    if isinstance(created_text, str):
        with contextlib.suppress(ValueError):
            created = datetime.fromisoformat(created_text)
    draft = Draft(title, body, body_format, created)
    return None if draft.is_empty else draft


class DraftStore:
    """Loads, saves and clears the draft file of one journal (no Qt; plain text on disk)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> Draft | None:
        """Return the saved draft, or ``None`` if there is none or it cannot be read."""
        try:
            return _from_json(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None

    def save(self, draft: Draft) -> None:
        """Replace the saved draft atomically; an empty draft clears it."""
        if draft.is_empty:
            self.clear()
            return
        try:
            write_private_text(self.path, _to_json(draft), encoding="ascii")
        except OSError as exc:
            raise DraftError(
                translate("Drafts", "The draft could not be saved to {path}: {error}.").format(
                    path=self.path, error=exc.strerror
                )
            ) from exc

    def clear(self) -> None:
        """Forget the saved draft."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class JournalDraftStore(DraftStore):
    """The draft kept in the journal's ``drafts`` table (encrypted with the journal)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(Path())
        self._conn = conn

    def load(self) -> Draft | None:
        try:
            row = self._conn.execute("SELECT data FROM drafts WHERE id = 1").fetchone()
        except sql_errors.ERROR:
            return None
        return _from_json(row[0]) if row else None

    def save(self, draft: Draft) -> None:
        if draft.is_empty:
            self.clear()
            return
        self._write(
            "INSERT OR REPLACE INTO drafts (id, data, saved) VALUES (1, ?, ?)",
            (_to_json(draft), datetime.now(UTC).isoformat()),
        )

    def clear(self) -> None:
        self._write("DELETE FROM drafts WHERE id = 1", ())

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        try:
            self._conn.execute(sql, params)
        except sql_errors.ERROR as exc:
            raise DraftError(
                translate("Drafts", "The draft could not be saved in the journal: {error}.").format(
                    error=exc
                )
            ) from exc


def adopt_draft_file(conn: sqlite3.Connection, journal: Path) -> bool:
    """Move the plain draft file of an earlier version into the journal, then delete it.

    A draft already in the journal wins (it is newer). Returns whether a file was removed.
    """
    old = DraftStore(draft_path_for(journal))
    if not old.path.exists():
        return False
    store = JournalDraftStore(conn)
    draft = old.load()
    try:
        if draft is not None and store.load() is None:
            store.save(draft)
    except DraftError:
        logger.warning("The old draft file could not be moved into the journal; it is kept")
        return False
    old.clear()
    return True
