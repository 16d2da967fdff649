"""Keeps the add-entry form's draft on disk: debounced while typing, flushed on demand."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_blog.storage.drafts import Draft, DraftError, DraftStore
from desktop_blog.ui.widgets.entry_form import EntryForm

DRAFT_DELAY_MS = 1000


class DraftKeeper(QObject):
    """Saves the form to a :class:`DraftStore` a moment after the last keystroke.

    ``save_failed`` carries a message once per run of failures (not on every keystroke).
    """

    save_failed = Signal(str)

    def __init__(
        self,
        form: EntryForm,
        store: DraftStore,
        *,
        delay_ms: int = DRAFT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._store = store
        self._failing = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        form.title_edit.textChanged.connect(self._changed)
        form.body_changed.connect(self._changed)

    def set_enabled(self, enabled: bool) -> None:
        """Stop (or resume) saving, e.g. for a read-only journal."""
        self._enabled = enabled
        if not enabled:
            self._timer.stop()

    def set_delay_ms(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def restore(self) -> bool:
        """Put the saved draft into the form; return whether there was one."""
        draft = self._store.load()
        if draft is None:
            return False
        self._form.title_edit.setText(draft.title)
        self._form.set_body(draft.body)
        self._timer.stop()
        return True

    def flush(self) -> None:
        """Save the form now (an empty form clears the draft)."""
        self._timer.stop()
        if not self._enabled or self._form.editing() is not None:
            return  # while editing, the draft on disk stays the new entry put aside
        try:
            self._store.save(Draft(self._form.title(), self._form.body()))
        except DraftError as exc:
            if not self._failing:
                self._failing = True
                self.save_failed.emit(str(exc))
            return
        self._failing = False

    def discard(self) -> None:
        """Forget the draft (after the entry was posted)."""
        self._timer.stop()
        if self._enabled:
            self._store.clear()

    def _changed(self) -> None:
        if self._enabled and self._form.editing() is None:
            self._timer.start()
