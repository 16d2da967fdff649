"""First-run dialog: choose the username and password, then see the recovery key once.

The session creates the encrypted journal (on a worker thread, "Creating…") when the
credentials are chosen, then calls :meth:`SetupDialog.show_recovery_key`; Continue accepts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.passwords import MIN_PASSWORD_LENGTH

if TYPE_CHECKING:
    from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyPanel


class SetupDialog(QDialog):
    """Asks for a username and the password twice; emits ``credentials_chosen``.

    The dialog stays open until :meth:`show_recovery_key` (then Continue accepts) or
    :meth:`show_error` is called, so a failure keeps what was typed.
    """

    credentials_chosen = Signal(str, str)

    def __init__(self, settings_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Welcome — {app}").format(app=APP_NAME))
        self.setMinimumWidth(440)
        heading = QLabel(self.tr("Welcome to your journal"), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(
            self.tr(
                "Choose a username and a password. The password encrypts your journal; the username is kept in\n{file}"  # noqa: E501
            ).format(file=settings_path),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("setupUsernameEdit")
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("setupPasswordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("setupConfirmEdit")
        self.confirm_edit.setAccessibleName(self.tr("Repeat password"))
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("setupError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.create_button = QPushButton(self.tr("Create journal"), self)
        self.create_button.setObjectName("setupButton")
        self.create_button.setDefault(True)
        warning = QLabel(
            self.tr(
                "A forgotten password cannot be recovered without the recovery key, which you will see next."  # noqa: E501
            ),
            self,
        )
        warning.setObjectName("setupWarning")
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label = QLabel(self.tr("Creating the encrypted journal…"), self)
        self.busy_label.setObjectName("setupBusy")
        self.busy_label.hide()
        self._recovery_panel: RecoveryKeyPanel | None = None  # made when the key is shown

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat password:"), self.confirm_edit)
        credentials = QWidget(self)
        page = QVBoxLayout(credentials)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(heading)
        page.addWidget(intro)
        page.addWidget(self.error_label)
        page.addLayout(form)
        page.addWidget(warning)
        page.addWidget(self.busy_label)
        page.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(credentials)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.create_button.clicked.connect(self._submit)

    @property
    def recovery_panel(self) -> RecoveryKeyPanel:
        """The page that shows the recovery key (made on first use: not in the first paint)."""
        if self._recovery_panel is None:
            from desktop_blog.ui.dialogs.recovery_key_dialog import RecoveryKeyPanel

            self._recovery_panel = RecoveryKeyPanel(self)
            self.pages.addWidget(self._recovery_panel)
            self._recovery_panel.continued.connect(self.accept)
        return self._recovery_panel

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        """Say that the journal is being created; refuse a second click meanwhile."""
        self.busy_label.setVisible(busy)
        self.create_button.setEnabled(not busy)

    def is_busy(self) -> bool:
        return not self.create_button.isEnabled()

    def show_recovery_key(self, recovery_key: str) -> None:
        """The journal exists: forget the typed password and show the recovery key once."""
        self.set_busy(False)
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.pages.setCurrentWidget(self.recovery_panel)
        self.recovery_panel.set_key(recovery_key)

    def _submit(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_error(self.tr("Please choose a username."))
            self.username_edit.setFocus()
        elif len(password) < MIN_PASSWORD_LENGTH:
            self.show_error(
                self.tr(
                    "Please choose a password of at least %n characters.", "", MIN_PASSWORD_LENGTH
                )
            )
            self.password_edit.setFocus()
        elif password != self.confirm_edit.text():
            self.show_error(self.tr("The passwords do not match."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
        else:
            self.error_label.hide()
            self.credentials_chosen.emit(username, password)
