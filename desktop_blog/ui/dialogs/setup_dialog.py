"""First-run dialog: choose the username and password that protect the journal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.passwords import MIN_PASSWORD_LENGTH


class SetupDialog(QDialog):
    """Asks for a username and the password twice; emits ``credentials_chosen``.

    The dialog stays open until :meth:`done_saving` or :meth:`show_error` is called, so a
    failure to save keeps what was typed.
    """

    credentials_chosen = Signal(str, str)

    def __init__(self, settings_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle("Welcome — Desktop Blog")
        heading = QLabel("Welcome to your journal", self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(
            "Choose a username and a password. They protect your journal and are "
            f"kept (the password only as a salted hash) in\n{settings_path}",
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("setupUsernameEdit")
        self.username_edit.setAccessibleName("Username")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("setupPasswordEdit")
        self.password_edit.setAccessibleName("Password")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("setupConfirmEdit")
        self.confirm_edit.setAccessibleName("Repeat password")
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("setupError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.create_button = QPushButton("Create journal", self)
        self.create_button.setObjectName("setupButton")
        self.create_button.setDefault(True)

        form = QFormLayout()
        form.addRow("&Username:", self.username_edit)
        form.addRow("&Password:", self.password_edit)
        form.addRow("&Repeat password:", self.confirm_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.create_button.clicked.connect(self._submit)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _submit(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_error("Please choose a username.")
            self.username_edit.setFocus()
        elif len(password) < MIN_PASSWORD_LENGTH:
            self.show_error(
                f"Please choose a password of at least {MIN_PASSWORD_LENGTH} characters."
            )
            self.password_edit.setFocus()
        elif password != self.confirm_edit.text():
            self.show_error("The passwords do not match.")
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
        else:
            self.error_label.hide()
            self.credentials_chosen.emit(username, password)
