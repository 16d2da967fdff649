"""The Preferences dialog, built row by row from the declared preferences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
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

from desktop_blog.domain.preferences import Declaration, Kind, Preferences, declared
from desktop_blog.ui.actions import plain_label


class _Row:
    """One preference's editor: a widget for the form, and how to show and read its value."""

    def __init__(
        self,
        widget: QWidget,
        field: QWidget,
        show: Callable[[object], None],
        read: Callable[[], object | None],
    ) -> None:
        self.widget = widget  # what the form lays out
        self.field = field  # what the label is the buddy of
        self.show = show
        self.read = read  # None: no valid value; the dialog says so


class PreferencesDialog(QDialog):
    """Emits ``preferences_chosen(Preferences)``; the owner saves them and then calls
    :meth:`accept`, or :meth:`show_error` to keep it open."""

    preferences_chosen = Signal(object)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._rows: dict[str, _Row] = {}
        self._shown = preferences
        form = QFormLayout()
        for declaration in declared():
            row = self._row(declaration)
            self._rows[declaration.name] = row
            label = QLabel(
                self.tr("{label}:").format(label=declaration.shown(declaration.label)), self
            )
            label.setBuddy(row.field)
            form.addRow(label, row.widget)
            if declaration.note:
                note = QLabel(declaration.shown_note(), self)
                note.setObjectName(f"{_camel(declaration.name)}Note")
                note.setWordWrap(True)
                form.addRow(note)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("preferencesError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.load(preferences)

    def field(self, name: str) -> QWidget:
        """The widget that edits the preference ``name``."""
        return self._rows[name].field

    def _row(self, declaration: Declaration) -> _Row:
        name = declaration.name
        label = declaration.shown(declaration.label)
        if declaration.kind is Kind.CHOICE:
            combo = QComboBox(self)
            for key in declaration.choices:
                combo.addItem(declaration.choice_text(key), key)

            def show_choice(value: object) -> None:
                combo.setCurrentIndex(max(0, combo.findData(value)))

            widget: QWidget = combo
            field: QWidget = combo
            row = _Row(combo, combo, show_choice, lambda: str(combo.currentData()))
        elif declaration.kind is Kind.LANGUAGE:
            row = self._language_row(declaration)
            widget = row.widget
            field = row.field
        elif declaration.kind is Kind.MINUTES:
            spin = QSpinBox(self)
            spin.setRange(declaration.low, declaration.high)
            spin.setSuffix(self.tr(" min"))
            spin.setSpecialValueText(declaration.shown(declaration.zero_text))
            widget = field = spin
            row = _Row(spin, spin, lambda v: spin.setValue(int(str(v))), spin.value)
        else:
            edit = QLineEdit(self)
            browse = QPushButton(self.tr("&Browse…"), self)
            browse.setObjectName(f"{_camel(name)}BrowseButton")
            browse.clicked.connect(lambda: self._browse(edit, label))
            widget = QWidget(self)
            line = QHBoxLayout(widget)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            line.addWidget(browse)
            field = edit
            row = _Row(
                widget,
                edit,
                lambda v: edit.setText(str(v)),
                lambda: Path(edit.text().strip()) if edit.text().strip() else None,
            )
        field.setObjectName(f"{_camel(name)}Field")
        field.setAccessibleName(plain_label(label))
        return row

    def _language_row(self, declaration: Declaration) -> _Row:
        """The installed dictionaries (and Off); when there are none, the reason below."""
        from desktop_blog.spelling import available

        found = available()
        combo = QComboBox(self)
        combo.addItem(declaration.shown(declaration.zero_text), "")
        for language in found.languages:
            combo.addItem(dictionary_name(language), language)
        self.spelling_note = QLabel(found.reason, self)
        self.spelling_note.setObjectName("spellingNote")
        self.spelling_note.setWordWrap(True)
        self.spelling_note.setVisible(bool(found.reason))
        widget = QWidget(self)
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(combo)
        column.addWidget(self.spelling_note)

        def show_language(value: object) -> None:
            if combo.findData(value) < 0 and value:
                name = dictionary_name(str(value))
                combo.addItem(self.tr("{language} (not installed)").format(language=name), value)
            combo.setCurrentIndex(max(0, combo.findData(value)))

        return _Row(widget, combo, show_language, lambda: str(combo.currentData()))

    def load(self, preferences: Preferences) -> None:
        """Show ``preferences``."""
        self._shown = preferences
        for name, row in self._rows.items():
            row.show(getattr(preferences, name))
        self.error_label.hide()

    def chosen(self) -> Preferences | None:
        """The preferences as chosen, or ``None`` (with the reason shown) when one is missing."""
        values: dict[str, object] = {}
        for declaration in declared():
            value = self._rows[declaration.name].read()
            if value is None:
                self.show_error(
                    self.tr("Please choose a value for “{preference}”.").format(
                        preference=plain_label(declaration.shown(declaration.label))
                    )
                )
                return None
            values[declaration.name] = value
        return self._shown.with_values(values)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _browse(self, edit: QLineEdit, label: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            plain_label(label),
            edit.text(),
            self.tr("Journals (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            edit.setText(path)

    def _submit(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.preferences_chosen.emit(chosen)


def dictionary_name(tag: str) -> str:
    """A dictionary as people know its language, with its tag: "British English (en_GB)"."""
    locale = QLocale(tag)
    if locale.language() == QLocale.Language.C or not locale.nativeLanguageName():
        return tag
    return f"{locale.nativeLanguageName()} ({tag})"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
