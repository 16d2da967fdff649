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
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.log import library_versions, log_folder

LICENCE = "BSD-3-Clause"
SUMMARY = QT_TRANSLATE_NOOP("AboutDialog", "A private, single-user desktop journal.")
CREDITS = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Grown from the Flask tutorial's Flaskr blog into a desktop app by the Desktop Blog developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), markdown-it-py (MIT) and platformdirs (MIT).",  # noqa: E501
)
LIBRARIES = ("Qt", "PySide6", "Python", "SQLite", "SQLCipher", "markdown-it-py")


class AboutDialog(QDialog):
    """What this is, under which licence, who made it, and the versions for a bug report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        versions = library_versions(markdown=True)
        # The versions as the bug report gives them ("" when a library's is unknown).
        self.versions = {name: versions.get(name, "") for name in LIBRARIES}

        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setTextFormat(Qt.TextFormat.PlainText)
        summary = self._plain(translate("AboutDialog", SUMMARY), "aboutSummary")
        self.licence_label = self._plain(
            self.tr("Licence: {licence}").format(licence=LICENCE), "aboutLicence"
        )
        self.credits_label = self._plain(translate("AboutDialog", CREDITS), "aboutCredits")
        self.versions_label = QLabel(self._versions_html(), self)
        self.versions_label.setObjectName("aboutVersions")
        self.versions_label.setTextFormat(Qt.TextFormat.RichText)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label.setAccessibleName(self.tr("Library versions"))
        self.log_label = self._plain(
            self.tr("Log folder: {folder}").format(folder=log_folder()), "aboutLogFolder"
        )
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("&Copy Versions"), self)
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
        # The gap goes between the columns: on the right of the first when mirrored.
        side = "right" if self.isRightToLeft() else "left"
        unavailable = self.tr("unavailable")
        heading = escape(self.tr("Running on"))
        rows = "".join(
            f"<tr><td>{escape(name)}</td>"
            f"<td style='padding-{side}:16px'>{escape(version or unavailable)}</td></tr>"
            for name, version in self.versions.items()
        )
        return f"<b>{heading}</b><table>{rows}</table>"

    def versions_text(self) -> str:
        """The versions as plain lines, for a bug report (in English, as the log is)."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{name} {version or 'unavailable'}" for name, version in self.versions.items()]
        return "\n".join(lines) + "\n"

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
