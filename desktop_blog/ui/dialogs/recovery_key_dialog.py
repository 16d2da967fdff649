"""Shows the recovery key once: selectable, with Copy and Save… (owner-only file)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.private_file import write_private_text
from desktop_blog.safe_output import describe_os_error

logger = logging.getLogger(__name__)


class RecoveryKeyPanel(QWidget):
    """The recovery key with Copy and Save…; ``continued`` when the user goes on."""

    continued = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyPanel")
        heading = QLabel(self.tr("Your recovery key"), self)
        heading.setObjectName("dialogHeading")
        explain = QLabel(
            self.tr(
                "Your journal is encrypted with your password: if you forget it, nobody can open the journal without this recovery key. It is shown only now. Copy it or save it somewhere safe, away from this computer."  # noqa: E501
            ),
            self,
        )
        explain.setObjectName("recoveryKeyExplanation")
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setReadOnly(True)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("recoveryKeyStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyRecoveryKey")
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("saveRecoveryKey")
        self.continue_button = QPushButton(self.tr("Continue to the journal"), self)
        self.continue_button.setObjectName("recoveryKeyContinue")
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.continue_button.clicked.connect(self._continue)

    def set_key(self, recovery_key: str) -> None:
        self.key_edit.setText(recovery_key)
        self.key_edit.setCursorPosition(0)
        self.status_label.clear()
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def key(self) -> str:
        return self.key_edit.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key())
        self.status_label.setText(self.tr("Copied to the clipboard."))

    def save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path.home() / "desktop-blog-recovery-key.txt"),
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            write_private_text(path, f"Desktop Blog recovery key\n{self.key()}\n", encoding="ascii")
        except OSError as exc:
            self.status_label.setText(
                self.tr("Not saved: {reason}").format(reason=describe_os_error(exc))
            )
            return
        self.status_label.setText(
            self.tr("Saved to {file} (readable only by you).").format(file=path)
        )

    def _continue(self) -> None:
        self.key_edit.clear()  # shown once
        self.continued.emit()


class RecoveryKeyDialog(QDialog):
    """A window around :class:`RecoveryKeyPanel` (after encrypting an existing journal)."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key — {app}").format(app=APP_NAME))
        self.setMinimumWidth(460)
        self.panel = RecoveryKeyPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.set_key(recovery_key)
        self.panel.continued.connect(self.accept)

    @classmethod
    def show_once(cls, recovery_key: str, parent: QWidget | None = None) -> None:
        """Show the key modally until the user continues."""
        dialog = cls(recovery_key, parent)
        dialog.exec()
        dialog.deleteLater()
