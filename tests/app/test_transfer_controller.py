"""File > Export/Import/Back Up Now/Restore from Backup and View > Statistics, as a user."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.app.transfer_controller import TransferController
from desktop_blog.storage.backup import check_backup, list_backups
from desktop_blog.ui.windows.main_window import MainWindow
from tests.catalogues import english_plurals, marked
from tests.ui.conftest import post

__all__ = ["english_plurals"]


def choose(
    monkeypatch: pytest.MonkeyPatch, path: Path | None, method: str = "getSaveFileName"
) -> list[str]:
    asked: list[str] = []

    def dialog(_parent: object, caption: str, *_args: object) -> tuple[str, str]:
        asked.append(caption)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, method, dialog)
    return asked


@pytest.fixture
def transfers(window: MainWindow, journal_app: Session) -> TransferController:
    assert journal_app.transfers is not None
    return journal_app.transfers


def run(qtbot: QtBot, transfers: TransferController, action: QAction) -> None:
    """Trigger ``action`` and wait for the job it starts on the worker to end."""
    with qtbot.waitSignal(transfers.job_finished, timeout=30_000):
        action.trigger()


def hold_export_until(monkeypatch: pytest.MonkeyPatch, name: str) -> threading.Event:
    """Make the exporter ``name`` wait (on its worker) until the returned event is set."""
    from desktop_blog.transfer import exporters

    real = getattr(exporters, name)
    release = threading.Event()

    def held(*args: object, **kwargs: object) -> object:
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(exporters, name, held)
    return release


def titles(window: MainWindow) -> list[str]:
    model = window.entry_list.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_menus_hold_the_data_actions(window: MainWindow) -> None:
    file_menu = window.findChild(QMenu, "fileMenu")
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert texts[1:6] == ["", "&Export", "&Import…", "&Back Up Now", "&Restore from Backup…"]
    assert texts[-2:] == ["&Log Out", "&Quit"]
    export_menu = window.findChild(QMenu, "exportMenu")
    assert isinstance(export_menu, QMenu)
    assert [a.objectName() for a in export_menu.actions()] == [
        "exportJsonAction",
        "exportMarkdownAction",
        "exportHtmlAction",
        "exportPdfAction",
        "exportPdfSelectedAction",
    ]


def test_export_json_then_import_into_another_journal(
    english_plurals: Path,
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    journal_app: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post(qtbot, window, "Exported", "<p>out and back</p>")
    target = tmp_path / "out" / "journal"  # no suffix: .json is added
    choose(monkeypatch, target)
    run(qtbot, transfers, window.actions.export_json)
    exported = target.with_suffix(".json")
    assert json.loads(exported.read_text())["entries"][0]["title"] == "Exported"
    assert window.flash_banner.message() == f"Exported 1 entry to {exported}"

    choose(monkeypatch, exported, "getOpenFileName")
    run(qtbot, transfers, window.actions.import_journal)
    assert window.flash_banner.message() == (
        "Imported 0 entries from the Desktop Blog JSON; skipped 1 already in the journal."
    )


def test_import_reloads_the_list(
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps(
            {
                "entries": [
                    {"title": "From jrnl", "body": "hi", "date": "2024-01-01", "time": "10:00"}
                ]
            }
        )
    )
    choose(monkeypatch, source, "getOpenFileName")
    run(qtbot, transfers, window.actions.import_journal)
    assert titles(window) == ["From jrnl"]
    assert window.current_entry() is not None
    # A Qt plural: "1 entries" from the source text, "1 entry" with the English catalogue.
    assert re.match(r"Imported 1 entr(y|ies) from the jrnl JSON", window.flash_banner.message())


def test_bad_import_is_flashed_and_adds_nothing(
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "x.json"
    source.write_text("{broken")
    choose(monkeypatch, source, "getOpenFileName")
    run(qtbot, transfers, window.actions.import_journal)
    assert window.flash_banner.property("kind") == "error"
    assert "not a file this app can import" in window.flash_banner.message()
    assert titles(window) == []


def test_cancelling_the_progress_dialog_writes_nothing(
    qtbot: QtBot,
    transfers: TransferController,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for i in range(3):
        post(qtbot, window, f"E{i}", "text")
    choose(monkeypatch, tmp_path / "site")
    cancel_clicked = hold_export_until(monkeypatch, "export_html_site")
    window.actions.export_html.trigger()
    dialog = transfers.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)  # shown while the export still runs
    with qtbot.waitSignal(transfers.job_finished, timeout=30_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        cancel_clicked.set()
    assert window.flash_banner.message() == "Export cancelled; nothing was written."
    assert sorted(p.name for p in tmp_path.iterdir() if "site" in p.name) == []
    assert not dialog.isVisible()


def test_cancelled_file_dialog_does_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = choose(monkeypatch, None)
    window.flash("before")
    window.actions.export_pdf.trigger()
    assert asked == ["Export — the exported files are not encrypted"]
    assert window.flash_banner.message() == "before"


def test_pdf_of_the_selected_entry(
    english_plurals: Path,
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post(qtbot, window, "Only me", "<p>printed</p>")
    post(qtbot, window, "Not me", "<p>skipped</p>")
    window.select_row(1)
    choose(monkeypatch, tmp_path / "one.pdf")
    run(qtbot, transfers, window.actions.export_pdf_selected)
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    assert window.flash_banner.message() == f"Exported 1 entry to {tmp_path / 'one.pdf'}"


def test_back_up_now_and_restore(
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    journal_app: Session,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post(qtbot, window, "Before", "in the backup")
    run(qtbot, transfers, window.actions.back_up)
    [backup] = list_backups(db_path.parent / "backups")
    assert window.flash_banner.message() == f"Backed up and verified the journal: {backup}"
    post(qtbot, window, "After", "not in the backup")
    assert titles(window) == ["After", "Before"]

    asked = choose(monkeypatch, backup, "getOpenFileName")
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: questions.append(text) or QMessageBox.StandardButton.No,
    )
    window.actions.restore.trigger()
    assert asked == ["Restore from Backup"]
    assert "is backed up first" in questions[0]
    assert titles(window) == ["After", "Before"]  # "No" changed nothing

    assert window.actions.undo.isEnabled()  # adding "After" can be undone
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    run(qtbot, transfers, window.actions.restore)
    assert titles(window) == ["Before"]
    assert not window.actions.undo.isEnabled()  # nothing left to undo in the restored journal
    assert window.flash_banner.message().startswith(f"Restored {backup.name}")
    safety = [p for p in list_backups(db_path.parent / "backups") if p != backup]
    assert len(safety) == 1
    assert check_backup(safety[0], journal_app.key) == 2


def test_statistics_window(
    transfers: TransferController, qtbot: QtBot, window: MainWindow, journal_app: Session
) -> None:
    post(qtbot, window, "Counting words", "one two three")
    run(qtbot, transfers, window.actions.statistics)
    stats = journal_app.transfers.statistics_window
    assert stats is not None
    qtbot.waitExposed(stats)
    assert stats.summary.text() == "1 entry, 5 words, 1 writing day"


def test_auto_backup_on_close_at_most_daily(
    qtbot: QtBot, journal_app: Session, window: MainWindow, db_path: Path
) -> None:
    first = journal_app.auto_backup()
    assert first is not None
    assert journal_app.auto_backup() is None  # not again the same day
    journal_app.close()
    assert list_backups(db_path.parent / "backups") == [first]


@pytest.mark.parametrize(("answer", "accepted"), [("the passphrase", True), ("", False)])
def test_importing_an_encrypted_export_asks_for_its_passphrase(
    qtbot: QtBot,
    window: MainWindow,
    transfers: TransferController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    accepted: bool,
) -> None:
    from desktop_blog.storage import EntryRepository, open_database
    from desktop_blog.transfer.encrypted_export import export_json_encrypted

    other = open_database(tmp_path / "other.sqlite3")
    EntryRepository(other).add("Sealed", "<p>from the sealed export</p>")
    sealed = tmp_path / "sealed.json"
    export_json_encrypted(other, sealed, "the passphrase")
    other.close()
    prompts: list[tuple[str, QLineEdit.EchoMode]] = []

    def ask(_parent: object, _title: str, label: str, mode: QLineEdit.EchoMode) -> tuple[str, bool]:
        prompts.append((label, mode))
        return answer, accepted

    monkeypatch.setattr(QInputDialog, "getText", ask)
    choose(monkeypatch, sealed, "getOpenFileName")
    if accepted:  # the import runs as a job on the worker
        run(qtbot, transfers, window.actions.import_journal)
    else:
        window.actions.import_journal.trigger()
        assert not transfers.busy  # nothing started
    assert prompts == [
        ("sealed.json is an encrypted export. Its passphrase:", QLineEdit.EchoMode.Password)
    ]
    assert titles(window) == (["Sealed"] if accepted else [])


def test_a_wrong_passphrase_is_explained_and_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    transfers: TransferController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.storage import EntryRepository, open_database
    from desktop_blog.transfer.encrypted_export import export_json_encrypted

    other = open_database(tmp_path / "other.sqlite3")
    EntryRepository(other).add("Sealed", "<p>x</p>")
    sealed = tmp_path / "sealed.json"
    export_json_encrypted(other, sealed, "the passphrase")
    other.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("not it", True))
    choose(monkeypatch, sealed, "getOpenFileName")
    run(qtbot, transfers, window.actions.import_journal)
    assert window.flash_banner.property("kind") == "error"
    assert "Wrong passphrase" in window.flash_banner.message()
    assert titles(window) == []


def test_messages_go_through_the_catalogues(
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with marked("TransferController", "EntriesController"):
        transfers.export("pdf", True)  # nothing selected
        assert window.flash_banner.message() == "«Select an entry to export first.»"
        post(qtbot, window, "Marked", "<p>x</p>")
        assert window.flash_banner.message() == "«New entry was successfully posted»"
        asked = choose(monkeypatch, tmp_path / "marked.json")
        run(qtbot, transfers, window.actions.export_json)
        assert asked == ["«Export — the exported files are not encrypted»"]
        assert (
            window.flash_banner.message() == f"«Exported 1 entries to {tmp_path / 'marked.json'}»"
        )


def test_the_watcher_rests_while_a_job_runs_and_looks_again_after(
    transfers: TransferController,
    qtbot: QtBot,
    window: MainWindow,
    journal_app: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The journal watcher does not look while the import writes (its commit would make the
    watcher reload the window before the import's own reload); it looks again after."""
    source = tmp_path / "jrnl.json"
    entries = [
        {"title": f"E{n}", "body": "b", "date": "2024-01-01", "time": "10:00"} for n in range(3)
    ]
    source.write_text(json.dumps({"entries": entries}))
    choose(monkeypatch, source, "getOpenFileName")
    navigation = journal_app.navigation
    assert navigation is not None
    watching_during: list[bool] = []
    transfers.job_started.connect(lambda: watching_during.append(navigation.watcher.is_watching()))
    run(qtbot, transfers, window.actions.import_journal)
    assert sorted(titles(window)) == ["E0", "E1", "E2"]
    assert watching_during == [False]
    assert navigation.watcher.is_watching()
