"""``python -m tests.benchmarks.gil_holds [--entries N]``: where an import holds the interpreter.

Exports a generated journal of N entries (default 100,000) to JSON, then imports it into an
empty journal on a worker thread (automatic garbage collection paused, as the app's jobs do)
while the main thread runs a watchdog: it sleeps 1 ms at a time and notes each wake-up that
comes late. A late wake-up is time the worker kept the interpreter in one C call (no switch
interval applies inside one); on the app's GUI thread that is a frame not painted. Each hold
over ``--threshold`` ms is printed with where the worker was when it let go (its innermost
frames), then a summary by place. A control first: the same watchdog while a thread only
sleeps (on a shared machine the scheduler alone makes late wake-ups). No Qt is involved.
"""

from __future__ import annotations

import argparse
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


class Watchdog:
    """Sleeps ``tick`` seconds at a time on the calling thread; notes late wake-ups."""

    def __init__(self, watched: threading.Thread, threshold_ms: float, tick: float = 0.001):
        self.watched = watched
        self.threshold_ms = threshold_ms
        self.tick = tick
        self.holds: list[tuple[float, float, str]] = []  # (at s, late ms, where)
        self.lates: list[float] = []

    def run(self) -> None:
        started = last = time.perf_counter()
        while self.watched.is_alive():
            time.sleep(self.tick)
            now = time.perf_counter()
            late = (now - last - self.tick) * 1000
            self.lates.append(late)
            if late > self.threshold_ms:
                self.holds.append((now - started, late, self._where()))
            last = now

    def _where(self) -> str:
        frame = sys._current_frames().get(self.watched.ident or -1)
        if frame is None:
            return "(ended)"
        frames = [
            f"{Path(f.filename).name}:{f.lineno} {f.name}"
            for f in traceback.extract_stack(frame)
            if "desktop_blog" in f.filename or "json" in f.filename
        ]
        return " < ".join(reversed(frames[-3:])) or "(outside desktop_blog)"


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

        idle = threading.Thread(target=time.sleep, args=(options.idle,), name="idle")
        control = Watchdog(idle, options.threshold)
        idle.start()
        control.run()
        idle.join()
        worker = threading.Thread(target=work, name="import")
        watchdog = Watchdog(worker, options.threshold)
        worker.start()
        watchdog.run()
        worker.join()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{export.name}: {outcome[0]!r} entries added; peak RSS {peak:,.0f} MiB")
    for name, seconds in phases:
        print(f"  {name} after {seconds:.2f} s")
    for at, late, where in watchdog.holds:
        print(f"  {at:7.2f} s  held {late:6.1f} ms  then at {where}")
    by_place: dict[str, list[float]] = defaultdict(list)
    for _at, late, where in watchdog.holds:
        by_place[where].append(late)
    for name, dog in (("nothing running (control)", control), ("the import", watchdog)):
        lates = sorted(dog.lates)
        print(
            f"{name}: late wake-ups max {lates[-1]:.1f} ms, p99"
            f" {lates[int(len(lates) * 0.99)]:.1f} ms, median {statistics.median(lates):.2f} ms,"
            f" {len(lates)} wake-ups; {len(dog.holds)} over {options.threshold:g} ms"
        )
    for where, holds in sorted(by_place.items(), key=lambda kv: -max(kv[1])):
        print(f"  {len(holds):4d} x, largest {max(holds):6.1f} ms: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
