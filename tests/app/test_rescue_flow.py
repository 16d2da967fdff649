"""The rescue of a damaged journal in the window, on real journals with a damaged page."""

from __future__ import annotations

import hashlib
import shutil
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_blog.app.rescue_controller import last_check_path, read_last_check, write_last_check
from desktop_blog.app.session import Session
from desktop_blog.security.keys import DataKey
from desktop_blog.storage.backup import backup_journal, list_backups
from desktop_blog.storage.rescue import check_journal
from desktop_blog.ui.dialogs.rescue_dialog import RescueChoice, RescueDialog
from tests.storage.damaged import ENTRIES as COUNT
from tests.storage.damaged import damage, damage_root, make_journal
from tests.ui.conftest import StartSession, log_in, window_shown


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "journal.sqlite3"
    make_journal(path)
    return path


@pytest.fixture
def journal(healthy: Path, db_path: Path) -> Path:
    shutil.copy(healthy, db_path)
    return db_path


@dataclass(frozen=True)
class Seen:
    """What a rescue dialog said."""

    explanation: str
    restore: str
    restore_detail: str
    restore_enabled: bool


class Shown(list[Seen]):
    """The rescue dialogs shown; each is answered by clicking ``button``, as a person does."""

    button = "not_now_button"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    dialogs = Shown()

    def exec_(dialog: RescueDialog) -> int:
        dialogs.append(
            Seen(
                dialog.explanation.text(),
                dialog.restore_button.text(),
                dialog.restore_detail.text(),
                dialog.restore_button.isEnabled(),
            )
        )
        getattr(dialog, dialogs.button).click()
        return int(dialog.result())

    monkeypatch.setattr(RescueDialog, "exec", exec_)
    return dialogs


def answer_with(shown: Shown, button: str) -> None:
    shown.button = button


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kept_aside(journal: Path) -> list[Path]:
    found = journal.parent.glob(f"{journal.name}.damaged-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm", ".key")))


def rows(app: Session) -> int:
    assert app.main_window is not None
    model = app.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return model.rowCount()


def message(app: Session) -> str:
    assert app.main_window is not None
    return app.main_window.flash_banner.message()


def test_salvage_saves_the_readable_entries_and_keeps_the_damaged_file(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    """A page in the middle of the entries: the window opens, the weekly check finds it."""
    damage(journal, "entries")
    damaged = digest(journal)
    answer_with(shown, "salvage_button")
    app = start_session(legacy_settings_file)
    with qtbot.waitSignal(app.rescue.reopened, timeout=20_000):
        log_in(qtbot, app)
        qtbot.waitUntil(lambda: app.rescue.working is not None, timeout=20_000)
        assert "Rescuing the journal" in app.rescue.working.labelText()
    assert app.rescue.working is None
    qtbot.waitUntil(lambda: window_shown(app))
    (dialog,) = shown
    assert str(journal) in dialog.explanation
    assert "entries" in dialog.explanation
    assert not dialog.restore_enabled  # no backup yet
    assert "No backup" in dialog.restore_detail
    saved = rows(app)
    assert 0 < saved < COUNT
    text = message(app)
    assert f"Saved {saved} entries" in text
    assert f"{COUNT - saved} could not be read" in text
    (aside,) = kept_aside(journal)
    assert str(aside) in text
    assert digest(aside) == damaged
    assert check_journal(journal).ok
    assert not app.login_dialog.isVisible()


def test_restore_offers_the_newest_verified_backup_with_its_date_and_count(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    copy = journal.with_name("copy.sqlite3")  # backing up leaves the journal's WAL open
    shutil.copy(journal, copy)
    backup = backup_journal(copy, journal.parent / "backups")
    damage_root(journal, "entries")  # every read of an entry fails: the list cannot load
    write_last_check(journal, datetime.now(UTC))  # the model's read error finds it
    answer_with(shown, "restore_button")
    app = start_session(legacy_settings_file)
    with qtbot.waitSignal(app.rescue.reopened, timeout=20_000):
        log_in(qtbot, app)
        qtbot.waitUntil(lambda: app.rescue.working is not None, timeout=20_000)
        assert "Rescuing the journal" in app.rescue.working.labelText()
    assert app.rescue.working is None
    qtbot.waitUntil(lambda: window_shown(app))
    (dialog,) = shown
    made = datetime.strptime(backup.name, "journal-%Y%m%dT%H%M%S%fZ.sqlite3").replace(tzinfo=UTC)
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(made.timestamp())).toLocalTime(),
        QLocale.FormatType.LongFormat,
    )
    assert when in dialog.restore
    assert f"{COUNT} entries" in dialog.restore_detail
    assert rows(app) == COUNT
    assert "Restored the backup" in message(app)
    assert len(kept_aside(journal)) == 1


def test_not_now_leaves_the_journal_untouched_and_asks_once(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    damage_root(journal, "entries")
    before = digest(journal)
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: len(shown) == 1 and not app.rescue.busy, timeout=20_000)
    assert window_shown(app)
    with qtbot.waitSignal(app.rescue.damage_reported):
        app.model.refresh()  # another read fails: reported, but not offered again
    QCoreApplication.processEvents()
    assert not app.rescue.busy
    assert len(shown) == 1
    app.close_journal()
    assert digest(journal) == before
    assert kept_aside(journal) == []


def test_damaged_indexes_at_open_are_rebuilt_without_asking(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    damage_root(journal, "entries_fts_data")  # opening the journal fails on it
    write_last_check(journal, datetime.now(UTC))
    app = start_session(legacy_settings_file)
    with qtbot.waitSignal(app.rescue.reopened, timeout=20_000) as reopened:
        log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert shown == []
    assert "were rebuilt" in reopened.args[1]
    assert "the full-text index" in message(app)
    window = app.main_window
    assert window is not None
    qtbot.keyClicks(window.search_edit, "Body 7")
    qtbot.waitUntil(lambda: 0 < app.model.rowCount() < COUNT)
    assert check_journal(journal).ok
    assert len(kept_aside(journal)) == 1


def test_the_weekly_check_runs_off_the_gui_thread_after_login(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    damage(journal, "entries_title")  # an index no first page reads: only the check finds it
    app = start_session(legacy_settings_file)
    with qtbot.waitSignal(app.rescue.reopened, timeout=20_000) as reopened:
        log_in(qtbot, app)
    assert "the entries' indexes" in reopened.args[1]
    assert rows(app) == COUNT
    mode = stat.S_IMODE(last_check_path(journal).stat().st_mode)
    assert mode == 0o600
    last = read_last_check(journal)
    assert last is not None
    assert datetime.now(UTC) - last < timedelta(minutes=5)


def test_the_check_waits_a_week(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    damage(journal, "entries_title")
    write_last_check(journal, datetime.now(UTC) - timedelta(days=6))
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    assert not app.rescue.busy
    assert not app.rescue.check_in_background(datetime.now(UTC))
    assert app.rescue.check_in_background(datetime.now(UTC) + timedelta(days=1))
    qtbot.waitUntil(lambda: not app.rescue.busy, timeout=20_000)
    assert len(kept_aside(journal)) == 1


def test_a_damaged_journal_is_not_backed_up_on_close(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    write_last_check(journal, datetime.now(UTC))
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    damage(journal, "entries")  # under the open journal, as a failing disk would
    assert app.auto_backup() is None
    assert list_backups(journal.parent / "backups") == []
    assert not last_check_path(journal).exists()  # due again: the next login checks


def test_a_failed_rescue_is_explained_and_the_journal_shown_again(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damage(journal, "entries_title")
    before = digest(journal)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    # A folder where the rebuilt journal would be written: the rescue fails, nothing changes.
    (journal.parent / f".{journal.name}.salvaged.part" / "in-the-way").mkdir(parents=True)
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    qtbot.waitUntil(lambda: window_shown(app))
    assert digest(journal) == before
    assert "could not be rescued" in warnings[0]
    assert kept_aside(journal) == []


def test_the_dialog_can_be_closed_without_choosing(qtbot: QtBot, journal: Path) -> None:
    damage(journal, "entries")
    dialog = RescueDialog(check_journal(journal), None, journal.parent / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() is RescueChoice.NOT_NOW
    assert not dialog.isVisible()


def test_an_encrypted_journal_is_checked_only_with_its_key(
    qtbot: QtBot,
    start_session: StartSession,
    legacy_settings_file: Path,
    journal: Path,
    shown: Shown,
) -> None:
    """Without its key an encrypted journal reads as damaged: no check, no false offer."""
    write_last_check(journal, datetime.now(UTC))
    app = start_session(legacy_settings_file)
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    later = datetime.now(UTC) + timedelta(days=8)
    journal.with_name(f"{journal.name}.key").write_text("{}")  # as an encrypted journal has
    assert not app.rescue.check_in_background(later)
    key = DataKey.generate()
    app.rescue.set_key_source(lambda: key)
    assert app.rescue.check_in_background(later)  # with the session's key it runs
    qtbot.waitUntil(lambda: not app.rescue.busy, timeout=20_000)
