"""The main window: the entry list, the reader and the add-entry form."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.models.tag_model import TagListModel
from desktop_blog.storage import Entry
from desktop_blog.storage.fulltext import search_words
from desktop_blog.ui.calendar_panel import CalendarPanel
from desktop_blog.ui.entry_form import EntryForm
from desktop_blog.ui.entry_list_view import EntryListView
from desktop_blog.ui.entry_view import EntryView
from desktop_blog.ui.filter_bar import FilterBar
from desktop_blog.ui.flash_banner import FlashBanner
from desktop_blog.ui.tag_panel import TagPanel
from desktop_blog.ui.theme import THEMES


class MainWindow(QMainWindow):
    """Presents the journal; the controller saves entries and handles logout/quit."""

    post_requested = Signal(str, str)
    logout_requested = Signal()
    quit_requested = Signal()
    export_requested = Signal(str, bool)  # format, only the selected entry
    import_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    statistics_requested = Signal()
    edit_requested = Signal(int, str, str)  # id, title, body
    delete_requested = Signal(object)  # Entry
    day_requested = Signal(object)  # date
    tag_requested = Signal(object)  # str or None
    query_requested = Signal(str)
    show_all_requested = Signal()
    month_shown = Signal(object, object)  # first and last date
    theme_requested = Signal(str)
    preferences_requested = Signal()
    shortcuts_requested = Signal()

    def __init__(
        self,
        model: EntryListModel,
        parent: QWidget | None = None,
        *,
        tag_model: TagListModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self._model = model
        self._read_only = False
        self.undo_stack = QUndoStack(self)
        self.tag_model = tag_model or TagListModel(self)
        self.calendar = CalendarPanel(self)
        self.tag_panel = TagPanel(self.tag_model, self)
        self.filter_bar = FilterBar(self)

        self.flash_banner = FlashBanner(self)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        self._scroll_value = 0
        self.entry_list = EntryListView(self)
        self.entry_list.setObjectName("entryList")
        self.entry_list.setAccessibleName("Entries")
        self.entry_list.setModel(model)
        self.search_edit = self.filter_bar.search_edit
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
        self.sidebar = QSplitter(Qt.Orientation.Vertical, page)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.addWidget(self.calendar)
        self.sidebar.addWidget(self.tag_panel)
        self.sidebar.setChildrenCollapsible(False)
        entries = QWidget(page)
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(self.filter_bar)
        entries_layout.addWidget(self.entry_list, 1)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setObjectName("mainSplitter")
        split.addWidget(self.sidebar)
        split.addWidget(entries)
        split.addWidget(reader)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 3)
        split.setSizes([260, 260, 680])
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
        self._build_data_actions()
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
        file_menu = self.file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)
        self._build_journal_actions()

    def _action(
        self, text: str, name: str, keys: str | QKeySequence | QKeySequence.StandardKey = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys != "":
            action.setShortcut(QKeySequence(keys))
        return action

    def _build_journal_actions(self) -> None:
        """Edit, View and Help menus (issue 6)."""
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_entry_action = self._action("&Edit Entry", "editEntryAction", "Ctrl+E")
        self.delete_entry_action = self._action("&Delete Entry", "deleteEntryAction", "Del")
        # Delete only from the list: in text fields the key deletes characters.
        self.delete_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.entry_list.addAction(self.delete_entry_action)
        self.preferences_action = self._action("&Preferences…", "preferencesAction", "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_entry_action)
        edit_menu.addAction(self.delete_entry_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        self.show_calendar_action = self._action("Show &Calendar", "showCalendarAction")
        self.show_tags_action = self._action("Show &Tags", "showTagsAction")
        for action in (self.show_calendar_action, self.show_tags_action):
            action.setCheckable(True)
            action.setChecked(True)
        self.search_action = self._action("&Search", "searchAction", QKeySequence.StandardKey.Find)
        self.today_action = self._action("T&oday", "todayAction", "Ctrl+T")
        self.previous_day_action = self._action("&Previous Day", "previousDayAction", "Alt+Left")
        self.next_day_action = self._action("&Next Day", "nextDayAction", "Alt+Right")
        self.show_all_action = self._action("Show &All Entries", "showAllAction", "Ctrl+Shift+A")
        self.focus_entries_action = self._action("Go to &Entries", "focusEntriesAction", "Ctrl+1")
        self.focus_calendar_action = self._action(
            "Go to Ca&lendar", "focusCalendarAction", "Ctrl+2"
        )
        self.focus_tags_action = self._action("Go to Ta&gs", "focusTagsAction", "Ctrl+3")
        view_menu = self.view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.show_calendar_action)
        view_menu.addAction(self.show_tags_action)
        view_menu.addSeparator()
        for action in (
            self.search_action,
            self.today_action,
            self.previous_day_action,
            self.next_day_action,
            self.show_all_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (self.focus_entries_action, self.focus_calendar_action):
            view_menu.addAction(action)
        view_menu.addAction(self.focus_tags_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("T&heme")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            label = "Follow the &System" if theme == "system" else f"&{theme.title()}"
            action = self._action(label, f"{theme}ThemeAction")
            action.setCheckable(True)
            action.setData(theme)
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.shortcuts_action = self._action(
            "&Keyboard Shortcuts", "shortcutsAction", QKeySequence.StandardKey.HelpContents
        )
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)

    def _build_data_actions(self) -> None:
        """File > Export/Import/Back Up/Restore and View > Statistics (emit signals only)."""
        file_menu = self.file_menu
        first = self.logout_action
        export_menu = QMenu("&Export", file_menu)
        export_menu.setObjectName("exportMenu")
        file_menu.insertMenu(first, export_menu)
        self.export_actions: dict[tuple[str, bool], QAction] = {}
        for text, fmt, selected in (
            ("Journal as &JSON…", "json", False),
            ("&Markdown Files…", "markdown", False),
            ("&HTML Site…", "html", False),
            ("&PDF of the Whole Journal…", "pdf", False),
            ("PDF of the &Selected Entry…", "pdf", True),
        ):
            action = export_menu.addAction(text)
            action.setObjectName(f"export_{fmt}{'_selected' if selected else ''}Action")
            action.triggered.connect(
                lambda _c=False, f=fmt, s=selected: self.export_requested.emit(f, s)
            )
            self.export_actions[(fmt, selected)] = action
        self.import_action = QAction("&Import…", self)
        self.import_action.setObjectName("importAction")
        self.backup_action = QAction("&Back Up Now", self)
        self.backup_action.setObjectName("backupAction")
        self.restore_action = QAction("&Restore from Backup…", self)
        self.restore_action.setObjectName("restoreAction")
        for action in (self.import_action, self.backup_action, self.restore_action):
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
        self.statistics_action = QAction("&Statistics", self)
        self.statistics_action.setObjectName("statisticsAction")
        self.statistics_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.view_menu.insertAction(self.view_menu.actions()[0], self.statistics_action)
        self.view_menu.insertSeparator(self.view_menu.actions()[1])
        self.import_action.triggered.connect(self.import_requested)
        self.backup_action.triggered.connect(self.backup_requested)
        self.restore_action.triggered.connect(self.restore_requested)
        self.statistics_action.triggered.connect(self.statistics_requested)

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
        self._model.dataChanged.connect(lambda *_: self._show_current())
        self._model.load_failed.connect(lambda text: self.flash(text, "error"))
        self._model.rowsAboutToBeInserted.connect(self._remember_scroll)
        self.search_edit.installEventFilter(self)
        self.entry_list.installEventFilter(self)
        self._connect_journal_signals()

    def _connect_journal_signals(self) -> None:
        self.entry_form.edit_submitted.connect(self.edit_requested)
        self.edit_entry_action.triggered.connect(self._edit_current)
        self.delete_entry_action.triggered.connect(self._delete_current)
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.shortcuts_action.triggered.connect(self.shortcuts_requested)
        self.show_calendar_action.toggled.connect(self.calendar.setVisible)
        self.show_tags_action.toggled.connect(self.tag_panel.setVisible)
        self.search_action.triggered.connect(self._focus_search)
        self.today_action.triggered.connect(lambda: self.calendar.show_day(date.today()))
        self.previous_day_action.triggered.connect(lambda: self._step_day(-1))
        self.next_day_action.triggered.connect(lambda: self._step_day(1))
        self.show_all_action.triggered.connect(self.show_all_requested)
        self.focus_entries_action.triggered.connect(lambda: self._focus(self.entry_list))
        self.focus_calendar_action.triggered.connect(lambda: self._focus(self.calendar))
        self.focus_tags_action.triggered.connect(lambda: self._focus(self.tag_panel))
        self.theme_group.triggered.connect(lambda a: self.theme_requested.emit(str(a.data())))
        self.calendar.day_chosen.connect(self.day_requested)
        self.calendar.month_shown.connect(self.month_shown)
        self.tag_panel.tag_chosen.connect(self.tag_requested)
        self.filter_bar.query_changed.connect(self.query_requested)
        self.filter_bar.clear_requested.connect(self.show_all_requested)
        self._model.modelReset.connect(self._update_actions)
        self._model.rowsInserted.connect(self._update_actions)
        self._model.rowsRemoved.connect(self._update_actions)
        self.entry_list.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        writable_entry = self.current_entry() is not None and not self._read_only
        self.edit_entry_action.setEnabled(writable_entry)
        self.delete_entry_action.setEnabled(writable_entry)

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.entry_form.start_edit(entry)

    def _delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.delete_requested.emit(entry)

    def _step_day(self, days: int) -> None:
        selected = self.calendar.selectedDate()
        base = date(selected.year(), selected.month(), selected.day())
        self.calendar.show_day(base + timedelta(days=days))

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        """Show every entry of the current tag/day filter again (Esc in the box or list)."""
        self.search_edit.clear()
        self.filter_bar.apply_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search box or the list clears a search; Down goes from box to list."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.clear_search()
                return True
            if watched is self.search_edit and event.key() == Qt.Key.Key_Down:
                self.filter_bar.apply_now()
                self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.entry_list.currentIndex().isValid():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def _focus(self, widget: QWidget) -> None:
        if not widget.isVisible():
            if widget is self.calendar:
                self.show_calendar_action.setChecked(True)
            elif widget is self.tag_panel:
                self.show_tags_action.setChecked(True)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_theme_choice(self, theme: str) -> None:
        """Tick the theme in the View > Theme menu."""
        if theme in self.theme_actions:
            self.theme_actions[theme].setChecked(True)

    def menus(self) -> list[QMenu]:
        """The menu bar's menus, in order (for Help > Keyboard Shortcuts)."""
        found = [a.menu() for a in self.menuBar().actions()]
        return [m for m in found if isinstance(m, QMenu)]

    # -- presentation -------------------------------------------------------------------
    def flash(self, message: str, kind: str = "info") -> None:
        self.flash_banner.flash(message, kind)

    def set_read_only(self, reason: str | None) -> None:
        """Disable adding entries and say why in a banner that stays (``None`` undoes it)."""
        self._read_only = reason is not None
        self.entry_form.setEnabled(not self._read_only)
        for action in (self.new_entry_action, self.import_action, self.restore_action):
            action.setEnabled(not self._read_only)
        self.read_only_banner.setText(reason or "")
        self.read_only_banner.setVisible(self._read_only)
        self._update_actions()

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
        query = self._model.search_query()
        if entry is not None:
            self.entry_view.show_entry(entry, highlight=search_words(query))
        elif self._model.rowCount() == 0 and not self._model.entry_filter().is_empty:
            self.entry_view.show_no_matches(query or "this filter")
        elif self._model.rowCount() == 0:
            self.entry_view.show_empty()
        else:
            self.entry_view.show_nothing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quit_requested.emit()
