"""Keeps the add-entry form's draft in the journal: debounced while typing, flushed on demand.

The store is the unlocked journal's (:class:`~desktop_blog.storage.drafts.JournalDraftStore`,
encrypted with it); the session sets a new one at each unlock and none while locked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_blog.storage.drafts import Draft, DraftError, DraftStore
from desktop_blog.ui.widgets.entry_form import EntryForm

logger = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1000


class DraftKeeper(QObject):
    """Saves the form (title, body, format, date) to a store a moment after the last keystroke.

    ``save_failed`` carries a message once per run of failures (not on every keystroke).
    """

    save_failed = Signal(str)

    def __init__(
        self,
        form: EntryForm,
        store: DraftStore | None = None,
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
        form.format_combo.currentIndexChanged.connect(self._changed)
        form.created_edit.dateTimeChanged.connect(self._changed)

    def set_store(self, store: DraftStore | None) -> None:
        """Keep drafts in ``store`` from now on (``None`` while the journal is locked)."""
        self._timer.stop()
        self._store = store
        self._failing = False

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
        draft = self._store.load() if self._store is not None else None
        if draft is None:
            return False
        form = self._form
        form.title_edit.setText(draft.title)
        form.set_body(draft.body, draft.format)
        form.set_created(draft.created)
        self._timer.stop()
        return True

    def flush(self) -> None:
        """Save the form now (an empty form clears the draft)."""
        self._timer.stop()
        form = self._form
        if not self._enabled or self._store is None or form.editing() is not None:
            return  # while editing, the saved draft stays the new entry put aside
        try:
            self._store.save(Draft(form.title(), form.body(), form.body_format(), form.created()))
        except DraftError as exc:
            if not self._failing:
                logger.warning("a draft save failed (%s)", type(exc.__cause__ or exc).__name__)
                self._failing = True
                self.save_failed.emit(str(exc))
            return
        self._failing = False

    def discard(self) -> None:
        """Forget the draft (after the entry was posted)."""
        self._timer.stop()
        if self._enabled and self._store is not None:
            try:
                self._store.clear()
            except DraftError as exc:
                self.save_failed.emit(str(exc))

    def _changed(self) -> None:
        if self._enabled and self._store is not None and self._form.editing() is None:
            self._timer.start()
