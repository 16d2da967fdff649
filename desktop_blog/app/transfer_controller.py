"""File > Export, Import, Back Up Now, Restore from Backup, and View > Statistics.

The transfer controller asks for files, then runs the Qt-free transfer code as a
:class:`~desktop_blog.app.workers.Job` on Qt's thread pool, behind a progress window with
Cancel, and reports the outcome in the main window's banner. The GUI thread only asks,
shows progress and shows results: each job opens its own connection to the journal (with
the data key of an encrypted journal, see :meth:`TransferController.set_connection`) and
closes it. An import writes through that connection in one transaction; the window's list
is reloaded afterwards. The transfer code and the statistics window are imported when their
action is first used, not at start-up.

PDF exports build a :class:`QTextDocument` and print it with :class:`QPdfWriter` on the
worker thread: Qt documents both as usable outside the GUI thread (QTextDocument is
reentrant; QPainter may paint on QImage, QPrinter and QPdfWriter devices in any thread,
unlike on QPixmap or widgets), and the document only holds QImage resources.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop_blog.app.workers import Job
from desktop_blog.config import Settings
from desktop_blog.i18n import QT_TRANSLATE_NOOP
from desktop_blog.storage import DatabaseError
from desktop_blog.storage.progress import Progress
from desktop_blog.ui.windows.main_window import MainWindow

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    import sqlite3

    from desktop_blog.security.keys import DataKey
    from desktop_blog.storage.stats import JournalStats
    from desktop_blog.ui.dialogs.progress_dialog import ProgressDialog
    from desktop_blog.ui.windows.statistics_window import StatisticsWindow

# Texts of the tables below are translated where they are shown (context "TransferController").
FILTERS = {
    "json": QT_TRANSLATE_NOOP("TransferController", "JSON export (*.json)"),
    "pdf": QT_TRANSLATE_NOOP("TransferController", "PDF document (*.pdf)"),
    "markdown": QT_TRANSLATE_NOOP("TransferController", "New folder for the Markdown files (*)"),
    "html": QT_TRANSLATE_NOOP("TransferController", "New folder for the HTML site (*)"),
}
SUFFIXES = {"json": ".json", "pdf": ".pdf", "markdown": "", "html": ""}
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "TransferController", "Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)"
)
BACKUP_FILTER = QT_TRANSLATE_NOOP("TransferController", "Backups (*.sqlite3);;All files (*)")
EXPORT_CAPTION = QT_TRANSLATE_NOOP(
    "TransferController", "Export — the exported files are not encrypted"
)
# Each job by its English name (the log's): what is said when another job is asked for
# while it runs. The name is translated as the progress window's title.
BUSY = {
    QT_TRANSLATE_NOOP("TransferController", "Export"): QT_TRANSLATE_NOOP(
        "TransferController", "Wait for the running export to finish (or cancel it) first."
    ),
    QT_TRANSLATE_NOOP("TransferController", "Import"): QT_TRANSLATE_NOOP(
        "TransferController", "Wait for the running import to finish (or cancel it) first."
    ),
    QT_TRANSLATE_NOOP("TransferController", "Backup"): QT_TRANSLATE_NOOP(
        "TransferController", "Wait for the running backup to finish (or cancel it) first."
    ),
    QT_TRANSLATE_NOOP("TransferController", "Restore"): QT_TRANSLATE_NOOP(
        "TransferController", "Wait for the running restore to finish (or cancel it) first."
    ),
    QT_TRANSLATE_NOOP("TransferController", "Statistics"): QT_TRANSLATE_NOOP(
        "TransferController", "Wait for the statistics to be counted first."
    ),
}
JournalWork: TypeAlias = "Callable[[sqlite3.Connection, Progress], object]"


class TransferController(QObject):
    """Connects the main window's data menu items to exports, imports and backups."""

    reloaded = Signal()  # the journal's content was replaced (import, restore)
    job_started = Signal()  # a job began (its result, if it changes the journal, reloads it)
    job_finished = Signal()  # a job ended, whatever its outcome (after its message)

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
        self.job: Job | None = None
        self.job_label = ""
        self.progress_dialog: ProgressDialog | None = None
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
        """Work on the journal open on ``conn``, encrypted with ``key`` if it is (``None``
        after logout: a running job is cancelled)."""
        self._conn = conn
        self._key = key if conn is not None else None
        if conn is None:
            self.cancel()
            if self.statistics_window is not None:
                self.statistics_window.close()

    @property
    def busy(self) -> bool:
        """Whether a job is running (one at a time)."""
        return self.job is not None

    def cancel(self) -> None:
        """Ask the running job, if any, to stop; it removes what it was writing."""
        if self.job is not None:
            self.job.cancel()

    def _journal_work(self, use: JournalWork) -> Callable[[Progress], object]:
        """``use`` run on the worker with a connection of its own to the open journal."""
        from desktop_blog.storage import open_database

        assert self._conn is not None, "no journal is open"
        path, key = self._settings().database, self._key

        def work(progress: Progress) -> object:
            conn = open_database(path, key=key)
            try:
                return use(conn, progress)
            finally:
                conn.close()

        return work

    def _start(
        self,
        label: str,
        work: Callable[[Progress], object],
        on_success: Callable[[object], None],
        *,
        show_progress: bool = True,
    ) -> bool:
        """Run ``work`` on the thread pool; ``on_success(result)`` in the GUI thread after.

        ``label`` is the job's English name (a key of :data:`BUSY`), translated where shown.
        """
        if self.job is not None:
            self._window.flash(self.tr(BUSY[self.job_label]), "error")
            return False
        from desktop_blog.ui.dialogs.progress_dialog import ProgressDialog

        job = Job(work, self)
        self.job, self.job_label = job, label
        if show_progress:
            dialog = ProgressDialog(self.tr(label), self._window)
            dialog.cancel_requested.connect(job.cancel)
            job.progress.connect(dialog.set_progress)
            self.progress_dialog = dialog
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.done.connect(self._job_done)
        job.start()
        self.job_started.emit()
        return True

    def _failed(self, exc: object) -> None:
        from desktop_blog.transfer.atomic import ExportError
        from desktop_blog.transfer.importers import ImportFormatError

        if isinstance(exc, ExportError | ImportFormatError | DatabaseError | OSError):
            logger.warning("%s failed (%s)", self.job_label, type(exc).__name__)  # no paths
            self._window.flash(str(exc), "error")
            return
        logger.error("%s failed unexpectedly: %s", self.job_label, type(exc).__name__)
        failed = self.tr("{job} failed: {error}.")
        self._window.flash(
            failed.format(job=self.tr(self.job_label), error=type(exc).__name__), "error"
        )

    def _cancelled(self) -> None:
        cancelled = self.tr("{job} cancelled; nothing was written.")
        self._window.flash(cancelled.format(job=self.tr(self.job_label)), "error")

    def _job_done(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog = None
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.job_finished.emit()

    def _flash(self, message: object) -> None:
        self._window.flash(str(message))

    def _flash_and_reload(self, message: object) -> None:
        self._window.flash(str(message))
        self.reloaded.emit()

    def export(self, fmt: str, selected_only: bool) -> None:
        ids: list[int] | None = None
        if selected_only:
            entry = self._window.current_entry()
            if entry is None:
                self._window.flash(self.tr("Select an entry to export first."), "error")
                return
            ids = [entry.id]
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr(EXPORT_CAPTION),
            str(Path.home() / f"journal{SUFFIXES[fmt]}"),
            self.tr(FILTERS[fmt]),
        )
        if not name:
            return
        path = Path(name)
        if SUFFIXES[fmt] and not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])

        def work(conn: sqlite3.Connection, progress: Progress) -> str:
            from desktop_blog.transfer import exporters

            if fmt == "json":
                count = exporters.export_json(conn, path, progress=progress)
            elif fmt == "markdown":
                count = exporters.export_markdown(conn, path, entry_ids=ids, progress=progress)
            elif fmt == "html":
                count = exporters.export_html_site(conn, path, entry_ids=ids, progress=progress)
            else:
                from desktop_blog.transfer.pdf_export import export_pdf

                count = export_pdf(conn, path, entry_ids=ids, progress=progress)
            return self.tr("Exported %Ln entries to {path}", "", count).format(path=path)

        self._start("Export", self._journal_work(work), self._flash)

    def import_(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import"), str(Path.home()), self.tr(IMPORT_FILTER)
        )
        if not name:
            return
        from desktop_blog.transfer.encrypted_export import is_encrypted_export

        passphrase: str | None = None
        if is_encrypted_export(Path(name)):
            passphrase, accepted = QInputDialog.getText(
                self._window,
                self.tr("Import"),
                self.tr("{name} is an encrypted export. Its passphrase:").format(
                    name=Path(name).name
                ),
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return

        def work(conn: sqlite3.Connection, progress: Progress) -> str:
            from desktop_blog.transfer.importers import import_file

            return import_file(conn, Path(name), progress=progress, passphrase=passphrase).summary()

        self._start("Import", self._journal_work(work), self._flash_and_reload)

    def back_up(self) -> None:
        settings, key = self._settings(), self._key

        def work(progress: Progress) -> str:
            from desktop_blog.storage.backup import backup_journal

            target = backup_journal(
                settings.database,
                settings.backups,
                keep=settings.backup_keep,
                progress=progress,
                key=key,
            )
            return self.tr("Backed up and verified the journal: {path}").format(path=target)

        self._start("Backup", work, self._flash)

    def restore(self) -> None:
        settings, key = self._settings(), self._key
        title = self.tr("Restore from Backup")
        name, _ = QFileDialog.getOpenFileName(
            self._window, title, str(settings.backups), self.tr(BACKUP_FILTER)
        )
        if not name:
            return
        question = self.tr("Replace the journal with the backup {name}?").format(
            name=Path(name).name
        )
        note = self.tr("The journal as it is now is backed up first.")
        answer = QMessageBox.question(self._window, title, f"{question}\n\n{note}")
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(conn: sqlite3.Connection, progress: Progress) -> str:
            from desktop_blog.storage.backup import restore_backup

            safety = restore_backup(
                Path(name),
                conn,
                settings.database,
                settings.backups,
                keep=settings.backup_keep,
                progress=progress,
                key=key,
            )
            return self.tr("Restored {name}; the journal as it was is in {safety}").format(
                name=Path(name).name, safety=safety.name
            )

        self._start("Restore", self._journal_work(work), self._flash_and_reload)

    def show_statistics(self) -> None:
        """Count on the worker (a quick read of the per-day totals), then show the window."""

        def work(conn: sqlite3.Connection, _progress: Progress) -> JournalStats:
            # Its first import happens here, off the GUI thread (only classes are made).
            import desktop_blog.ui.windows.statistics_window  # noqa: F401
            from desktop_blog.storage.stats import journal_stats

            return journal_stats(conn)

        self._start("Statistics", self._journal_work(work), self._show_stats, show_progress=False)

    def _show_stats(self, stats: object) -> None:
        from desktop_blog.storage.stats import JournalStats
        from desktop_blog.ui.windows.statistics_window import StatisticsWindow

        assert isinstance(stats, JournalStats)
        if self._conn is None:  # logged out while counting
            return
        if self.statistics_window is None:
            self.statistics_window = StatisticsWindow(self._window)
        self.statistics_window.show_stats(stats)
        self.statistics_window.show()
        self.statistics_window.raise_()
