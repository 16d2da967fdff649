"""File > Export, Import, Back Up Now, Restore from Backup, and View > Statistics.

The transfer controller asks for files, runs the Qt-free transfer code behind a cancellable progress
dialog and reports the outcome in the main window's banner. It never runs SQL itself. The
transfer code and the statistics window are imported when their action is first used, not
at start-up.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from desktop_blog.config import Settings
from desktop_blog.plurals import count_text
from desktop_blog.security.keys import DataKey
from desktop_blog.storage import DatabaseError
from desktop_blog.storage.progress import Cancelled, Progress
from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_blog.ui.windows.statistics_window import StatisticsWindow

T = TypeVar("T")
FILTERS = {
    "json": "JSON export (*.json)",
    "pdf": "PDF document (*.pdf)",
    "markdown": "New folder for the Markdown files (*)",
    "html": "New folder for the HTML site (*)",
}
SUFFIXES = {"json": ".json", "pdf": ".pdf", "markdown": "", "html": ""}
IMPORT_FILTER = "Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)"
BACKUP_FILTER = "Backups (*.sqlite3);;All files (*)"
EXPORT_CAPTION = "Export — the exported files are not encrypted"


class ProgressRunner:
    """Runs a long operation with a cancellable, modal QProgressDialog."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: QProgressDialog | None = None

    def run(self, label: str, work: Callable[[Progress], T]) -> T:
        dialog = QProgressDialog(label, "Cancel", 0, 0, self._window)
        dialog.setObjectName("transferProgress")
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return work(progress)
        finally:
            dialog.close()
            dialog.deleteLater()
            self.dialog = None


class TransferController(QObject):
    """Connects the main window's data menu items to exports, imports and backups."""

    reloaded = Signal()  # the journal's content was replaced (import, restore)

    def __init__(
        self,
        window: MainWindow,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._conn: sqlite3.Connection | None = None
        self._key: DataKey | None = None
        self._settings = settings
        self.runner = ProgressRunner(window)
        self.statistics_window: StatisticsWindow | None = None
        actions = window.actions
        for fmt, action in (
            ("json", actions.export_json),
            ("markdown", actions.export_markdown),
            ("html", actions.export_html),
            ("pdf", actions.export_pdf),
        ):
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f, False))
        actions.export_pdf_selected.triggered.connect(lambda: self.export("pdf", True))
        actions.import_journal.triggered.connect(self.import_)
        actions.back_up.triggered.connect(self.back_up)
        actions.restore.triggered.connect(self.restore)
        actions.statistics.triggered.connect(self.show_statistics)

    def set_connection(self, conn: sqlite3.Connection | None, key: DataKey | None = None) -> None:
        """Work on the journal open on ``conn`` with data ``key`` (``None`` after logout)."""
        self._conn = conn
        self._key = key
        if conn is None and self.statistics_window is not None:
            self.statistics_window.close()

    def _journal(self) -> sqlite3.Connection:
        assert self._conn is not None, "no journal is open"
        return self._conn

    def _attempt(self, label: str, work: Callable[[Progress], str]) -> bool:
        """Run ``work`` with progress; flash its message or the error. True on success."""
        from desktop_blog.transfer.atomic import ExportError
        from desktop_blog.transfer.importers import ImportFormatError

        try:
            message = self.runner.run(label, work)
        except Cancelled:
            self._window.flash(f"{label} cancelled; nothing was written.", "error")
            return False
        except (ExportError, ImportFormatError, DatabaseError, OSError) as exc:
            logger.warning("%s failed (%s)", label, type(exc).__name__)  # paths may hold titles
            self._window.flash(str(exc), "error")
            return False
        self._window.flash(message)
        return True

    def export(self, fmt: str, selected_only: bool) -> None:
        ids: list[int] | None = None
        if selected_only:
            entry = self._window.current_entry()
            if entry is None:
                self._window.flash("Select an entry to export first.", "error")
                return
            ids = [entry.id]
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            EXPORT_CAPTION,
            str(Path.home() / f"journal{SUFFIXES[fmt]}"),
            FILTERS[fmt],
        )
        if not name:
            return
        path = Path(name)
        if SUFFIXES[fmt] and not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        conn = self._journal()

        def work(progress: Progress) -> str:
            from desktop_blog.transfer import exporters
            from desktop_blog.transfer.pdf_export import export_pdf

            if fmt == "json":
                count = exporters.export_json(conn, path, progress=progress)
            elif fmt == "markdown":
                count = exporters.export_markdown(conn, path, entry_ids=ids, progress=progress)
            elif fmt == "html":
                count = exporters.export_html_site(conn, path, entry_ids=ids, progress=progress)
            else:
                count = export_pdf(conn, path, entry_ids=ids, progress=progress)
            return f"Exported {count_text(count, 'entry')} to {path}"

        self._attempt("Export", work)

    def import_(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Import", str(Path.home()), IMPORT_FILTER
        )
        if not name:
            return
        from desktop_blog.transfer.encrypted_export import is_encrypted_export
        from desktop_blog.transfer.importers import import_file

        passphrase: str | None = None
        if is_encrypted_export(Path(name)):
            passphrase, accepted = QInputDialog.getText(
                self._window,
                "Import",
                f"{Path(name).name} is an encrypted export. Its passphrase:",
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return
        conn = self._journal()
        if self._attempt(
            "Import",
            lambda progress: import_file(
                conn, Path(name), progress=progress, passphrase=passphrase
            ).summary(),
        ):
            self.reloaded.emit()

    def back_up(self) -> None:
        from desktop_blog.storage.backup import backup_journal

        settings = self._settings()
        self._attempt(
            "Backup",
            lambda progress: (
                "Backed up and verified the journal: "
                + str(
                    backup_journal(
                        settings.database,
                        settings.backups,
                        keep=settings.backup_keep,
                        progress=progress,
                        key=self._key,
                    )
                )
            ),
        )

    def restore(self) -> None:
        settings = self._settings()
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Restore from Backup", str(settings.backups), BACKUP_FILTER
        )
        if not name:
            return
        answer = QMessageBox.question(
            self._window,
            "Restore from Backup",
            f"Replace the journal with the backup {Path(name).name}?\n\n"
            "The journal as it is now is backed up first.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop_blog.storage.backup import restore_backup

        conn = self._journal()

        def work(progress: Progress) -> str:
            safety = restore_backup(
                Path(name),
                conn,
                settings.database,
                settings.backups,
                keep=settings.backup_keep,
                progress=progress,
                key=self._key,
            )
            return f"Restored {Path(name).name}; the journal as it was is in {safety.name}"

        if self._attempt("Restore", work):
            self.reloaded.emit()

    def show_statistics(self) -> None:
        from desktop_blog.storage.stats import journal_stats
        from desktop_blog.ui.windows.statistics_window import StatisticsWindow

        if self.statistics_window is None:
            self.statistics_window = StatisticsWindow(self._window)
        self.statistics_window.show_stats(journal_stats(self._journal()))
        self.statistics_window.show()
        self.statistics_window.raise_()
