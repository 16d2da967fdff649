"""Preferences: theme, default body format, auto-lock and the journal's location."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_blog.config import MAX_AUTO_LOCK_MINUTES, Settings
from desktop_blog.markup import FORMAT_LABELS

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
DATABASE_NOTE = "A new journal location is used the next time Desktop Blog starts."


class PreferencesDialog(QDialog):
    """Emits ``preferences_chosen(theme, default_format, database, auto_lock_minutes)``; the
    owner saves them and then calls :meth:`accept`, or :meth:`show_error` to keep it open."""

    preferences_chosen = Signal(str, str, object, int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName("Theme")
        for key, label in THEME_LABELS.items():
            self.theme_combo.addItem(label, key)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("defaultFormatCombo")
        self.format_combo.setAccessibleName("Default body format")
        for key, label in FORMAT_LABELS.items():
            self.format_combo.addItem(label, key)
        self.auto_lock_spin = QSpinBox(self)
        self.auto_lock_spin.setObjectName("autoLockSpin")
        self.auto_lock_spin.setAccessibleName("Lock after minutes without input")
        self.auto_lock_spin.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock_spin.setSuffix(" min")
        self.auto_lock_spin.setSpecialValueText("Never")
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setAccessibleName("Journal file")
        self.browse_button = QPushButton("&Browse…", self)
        self.browse_button.setObjectName("browseButton")
        note = QLabel(DATABASE_NOTE, self)
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("preferencesError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow("&Theme:", self.theme_combo)
        form.addRow("Default &format:", self.format_combo)
        form.addRow("&Lock after:", self.auto_lock_spin)
        journal_label = QLabel("&Journal file:", self)
        journal_label.setBuddy(self.database_edit)
        form.addRow(journal_label, database_row)
        form.addRow(note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)
        self.load(settings)

    def load(self, settings: Settings) -> None:
        """Show the current values."""
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.format_combo.setCurrentIndex(
            max(0, self.format_combo.findData(settings.default_format))
        )
        self.auto_lock_spin.setValue(settings.auto_lock_minutes)
        self.database_edit.setText(str(settings.database))
        self.error_label.hide()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Journal file",
            self.database_edit.text(),
            "Journals (*.sqlite3 *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)

    def _submit(self) -> None:
        text = self.database_edit.text().strip()
        if not text:
            self.show_error("Please choose a journal file.")
            return
        self.preferences_chosen.emit(
            str(self.theme_combo.currentData()),
            str(self.format_combo.currentData()),
            Path(text),
            self.auto_lock_spin.value(),
        )
