"""The login dialog: asks for the username and password and hands them to the session.

The session unlocks the journal on a worker thread; meanwhile the dialog says "Unlocking…"
and keeps painting. The session answers with :meth:`LoginDialog.succeed` or
:meth:`LoginDialog.show_failure` (its message and the throttle's wait, counted once, on disk).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog import APP_NAME
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.ui.widgets.flash_banner import FlashBanner

UNLOCKING = QT_TRANSLATE_NOOP("LoginDialog", "Unlocking…")


class LoginDialog(QDialog):
    """Asks for the credentials and emits ``login_requested``; accepted on :meth:`succeed`."""

    login_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — {app}").format(app=APP_NAME))
        self.setMinimumWidth(380)
        title = QLabel(self.tr("Login"), self)
        title.setObjectName("dialogHeading")
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.flash_banner = FlashBanner(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.login_button = QPushButton(self.tr("Login"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.wait_label = QLabel(self)
        self.wait_label.setObjectName("loginWait")
        self.wait_label.setTextFormat(Qt.TextFormat.PlainText)
        self.wait_label.hide()
        self.busy_label = QLabel(translate("LoginDialog", UNLOCKING), self)
        self.busy_label.setObjectName("loginBusy")
        self.busy_label.hide()
        # After repeated failures the button stays disabled for a while; the GUI never sleeps.
        self._wait_ms = 0
        self._waited = QElapsedTimer()
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._end_wait)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._show_countdown)

        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.flash_banner)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.login_button.clicked.connect(self._attempt)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def reset(self) -> None:
        """Prepare for a new login: keep the username, clear the password and errors."""
        self.password_edit.clear()
        self.error_label.hide()
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()

    def is_waiting(self) -> bool:
        """Whether login is paused after too many failed attempts."""
        return self._wait_timer.isActive()

    def is_busy(self) -> bool:
        """Whether the credentials given are being checked (the key is being derived)."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Say "Unlocking…" and refuse a second attempt while the session unlocks."""
        self._busy = busy
        self.busy_label.setVisible(busy)
        self.login_button.setEnabled(not busy and not self.is_waiting())
        if busy:
            self.error_label.hide()

    def succeed(self) -> None:
        """The journal is unlocked: forget the password and close."""
        self.set_busy(False)
        self.password_edit.clear()
        self.error_label.hide()
        self.accept()

    def show_failure(self, message: str, retry_after: float = 0.0) -> None:
        """Show why the login failed; with ``retry_after``, wait that long before the next."""
        from desktop_blog.security.unlock import INVALID_USERNAME  # not before it is painted

        self.set_busy(False)
        self.error_label.setText(message)
        self.error_label.show()
        self.password_edit.clear()
        if retry_after > 0:
            self.start_wait(retry_after)
        elif message in (INVALID_USERNAME, translate("Unlock", INVALID_USERNAME)):
            self.username_edit.setFocus()
            self.username_edit.selectAll()
        else:
            self.password_edit.setFocus()

    def _attempt(self) -> None:
        if self.is_waiting() or self._busy:
            return
        self.login_requested.emit(self.username_edit.text(), self.password_edit.text())

    def start_wait(self, seconds: float) -> None:
        """Refuse logins for ``seconds`` (the throttle's wait), showing a countdown."""
        self._start_wait(seconds)

    def _start_wait(self, seconds: float) -> None:
        self._wait_ms = max(1, int(seconds * 1000))
        self._waited.start()
        # The password field stays enabled and focused: disabling it would move the focus
        # to the username, where a password typed again would be shown in clear text.
        self.login_button.setEnabled(False)
        self.password_edit.setFocus()
        self._wait_timer.start(self._wait_ms)
        self._countdown.start()
        self._show_countdown()
        self.wait_label.show()

    def _show_countdown(self) -> None:
        left = max(0, self._wait_ms - self._waited.elapsed())
        self.wait_label.setText(
            self.tr("Too many failed attempts. Try again in %n s.", "", ceil(left / 1000))
        )

    def _end_wait(self) -> None:
        self._countdown.stop()
        self.wait_label.hide()
        self.login_button.setEnabled(True)
        self.password_edit.setFocus()
