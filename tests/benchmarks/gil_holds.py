"""``python -m tests.benchmarks.gil_holds [--entries N]``: where an import holds the interpreter.

Exports a generated journal of N entries (default 100,000) to JSON, then imports it into an
empty journal on a worker thread (automatic garbage collection paused, as the app's jobs do)
while a watchdog thread sleeps 1 ms at a time and notes each wake-up that comes late. A late
wake-up is time the worker kept the interpreter in one C call (no switch interval applies
inside one); on the app's GUI thread that is a frame not painted. Each hold over
``--threshold`` ms is printed with where the worker was when it let go (its innermost
frames), then a summary by place. A control first: the same watchdog while nothing runs (on
a shared machine the scheduler alone makes late wake-ups). No Qt is involved;
``gui_gaps --where`` uses the same watchdog inside the app.
"""

from __future__ import annotations

import argparse
import collections
import gc
import resource
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any

from tests.benchmarks.generate import journal


class Watchdog(threading.Thread):
    """Sleeps 1 ms at a time; notes how late each wake-up came and where the other threads
    were then (the main thread, which is the GUI thread in the app, and the workers: their
    innermost frames of the app).

    A late wake-up means some thread kept the interpreter in one C call. Wake-ups later than
    ``threshold_ms`` are kept in :attr:`holds`; with ``keep``, the last ``keep`` wake-ups
    too, late or not (:meth:`during`: what a stretch of time covered).
    """

    def __init__(self, threshold_ms: float = 15.0, keep: int = 0) -> None:
        super().__init__(name="watchdog", daemon=True)
        self.threshold_ms = threshold_ms
        self.lates: list[float] = []
        self.holds: list[tuple[float, float, str]] = []  # (s from the start, late ms, where)
        self.recent: collections.deque[tuple[float, float, str]] = collections.deque(maxlen=keep)
        self._running = True

    def run(self) -> None:
        started = last = time.perf_counter()
        while self._running:
            time.sleep(0.001)
            now = time.perf_counter()
            late = (now - last) * 1000 - 1
            self.lates.append(late)
            if late > self.threshold_ms or self.recent.maxlen:
                where = self.where()
                if late > self.threshold_ms:
                    self.holds.append((now - started, late, where))
                self.recent.append((now, late, where))
            last = now

    def stop(self) -> None:
        self._running = False
        self.join()

    def where(self) -> str:
        """Each other thread's innermost frames of the app (or of ``json``)."""
        places = []
        for ident, frame in sys._current_frames().items():
            if ident == self.ident:
                continue
            stack = [
                f"{Path(f.filename).stem}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(frame)
                if "desktop_blog" in f.filename or "json" in f.filename
            ]
            thread = "main" if ident == threading.main_thread().ident else "worker"
            places.append(f"{thread}: {' < '.join(reversed(stack[-3:])) or '-'}")
        return " | ".join(sorted(places))

    def during(self, start: float, end: float) -> list[str]:
        """What the kept wake-ups between ``start`` and ``end`` saw: each place once, with
        its latest wake-up and how many saw it."""
        seen: dict[str, list[float]] = {}
        for at, late, where in list(self.recent):
            if start <= at <= end + 0.002:
                seen.setdefault(where, []).append(late)
        return [
            f"    {len(lates):3d} samples, late up to {max(lates):6.1f} ms: {where}"
            for where, lates in seen.items()
        ]

    def summary(self, name: str) -> str:
        lates = sorted(self.lates) or [0.0]
        return (
            f"{name}: late wake-ups max {lates[-1]:.1f} ms, p99"
            f" {lates[int(len(lates) * 0.99)]:.1f} ms, median {statistics.median(lates):.2f} ms,"
            f" {len(self.lates)} wake-ups; {len(self.holds)} over {self.threshold_ms:g} ms"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--threshold", type=float, default=15.0, help="ms to report")
    parser.add_argument("--export", type=Path, help="import this JSON file instead")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of the control")
    options = parser.parse_args(argv)

    from desktop_blog.storage import open_database
    from desktop_blog.transfer import importers
    from desktop_blog.transfer.exporters import export_json

    with tempfile.TemporaryDirectory(prefix="gil-holds-") as tmp:
        folder = Path(tmp)
        export = options.export
        if export is None:
            export = folder / "export.json"
            source = open_database(journal(options.entries).path)
            export_json(source, export)
            source.close()
        outcome: list[object] = []
        phases: list[tuple[str, float]] = []

        read_source = importers.read_source
        started = 0.0

        def timed_read(*args: Any) -> Any:
            result = read_source(*args)
            phases.append(("file read and parsed", time.perf_counter() - started))
            return result

        importers.read_source = timed_read  # type: ignore[assignment]

        def work() -> None:
            nonlocal started
            gc.disable()
            conn = open_database(folder / "empty.sqlite3")
            try:
                started = time.perf_counter()
                outcome.append(importers.import_file(conn, export, progress=lambda *_: True).added)
                phases.append(("import_file returned", time.perf_counter() - started))
            except Exception as exc:  # noqa: BLE001 - reported below
                outcome.append(exc)
            finally:
                conn.close()
                gc.enable()

        control = Watchdog(options.threshold)
        control.start()
        time.sleep(options.idle)
        control.stop()
        worker = threading.Thread(target=work, name="import")
        watchdog = Watchdog(options.threshold)
        watchdog.start()
        worker.start()
        worker.join()
        watchdog.stop()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{export.name}: {outcome[0]!r} entries added; peak RSS {peak:,.0f} MiB")
    for name, seconds in phases:
        print(f"  {name} after {seconds:.2f} s")
    for at, late, where in watchdog.holds:
        print(f"  {at:7.2f} s  held {late:6.1f} ms  then at {where}")
    by_place: dict[str, list[float]] = defaultdict(list)
    for _at, late, where in watchdog.holds:
        by_place[where].append(late)
    print(control.summary("nothing running (control)"))
    print(watchdog.summary("the import"))
    for where, holds in sorted(by_place.items(), key=lambda kv: -max(kv[1])):
        print(f"  {len(holds):4d} x, largest {max(holds):6.1f} ms: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
