"""A non-modal banner for Flaskr-style flash messages that fades away or is dismissed."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)


class FlashBanner(QFrame):
    """Shows one message at a time; it fades after ``timeout_ms`` or on dismiss."""

    def __init__(
        self, parent: QWidget | None = None, *, timeout_ms: int = 5000, fade_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flashBanner")
        self.setProperty("kind", "info")
        self._label = QLabel(self)
        self._label.setObjectName("flashMessage")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._dismiss = QToolButton(self)
        self._dismiss.setObjectName("flashDismissButton")
        self._dismiss.setText("\u2715")
        self._dismiss.setToolTip(self.tr("Dismiss"))
        self._dismiss.setAccessibleName(self.tr("Dismiss message"))
        self._dismiss.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._dismiss, 0, Qt.AlignmentFlag.AlignTop)

        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(1.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(fade_ms)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._fade.start)
        self._dismiss.clicked.connect(self.dismiss)
        self.hide()

    def message(self) -> str:
        return self._label.text()

    def flash(self, message: str, kind: str = "info") -> None:
        """Show ``message``; ``kind`` is ``info`` or ``error`` (styled by the stylesheet)."""
        self._fade.stop()
        self._effect.setOpacity(1.0)
        self._label.setText(message)
        self.setAccessibleDescription(message)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self._fade.stop()
        self.hide()
