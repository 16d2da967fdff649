"""The main window: the entry list, the reader and the add-entry form."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.storage import Entry
from desktop_blog.ui.entry_form import EntryForm
from desktop_blog.ui.entry_view import EntryView
from desktop_blog.ui.flash_banner import FlashBanner


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

        self.flash_banner = FlashBanner(self)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        self.entry_list = QListView(self)
        self.entry_list.setObjectName("entryList")
        self.entry_list.setAccessibleName("Entries")
        self.entry_list.setModel(model)
        self.entry_list.setUniformItemSizes(True)
        self.entry_list.setSelectionMode(QListView.SelectionMode.SingleSelection)
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
        split.addWidget(self.entry_list)
        split.addWidget(reader)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 720])
        split.setChildrenCollapsible(False)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(heading)
        page_layout.addWidget(self.read_only_banner)
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
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)

    def _connect_signals(self) -> None:
        self.new_entry_action.triggered.connect(self.entry_form.focus_title)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.entry_form.submitted.connect(self.post_requested)
        self.entry_view.link_refused.connect(lambda text: self.flash(text, "error"))
        selection = self.entry_list.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self._model.modelReset.connect(self._show_current)
        self._model.rowsInserted.connect(self._on_rows_inserted)
        self._model.rowsRemoved.connect(self._show_current)

    # -- presentation -------------------------------------------------------------------
    def flash(self, message: str, kind: str = "info") -> None:
        self.flash_banner.flash(message, kind)

    def set_read_only(self, reason: str | None) -> None:
        """Disable adding entries and say why in a banner that stays (``None`` undoes it)."""
        self.entry_form.setEnabled(reason is None)
        self.new_entry_action.setEnabled(reason is None)
        self.read_only_banner.setText(reason or "")
        self.read_only_banner.setVisible(reason is not None)

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

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if not self.entry_list.selectionModel().hasSelection():
            self.select_row(first)
        self._show_current()

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.entry_view.show_entry(entry)
        elif self._model.rowCount() == 0:
            self.entry_view.show_empty()
        else:
            self.entry_view.show_nothing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quit_requested.emit()
