"""Writing to the journal: post, edit and delete entries, with undo and redo.

The controller owns the undo stack. Each command is pushed after its change succeeded, so its
first ``redo`` does nothing. A deleted entry lives on in its command (in memory) until the
stack is cleared, i.e. until logout or quit. A failing undo/redo is reported and drops the
command.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.storage import DatabaseError, Entry, EntryRepository, EntryValidationError
from desktop_blog.storage.images import ImageError, ImageStore
from desktop_blog.storage.zones import system_zone
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)

POSTED = QT_TRANSLATE_NOOP("EntriesController", "New entry was successfully posted")
SAVED = QT_TRANSLATE_NOOP("EntriesController", "The entry was saved")
DELETED = QT_TRANSLATE_NOOP(
    "EntriesController", "The entry was deleted. Undo (Ctrl+Z) brings it back."
)

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
            logger.warning("undo or redo failed: %s", type(exc).__name__)
            self.setObsolete(True)
            self._on_error(
                translate(
                    "EntriesController", "{action} could not be undone or redone: {error}"
                ).format(action=self.text(), error=exc)
            )

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class AddEntryCommand(_EntryCommand):
    """Undo removes the new entry; redo restores it with the same id."""

    def __init__(self, entry: Entry, model: EntryListModel, on_error: ErrorHandler) -> None:
        text = translate("EntriesController", "Add “{title}”").format(title=_short(entry.title))
        super().__init__(text, model, on_error)
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
        text = translate("EntriesController", "Edit “{title}”").format(title=_short(after.title))
        super().__init__(text, model, on_error)
        self._before = before
        self._after = after

    def _apply(self) -> None:
        self._model.revert_entry(self._after)

    def _revert(self) -> None:
        self._model.revert_entry(self._before)


class StarEntryCommand(_EntryCommand):
    """Undo gives the entry back the star it had; redo stars or unstars it again."""

    def __init__(
        self, entry: Entry, starred: bool, model: EntryListModel, on_error: ErrorHandler
    ) -> None:
        if starred:
            text = translate("EntriesController", "Star “{title}”")
        else:
            text = translate("EntriesController", "Unstar “{title}”")
        super().__init__(text.format(title=_short(entry.title)), model, on_error)
        self._id = entry.id
        self._starred = starred

    def _apply(self) -> None:
        self._model.set_starred(self._id, self._starred)

    def _revert(self) -> None:
        self._model.set_starred(self._id, not self._starred)


class DeleteEntryCommand(_EntryCommand):
    """Undo restores the deleted entry with its id and content; redo deletes it again."""

    def __init__(self, entry: Entry, model: EntryListModel, on_error: ErrorHandler) -> None:
        text = translate("EntriesController", "Delete “{title}”").format(title=_short(entry.title))
        super().__init__(text, model, on_error)
        self._entry = entry

    def _apply(self) -> None:
        self._entry = self._model.remove_entry(self._entry.id)

    def _revert(self) -> None:
        self._model.restore_entry(self._entry)


class EntriesController(QObject):
    """Saves what the editor submits and deletes the selected entry; owns the undo stack."""

    posted = Signal(object)  # Entry: the draft it came from can go
    changed = Signal()  # any change to the journal's entries, undo and redo included

    def __init__(
        self, model: EntryListModel, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._window = window
        self._repository: EntryRepository | None = None
        self._images: ImageStore | None = None
        self.undo_stack = QUndoStack(self)
        actions = window.actions
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(actions.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(actions.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self._tip(actions.undo, self.tr("Undo"), self.tr("Undo {action}"), t)
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self._tip(actions.redo, self.tr("Redo"), self.tr("Redo {action}"), t)
        )
        actions.undo.setEnabled(False)
        actions.redo.setEnabled(False)
        self.undo_stack.indexChanged.connect(lambda _i: self.changed.emit())
        actions.edit_entry.triggered.connect(self.start_edit)
        actions.delete_entry.triggered.connect(self.delete_current)
        actions.star_entry.triggered.connect(self.toggle_star)
        window.editor_created.connect(self._connect_editor)
        if window.has_editor():
            self._connect_editor(window.entry_form)

    def _connect_editor(self, editor: EntryForm) -> None:
        editor.submitted.connect(
            lambda title, body: self.post(title, body, editor.body_format(), editor.created())
        )
        editor.edit_submitted.connect(
            lambda entry_id, title, body: self.edit(
                entry_id, title, body, editor.body_format(), editor.created()
            )
        )
        editor.image_received.connect(self.add_image)

    def undo(self) -> None:
        """Undo the last change; the message about it ("deleted", "saved") no longer holds."""
        self._window.dismiss_message()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._window.dismiss_message()
        self.undo_stack.redo()

    @staticmethod
    def _tip(action: QAction, plain: str, template: str, text: str) -> None:
        """``plain`` ("Undo") with nothing to undo, else ``template`` ("Undo {action}")."""
        action.setToolTip(template.format(action=text) if text else plain)

    def set_journal(self, repository: EntryRepository | None, images: ImageStore | None) -> None:
        """Write to ``repository`` (``None`` after logout); the undo history starts afresh."""
        self.undo_stack.clear()
        self._repository = repository
        self._images = images

    def _report(self, message: str) -> None:
        self._window.flash(message, "error")

    def post(
        self, title: str, body: str, body_format: str, created: datetime | None = None
    ) -> None:
        """Add an entry; on any error keep the editor as typed and say why.

        ``created`` is the date and time chosen in the editor (``None``: now); the entry keeps
        this system's zone, where it was written, and takes the place its date gives it.
        """
        editor = self._window.entry_form
        try:
            entry = self._model.add_entry(
                title, body, body_format=body_format, created=created, tz=system_zone()
            )
        except (EntryValidationError, DatabaseError) as exc:
            logger.warning("a new entry could not be saved: %s", type(exc).__name__)
            editor.show_error(str(exc))
            return
        self.undo_stack.push(AddEntryCommand(entry, self._model, self._report))
        logger.info("entry %d was added", entry.id)
        editor.clear()
        self._window.read()
        row = self._model.row_of(entry.id)
        if row >= 0:  # listed (a search or a day filter may leave it out)
            self._window.select_row(row)
        self._window.flash(self.tr(POSTED))
        self.posted.emit(entry)

    def edit(
        self,
        entry_id: int,
        title: str,
        body: str,
        body_format: str,
        created: datetime | None = None,
    ) -> None:
        """Save the editor's changes; on any error keep the editor as typed and say why.

        A new ``created`` moves the entry to the place its date gives it (its zone is kept).
        """
        editor = self._window.entry_form
        before = self._repository.get(entry_id) if self._repository is not None else None
        try:
            if before is None:
                raise EntryValidationError(
                    self.tr("This entry no longer exists; nothing was saved.")
                )
            after = self._model.edit_entry(
                entry_id, title, body, body_format=body_format, created=created
            )
        except (EntryValidationError, DatabaseError) as exc:
            logger.warning("entry %d could not be saved: %s", entry_id, type(exc).__name__)
            editor.show_error(str(exc))
            return
        self.undo_stack.push(EditEntryCommand(before, after, self._model, self._report))
        logger.info("entry %d was saved", entry_id)
        editor.clear()
        self._window.read()
        self._window.select_row(self._model.row_of(entry_id))
        self._window.flash(self.tr(SAVED))

    def start_edit(self) -> None:
        """Load the selected entry into the editor."""
        entry = self._window.current_entry()
        if entry is not None:
            self._window.edit(entry)

    def toggle_star(self) -> None:
        """Star the selected entry, or unstar it if it is starred (undoable)."""
        entry = self._window.current_entry()
        if entry is None:
            return
        try:
            self._model.set_starred(entry.id, not entry.starred)
        except (EntryValidationError, DatabaseError) as exc:
            self._report(str(exc))
            return
        self.undo_stack.push(StarEntryCommand(entry, not entry.starred, self._model, self._report))
        row = self._model.row_of(entry.id)
        if row >= 0:  # a "starred only" list loses an unstarred entry
            self._window.select_row(row)

    def delete_current(self) -> None:
        """Delete the selected entry without asking: Undo brings it back."""
        entry = self._window.current_entry()
        if entry is not None:
            self.delete(entry)

    def delete(self, entry: Entry) -> None:
        row = self._window.entry_list.currentIndex().row()
        try:
            removed = self._model.remove_entry(entry.id)
        except (EntryValidationError, DatabaseError) as exc:
            logger.warning("entry %d could not be deleted: %s", entry.id, type(exc).__name__)
            self._report(str(exc))
            return
        editor = self._window.entry_form
        editing = editor.editing()
        if editing is not None and editing.id == entry.id:
            editor.keep_as_new()  # what was typed stays
        self.undo_stack.push(DeleteEntryCommand(removed, self._model, self._report))
        logger.info("entry %d was deleted", entry.id)
        self._window.select_row(min(row, self._model.rowCount() - 1))
        self._window.flash(self.tr(DELETED))

    def add_image(self, data: bytes) -> None:
        """Store a pasted or dropped image and reference it from the body being written."""
        editor = self._window.entry_form
        if self._images is None:
            return
        try:
            image = self._images.add(data)
        except (ImageError, DatabaseError) as exc:
            logger.warning("an image could not be added: %s", type(exc).__name__)
            editor.show_error(str(exc))
            return
        editor.insert_image(image.url)
