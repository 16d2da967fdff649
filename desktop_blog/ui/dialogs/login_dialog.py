"""The login dialog: asks for the username and password and hands them to a check."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.auth import LoginResult
from desktop_blog.login_throttle import LoginThrottle
from desktop_blog.ui.widgets.flash_banner import FlashBanner

# The check's answer: a LoginResult, or a message when the journal itself cannot be opened.
LoginCheck = Callable[[str, str], LoginResult | str]


class LoginDialog(QDialog):
    """Asks for the credentials; accepts only when ``check`` says they are right."""

    def __init__(
        self,
        check: LoginCheck,
        parent: QWidget | None = None,
        *,
        throttle: LoginThrottle | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._throttle = throttle or LoginThrottle()
        self.setObjectName("loginDialog")
        self.setWindowTitle("Log in — Desktop Blog")
        self.setMinimumWidth(380)
        title = QLabel("Login", self)
        title.setObjectName("dialogHeading")
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setAccessibleName("Username")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName("Password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.flash_banner = FlashBanner(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.login_button = QPushButton("Login", self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.wait_label = QLabel(self)
        self.wait_label.setObjectName("loginWait")
        self.wait_label.setTextFormat(Qt.TextFormat.PlainText)
        self.wait_label.hide()
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
        form.addRow("&Username:", self.username_edit)
        form.addRow("&Password:", self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.flash_banner)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignRight)
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

    def _attempt(self) -> None:
        if self.is_waiting():
            return
        result = self._check(self.username_edit.text(), self.password_edit.text())
        if isinstance(result, str):
            self.error_label.setText(result)
            self.error_label.show()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        if result is LoginResult.OK:
            self._throttle.succeeded()
            self.password_edit.clear()
            self.error_label.hide()
            self.accept()
            return
        self.error_label.setText(result.value)
        self.error_label.show()
        self.password_edit.clear()
        delay = self._throttle.failed()
        if delay > 0:
            self._start_wait(delay)
            return
        if result is LoginResult.INVALID_USERNAME:
            self.username_edit.setFocus()
            self.username_edit.selectAll()
        else:
            self.password_edit.setFocus()

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
        self.wait_label.setText(f"Too many failed attempts. Try again in {ceil(left / 1000)} s.")

    def _end_wait(self) -> None:
        self._countdown.stop()
        self.wait_label.hide()
        self.login_button.setEnabled(True)
        self.password_edit.setFocus()
