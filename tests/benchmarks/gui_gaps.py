"""``python -m tests.benchmarks.gui_gaps [--entries N]``: does the GUI thread keep turning?

Logs in to a copy of a generated journal of N entries (default 100,000; offscreen; the
offer to encrypt the plain journal is answered "Not now"), then runs each long operation
through the window's own actions (the transfer controller, its jobs on the thread pool, file
dialogs answered) while a :class:`QTimer` on the GUI thread ticks every 10 ms and records
the gaps between its ticks. A gap over 10 ms is time the GUI thread could not run its event
loop (paint, type, click).

Operations: JSON export, Markdown export, HTML site export, backup, statistics, restore of
that backup, and the JSON export imported into an empty journal. For comparison the same
Qt-free function is also called on the GUI thread with a progress callback that pumps
events (``processEvents``), as the app did before the work moved to workers.

Prints one line per operation: the largest gap, the 99th percentile gap, the number of
ticks, the operation's duration and when the gaps over the target ended (seconds from the
start). The issue's target: largest gap under 50 ms. A control line first: the same timer
for a few seconds with nothing running (on a shared machine the scheduler alone makes gaps;
compare with it).

``--where`` also prints what each gap over 50 ms covered, from a watchdog thread that wakes
every millisecond (``gil_holds.Watchdog``): a late wake-up means a thread held the
interpreter in one C call; on-time wake-ups that see the GUI thread in the app's painting
code mean the GUI thread itself was busy.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.benchmarks.generate import journal
from tests.benchmarks.gil_holds import Watchdog

USERNAME = "bench"
PASSWORD = "bench-password"
TICK_MS = 10
TARGET_MS = 50
OPERATIONS = (
    "export JSON",
    "export Markdown",
    "export HTML site",
    "backup",
    "statistics",
    "restore",
    "import JSON",
)


SAMPLER: Watchdog | None = None  # --where


class GapRecorder:
    """A 10 ms timer on the GUI thread; the gaps between its ticks while recording."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        if SAMPLER is not None and gap >= TARGET_MS:
            print(f"  a gap of {gap:.1f} ms:", *SAMPLER.during(self._last, now), sep="\n")
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start(TICK_MS)

    def stop(self) -> list[float]:
        self._tick()  # the time since the last tick counts too
        self._timer.stop()
        return self.gaps


def report_line(name: str, where: str, gaps: list[float], seconds: float) -> str:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    verdict = "ok" if max(gaps, default=0.0) < TARGET_MS else "OVER"
    return (
        f"{name:<22} {where:<22} max gap {max(gaps, default=0.0):8.1f} ms  p99 {p99:6.1f} ms"
        f"  median {statistics.median(gaps) if gaps else 0.0:5.1f} ms  ticks {len(gaps):5d}"
        f"  took {seconds:6.2f} s  {verdict}{over_at(gaps)}"
    )


def over_at(gaps: list[float], shown: int = 5) -> str:
    """The gaps over the target and when they ended, in seconds from the start (a few)."""
    ends = list(itertools.accumulate(gaps))
    over = [
        f"{gap:.0f} ms at {end / 1000:.2f} s"
        for gap, end in zip(gaps, ends, strict=True)
        if gap >= TARGET_MS
    ]
    if not over:
        return ""
    more = f" and {len(over) - shown} more" if len(over) > shown else ""
    return f" ({', '.join(over[:shown])}{more})"


def settings_file(folder: Path, database: Path) -> Path:
    from desktop_blog.config import write_settings
    from desktop_blog.passwords import hash_password

    path = folder / "settings.toml"
    write_settings(
        path,
        {
            "database": str(database),
            "username": USERNAME,
            "password_hash": hash_password(PASSWORD),
            "backups": str(folder / "backups"),
        },
    )
    return path


def wait_until(condition: Callable[[], bool], timeout: float = 600) -> None:
    """Run the event loop until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start(5)
    if not condition():
        loop.exec()
    timer.stop()
    if not condition() or time.monotonic() > deadline:
        raise RuntimeError("timed out")


def logged_in(settings: Path) -> object:
    from desktop_blog.app.session import Session
    from desktop_blog.config import load_settings

    session = Session(load_settings(settings))
    session.start()
    dialog = session.login_dialog
    dialog.username_edit.setText(USERNAME)
    dialog.password_edit.setText(PASSWORD)
    dialog.login_button.click()
    wait_until(lambda: session.main_window is not None and session.main_window.isVisible())
    return session


def on_worker(session: object, trigger: Callable[[], None]) -> tuple[list[float], float]:
    """Trigger an action and record the GUI thread's gaps until its job has finished."""
    transfers = session.transfers  # type: ignore[attr-defined]
    recorder = GapRecorder()
    loop = QEventLoop()
    transfers.job_finished.connect(loop.quit)
    recorder.start()
    started = time.perf_counter()
    trigger()
    if transfers.busy:
        loop.exec()
    seconds = time.perf_counter() - started
    transfers.job_finished.disconnect(loop.quit)
    return recorder.stop(), seconds


Work = Callable[[Callable[[int, int], bool]], object]


def on_gui_thread(work: Work) -> tuple[list[float], float]:
    """Run ``work`` on the GUI thread, pumping events at each progress report (the old way)."""
    recorder = GapRecorder()

    def pump(_done: int, _total: int) -> bool:
        QCoreApplication.processEvents()
        return True

    recorder.start()
    started = time.perf_counter()
    work(pump)
    seconds = time.perf_counter() - started
    return recorder.stop(), seconds


def idle(seconds: float) -> tuple[list[float], float]:
    """The timer's gaps with nothing else running: the machine's own noise."""
    recorder = GapRecorder()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    recorder.start()
    started = time.perf_counter()
    loop.exec()
    return recorder.stop(), time.perf_counter() - started


def answer_dialogs(path: Path) -> None:
    """File dialogs return ``path``; the restore question is answered Yes."""
    QFileDialog.getSaveFileName = lambda *_a, **_k: (str(path), "")  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = lambda *_a, **_k: (str(path), "")  # type: ignore[method-assign]
    QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--skip-gui-thread", action="store_true", help="no 'before' runs")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of the control")
    parser.add_argument(
        "--operations",
        type=lambda text: text.split(","),
        default=list(OPERATIONS),
        help=f"comma-separated, of: {','.join(OPERATIONS)}",
    )
    parser.add_argument(
        "--where", action="store_true", help="print what each gap over 50 ms covered"
    )
    options = parser.parse_args(argv)
    if options.where:
        global SAMPLER  # noqa: PLW0603 - one sampler for the run
        SAMPLER = Watchdog(threshold_ms=math.inf, keep=5000)
        SAMPLER.start()

    from desktop_blog.app.application import application
    from desktop_blog.storage import open_database
    from desktop_blog.storage.backup import backup_journal, list_backups
    from desktop_blog.storage.stats import journal_stats
    from desktop_blog.transfer import exporters
    from desktop_blog.transfer.importers import import_file
    from desktop_blog.ui.dialogs import encrypt_offer

    encrypt_offer.offer_encryption = lambda _parent, _path: False  # "Not now": not measured
    app = application()
    source = journal(options.entries).path
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="gui-gaps-") as tmp:
        folder = Path(tmp)
        database = folder / "journal.sqlite3"
        shutil.copy(source, database)
        settings = settings_file(folder, database)
        os.environ["XDG_RUNTIME_DIR"] = str(folder)
        session = logged_in(settings)
        window = session.main_window  # type: ignore[attr-defined]
        transfers = session.transfers  # type: ignore[attr-defined]
        actions = window.actions
        export = folder / "export.json"
        gaps, seconds = idle(options.idle)
        lines.append(report_line("nothing (control)", "-", gaps, seconds))
        print(lines[-1], flush=True)
        runs: list[tuple[str, Path, Callable[[], None]]] = [
            ("export JSON", export, actions.export_json.trigger),
            ("export Markdown", folder / "markdown", actions.export_markdown.trigger),
            ("export HTML site", folder / "site", actions.export_html.trigger),
            ("backup", folder, actions.back_up.trigger),
            ("statistics", folder, actions.statistics.trigger),
            ("statistics", folder, actions.statistics.trigger),  # the window built: the count
        ]
        for name, path, trigger in runs:
            needed = {"backup", "export JSON" if "import JSON" in options.operations else ""}
            if name not in options.operations and name not in needed:  # restore, import use them
                continue
            answer_dialogs(path)
            gaps, seconds = on_worker(session, trigger)
            lines.append(report_line(name, "worker (now)", gaps, seconds))
            print(lines[-1], flush=True)
        [backup] = list_backups(folder / "backups")[:1]
        answer_dialogs(backup)
        gaps, seconds = on_worker(session, actions.restore.trigger)
        lines.append(report_line("restore", "worker (now)", gaps, seconds))
        print(lines[-1], flush=True)
        assert not transfers.busy

        if not options.skip_gui_thread:
            conn = open_database(database)
            before: list[tuple[str, Work]] = [
                (
                    "export JSON",
                    lambda p: exporters.export_json(conn, folder / "old.json", progress=p),
                ),
                (
                    "export HTML site",
                    lambda p: exporters.export_html_site(conn, folder / "old-site", progress=p),
                ),
                (
                    "backup",
                    lambda p: backup_journal(database, folder / "old-backups", progress=p),
                ),
                ("statistics", lambda _p: journal_stats(conn)),
            ]
            for name, work in before:
                if name not in options.operations:
                    continue
                gaps, seconds = on_gui_thread(work)
                lines.append(report_line(name, "GUI thread (before)", gaps, seconds))
                print(lines[-1], flush=True)
            conn.close()
        session.close_journal()  # type: ignore[attr-defined]
        session.close()  # type: ignore[attr-defined]

        if "import JSON" in options.operations:
            empty_folder = folder / "empty"
            empty_folder.mkdir()
            open_database(empty_folder / "journal.sqlite3").close()  # plain, like the source
            empty = logged_in(settings_file(empty_folder, empty_folder / "journal.sqlite3"))
            answer_dialogs(export)
            gaps, seconds = on_worker(empty, empty.main_window.actions.import_journal.trigger)  # type: ignore[attr-defined]
            count = empty.model.rowCount()  # type: ignore[attr-defined]
            lines.append(report_line("import JSON", "worker (now)", gaps, seconds))
            print(lines[-1], f"(list shows {count:,} rows after)", flush=True)
            if not options.skip_gui_thread:
                second = empty_folder / "second.sqlite3"
                conn = open_database(second)
                gaps, seconds = on_gui_thread(lambda p: import_file(conn, export, progress=p))
                conn.close()
                lines.append(report_line("import JSON", "GUI thread (before)", gaps, seconds))
                print(lines[-1], flush=True)
            empty.close_journal()  # type: ignore[attr-defined]
            empty.close()  # type: ignore[attr-defined]
    app.processEvents()
    print(f"\n{options.entries:,} entries; timer every {TICK_MS} ms on the GUI thread")
    return 0


if __name__ == "__main__":
    sys.exit(main())
