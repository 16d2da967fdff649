"""The window's rescue: how long the check and the salvage take, and that the GUI thread stays free.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.rescue_window [ENTRIES]
Builds a journal of ENTRIES entries (default 5,000), then times ``check_journal`` (median of
RUNS) and, while the background check runs through the rescue controller, the longest gap
between ticks of a 5 ms timer on the GUI thread. Then damages a page of the entries and times
the salvage from the damage report to the reopened journal, with the same gap measured.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 5


def _longest_gap_while(busy: Callable[[], bool]) -> tuple[float, float]:
    """Run the event loop until ``busy()`` is false; (seconds taken, longest tick gap)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    start = time.perf_counter()
    timer.start()
    while busy():
        QCoreApplication.processEvents()
        time.sleep(0.001)
    timer.stop()
    taken = time.perf_counter() - start
    stamps = [start, *ticks, time.perf_counter()]
    return taken, max(b - a for a, b in itertools.pairwise(stamps))


def main(entries: int) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_blog.app.rescue_controller import RescueController
    from desktop_blog.config import load_settings, write_settings
    from desktop_blog.storage.rescue import check_journal
    from desktop_blog.ui.dialogs.rescue_dialog import RescueDialog
    from tests.storage.damaged import damage, make_journal

    _app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="rescue-bench-"))
    journal = folder / "journal.sqlite3"
    made = time.perf_counter()
    make_journal(journal, entries)
    size = journal.stat().st_size / 1e6
    print(
        f"journal: {entries:,} entries, {size:.1f} MB (made in {time.perf_counter() - made:.1f} s)"
    )
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        check_journal(journal)
        times.append(time.perf_counter() - start)
    print(f"check_journal: median {statistics.median(times) * 1000:.0f} ms of {RUNS}")
    settings_file = folder / "settings.toml"
    write_settings(settings_file, {"database": str(journal)})
    settings = load_settings(settings_file)
    reopened: list[object] = []
    controller = RescueController(lambda: settings, lambda: None)
    controller.reopened.connect(lambda conn, _text: reopened.append(conn))
    controller.check_in_background()
    taken, gap = _longest_gap_while(lambda: controller.busy)
    print(f"background check: {taken * 1000:.0f} ms; longest GUI-thread gap {gap * 1000:.1f} ms")
    damage(journal, "entries")
    (folder / "journal.sqlite3.checked").unlink()
    RescueDialog.exec = lambda self: self.salvage_button.click()  # type: ignore[method-assign]
    controller.check_in_background()
    taken, gap = _longest_gap_while(lambda: controller.busy or not reopened)
    print(
        f"damage found, salvaged, reopened: {taken * 1000:.0f} ms; "
        f"longest GUI-thread gap {gap * 1000:.1f} ms (opening the salvaged journal)"
    )
    controller.shut_down()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000)
