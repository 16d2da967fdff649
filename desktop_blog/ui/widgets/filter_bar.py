"""Search text, a "starred only" button and a line saying which filter is active (and clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.i18n import translate
from desktop_blog.locale_format import long_date
from desktop_blog.storage import EntryFilter
from desktop_blog.ui.widgets.bidi import isolate

SEARCH_DELAY_MS = 200


def describe(entry_filter: EntryFilter) -> str:
    """A short, human description of the star, tag and day parts of a filter ("" if none).

    Each combination is one whole sentence to translate; the tag is isolated (FSI ... PDI).
    """
    tag = isolate(f"#{entry_filter.tag}") if entry_filter.tag else ""
    day = long_date(entry_filter.day) if entry_filter.day is not None else ""
    starred = entry_filter.starred
    if tag and day:
        if starred:
            text = translate("FilterBar", "Showing starred {tag} on {day}")
        else:
            text = translate("FilterBar", "Showing {tag} on {day}")
    elif tag:
        if starred:
            text = translate("FilterBar", "Showing starred {tag}")
        else:
            text = translate("FilterBar", "Showing {tag}")
    elif day:
        if starred:
            text = translate("FilterBar", "Showing starred entries on {day}")
        else:
            text = translate("FilterBar", "Showing {day}")
    elif starred:
        text = translate("FilterBar", "Showing starred entries")
    else:
        return ""
    return text.format(tag=tag, day=day)


class FilterBar(QWidget):
    """Emits ``query_changed(text)`` (debounced) and ``clear_requested()``."""

    query_changed = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filter = EntryFilter()
        self._count = (0, True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.starred_button = QToolButton(self)  # the window gives it its action
        self.starred_button.setObjectName("starredFilterButton")
        self.starred_button.setAccessibleName(self.tr("Starred only"))
        self.starred_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("filterStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long tag or search never widens the list's column: the text is cut, not the layout.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Show all entries (Ctrl+Shift+A)"))
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.clear_button)
        self._status_row = QWidget(self)
        self._status_row.setLayout(status)
        keep = self._status_row.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the list below never jumps when a filter is chosen
        self._status_row.setSizePolicy(keep)
        self._status_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.starred_button)
        layout.addLayout(search_row)
        layout.addWidget(self._status_row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.search_edit.text()))
        self.search_edit.textChanged.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear_requested)

    def apply_now(self) -> None:
        """Emit the search text at once instead of after the typing pause."""
        self._timer.stop()
        self.query_changed.emit(self.search_edit.text())

    def show_filter(self, entry_filter: EntryFilter) -> None:
        """Reflect the active filter (without emitting anything)."""
        self._filter = entry_filter
        self._show_status()
        if self.search_edit.text() != entry_filter.query:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(entry_filter.query)
            self.search_edit.blockSignals(False)

    def show_count(self, count: int, complete: bool = True) -> None:
        """How many entries the filter lists (``complete=False``: more are still to come)."""
        self._count = (count, complete)
        self._show_status()

    def _show_status(self) -> None:
        if self._filter.is_empty:
            text = ""
        else:
            text = self._status_text(describe(self._filter), *self._count)
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self._status_row.setVisible(bool(text))

    def _status_text(self, described: str, count: int, complete: bool) -> str:
        """The filter described, then how many entries it lists (so far, if not complete)."""
        if not described:
            if complete:
                return self.tr("%Ln entries found", "", count)
            return self.tr("%Ln entries found so far", "", count)
        if complete:
            found = self.tr("%Ln entries", "", count)
        else:
            found = self.tr("%Ln entries so far", "", count)
        return self.tr("{filter} · {count}").format(filter=described, count=found)

    def status(self) -> str:
        return self.status_label.text() if self._status_row.isVisibleTo(self) else ""
