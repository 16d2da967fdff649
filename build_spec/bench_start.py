"""Start-up benchmark: the frozen app versus running from source.

``python build_spec/bench_start.py FROZEN_EXECUTABLE [RUNS]`` runs ``--smoke-test`` (start Qt,
open the login dialog, log in, post, read back, quit) and ``--version`` (interpreter start
only) RUNS times each, alternating the frozen executable and ``python -m desktop_blog`` from
this checkout, and prints the medians and their ratio. Figures only; it asserts nothing about speed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def seconds(command: list[str], cwd: Path) -> float:
    """Wall time of one run of ``command``; a failing run stops the benchmark."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    # The commands are this benchmark's own: the built executable and this Python.
    subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env, timeout=120)  # noqa: S603
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: bench_start.py FROZEN_EXECUTABLE [RUNS]", file=sys.stderr)
        return 2
    frozen = str(Path(argv[1]).resolve())
    runs = int(argv[2]) if len(argv) == 3 else 5
    source = [sys.executable, "-m", "desktop_blog"]
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = f"{ROOT}{os.pathsep}{env_path}" if env_path else str(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        for flag in ("--version", "--smoke-test"):
            frozen_runs, source_runs = [], []
            for _ in range(runs):  # alternating, so the machine's slow moments hit both
                frozen_runs.append(seconds([frozen, flag], Path(tmp)))
                source_runs.append(seconds([*source, flag], Path(tmp)))
            frozen_s, source_s = statistics.median(frozen_runs), statistics.median(source_runs)
            print(
                f"start-up {flag}: frozen {frozen_s:.3f}s, source {source_s:.3f}s, "
                f"frozen/source {frozen_s / source_s:.2f} (median of {runs})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
