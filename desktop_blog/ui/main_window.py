"""The main window: the entry list, the reader and the add-entry form."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.storage import Entry
from desktop_blog.storage.fulltext import search_words
from desktop_blog.ui.entry_form import EntryForm
from desktop_blog.ui.entry_list_view import EntryListView
from desktop_blog.ui.entry_view import EntryView
from desktop_blog.ui.flash_banner import FlashBanner

SEARCH_DELAY_MS = 200  # the list follows the search box once typing pauses this long


class MainWindow(QMainWindow):
    """Presents the journal; the controller saves entries and handles logout/quit."""

    post_requested = Signal(str, str)
    logout_requested = Signal()
    quit_requested = Signal()

    def __init__(self, model: EntryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 720)
        self._model = model
        self._scroll_value = 0

        self.flash_banner = FlashBanner(self)
        self.entry_list = EntryListView(self)
        self.entry_list.setObjectName("entryList")
        self.entry_list.setAccessibleName("Entries")
        self.entry_list.setModel(model)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName("Search entries")
        self.search_edit.setPlaceholderText("Search (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.entry_view = EntryView(self)
        self.entry_form = EntryForm(self)

        heading = QLabel(APP_NAME, self)
        heading.setObjectName("pageHeading")
        page = QFrame(self)
        page.setObjectName("page")
        reader = QSplitter(Qt.Orientation.Vertical, page)
        reader.setObjectName("readerSplitter")
        reader.addWidget(self.entry_view)
        reader.addWidget(self.entry_form)
        reader.setStretchFactor(0, 3)
        reader.setStretchFactor(1, 2)
        reader.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setObjectName("mainSplitter")
        entries = QWidget(split)
        entries.setObjectName("entriesPane")
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.setSpacing(4)
        entries_layout.addWidget(self.search_edit)
        entries_layout.addWidget(self.entry_list, 1)
        split.addWidget(entries)
        split.addWidget(reader)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 720])
        split.setChildrenCollapsible(False)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(heading)
        page_layout.addWidget(self.flash_banner)
        page_layout.addWidget(split, 1)
        central = QWidget(self)
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(page)
        self.setCentralWidget(central)

        self._build_actions()
        self._connect_signals()
        self._show_current()

    def _build_actions(self) -> None:
        self.new_entry_action = QAction("&New Entry", self)
        self.new_entry_action.setObjectName("newEntryAction")
        self.new_entry_action.setShortcut(QKeySequence.StandardKey.New)
        self.logout_action = QAction("&Log Out", self)
        self.logout_action.setObjectName("logoutAction")
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = QAction("&Find…", self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_entry_action)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)

    def _connect_signals(self) -> None:
        self.new_entry_action.triggered.connect(self.entry_form.focus_title)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.entry_form.submitted.connect(self.post_requested)
        self.entry_view.link_refused.connect(lambda text: self.flash(text, "error"))
        self.find_action.triggered.connect(self.focus_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.installEventFilter(self)
        self.entry_list.installEventFilter(self)
        self._model.load_failed.connect(lambda text: self.flash(text, "error"))
        self._model.rowsAboutToBeInserted.connect(self._remember_scroll)
        selection = self.entry_list.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self._model.modelReset.connect(self._show_current)
        self._model.rowsInserted.connect(self._on_rows_inserted)
        self._model.rowsRemoved.connect(self._show_current)

    # -- search -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        """Show the whole journal again (Esc in the search box or the list)."""
        self.search_edit.clear()
        self._apply_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search box or the list clears a search; Down goes from box to list."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.clear_search()
                return True
            if watched is self.search_edit and event.key() == Qt.Key.Key_Down:
                self._apply_search()
                self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text()
        if query.strip() == self._model.search_query():
            return
        self._model.set_search(query)
        self.select_row(0)

    # -- presentation -------------------------------------------------------------------
    def flash(self, message: str, kind: str = "info") -> None:
        self.flash_banner.flash(message, kind)

    def select_row(self, row: int) -> None:
        index = self._model.index(row, 0)
        if index.isValid():
            self.entry_list.setCurrentIndex(index)
            self.entry_list.scrollTo(index)

    def current_entry(self) -> Entry | None:
        index = self.entry_list.currentIndex()
        entry = index.data(EntryRole.ENTRY) if index.isValid() else None
        return entry if isinstance(entry, Entry) else None

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _remember_scroll(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._scroll_value = self.entry_list.verticalScrollBar().value() if first == 0 else 0

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and self._scroll_value > 0:
            # Keep the rows the user was looking at in place: scroll past the new ones.
            step = 1
            if self.entry_list.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
                step = self.entry_list.row_height()
            bar = self.entry_list.verticalScrollBar()
            bar.setValue(self._scroll_value + (last - first + 1) * step)
        if not self.entry_list.selectionModel().hasSelection():
            self.select_row(first)
        self._show_current()

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.entry_view.show_entry(entry, highlight=search_words(self._model.search_query()))
        elif self._model.rowCount() == 0 and self._model.search_query():
            self.entry_view.show_no_matches(self._model.search_query())
        elif self._model.rowCount() == 0:
            self.entry_view.show_empty()
        else:
            self.entry_view.show_nothing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quit_requested.emit()
