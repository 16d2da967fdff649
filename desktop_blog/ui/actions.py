"""Every action of the window in one table: name, text, keys, icon and where it appears.

The main window's menus, the editor's toolbar and Help > Keyboard Shortcuts are all built
from :data:`ACTIONS`. Controllers connect to ``window.actions.<name>.triggered``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop_blog.resources import resources_dir

SEPARATOR = "-"
EDITOR = "Editor"  # actions of the editor, shown on its toolbar or bound to its keys
LIST = "Entry list"  # actions whose keys only work in the entry list


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``menu`` is a ``/``-separated menu path (or :data:`EDITOR`)."""

    name: str
    text: str
    menu: str
    keys: tuple[str, ...] = ()
    icon: str = ""
    checkable: bool = False
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    tip: str = ""

    @property
    def label(self) -> str:
        """The text without its mnemonic ``&`` and trailing ellipsis."""
        return self.text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _spec(name: str, text: str, menu: str, *keys: str, **more: object) -> ActionSpec:
    return ActionSpec(name, text, menu, tuple(keys), **more)  # type: ignore[arg-type]


def _separator(menu: str) -> ActionSpec:
    return ActionSpec(SEPARATOR, "", menu)


FILE, EXPORT, EDIT, VIEW, THEME, HELP = (
    "&File",
    "&File/&Export",
    "&Edit",
    "&View",
    "&View/T&heme",
    "&Help",
)
THEME_TEXTS = {"system": "Follow the &System", "light": "&Light", "dark": "&Dark"}

ACTIONS: tuple[ActionSpec, ...] = (
    _spec("new_entry", "&New Entry", FILE, "Ctrl+N", icon="document-new"),
    _separator(FILE),
    _spec("export_json", "Journal as &JSON…", EXPORT),
    _spec("export_markdown", "&Markdown Files…", EXPORT),
    _spec("export_html", "&HTML Site…", EXPORT),
    _spec("export_pdf", "&PDF of the Whole Journal…", EXPORT),
    _spec("export_pdf_selected", "PDF of the &Selected Entry…", EXPORT),
    _spec("import_journal", "&Import…", FILE),
    _spec("back_up", "&Back Up Now", FILE),
    _spec("restore", "&Restore from Backup…", FILE),
    _separator(FILE),
    _spec("logout", "&Log Out", FILE, "Ctrl+L"),
    _spec("quit", "&Quit", FILE, "Ctrl+Q", role=QAction.MenuRole.QuitRole),
    _spec("undo", "&Undo", EDIT, "Ctrl+Z", icon="edit-undo"),
    _spec("redo", "&Redo", EDIT, "Ctrl+Shift+Z", "Ctrl+Y", icon="edit-redo"),
    _separator(EDIT),
    _spec("edit_entry", "&Edit Entry", EDIT, "Ctrl+E", icon="document-edit"),
    _spec("delete_entry", "&Delete Entry", EDIT, "Del", icon="edit-delete"),
    _spec("star_entry", "S&tar Entry", EDIT, "Ctrl+D", icon="starred"),
    _separator(EDIT),
    _spec(
        "preferences",
        "&Preferences…",
        EDIT,
        "Ctrl+,",
        role=QAction.MenuRole.PreferencesRole,
    ),
    _spec("statistics", "&Statistics", VIEW, "Ctrl+Shift+S"),
    _separator(VIEW),
    _spec("show_calendar", "Show &Calendar", VIEW, checkable=True),
    _spec("show_tags", "Show &Tags", VIEW, checkable=True),
    _separator(VIEW),
    _spec("search", "&Search", VIEW, "Ctrl+F"),
    _spec("today", "T&oday", VIEW, "Ctrl+T"),
    _spec("previous_day", "&Previous Day", VIEW, "Alt+Left"),
    _spec("next_day", "&Next Day", VIEW, "Alt+Right"),
    _spec("starred_only", "Starre&d Only", VIEW, "Ctrl+Shift+D", checkable=True),
    _spec("show_all", "Show &All Entries", VIEW, "Ctrl+Shift+A"),
    _spec("refresh", "&Refresh", VIEW, "F5", icon="view-refresh"),
    _separator(VIEW),
    _spec("focus_mode", "&Focus Mode", VIEW, "F11", checkable=True),
    _separator(VIEW),
    _spec("focus_entries", "Go to &Entries", VIEW, "Ctrl+1"),
    _spec("focus_calendar", "Go to Ca&lendar", VIEW, "Ctrl+2"),
    _spec("focus_tags", "Go to Ta&gs", VIEW, "Ctrl+3"),
    _separator(VIEW),
    *(_spec(f"theme_{key}", text, THEME, checkable=True) for key, text in THEME_TEXTS.items()),
    _spec("shortcuts", "&Keyboard Shortcuts", HELP, "F1"),
    _spec("open_log_folder", "Open &Log Folder", HELP),
    _separator(HELP),
    _spec("about", "&About Desktop Blog", HELP, role=QAction.MenuRole.AboutRole),
    _spec("share", "&Share or Save", EDITOR, "Ctrl+Return"),
    _spec("cancel_edit", "&Cancel Editing", EDITOR, "Esc"),
    _spec("bold", "&Bold", EDITOR, "Ctrl+B", icon="format-text-bold"),
    _spec("italic", "&Italic", EDITOR, "Ctrl+I", icon="format-text-italic"),
    _spec("link", "Lin&k", EDITOR, "Ctrl+K", icon="insert-link"),
    _spec("list", "Li&st", EDITOR, "Ctrl+Shift+8", icon="format-list-unordered"),
    _spec("heading", "&Heading", EDITOR, "Ctrl+Shift+H", icon="format-text-heading"),
    _spec("paragraph", "&Paragraph", EDITOR, "Ctrl+Alt+0"),
    _spec("heading_1", "Heading &1", EDITOR, "Ctrl+Alt+1"),
    _spec("heading_2", "Heading &2", EDITOR, "Ctrl+Alt+2"),
    _spec("heading_3", "Heading &3", EDITOR, "Ctrl+Alt+3"),
    _spec("numbered_list", "&Numbered List", EDITOR, "Ctrl+Shift+7", icon="format-list-ordered"),
    _spec("quote", "&Quote", EDITOR, "Ctrl+Shift+9", icon="format-text-blockquote"),
    _spec("code", "&Code", EDITOR, "Ctrl+Shift+C", icon="format-text-code"),
    _spec("code_block", "Code Bl&ock", EDITOR, "Ctrl+Alt+C", icon="format-text-code-block"),
    _spec("image", "I&mage…", EDITOR, "Ctrl+Shift+I", icon="insert-image"),
    _spec("undo_typing", "Undo Typing", EDITOR, icon="edit-undo", tip="Undo typing (Ctrl+Z)"),
    _spec("redo_typing", "Redo Typing", EDITOR, icon="edit-redo", tip="Redo typing (Ctrl+Y)"),
    _spec(
        "html_source",
        "HTML &Source",
        EDITOR,
        "Ctrl+U",
        icon="text-html",
        checkable=True,
        tip="Show the HTML source (Ctrl+U)",
    ),
)
# Editor icons drawn for Desktop Blog, used where the desktop's icon theme has none.
EDITOR_ICONS = "icons/editor"
WINDOW_ACTIONS = tuple(a for a in ACTIONS if a.name != SEPARATOR and a.menu != EDITOR)
EDITOR_ACTIONS = tuple(a for a in ACTIONS if a.menu == EDITOR)
LIST_ONLY = frozenset({"delete_entry"})  # Del deletes characters in text fields


def spec(name: str) -> ActionSpec:
    """The declaration of the action called ``name``."""
    for action in ACTIONS:
        if action.name == name:
            return action
    raise KeyError(name)


def create_action(declared: ActionSpec, parent: QObject) -> QAction:
    """A QAction with the declared text, keys, icon and tooltip."""
    action = QAction(declared.text, parent)
    action.setObjectName(f"{_camel(declared.name)}Action")
    if declared.keys:
        action.setShortcuts([QKeySequence(k) for k in declared.keys])
        first = QKeySequence(declared.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(declared.tip or f"{declared.label} ({first})")
    if declared.icon:
        action.setIcon(icon(declared.icon))
    action.setCheckable(declared.checkable)
    action.setMenuRole(declared.role)
    return action


def icon(name: str) -> QIcon:
    """The desktop theme's icon ``name``, else the one bundled with the app (if any)."""
    bundled = resources_dir() / EDITOR_ICONS / f"{name}.svg"
    if bundled.is_file():
        return QIcon.fromTheme(name, QIcon(str(bundled)))
    return QIcon.fromTheme(name)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class WindowActions(QObject):
    """The window's QActions, one attribute per declared name (``actions.undo``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._by_name: dict[str, QAction] = {}
        for declared in WINDOW_ACTIONS:
            action = create_action(declared, window)
            self._by_name[declared.name] = action
            setattr(self, declared.name, action)

    def __getattr__(self, name: str) -> QAction:  # for the type checker: every name is an action
        raise AttributeError(name)

    def __call__(self) -> list[QAction]:
        """The window's own actions, as ``QWidget.actions()`` answers (this replaces it)."""
        return QWidget.actions(self._window)

    def get(self, name: str) -> QAction:
        return self._by_name[name]

    def build_menus(self, bar: QMenuBar) -> None:
        """Fill ``bar`` with the declared menus, in declaration order."""
        menus: dict[str, QMenu] = {}

        def menu_for(path: str) -> QMenu:
            if path not in menus:
                parent, _sep, title = path.rpartition("/")
                owner: QMenu | QMenuBar = menu_for(parent) if parent else bar
                created = owner.addMenu(title)
                created.setObjectName(_camel(title.replace("&", "").lower()) + "Menu")
                menus[path] = created
            return menus[path]

        for declared in ACTIONS:
            if declared.menu in (EDITOR,):
                continue
            menu = menu_for(declared.menu)
            if declared.name == SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(self._by_name[declared.name])


def shortcut_rows() -> list[tuple[str, str]]:
    """``(place, keys)`` for every declared action with keys, e.g. ``("Edit > Undo", "Ctrl+Z")``."""
    rows = []
    for declared in ACTIONS:
        if declared.name == SEPARATOR or not declared.keys:
            continue
        place = " > ".join(
            part.replace("&", "") for part in (*declared.menu.split("/"), declared.label)
        )
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in declared.keys
        )
        rows.append((place, keys))
    return rows


def limit_to(action: QAction, widget: QWidget) -> None:
    """Make ``action``'s keys work only while ``widget`` (or a child) has the focus."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    widget.addAction(action)
