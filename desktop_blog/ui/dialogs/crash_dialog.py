"""The dialog an unexpected error ends in: what happened, the details to copy, where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.i18n import translate


def summary_line(report: str) -> str:
    """The report's last line: the error's type and message."""
    lines = [line for line in report.splitlines() if line.strip()]
    return lines[-1] if lines else translate("CrashDialog", "An unknown error")


class CrashDialog(QDialog):
    """Shows an unexpected error instead of a traceback; "Copy details" copies the report."""

    def __init__(
        self, report: str, saved: Path | None, log_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error — {app}").format(app=APP_NAME))
        self._report = report
        heading = QLabel(self.tr("Something went wrong"), self)
        heading.setObjectName("dialogHeading")
        if saved is not None:
            explained = self.tr(
                "The app goes on running, and what was saved in the journal is safe. The details were saved in {file}. Copy the details into a bug report if you want it fixed."  # noqa: E501
            ).format(file=saved)
        else:
            explained = self.tr(
                "The app goes on running, and what was saved in the journal is safe. The details could not be saved in {folder}; copy them instead. Copy the details into a bug report if you want it fixed."  # noqa: E501
            ).format(folder=log_folder)
        self.message = QLabel(f"{summary_line(report)}\n\n{explained}", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("crashCopyButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("crashCloseButton")
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.resize(620, 420)

    def copy_details(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self._report)
        self.copy_button.setText(self.tr("Copied"))
