"""Help > Keyboard Shortcuts: every menu action and its keys, read from the menus."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.i18n import translate
from desktop_blog.ui.actions import plain_label as _label


def shortcut_rows(menus: Iterable[QMenu], extra: Iterable[QAction] = ()) -> list[tuple[str, str]]:
    """``(place, keys)`` for every action with a shortcut, e.g. ``("Edit > Undo", "Ctrl+Z")``."""
    rows: list[tuple[str, str]] = []
    step = translate("Actions", " > ")

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path}{step}{_label(action.text())}")
            elif keys := _keys(action):
                rows.append((f"{path}{step}{_label(action.text())}", keys))

    for menu in menus:
        walk(menu, _label(menu.title()))
    for action in extra:
        if keys := _keys(action):
            rows.append((_label(action.text()), keys))
    return rows


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


class ShortcutsDialog(QDialog):
    """A read-only table of places and keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (place, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(place))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 560)

    def rows(self) -> list[tuple[str, str]]:
        cells = [
            (self.table.item(r, 0), self.table.item(r, 1)) for r in range(self.table.rowCount())
        ]
        return [(a.text(), b.text()) for a, b in cells if a is not None and b is not None]
