"""A progress window for work running on a worker: a label, a bar and Cancel.

Unlike :class:`QProgressDialog`, setting its value never processes events (a modal
QProgressDialog calls ``processEvents()`` from ``setValue``): the work reports from another
thread through queued signals, so the GUI thread's own event loop keeps painting.
It is window-modal (the main window takes no input while it is up) and is shown only
after :data:`SHOW_AFTER_MS`, so quick work never flashes a window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

SHOW_AFTER_MS = 400


class ProgressDialog(QDialog):
    """Shows ``done`` of ``total``; Cancel, Esc or closing it emit :attr:`cancel_requested`."""

    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferProgress")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(self.tr("{task}…").format(task=label), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.open)
        self._show_timer.start(SHOW_AFTER_MS)

    def set_progress(self, done: int, total: int) -> None:
        total = max(total, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask the work to stop; stay up until it has."""
        if not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{task}: cancelling…").format(task=self.windowTitle()))
        self.cancel_requested.emit()

    def finish(self) -> None:
        """The work ended: close for good."""
        self._show_timer.stop()
        self.hide()
        self.deleteLater()
