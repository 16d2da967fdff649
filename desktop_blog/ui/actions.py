"""Every action of the window in one table: name, text, keys, icon and where it appears.

The main window's menus, the editor's toolbar and Help > Keyboard Shortcuts are all built
from :data:`ACTIONS`. Controllers connect to ``window.actions.<name>.triggered``.
Texts, menu titles and tips are marked in the "Actions" context and translated where the
QActions, the menus and the list of shortcuts are built; names stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.resources import resources_dir

SEPARATOR = "-"
# actions of the editor, shown on its toolbar or bound to its keys
EDITOR = QT_TRANSLATE_NOOP("Actions", "Editor")
LIST = QT_TRANSLATE_NOOP("Actions", "Entry list")  # actions whose keys only work in the list
# A translation's mnemonic written after the text, as in Chinese or Japanese: "文件(&F)".
_TRAILING_MNEMONIC = re.compile(r"\s*\(&[^&\s]\)")


def plain_label(text: str) -> str:
    """``text`` without its mnemonic ``&`` (or trailing "(&F)") and trailing ellipsis."""
    text = _TRAILING_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip()


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
    def shown_text(self) -> str:
        """The text in the user's language, with its mnemonic ``&``."""
        return translate("Actions", self.text) if self.text else ""

    @property
    def label(self) -> str:
        """The translated text without its mnemonic ``&`` and trailing ellipsis."""
        return plain_label(self.shown_text)

    @property
    def shown_tip(self) -> str:
        """The tooltip in the user's language ("" for the default one)."""
        return translate("Actions", self.tip) if self.tip else ""


def _spec(name: str, text: str, menu: str, *keys: str, **more: object) -> ActionSpec:
    return ActionSpec(name, text, menu, tuple(keys), **more)  # type: ignore[arg-type]


def _separator(menu: str) -> ActionSpec:
    return ActionSpec(SEPARATOR, "", menu)


# Menu paths: titles separated by "/", each translated on its own.
FILE = QT_TRANSLATE_NOOP("Actions", "&File")
EXPORT = FILE + "/" + QT_TRANSLATE_NOOP("Actions", "&Export")
EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
THEME = VIEW + "/" + QT_TRANSLATE_NOOP("Actions", "T&heme")
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")
THEME_TEXTS = {
    "system": QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
    "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
}

ACTIONS: tuple[ActionSpec, ...] = (
    _spec(
        "new_entry", QT_TRANSLATE_NOOP("Actions", "&New Entry"), FILE, "Ctrl+N", icon="document-new"
    ),
    _separator(FILE),
    _spec("export_json", QT_TRANSLATE_NOOP("Actions", "Journal as &JSON…"), EXPORT),
    _spec("export_markdown", QT_TRANSLATE_NOOP("Actions", "&Markdown Files…"), EXPORT),
    _spec("export_html", QT_TRANSLATE_NOOP("Actions", "&HTML Site…"), EXPORT),
    _spec("export_pdf", QT_TRANSLATE_NOOP("Actions", "&PDF of the Whole Journal…"), EXPORT),
    _spec(
        "export_pdf_selected", QT_TRANSLATE_NOOP("Actions", "PDF of the &Selected Entry…"), EXPORT
    ),
    _spec("import_journal", QT_TRANSLATE_NOOP("Actions", "&Import…"), FILE),
    _spec("back_up", QT_TRANSLATE_NOOP("Actions", "&Back Up Now"), FILE),
    _spec("restore", QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"), FILE),
    _separator(FILE),
    _spec("logout", QT_TRANSLATE_NOOP("Actions", "&Log Out"), FILE, "Ctrl+L"),
    _spec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        FILE,
        "Ctrl+Q",
        role=QAction.MenuRole.QuitRole,
    ),
    _spec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), EDIT, "Ctrl+Z", icon="edit-undo"),
    _spec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        EDIT,
        "Ctrl+Shift+Z",
        "Ctrl+Y",
        icon="edit-redo",
    ),
    _separator(EDIT),
    _spec(
        "edit_entry",
        QT_TRANSLATE_NOOP("Actions", "&Edit Entry"),
        EDIT,
        "Ctrl+E",
        icon="document-edit",
    ),
    _spec(
        "delete_entry",
        QT_TRANSLATE_NOOP("Actions", "&Delete Entry"),
        EDIT,
        "Del",
        icon="edit-delete",
    ),
    _spec(
        "star_entry", QT_TRANSLATE_NOOP("Actions", "S&tar Entry"), EDIT, "Ctrl+D", icon="starred"
    ),
    _separator(EDIT),
    _spec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        EDIT,
        "Ctrl+,",
        role=QAction.MenuRole.PreferencesRole,
    ),
    _spec("statistics", QT_TRANSLATE_NOOP("Actions", "&Statistics"), VIEW, "Ctrl+Shift+S"),
    _separator(VIEW),
    _spec("show_calendar", QT_TRANSLATE_NOOP("Actions", "Show &Calendar"), VIEW, checkable=True),
    _spec("show_tags", QT_TRANSLATE_NOOP("Actions", "Show &Tags"), VIEW, checkable=True),
    _separator(VIEW),
    _spec("search", QT_TRANSLATE_NOOP("Actions", "&Search"), VIEW, "Ctrl+F"),
    _spec("today", QT_TRANSLATE_NOOP("Actions", "T&oday"), VIEW, "Ctrl+T"),
    _spec("previous_day", QT_TRANSLATE_NOOP("Actions", "&Previous Day"), VIEW, "Alt+Left"),
    _spec("next_day", QT_TRANSLATE_NOOP("Actions", "&Next Day"), VIEW, "Alt+Right"),
    _spec(
        "starred_only",
        QT_TRANSLATE_NOOP("Actions", "Starre&d Only"),
        VIEW,
        "Ctrl+Shift+D",
        checkable=True,
    ),
    _spec("show_all", QT_TRANSLATE_NOOP("Actions", "Show &All Entries"), VIEW, "Ctrl+Shift+A"),
    _spec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), VIEW, "F5", icon="view-refresh"),
    _separator(VIEW),
    _spec("focus_mode", QT_TRANSLATE_NOOP("Actions", "&Focus Mode"), VIEW, "F11", checkable=True),
    _separator(VIEW),
    _spec("focus_entries", QT_TRANSLATE_NOOP("Actions", "Go to &Entries"), VIEW, "Ctrl+1"),
    _spec("focus_calendar", QT_TRANSLATE_NOOP("Actions", "Go to Ca&lendar"), VIEW, "Ctrl+2"),
    _spec("focus_tags", QT_TRANSLATE_NOOP("Actions", "Go to Ta&gs"), VIEW, "Ctrl+3"),
    _separator(VIEW),
    *(_spec(f"theme_{key}", text, THEME, checkable=True) for key, text in THEME_TEXTS.items()),
    _spec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), HELP, "F1"),
    _spec("open_log_folder", QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"), HELP),
    _separator(HELP),
    _spec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Desktop Blog"),
        HELP,
        role=QAction.MenuRole.AboutRole,
    ),
    _spec("share", QT_TRANSLATE_NOOP("Actions", "&Share or Save"), EDITOR, "Ctrl+Return"),
    _spec("cancel_edit", QT_TRANSLATE_NOOP("Actions", "&Cancel Editing"), EDITOR, "Esc"),
    _spec("bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), EDITOR, "Ctrl+B", icon="format-text-bold"),
    _spec(
        "italic",
        QT_TRANSLATE_NOOP("Actions", "&Italic"),
        EDITOR,
        "Ctrl+I",
        icon="format-text-italic",
    ),
    _spec("link", QT_TRANSLATE_NOOP("Actions", "Lin&k"), EDITOR, "Ctrl+K", icon="insert-link"),
    _spec(
        "list",
        QT_TRANSLATE_NOOP("Actions", "Li&st"),
        EDITOR,
        "Ctrl+Shift+8",
        icon="format-list-unordered",
    ),
    _spec(
        "heading",
        QT_TRANSLATE_NOOP("Actions", "&Heading"),
        EDITOR,
        "Ctrl+Shift+H",
        icon="format-text-heading",
    ),
    _spec("paragraph", QT_TRANSLATE_NOOP("Actions", "&Paragraph"), EDITOR, "Ctrl+Alt+0"),
    _spec("heading_1", QT_TRANSLATE_NOOP("Actions", "Heading &1"), EDITOR, "Ctrl+Alt+1"),
    _spec("heading_2", QT_TRANSLATE_NOOP("Actions", "Heading &2"), EDITOR, "Ctrl+Alt+2"),
    _spec("heading_3", QT_TRANSLATE_NOOP("Actions", "Heading &3"), EDITOR, "Ctrl+Alt+3"),
    _spec(
        "numbered_list",
        QT_TRANSLATE_NOOP("Actions", "&Numbered List"),
        EDITOR,
        "Ctrl+Shift+7",
        icon="format-list-ordered",
    ),
    _spec(
        "quote",
        QT_TRANSLATE_NOOP("Actions", "&Quote"),
        EDITOR,
        "Ctrl+Shift+9",
        icon="format-text-blockquote",
    ),
    _spec(
        "code",
        QT_TRANSLATE_NOOP("Actions", "&Code"),
        EDITOR,
        "Ctrl+Shift+C",
        icon="format-text-code",
    ),
    _spec(
        "code_block",
        QT_TRANSLATE_NOOP("Actions", "Code Bl&ock"),
        EDITOR,
        "Ctrl+Alt+C",
        icon="format-text-code-block",
    ),
    _spec(
        "image",
        QT_TRANSLATE_NOOP("Actions", "I&mage…"),
        EDITOR,
        "Ctrl+Shift+I",
        icon="insert-image",
    ),
    _spec(
        "undo_typing",
        QT_TRANSLATE_NOOP("Actions", "Undo Typing"),
        EDITOR,
        icon="edit-undo",
        tip=QT_TRANSLATE_NOOP("Actions", "Undo typing (Ctrl+Z)"),
    ),
    _spec(
        "redo_typing",
        QT_TRANSLATE_NOOP("Actions", "Redo Typing"),
        EDITOR,
        icon="edit-redo",
        tip=QT_TRANSLATE_NOOP("Actions", "Redo typing (Ctrl+Y)"),
    ),
    _spec(
        "html_source",
        QT_TRANSLATE_NOOP("Actions", "HTML &Source"),
        EDITOR,
        "Ctrl+U",
        icon="text-html",
        checkable=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Show the HTML source (Ctrl+U)"),
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
    action = QAction(declared.shown_text, parent)
    action.setObjectName(f"{_camel(declared.name)}Action")
    if declared.keys:
        action.setShortcuts([QKeySequence(k) for k in declared.keys])
        first = QKeySequence(declared.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            declared.shown_tip
            or translate("Actions", "{action} ({keys})").format(action=declared.label, keys=first)
        )
    elif declared.tip:
        action.setToolTip(declared.shown_tip)
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
                created = owner.addMenu(translate("Actions", title))
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
        menus = (plain_label(translate("Actions", part)) for part in declared.menu.split("/"))
        place = translate("Actions", " > ").join((*menus, declared.label))
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in declared.keys
        )
        rows.append((place, keys))
    return rows


def limit_to(action: QAction, widget: QWidget) -> None:
    """Make ``action``'s keys work only while ``widget`` (or a child) has the focus."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    widget.addAction(action)
