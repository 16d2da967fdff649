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


def summary_line(report: str) -> str:
    """The report's last line: the error's type and message."""
    lines = [line for line in report.splitlines() if line.strip()]
    return lines[-1] if lines else "An unknown error"


class CrashDialog(QDialog):
    """Shows an unexpected error instead of a traceback; "Copy details" copies the report."""

    def __init__(
        self, report: str, saved: Path | None, log_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("Unexpected error — Desktop Blog")
        self._report = report
        heading = QLabel("Something went wrong", self)
        heading.setObjectName("dialogHeading")
        where = (
            f"The details were saved in {saved}."
            if saved is not None
            else f"The details could not be saved in {log_folder}; copy them instead."
        )
        self.message = QLabel(
            f"{summary_line(report)}\n\nThe app goes on running, and what was saved in the "
            f"journal is safe. {where} Copy the details into a bug report if you want it "
            "fixed.",
            self,
        )
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName("Error details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton("Copy details", self)
        self.copy_button.setObjectName("crashCopyButton")
        self.close_button = QPushButton("Close", self)
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
        self.copy_button.setText("Copied")
