"""Light and dark themes that follow the system colour scheme unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_blog.resources import read_text

THEMES = ("system", "light", "dark")
STYLESHEETS = {"light": "style.qss", "dark": "style-dark.qss"}
ENTRY_STYLESHEETS = {"light": "entry.css", "dark": "entry-dark.css"}
# The colour the reader, lists and fields are drawn on, per theme (the contrast test uses it).
BASE_COLOURS = {"light": "#ffffff", "dark": "#232428"}
WINDOW_COLOURS = {"light": "#f5f6f8", "dark": "#1b1c1f"}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def entry_style_sheet(palette: QPalette) -> str:
    """The reading style sheet for entries that suits ``palette``."""
    return read_text(ENTRY_STYLESHEETS["dark" if is_dark(palette) else "light"])


def dark_palette() -> QPalette:
    """A dark palette for the parts of widgets the stylesheet does not paint."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for group_role, colour in (
        (roles.WindowText, "#7d828a"),
        (roles.Text, "#7d828a"),
        (roles.ButtonText, "#7d828a"),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, group_role, QColor(colour))
    for role, colour in (
        (roles.Window, WINDOW_COLOURS["dark"]),
        (roles.WindowText, "#e4e6e9"),
        (roles.Base, BASE_COLOURS["dark"]),
        (roles.AlternateBase, "#2c2e33"),
        (roles.Text, "#e4e6e9"),
        (roles.Button, "#2c2e33"),
        (roles.ButtonText, "#e4e6e9"),
        (roles.Highlight, "#2d5574"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2c2e33"),
        (roles.ToolTipText, "#e4e6e9"),
        (roles.PlaceholderText, "#9aa0a8"),
        (roles.Link, "#8cc0e4"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


class ThemeManager(QObject):
    """Applies the light or dark stylesheet; in "system" mode it follows the style hints."""

    theme_applied = Signal(str)  # "light" or "dark"

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._mode = mode if mode in THEMES else "system"
        self._applied = ""
        self._light_palette = app.palette()
        self._system_scheme = QGuiApplication.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Choose "system", "light" or "dark"."""
        if mode not in THEMES:
            raise ValueError(f"unknown theme {mode!r}")
        self._mode = mode
        self.apply()

    def effective(self) -> str:
        """The theme in use: the manual choice, or the system's scheme."""
        if self._mode != "system":
            return self._mode
        return "dark" if self._system_scheme == Qt.ColorScheme.Dark else "light"

    def applied(self) -> str:
        return self._applied

    def apply(self) -> None:
        theme = self.effective()
        if theme == self._applied:
            return
        self._app.setPalette(dark_palette() if theme == "dark" else self._light_palette)
        stylesheet = read_text(STYLESHEETS[theme])
        if self._app.styleSheet() != stylesheet:  # setting it again would repolish every widget
            self._app.setStyleSheet(stylesheet)
        self._applied = theme
        self.theme_applied.emit(theme)

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self._mode == "system":
            self.apply()
