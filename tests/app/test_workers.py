"""Long work runs on a worker: the GUI thread's event loop keeps turning, Cancel undoes it."""

from __future__ import annotations

import gc
import json
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop_blog.app.session import Session
from desktop_blog.app.transfer_controller import TransferController
from desktop_blog.app.workers import JOB_SWITCH_INTERVAL, Job
from desktop_blog.storage import EntryRepository
from desktop_blog.storage.progress import Progress, report
from desktop_blog.ui.windows.main_window import MainWindow
from tests.app.test_transfer_controller import choose, titles
from tests.ui.conftest import open_journal


@pytest.fixture
def transfers(window: MainWindow, journal_app: Session) -> TransferController:
    assert journal_app.transfers is not None
    return journal_app.transfers


def add_entries(db_path: Path, count: int) -> None:
    """Write ``count`` entries through another connection, in one transaction."""
    conn = open_journal(db_path)
    repository = EntryRepository(conn)
    with repository.batch():
        for number in range(count):
            repository.add(f"Entry {number}", f"<p>words of entry {number}</p>")
    conn.close()


def test_a_job_reports_its_result_from_another_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        report(progress, 1, 1)
        return 42

    job = Job(work)
    reports: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as result:
        job.start()
    assert result.args == [42]
    assert threads
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: reports == [(1, 1)])


def test_garbage_collection_pauses_while_a_job_runs(qtbot: QtBot) -> None:
    assert gc.isenabled()
    seen: list[bool] = []
    job = Job(lambda _progress: seen.append(gc.isenabled()))
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert seen == [False]
    assert gc.isenabled()


def test_the_switch_interval_is_short_while_a_job_runs(qtbot: QtBot) -> None:
    """The GUI thread's calls into Python (painting) wait less for a worker busy in Python."""
    before = sys.getswitchinterval()
    seen: list[float] = []
    job = Job(lambda _progress: seen.append(sys.getswitchinterval()))
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert seen == [JOB_SWITCH_INTERVAL]
    assert before > JOB_SWITCH_INTERVAL
    assert sys.getswitchinterval() == before


def test_a_failing_job_reports_its_exception(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> None:
        raise OSError("the disk is full")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failure:
        job.start()
    [exc] = failure.args
    assert isinstance(exc, OSError)
    assert str(exc) == "the disk is full"


def test_cancel_stops_the_job_at_its_next_report(qtbot: QtBot) -> None:
    started, cancel_asked = threading.Event(), threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        cancel_asked.wait(30)
        for done in range(1, 1000):
            reached.append(done)
            report(progress, done, 1000)

    job = Job(work)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
        assert started.wait(30)
        job.cancel()
        cancel_asked.set()
    assert reached == [1]


def test_the_export_runs_on_a_worker_while_the_gui_timer_keeps_ticking(
    qtbot: QtBot,
    transfers: TransferController,
    window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_entries(db_path, 500)
    from desktop_blog.transfer import exporters

    real_export = exporters.export_json
    ticks: list[int] = []
    ticked_during_export = threading.Event()
    seen: dict[str, object] = {}

    def on_tick() -> None:
        ticks.append(1)
        if "ticks_at_start" in seen and len(ticks) >= int(str(seen["ticks_at_start"])) + 3:
            ticked_during_export.set()

    def export_json(conn: object, path: Path, *, progress: Progress | None = None) -> int:
        seen["thread"] = threading.current_thread()
        seen["ticks_at_start"] = len(ticks)
        # The GUI thread's timer can only tick now if the GUI thread is not doing the export.
        seen["ticked"] = ticked_during_export.wait(30)
        return real_export(conn, path, progress=progress)  # type: ignore[arg-type]

    monkeypatch.setattr(exporters, "export_json", export_json)
    timer = QTimer()
    timer.timeout.connect(on_tick)
    timer.start(10)
    choose(monkeypatch, tmp_path / "all.json")
    with qtbot.waitSignal(transfers.job_finished, timeout=60_000):
        window.actions.export_json.trigger()
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["ticked"] is True
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert len(document["entries"]) == 500
    assert window.flash_banner.message() == f"Exported 500 entries to {tmp_path / 'all.json'}"


def test_a_cancelled_import_adds_nothing(
    qtbot: QtBot,
    transfers: TransferController,
    window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "jrnl.json"
    entries = [
        {"title": f"From jrnl {n}", "body": "hi", "date": "2024-01-01", "time": f"10:{n:02d}"}
        for n in range(40)
    ]
    source.write_text(json.dumps({"entries": entries}))
    from desktop_blog.transfer import importers

    real_insert = importers._insert
    inserted_some, cancel_clicked = threading.Event(), threading.Event()

    def insert_then_wait(*args: object) -> int:
        number = real_insert(*args)  # type: ignore[arg-type]
        if not inserted_some.is_set():  # the first row is written: now the user cancels
            inserted_some.set()
            cancel_clicked.wait(30)
        return number

    monkeypatch.setattr(importers, "_insert", insert_then_wait)
    choose(monkeypatch, source, "getOpenFileName")
    window.actions.import_journal.trigger()
    dialog = transfers.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert inserted_some.wait(30)
    with qtbot.waitSignal(transfers.job_finished, timeout=30_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels as the button does
        cancel_clicked.set()
    assert window.flash_banner.message() == "Import cancelled; nothing was written."
    assert titles(window) == []
    conn = open_journal(db_path)
    assert EntryRepository(conn).count() == 0
    conn.close()


def test_one_job_at_a_time(
    qtbot: QtBot,
    transfers: TransferController,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.transfer import exporters

    real_export = exporters.export_json
    release = threading.Event()

    def held(conn: object, path: Path, *, progress: Progress | None = None) -> int:
        release.wait(30)
        return real_export(conn, path, progress=progress)  # type: ignore[arg-type]

    monkeypatch.setattr(exporters, "export_json", held)
    choose(monkeypatch, tmp_path / "first.json")
    window.actions.export_json.trigger()
    assert transfers.busy
    transfers.back_up()
    assert window.flash_banner.message() == (
        "Wait for the running export to finish (or cancel it) first."
    )
    with qtbot.waitSignal(transfers.job_finished, timeout=30_000):
        release.set()
    assert (tmp_path / "first.json").is_file()
    assert not transfers.busy


def test_logging_out_cancels_a_running_export(
    qtbot: QtBot,
    transfers: TransferController,
    window: MainWindow,
    journal_app: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_blog.transfer import exporters

    real_export = exporters.export_html_site
    release = threading.Event()

    def held(conn: object, path: Path, **options: object) -> int:
        release.wait(30)
        return real_export(conn, path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(exporters, "export_html_site", held)
    add_entries(journal_app.settings.database, 3)
    choose(monkeypatch, tmp_path / "site")
    window.actions.export_html.trigger()
    with qtbot.waitSignal(transfers.job_finished, timeout=30_000):
        window.actions.logout.trigger()
        release.set()
    assert not window.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir() if "site" in p.name) == []
