"""Light and dark themes that follow the system colour scheme unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_blog.resources import read_text

THEMES = ("system", "light", "dark")
STYLESHEETS = {"light": "style.qss", "dark": "style-dark.qss"}


def dark_palette() -> QPalette:
    """A dark palette for the parts of widgets the stylesheet does not paint."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d31"),
        (roles.WindowText, "#dddddd"),
        (roles.Base, "#232428"),
        (roles.AlternateBase, "#2b2d31"),
        (roles.Text, "#dddddd"),
        (roles.Button, "#35373c"),
        (roles.ButtonText, "#dddddd"),
        (roles.Highlight, "#36607f"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#35373c"),
        (roles.ToolTipText, "#dddddd"),
        (roles.PlaceholderText, "#8a8d93"),
        (roles.Link, "#7fb6dc"),
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
