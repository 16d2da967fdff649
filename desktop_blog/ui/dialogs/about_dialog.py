"""Help > About: the version, the licence, the credits and the libraries the app runs on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME, __version__
from desktop_blog.log import library_versions, log_folder

LICENCE = "BSD-3-Clause"
SUMMARY = "A private, single-user desktop journal."
CREDITS = (
    "Grown from the Flask tutorial's Flaskr blog into a desktop app by the Desktop Blog "
    "developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), "
    "markdown-it-py (MIT) and platformdirs (MIT)."
)
LIBRARIES = ("Qt", "PySide6", "Python", "SQLite", "SQLCipher", "markdown-it-py")


class AboutDialog(QDialog):
    """What this is, under which licence, who made it, and the versions for a bug report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {APP_NAME}")
        versions = library_versions(markdown=True)
        self.versions = {name: versions.get(name, "unavailable") for name in LIBRARIES}

        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setTextFormat(Qt.TextFormat.PlainText)
        summary = self._plain(SUMMARY, "aboutSummary")
        self.licence_label = self._plain(f"Licence: {LICENCE}", "aboutLicence")
        self.credits_label = self._plain(CREDITS, "aboutCredits")
        self.versions_label = QLabel(self._versions_html(), self)
        self.versions_label.setObjectName("aboutVersions")
        self.versions_label.setTextFormat(Qt.TextFormat.RichText)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label.setAccessibleName("Library versions")
        self.log_label = self._plain(f"Log folder: {log_folder()}", "aboutLogFolder")
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton("&Copy Versions", self)
        self.copy_button.setObjectName("copyVersionsButton")
        self.copy_button.clicked.connect(self.copy_versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (
            title,
            summary,
            self.licence_label,
            self.credits_label,
            self.versions_label,
            self.log_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(row)
        self.resize(520, 420)

    def _plain(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _versions_html(self) -> str:
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td style='padding-left:16px'>{escape(version)}</td></tr>"
            for name, version in self.versions.items()
        )
        return f"<b>Running on</b><table>{rows}</table>"

    def versions_text(self) -> str:
        """The versions as plain lines, for a bug report."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{name} {version}" for name, version in self.versions.items()]
        return "\n".join(lines) + "\n"

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
