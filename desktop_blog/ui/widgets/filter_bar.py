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

from desktop_blog.plurals import count_text
from desktop_blog.storage import EntryFilter

SEARCH_DELAY_MS = 200


def describe(entry_filter: EntryFilter) -> str:
    """A short, human description of the star, tag and day parts of a filter."""
    subject = ["starred"] if entry_filter.starred else []
    if entry_filter.tag:
        subject.append(f"#{entry_filter.tag}")
    elif entry_filter.starred:
        subject.append("entries")
    text = " ".join(subject)
    if entry_filter.day is not None:
        day = entry_filter.day.strftime("%a %d %B %Y")
        text = f"{text} on {day}" if text else day
    return f"Showing {text}" if text else ""


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
        self.search_edit.setAccessibleName("Search entries")
        self.search_edit.setPlaceholderText("Search entries (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.starred_button = QToolButton(self)  # the window gives it its action
        self.starred_button.setObjectName("starredFilterButton")
        self.starred_button.setAccessibleName("Starred only")
        self.starred_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("filterStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long tag or search never widens the list's column: the text is cut, not the layout.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.setText("Show all")
        self.clear_button.setToolTip("Show all entries (Ctrl+Shift+A)")
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
            count, complete = self._count
            found = count_text(count, "entry") + ("" if complete else " so far")
            described = describe(self._filter)
            text = f"{described} · {found}" if described else f"{found} found"
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self._status_row.setVisible(bool(text))

    def status(self) -> str:
        return self.status_label.text() if self._status_row.isVisibleTo(self) else ""
