"""Navigation: the search, tag, day and star filters, the calendar's marked days and tag counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.models.journal_watcher import JournalWatcher
from desktop_blog.storage import EntryFilter, EntryRepository
from desktop_blog.ui.windows.main_window import MainWindow


class NavigationController(QObject):
    """Turns the calendar, tag list and filter bar's choices into the list's filter.

    It also follows the journal: what another process (the CLI) commits shows up in the list,
    the calendar and the tag counts within a second (:class:`JournalWatcher`), or at once
    with View > Refresh (F5); the selection and the scroll position stay.
    """

    def __init__(
        self, model: EntryListModel, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._window = window
        self._repository: EntryRepository | None = None
        self.watcher = JournalWatcher(parent=self)
        self.watcher.changed.connect(self.reload)
        window.actions.refresh.triggered.connect(self.refresh_now)
        window.calendar.day_chosen.connect(lambda day: self._filter(day=day))
        window.calendar.month_shown.connect(lambda *_: self.refresh())
        window.tag_panel.tag_chosen.connect(lambda tag: self._filter(tag=tag))
        window.filter_bar.query_changed.connect(lambda text: self._filter(query=text))
        window.filter_bar.clear_requested.connect(self.show_all)
        window.actions.show_all.triggered.connect(self.show_all)
        window.actions.starred_only.triggered.connect(lambda on: self._filter(starred=on))

    def set_repository(self, repository: EntryRepository | None) -> None:
        """Navigate and watch ``repository`` (``None`` after logout or lock: nothing to count
        or watch)."""
        self._repository = repository
        self.watcher.set_repository(repository)
        self.refresh()

    def pause_watching(self) -> None:
        """Stop looking for changes while a job of this app writes (it reloads after)."""
        self.watcher.pause()

    def resume_watching(self) -> None:
        self.watcher.resume()

    def refresh_now(self) -> None:
        """View > Refresh (F5): look at the journal now instead of at the next poll."""
        if not self.watcher.check():  # a change found is shown through ``changed``
            self.reload()

    def reload(self) -> None:
        """Show what changed in the journal: the list's rows, the calendar and the tags."""
        if self._repository is None:
            return
        self._window.keep_in_view(self._model.refresh)
        self.refresh()

    def _filter(self, **changes: object) -> None:
        current = self._model.entry_filter()
        tag = changes.get("tag", current.tag)
        day = changes.get("day", current.day)
        query = changes.get("query", current.query)
        starred = changes.get("starred", current.starred)
        self.set_filter(
            EntryFilter(
                query=str(query),
                tag=tag if isinstance(tag, str) else None,
                day=day if isinstance(day, date) else None,
                starred=bool(starred),
            )
        )

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """List only matching entries and show the filter in the window."""
        self._model.set_filter(entry_filter)
        self._window.show_filter(entry_filter)

    def show_all(self) -> None:
        self.set_filter(EntryFilter())

    def refresh(self) -> None:
        """Recount tags and re-mark the calendar's days (after any change or page turn)."""
        repository = self._repository
        window = self._window
        if repository is None:
            window.tag_model.set_counts([])
            window.calendar.set_marked_days(set())
            return
        window.tag_model.set_counts(repository.tag_counts())
        window.tag_panel.show_tag(self._model.entry_filter().tag)
        calendar = window.calendar
        calendar.set_marked_days(repository.days_with_entries(*calendar.month_range()))
