"""Undoable journal changes: add, edit and delete, for a QUndoStack.

Each command is pushed after its change succeeded, so its first ``redo`` does nothing.
A deleted entry lives on in its command (in memory) until the stack is gone, i.e. until the
app closes. A failing undo/redo is reported through ``on_error`` and drops the command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import DatabaseError, Entry, EntryValidationError

ErrorHandler = Callable[[str], None]


def _short(title: str) -> str:
    return title if len(title) <= 30 else title[:29] + "…"


class _EntryCommand(QUndoCommand):
    def __init__(self, text: str, model: EntryListModel, on_error: ErrorHandler) -> None:
        super().__init__(text)
        self._model = model
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the change was made before the push
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (DatabaseError, EntryValidationError) as exc:
            self.setObsolete(True)
            self._on_error(f"{self.text()} could not be undone or redone: {exc}")

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class AddEntryCommand(_EntryCommand):
    """Undo removes the new entry; redo restores it with the same id."""

    def __init__(self, entry: Entry, model: EntryListModel, on_error: ErrorHandler) -> None:
        super().__init__(f"Add “{_short(entry.title)}”", model, on_error)
        self._entry = entry

    def _apply(self) -> None:
        self._model.restore_entry(self._entry)

    def _revert(self) -> None:
        self._entry = self._model.remove_entry(self._entry.id)


class EditEntryCommand(_EntryCommand):
    """Undo writes back the entry as it was before the edit; redo the edited version."""

    def __init__(
        self, before: Entry, after: Entry, model: EntryListModel, on_error: ErrorHandler
    ) -> None:
        super().__init__(f"Edit “{_short(after.title)}”", model, on_error)
        self._before = before
        self._after = after

    def _apply(self) -> None:
        self._model.revert_entry(self._after)

    def _revert(self) -> None:
        self._model.revert_entry(self._before)


class DeleteEntryCommand(_EntryCommand):
    """Undo restores the deleted entry with its id and content; redo deletes it again."""

    def __init__(self, entry: Entry, model: EntryListModel, on_error: ErrorHandler) -> None:
        super().__init__(f"Delete “{_short(entry.title)}”", model, on_error)
        self._entry = entry

    def _apply(self) -> None:
        self._entry = self._model.remove_entry(self._entry.id)

    def _revert(self) -> None:
        self._model.restore_entry(self._entry)
