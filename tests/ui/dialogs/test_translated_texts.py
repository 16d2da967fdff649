"""The menus, the shortcuts list and the dialogs go through Qt's catalogues; names do not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from desktop_blog.storage.rescue import BackupOffer, JournalHealth
from desktop_blog.ui.actions import WindowActions, plain_label, shortcut_rows, spec
from desktop_blog.ui.dialogs.about_dialog import AboutDialog
from desktop_blog.ui.dialogs.encrypt_offer import PlainBackupsQuestion
from desktop_blog.ui.dialogs.rescue_dialog import RescueDialog, damaged_parts
from desktop_blog.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from tests.ui.dialogs.conftest import PseudoTranslation


def test_labels_lose_their_mnemonics_in_every_form() -> None:
    assert plain_label("&Preferences…") == "Preferences"
    assert plain_label("Save && &Quit") == "Save & Quit"
    assert plain_label("文件(&F)") == "文件"
    assert plain_label("Datei (&D)…") == "Datei"


def test_menus_and_actions_are_translated_and_keep_their_names(
    qtbot: QtBot, pseudo_translation: PseudoTranslation
) -> None:
    pseudo_translation("Actions")
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = WindowActions(window)
    actions.build_menus(window.menuBar())
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert file_menu is not None
    assert file_menu.title() == "[&File]"
    theme_menu = window.menuBar().findChild(QMenu, "themeMenu")
    assert theme_menu is not None
    assert theme_menu.title() == "[T&heme]"
    assert actions.undo.text() == "[&Undo]"
    assert actions.undo.objectName() == "undoAction"
    assert actions.theme_system.text() == "[Follow the &System]"
    assert actions.undo.toolTip() == "[{action} ({keys})]".format(action="[Undo]", keys="Ctrl+Z")
    assert spec("preferences").name == "preferences"
    assert spec("statistics").label == "[Statistics]"
    rows = dict(shortcut_rows())
    assert rows["[Edit][ > ][Undo]"] == "Ctrl+Z"
    assert rows["[Editor][ > ][Bold]"] == "Ctrl+B"


def test_the_shortcuts_dialog_is_translated(
    qtbot: QtBot, pseudo_translation: PseudoTranslation
) -> None:
    pseudo_translation("ShortcutsDialog")
    dialog = ShortcutsDialog([("Edit > Undo", "Ctrl+Z")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "[Keyboard Shortcuts]"
    header = dialog.table.horizontalHeaderItem(0)
    assert header is not None
    assert header.text() == "[Action]"
    assert dialog.rows() == [("Edit > Undo", "Ctrl+Z")]


def test_the_about_dialog_is_translated_but_keeps_its_facts(
    qtbot: QtBot, pseudo_translation: PseudoTranslation
) -> None:
    pseudo_translation("AboutDialog")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "[About {app}]".format(app="Desktop Blog")
    assert dialog.licence_label.text() == "[Licence: BSD-3-Clause]"
    assert dialog.credits_label.text().startswith("[Grown from the Flask tutorial")
    assert "[Running on]" in dialog.versions_label.text()
    assert "[" not in dialog.versions_text()  # the bug report stays as the log is


def test_the_about_dialog_puts_the_gap_between_its_columns_when_mirrored(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert "padding-right:16px" in dialog.versions_label.text()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "padding-left:16px" in dialog.versions_label.text()


def test_the_plain_backups_question_counts_in_the_user_s_language(
    qtbot: QtBot, pseudo_translation: PseudoTranslation
) -> None:
    box = PlainBackupsQuestion(None, 3)
    qtbot.addWidget(box)
    assert box.text().startswith("3 backups made before are still plain")
    pseudo_translation("PlainBackupsQuestion")
    box = PlainBackupsQuestion(None, 1200)
    qtbot.addWidget(box)
    assert box.text().startswith("[1,200 backups made before")
    assert box.windowTitle() == "[Backups made earlier]"


def test_the_rescue_dialog_writes_dates_and_lists_as_the_locale_does(
    qtbot: QtBot, tmp_path: Path
) -> None:
    health = JournalHealth(tmp_path / "journal.sqlite3", ("entries", "images"))
    offer = BackupOffer(tmp_path / "b.sqlite3", datetime(2026, 12, 6, 12, 0, tzinfo=UTC), 1200)
    dialog = RescueDialog(health, offer, tmp_path)
    qtbot.addWidget(dialog)
    assert "December 6, 2026" in dialog.restore_button.text()
    assert dialog.restore_detail.text().startswith("1,200 entries, verified.")
    assert "Damaged: entries and images." in dialog.explanation.text()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert damaged_parts(health) == "entries und images"
        dialog = RescueDialog(health, offer, tmp_path)
        qtbot.addWidget(dialog)
        assert "Dezember 2026" in dialog.restore_button.text()
        assert dialog.restore_detail.text().startswith("1.200 entries")
    finally:
        QLocale.setDefault(QLocale("en_US"))
