"""The main window: lays out the sidebar, the entry list, the reader and the editor.

It exposes its panels and :attr:`MainWindow.actions` (built from :mod:`desktop_blog.ui.actions`)
and keeps view-only behaviour (focus moves, panel visibility) to itself; controllers connect
to the actions and to the panels' own signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QActionGroup, QCloseEvent, QDesktopServices, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.i18n import translate
from desktop_blog.log import log_folder, make_folder
from desktop_blog.models.entry_model import EntryListModel, EntryRole
from desktop_blog.models.tag_model import TagListModel
from desktop_blog.storage import Entry, EntryFilter
from desktop_blog.storage.fulltext import search_words
from desktop_blog.ui.actions import WindowActions, limit_to, spec
from desktop_blog.ui.dialogs.about_dialog import AboutDialog
from desktop_blog.ui.theme import THEMES
from desktop_blog.ui.widgets.calendar_panel import CalendarPanel
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.widgets.entry_list_view import EntryListView
from desktop_blog.ui.widgets.entry_view import EntryView, ImageProvider
from desktop_blog.ui.widgets.filter_bar import FilterBar
from desktop_blog.ui.widgets.flash_banner import FlashBanner
from desktop_blog.ui.widgets.tag_panel import TagPanel

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Presents the journal; controllers act on :attr:`actions` and the panels' signals."""

    closing = Signal()  # the window was closed: quit the app
    editor_created = Signal(object)  # EntryForm, built on first use
    actions: WindowActions  # callable like QWidget.actions(), which it replaces

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
        self.entry_list.setAccessibleName(self.tr("Entries"))
        self.entry_list.setModel(model)
        self.search_edit = self.filter_bar.search_edit
        self.entry_view = EntryView(self)
        # The editor is built on first use: the first paint shows the reader, not the editor.
        self._editor: EntryForm | None = None
        self._image_provider: ImageProvider | None = None
        self._default_format = "html"
        self._spell_language = ""
        self._spelling_applied: str | None = None  # the language the editor was given

        # The main area shows one entry to read, or the editor while writing.
        self.main_area = QStackedWidget(self)
        self.main_area.setObjectName("mainArea")
        self.main_area.addWidget(self.entry_view)
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.addWidget(self.calendar)
        self.sidebar.addWidget(self.tag_panel)
        self.sidebar.setChildrenCollapsible(False)
        self.entries_panel = QWidget(self)
        self.entries_panel.setObjectName("entriesPanel")
        entries_layout = QVBoxLayout(self.entries_panel)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(self.filter_bar)
        entries_layout.addWidget(self.entry_list, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("mainSplitter")
        split.addWidget(self.sidebar)
        split.addWidget(self.entries_panel)
        split.addWidget(self.main_area)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 0)
        split.setStretchFactor(2, 1)
        split.setSizes([250, 300, 650])
        split.setCollapsible(2, False)
        central = QWidget(self)
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.read_only_banner)
        outer.addWidget(split, 1)
        self.setCentralWidget(central)

        self.about_dialog: AboutDialog | None = None
        self.actions = WindowActions(self)
        self.actions.build_menus(self.menuBar())
        limit_to(self.actions.delete_entry, self.entry_list)
        self.actions.starred_only.setIconText(
            self.tr("★ Starred")
        )  # its button beside the search box
        self.filter_bar.starred_button.setDefaultAction(self.actions.starred_only)
        self.theme_group = QActionGroup(self)
        for theme in THEMES:
            self.theme_group.addAction(self.actions.get(f"theme_{theme}"))
        for action in (self.actions.show_calendar, self.actions.show_tags):
            action.setChecked(True)
        self._connect_signals()
        self._show_current()

    def _connect_signals(self) -> None:
        actions = self.actions
        self.entry_view.link_refused.connect(lambda text: self.flash(text, "error"))
        self.entry_view.star_requested.connect(actions.star_entry.trigger)
        selection = self.entry_list.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self._model.modelReset.connect(self._show_current)
        self._model.rowsInserted.connect(self._on_rows_inserted)
        self._model.rowsRemoved.connect(self._show_current)
        self._model.dataChanged.connect(lambda *_: self._show_current())
        self._model.layoutChanged.connect(self._show_current)  # the journal was re-read
        self._model.load_failed.connect(lambda text: self.flash(text, "error"))
        self._model.rowsAboutToBeInserted.connect(self._remember_scroll)
        self.search_edit.installEventFilter(self)
        self.entry_list.installEventFilter(self)
        actions.new_entry.triggered.connect(self.write)
        actions.focus_mode.toggled.connect(self._set_focus_mode)
        actions.show_calendar.toggled.connect(self.calendar.setVisible)
        actions.show_tags.toggled.connect(self.tag_panel.setVisible)
        actions.search.triggered.connect(self._focus_search)
        actions.today.triggered.connect(lambda: self.calendar.show_day(date.today()))
        actions.previous_day.triggered.connect(lambda: self._step_day(-1))
        actions.next_day.triggered.connect(lambda: self._step_day(1))
        actions.focus_entries.triggered.connect(lambda: self._focus(self.entry_list))
        actions.focus_calendar.triggered.connect(lambda: self._focus(self.calendar))
        actions.focus_tags.triggered.connect(lambda: self._focus(self.tag_panel))
        actions.about.triggered.connect(self.show_about)
        actions.open_log_folder.triggered.connect(self.open_log_folder)
        self._model.modelReset.connect(self._update_actions)
        self._model.rowsInserted.connect(self._update_actions)
        self._model.rowsRemoved.connect(self._update_actions)
        self._model.dataChanged.connect(self._update_actions)
        self._model.layoutChanged.connect(self._update_actions)
        for changed in (
            self._model.modelReset,
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.layoutChanged,
        ):
            changed.connect(self._show_count)
        self.entry_list.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    def _show_count(self) -> None:
        """The filter bar says how many entries the filter lists."""
        model = self._model
        self.filter_bar.show_count(model.rowCount(), not model.canFetchMore(QModelIndex()))

    def _update_actions(self) -> None:
        writable_entry = self.current_entry() is not None and not self._read_only
        self.actions.edit_entry.setEnabled(writable_entry)
        self.actions.delete_entry.setEnabled(writable_entry)
        self.actions.star_entry.setEnabled(writable_entry)
        entry = self.current_entry()
        starred = entry is not None and entry.starred
        self.actions.star_entry.setText(
            translate("Actions", "Uns&tar Entry") if starred else spec("star_entry").shown_text
        )
        self.entry_view.star_button.setEnabled(writable_entry)

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
                self.actions.show_calendar.setChecked(True)
            elif widget is self.tag_panel:
                self.actions.show_tags.setChecked(True)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_theme_choice(self, theme: str) -> None:
        """Tick the theme in the View > Theme menu."""
        if theme in THEMES:
            self.actions.get(f"theme_{theme}").setChecked(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_banner()  # the message moves to the other side with the window

    def _place_banner(self) -> None:
        """Lay the message banner over the top of the window's content, covering nothing else's
        place: showing or hiding it never moves a widget."""
        central = self.centralWidget()
        if central is None:
            return
        width = min(440, max(240, central.width() // 2))
        height = self.flash_banner.heightForWidth(width)
        height = height if height > 0 else self.flash_banner.sizeHint().height()
        # A toast at the bottom, on the leading side (left, or right when mirrored): clear of
        # the reader's title and the editor's buttons.
        bottom = central.height() - height - 16
        x = central.width() - width - 16 if self.isRightToLeft() else 16
        top_left = central.mapTo(self, QPoint(x, bottom))
        self.flash_banner.setGeometry(top_left.x(), top_left.y(), width, height)
        self.flash_banner.raise_()

    def layout_state(self) -> dict[str, QByteArray]:
        """The window's geometry and its splitters' positions, to restore with
        :meth:`restore_layout_state`."""
        state = {"geometry": self.saveGeometry()}
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                state[splitter.objectName()] = splitter.saveState()
        return state

    def restore_layout_state(self, state: dict[str, QByteArray]) -> None:
        """Put back what :meth:`layout_state` returned; unknown or damaged parts are skipped."""
        if "geometry" in state:
            self.restoreGeometry(state["geometry"])
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName() in state:
                splitter.restoreState(state[splitter.objectName()])

    def set_image_provider(self, provider: ImageProvider | None) -> None:
        """Where the reader and the editor's preview get journal images (``None``: nowhere)."""
        self.entry_view.set_image_provider(provider)
        self._image_provider = provider
        if self._editor is not None:
            self._editor.preview.set_image_provider(provider)

    def show_filter(self, entry_filter: EntryFilter) -> None:
        """Show the current filter in the filter bar and the tag list; select the first match."""
        self.filter_bar.show_filter(entry_filter)
        self._show_count()
        self.actions.starred_only.setChecked(entry_filter.starred)
        self.tag_panel.show_tag(entry_filter.tag)
        if self._model.rowCount(QModelIndex()):
            self.select_row(0)

    # -- presentation -------------------------------------------------------------------
    # -- reading and writing ---------------------------------------------------------------
    @property
    def entry_form(self) -> EntryForm:
        """The editor, built (and announced by ``editor_created``) on first use."""
        if self._editor is None:
            editor = EntryForm(self)
            self._editor = editor
            editor.setEnabled(not self._read_only)
            editor.preview.set_image_provider(self._image_provider)
            editor.set_default_format(self._default_format)
            # Spelling (enchant and a dictionary: about 6 MiB) waits until the editor is shown.
            self.main_area.addWidget(editor)
            editor.leave_requested.connect(self.read)
            self.editor_created.emit(editor)
        return self._editor

    def has_editor(self) -> bool:
        return self._editor is not None

    def set_spell_language(self, language: str) -> None:
        """The language the editor checks spelling in (``""``: none); its dictionary is
        loaded once the editor is first shown."""
        self._spell_language = language
        if self._editor is not None and self._spelling_applied is not None:
            self._apply_spelling()

    def _apply_spelling(self) -> None:
        """Give the editor the chosen language, unless it has it already."""
        if self._editor is not None and self._spelling_applied != self._spell_language:
            self._editor.set_spell_language(self._spell_language)
            self._spelling_applied = self._spell_language

    def set_default_format(self, body_format: str) -> None:
        """The body format new entries start with."""
        self._default_format = body_format
        if self._editor is not None:
            self._editor.set_default_format(body_format)

    def write(self) -> None:
        """Show the editor in the main area, with the cursor in the title."""
        if self._read_only:
            return
        self.main_area.setCurrentWidget(self.entry_form)
        self._apply_spelling()
        self.sidebar.hide()  # the editor gets the room the calendar and tags took
        self.entry_form.focus_title()

    def edit(self, entry: Entry) -> None:
        """Load ``entry`` into the editor and show it."""
        self.entry_form.start_edit(entry)
        self.write()

    def read(self) -> None:
        """Show the selected entry in the main area again (after Share, Save or Esc)."""
        self.actions.focus_mode.setChecked(False)
        self.main_area.setCurrentWidget(self.entry_view)
        self.sidebar.show()
        self.entry_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_writing(self) -> bool:
        return self._editor is not None and self.main_area.currentWidget() is self._editor

    def _set_focus_mode(self, on: bool) -> None:
        """Focus mode: only the editor, nothing around it."""
        if on:
            self.write()
        self.entries_panel.setVisible(not on)
        self.read_only_banner.setVisible(not on and self._read_only)

    def dismiss_message(self) -> None:
        """Hide the message banner (its message no longer holds)."""
        self.flash_banner.dismiss()

    def flash(self, message: str, kind: str = "info") -> None:
        self.flash_banner.flash(message, kind)
        self._place_banner()

    def set_read_only(self, reason: str | None) -> None:
        """Disable adding entries and say why in a banner that stays (``None`` undoes it)."""
        self._read_only = reason is not None
        if self._editor is not None:
            self._editor.setEnabled(not self._read_only)
        actions = self.actions
        for action in (actions.new_entry, actions.import_journal, actions.restore):
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

    def keep_in_view(self, change: Callable[[], None]) -> None:
        """Run ``change`` (a re-read of the journal) keeping the entry at the top of the list
        at the top: entries added or removed above it never move what the user looks at."""
        index = self.entry_list.indexAt(QPoint(1, 1))
        top = QPersistentModelIndex(index)
        change()
        if not index.isValid() or index.row() == 0 or not top.isValid():
            return  # at the very top, new entries come into view
        step = 1
        if self.entry_list.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            step = self.entry_list.row_height()
        bar = self.entry_list.verticalScrollBar()
        bar.setValue(bar.value() + (top.row() - index.row()) * step)

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
            self.entry_view.show_no_matches(query or self.tr("this filter"))
        elif self._model.rowCount() == 0:
            self.entry_view.show_empty()
        else:
            self.entry_view.show_nothing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closing.emit()

    def show_about(self) -> None:
        """Help > About: one dialog, brought forward if it is already open."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

    def open_log_folder(self) -> None:
        """Help > Open Log Folder: show the folder in the desktop's file manager."""
        folder = log_folder()
        try:
            make_folder(folder)
        except OSError as exc:
            logger.warning("the log folder %s could not be created: %s", folder, exc)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            logger.warning("no file manager opened the log folder %s", folder)
            self.flash(
                self.tr("No file manager could open the log folder; it is {folder}").format(
                    folder=folder
                ),
                "error",
            )
