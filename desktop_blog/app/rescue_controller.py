"""The rescue of a damaged journal in the window: find the damage, offer the way out, reopen.

The journal is found damaged when it cannot be opened after login (:meth:`open_failed`),
when any statement on the open journal raises :class:`JournalDamagedError` (the connection's
``damage_listener``, set by :meth:`watch`, emits :attr:`RescueController.damage_reported`:
one route, whoever caught the error), by ``quick_check`` run off the GUI thread after login
at most once a week (:meth:`check_in_background`), and before each automatic backup
(:meth:`healthy_for_backup`). Damage only to indexes is rebuilt without asking; otherwise
the :class:`RescueDialog` offers the newest verified backup or a salvage. Either way the
journal is reopened and :attr:`reopened` hands the new connection to the session. The
checking and rescuing run on a worker thread; the dialogs and connections stay on the GUI
thread. No SQL here: everything goes through :mod:`desktop_blog.storage.rescue`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_blog.config import Settings
from desktop_blog.i18n import QT_TRANSLATE_NOOP
from desktop_blog.safe_output import write_text_atomic
from desktop_blog.security.keys import DataKey, key_file_path
from desktop_blog.storage import DatabaseError, open_database
from desktop_blog.storage import rescue as storage_rescue
from desktop_blog.storage.errors import JournalDamagedError
from desktop_blog.storage.rescue import BackupOffer, JournalHealth
from desktop_blog.ui.dialogs.rescue_dialog import RescueChoice, RescueDialog, backup_date

if TYPE_CHECKING:
    import sqlite3

logger = logging.getLogger(__name__)

LAST_CHECK_SUFFIX = ".checked"
RESCUE_FAILED_TITLE = QT_TRANSLATE_NOOP("RescueController", "The journal could not be rescued")


def last_check_path(journal: Path) -> Path:
    """The small file beside the journal that holds when it was last checked (UTC)."""
    return journal.with_name(journal.name + LAST_CHECK_SUFFIX)


def read_last_check(journal: Path) -> datetime | None:
    """When the journal was last found healthy, or ``None`` (never, or unreadable)."""
    try:
        stamp = datetime.fromisoformat(last_check_path(journal).read_text("ascii").strip())
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def write_last_check(journal: Path, when: datetime) -> None:
    """Remember ``when`` (owner-only, replaced atomically); a failure only costs a re-check."""
    try:
        write_text_atomic(last_check_path(journal), when.isoformat(timespec="seconds") + "\n")
    except OSError as exc:
        logger.warning("Cannot remember when the journal was checked: %s", exc.strerror)


@dataclass(frozen=True)
class Diagnosis:
    """What the check found, and the backup to offer when entries or images are damaged."""

    health: JournalHealth
    offer: BackupOffer | None


class RescueController(QObject):
    """Finds a damaged journal, offers the rescue and hands back the reopened journal."""

    damage_reported = Signal(str)  # a JournalDamagedError on the open journal (any thread)
    reopened = Signal(object, str)  # the rescued journal's connection, what was done
    failed = Signal(str)  # the rescue failed and the journal could not be reopened
    _delivered = Signal(object, object)  # from the worker: (continuation, result or error)

    def __init__(
        self,
        settings: Callable[[], Settings],
        close_journal: Callable[[], None],
        dialog_parent: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._close_journal = close_journal
        self._dialog_parent = dialog_parent
        self._key: Callable[[], DataKey | None] = lambda: None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._declined = False
        self._closed = False
        self.working: QProgressDialog | None = None  # shown while a rescue runs
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.damage_reported.connect(
            lambda _message: self._diagnose(), Qt.ConnectionType.QueuedConnection
        )

    def set_key_source(self, key: Callable[[], DataKey | None]) -> None:
        """Where the unlocked journal's data key comes from (``None`` for a plain journal)."""
        self._key = key

    @property
    def busy(self) -> bool:
        """A check or a rescue is under way, or its dialog is open."""
        return self._busy

    def shut_down(self) -> None:
        """Wait for the worker thread and drop what it would still hand back (on close)."""
        self._closed = True
        self._pool.waitForDone()

    # -- where damage is found -----------------------------------------------------------------
    def watch(self, conn: sqlite3.Connection) -> None:
        """Report every :class:`JournalDamagedError` that ``conn`` raises, wherever caught."""
        self._declined = False
        if hasattr(type(conn), "damage_listener"):
            conn.damage_listener = self._on_damage  # type: ignore[attr-defined]

    def _on_damage(self, error: JournalDamagedError) -> None:
        self.damage_reported.emit(str(error))

    def open_failed(self, *, damaged: bool) -> None:
        """The journal could not be opened after login; offer the rescue if it is damaged."""
        if damaged:
            self._declined = False
            self._diagnose()

    def _can_read(self) -> bool:
        """An encrypted journal is checked only with its key (without, it reads as damaged)."""
        journal = self._settings().database
        if self._key() is None and key_file_path(journal).exists():
            logger.warning("Not checking an encrypted journal without its key")
            return False
        return True

    def check_in_background(self, now: datetime | None = None) -> bool:
        """Run ``quick_check`` off the GUI thread if a week has passed; True if started."""
        journal = self._settings().database
        if self._busy or not storage_rescue.check_due(read_last_check(journal), now):
            return False
        if not self._can_read():
            return False
        self._diagnose(quiet_if_healthy=True)
        return True

    def healthy_for_backup(self) -> bool:
        """``quick_check`` before an automatic backup; a damaged journal is not backed up.

        A damaged journal would otherwise push a good backup out of the rotation; the check
        is made due again, so the next login offers the rescue.
        """
        journal = self._settings().database
        if not self._can_read():
            return True  # the backup verifies the copy itself
        try:
            health = storage_rescue.check_journal(journal, key=self._key())
        except DatabaseError as exc:
            logger.warning("Cannot check the journal before the backup: %s", type(exc).__name__)
            return False
        if health.ok:
            write_last_check(journal, datetime.now(UTC))
            return True
        logger.warning("Not backing up a damaged journal: %s", ", ".join(health.damaged))
        last_check_path(journal).unlink(missing_ok=True)
        return False

    # -- the worker thread ---------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``work`` on the worker thread; ``then`` gets its result or its exception."""

        def task() -> None:
            try:
                result: Any = work()
            except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, shown there)
                result = exc
            self._delivered.emit(then, result)

        self._pool.start(task)

    def _deliver(self, then: Callable[[Any], None], result: object) -> None:
        if not self._closed:
            then(result)

    # -- the rescue ----------------------------------------------------------------------------
    def _diagnose(self, *, quiet_if_healthy: bool = False) -> None:
        if self._busy or self._declined or self._closed or not self._can_read():
            return
        self._busy = True
        journal, key, backups = self._settings().database, self._key(), self._settings().backups

        def work() -> Diagnosis:
            health = storage_rescue.check_journal(journal, key=key)
            offer = None
            if not health.ok and not health.rebuildable:
                offer = storage_rescue.newest_verified_backup(backups, key)
            return Diagnosis(health, offer)

        self._run(work, lambda result: self._diagnosed(result, quiet_if_healthy))

    def _diagnosed(self, result: object, quiet_if_healthy: bool) -> None:
        journal = self._settings().database
        if not isinstance(result, Diagnosis):
            self._busy = False
            logger.warning("The journal could not be checked: %s", result)
            return
        health = result.health
        if health.ok:
            self._busy = False
            write_last_check(journal, datetime.now(UTC))
            if not quiet_if_healthy:
                logger.warning("A read failed but quick_check finds the journal healthy")
            return
        last_check_path(journal).unlink(missing_ok=True)
        logger.warning("The journal is damaged: %s", ", ".join(health.damaged))
        if health.rebuildable:
            self._rescue(self._rebuild, health)
            return
        dialog = RescueDialog(health, result.offer, self._settings().backups, self._dialog_parent())
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice is RescueChoice.RESTORE and result.offer is not None:
            offer = result.offer
            self._rescue(lambda: self._restore(offer), health)
        elif choice is RescueChoice.SALVAGE:
            self._rescue(self._salvage, health)
        else:
            self._busy = False
            self._declined = True

    def _rescue(self, work: Callable[[], str], health: JournalHealth) -> None:
        """Close the journal, run ``work`` on the worker thread, then reopen the journal."""
        self._close_journal()
        self.working = QProgressDialog(
            self.tr("Rescuing the journal {path}…").format(path=health.path),
            "",
            0,
            0,
            self._dialog_parent(),
        )
        self.working.setObjectName("rescueProgress")
        self.working.setWindowTitle(self.tr("Rescuing the journal"))
        self.working.setCancelButton(None)  # no cancel: a rescue is finished or undone whole
        self.working.setMinimumDuration(0)
        self.working.setWindowModality(Qt.WindowModality.WindowModal)
        self.working.show()
        self._run(work, self._rescued)

    def _rebuild(self) -> str:
        journal, key = self._settings().database, self._key()
        health = storage_rescue.check_journal(journal, key=key)
        report, aside = storage_rescue.rebuild_indexes(journal, key)
        return self.tr(
            "Only indexes of the journal were damaged ({parts}); they were rebuilt from the entries: {summary} The damaged file was kept as {aside}."  # noqa: E501
        ).format(
            parts=storage_rescue.part_names(health.damaged), summary=report.summary(), aside=aside
        )

    def _restore(self, offer: BackupOffer) -> str:
        journal = self._settings().database
        aside = storage_rescue.restore_in_place(offer.path, journal, self._key())
        return self.tr(
            "Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.",
            "",
            offer.entries,
        ).format(date=backup_date(offer), aside=aside)

    def _salvage(self) -> str:
        journal = self._settings().database
        report, aside = storage_rescue.salvage_in_place(journal, self._key())
        return self.tr(
            "Salvaged the journal. {summary} The damaged file was kept as {aside}."
        ).format(summary=report.summary(), aside=aside)

    def _rescued(self, result: object) -> None:
        self._busy = False
        if self.working is not None:
            self.working.close()
            self.working.deleteLater()
            self.working = None
        journal = self._settings().database
        if isinstance(result, str):
            logger.info("The journal was rescued")
            write_last_check(journal, datetime.now(UTC))
            message = result
        else:
            logger.warning("The rescue failed: %s", result)
            message = self.tr("The journal could not be rescued: {error}").format(error=result)
            QMessageBox.warning(self._dialog_parent(), self.tr(RESCUE_FAILED_TITLE), message)
        try:
            conn = open_database(journal, create=False, key=self._key())
        except DatabaseError as exc:
            self.failed.emit(str(exc))
            return
        self.reopened.emit(conn, message)
        if not isinstance(result, str):
            self._declined = True  # not offered again until the next login
