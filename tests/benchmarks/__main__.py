"""``python -m tests.benchmarks [--quick] [--write]``: how the app scales with the journal.

Measures in one run (medians over several runs) and prints a table:

1. start to first paint: a bare PySide6 window (the floor) and the app logging in to a
   journal of 0 and N entries, each in a fresh process under the offscreen platform;
2. peak RSS of those processes;
3. full-text search to the first page of results at N (common word, rare word, prefix,
   phrase) and LIKE for comparison;
4. adding an entry (insert + commit, index included) at N;
5. scrolling to the last entry at N (scrollToBottom + paint), in the started app.

Full: N = 1,000,000 (journals of 10k and 100k are measured for search and count too).
``--quick``: N = 10,000 and 3 runs, for CI. ``--write`` saves the report to RESULTS.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks.encrypted import encrypted_copy, unlock, unlock_ms
from tests.benchmarks.generate import ROOT, Journal, journal

PASSWORD = "benchmark-password"
RESULTS = Path(__file__).with_name("RESULTS.md")
TARGETS = {
    "start": "≤ 1.5 x floor",
    "rss": "≤ RSS at 0 entries + 30 MiB",
    "search": "≤ 50 ms median",
    "add": "≤ 10 ms median",
    "scroll": "≤ 100 ms",
}


@dataclass
class Start:
    """Figures of one kind of process start, over several runs."""

    ms: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    scroll_ms: list[float] = field(default_factory=list)
    scroll_rss_kib: list[int] = field(default_factory=list)
    phases: dict[str, list[float]] = field(default_factory=dict)
    note: str = ""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "default.warning=false"
    env["PYTHONPATH"] = str(ROOT)
    env.pop("DESKTOP_BLOG_SETTINGS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # start from bytecode, as an installed app does
    return env


def run_child(args: list[str], home: Path, result: Start) -> None:
    env = child_env()
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=home
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        words = line.split()
        if words[:1] == ["painted"]:
            result.ms.append((time.perf_counter() - started) * 1000)
            result.rss_kib.append(int(words[1]))
        elif words[:1] == ["phases"]:
            for item in words[1:]:
                name, ms = item.split("=")
                result.phases.setdefault(name.replace("_", " "), []).append(float(ms))
        elif words[:1] == ["scrolled"]:
            result.scroll_ms.append(float(words[1]))
            result.scroll_rss_kib.append(int(words[2]))
            result.note = " ".join(words[3:])
    if proc.wait(timeout=600) != 0 or not result.ms:
        raise RuntimeError(f"{args} failed with exit code {proc.returncode}")


def measure_starts(sizes: list[int], runs: int, encrypted: int | None = None) -> dict[str, Start]:
    from desktop_blog.config import write_settings
    from desktop_blog.passwords import hash_password

    # pip compiles an installed app's bytecode; do the same for the checkout being measured.
    for folder in (ROOT / "desktop_blog", Path(__file__).parent):
        compileall.compile_dir(folder, quiet=1)
    secret = hash_password(PASSWORD, log_n=12)  # a cheap hash: login is not what we measure
    starts = {"floor": Start(), **{f"app {n:,}": Start() for n in sizes}}
    if encrypted is not None:
        starts[f"encrypted {encrypted:,}"] = Start()
    with tempfile.TemporaryDirectory(prefix="desktop-blog-bench-") as tmp:
        home = Path(tmp)
        settings: dict[int, Path] = {}
        for n in sizes:
            settings[n] = home / f"settings-{n}.toml"
            write_settings(
                settings[n],
                {"database": str(journal(n).path), "username": "bench", "password_hash": secret},
            )
        if encrypted is not None:
            settings[-1] = home / "settings-encrypted.toml"
            write_settings(
                settings[-1],
                {
                    "database": str(encrypted_copy(journal(encrypted), PASSWORD)),
                    "username": "bench",
                    "password_hash": secret,
                },
            )
        for _ in range(runs):  # interleaved, so slow phases of the machine hit all alike
            run_child([str(Path(__file__).with_name("floor.py"))], home, starts["floor"])
            for n in sizes:
                run_child(
                    ["-m", "tests.benchmarks.driver", str(settings[n]), PASSWORD],
                    home,
                    starts[f"app {n:,}"],
                )
            if encrypted is not None:
                run_child(
                    ["-m", "tests.benchmarks.driver", str(settings[-1]), PASSWORD],
                    home,
                    starts[f"encrypted {encrypted:,}"],
                )
    return starts


def timed(action: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median milliseconds of ``action`` over ``runs`` (the first, cold run included)."""
    times = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def measure_journal(j: Journal, runs: int, encrypted: bool = False) -> list[tuple[str, float, str]]:
    """Search, count and add latencies at one journal size, in this process."""
    from desktop_blog.storage import EntryRepository, open_database
    from desktop_blog.storage.database import transaction

    rows: list[tuple[str, float, str]] = []
    if encrypted:
        path = encrypted_copy(j, PASSWORD)
        conn = open_database(path, key=unlock(path, PASSWORD))
    else:
        conn = open_database(j.path)
    repo = EntryRepository(conn)
    page = 200  # the list model's page: ids of the matches, then their entries

    ms, count = timed(repo.count, runs)
    rows.append(("count rows (scroll bar)", ms, f"{count:,} entries"))
    for label, query in [
        ("search: common word", j.common),
        ("search: rare word", j.rare),
        ("search: prefix", j.prefix),
        ("search: phrase", j.phrase),
    ]:
        ms, found = timed(lambda q=query: repo.search(q, page), runs)
        rows.append((f"{label} {query}", ms, f"{len(found)} shown"))  # type: ignore[arg-type]
    for label, query in [("LIKE: common word", j.common), ("LIKE: rare word", j.rare)]:
        # A LIKE miss reads every body: one run at a million entries takes long enough.
        like_runs = runs if j.size <= 100_000 else 1
        ms, found = timed(lambda q=query: repo.search_like(q, page), like_runs)
        rows.append((f"{label} {query}", ms, f"{len(found)} shown"))  # type: ignore[arg-type]

    rows.append(model_tester(repo, j.size))
    added: list[int] = []

    def add() -> None:
        added.append(repo.add("Benchmark entry", "<p>" + "A quiet evening. " * 100 + "</p>").id)

    ms, _ = timed(add, runs)
    rows.append(("add entry (insert + commit)", ms, "synchronous=FULL, index included"))
    with transaction(conn):  # leave the cached journal as generated
        conn.executemany("DELETE FROM entries WHERE id = ?", [(i,) for i in added])
    conn.close()
    return rows


def model_tester(repo: object, size: int) -> tuple[str, float, str]:
    """Run QAbstractItemModelTester (fatal mode) over the whole journal and an insert."""
    from PySide6.QtTest import QAbstractItemModelTester

    from desktop_blog.models.entry_model import EntryListModel
    from desktop_blog.storage.database import transaction

    started = time.perf_counter()
    model = EntryListModel(repo)  # type: ignore[arg-type]
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    entry = model.add_entry("Model tester", "<p>checked</p>")
    model.set_search(entry.title)
    ms = (time.perf_counter() - started) * 1000
    conn = repo._conn  # type: ignore[attr-defined]
    with transaction(conn):
        conn.execute("DELETE FROM entries WHERE id = ?", (entry.id,))
    del tester
    return (
        "QAbstractItemModelTester: every row, an insert, a search",
        ms,
        f"passed, {model.cached_pages()} pages cached",
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    from PySide6 import __version__ as pyside

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}"
    )


def report(
    sizes: list[int],
    big: int,
    starts: dict[str, Start],
    queries: dict[int, list],
    runs: int,
    generation: dict[int, str],
) -> str:
    floor = statistics.median(starts["floor"].ms)
    floor_rss = statistics.median(starts["floor"].rss_kib) / 1024
    empty_rss = statistics.median(starts["app 0"].rss_kib) / 1024
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        f"Medians of {runs} runs; processes start under the offscreen platform, from bytecode."
        f" Load average when the report was written: {os.getloadavg()[0]:.2f}.",
        "",
        "| measure | median | vs floor / target | notes |",
        "|---|---:|---|---|",
        f"| floor: bare PySide6 window, start to first paint | {floor:.0f} ms | 1.00 x "
        f"| peak RSS {floor_rss:.0f} MiB |",
    ]
    for n in sizes:
        s = starts[f"app {n:,}"]
        ms = statistics.median(s.ms)
        rss = statistics.median(s.rss_kib) / 1024
        lines.append(
            f"| app, {n:,} entries: start to first populated paint | {ms:.0f} ms "
            f"| {ms / floor:.2f} x floor (target {TARGETS['start']}) "
            f"| peak RSS {rss:.0f} MiB = 0 entries {rss - empty_rss:+.1f} MiB "
            f"(target {TARGETS['rss']}) |"
        )
    s = starts[f"app {big:,}"]
    lines.append(
        f"| scroll to the last entry at {big:,} (scrollToBottom + paint) "
        f"| {statistics.median(s.scroll_ms):.1f} ms | target {TARGETS['scroll']} "
        f"| last row shown: {s.note}; peak RSS after "
        f"{statistics.median(s.scroll_rss_kib) / 1024:.0f} MiB |"
    )
    for n, rows in queries.items():
        for label, ms, note in rows:
            target = TARGETS["search"] if label.startswith("search") else ""
            target = TARGETS["add"] if label.startswith("add") else target
            lines.append(f"| {label} at {n:,} | {ms:.2f} ms | {target} | {note} |")
    for n, text in generation.items():
        lines.append(f"| generate {n:,} entries (cached in .bench/) | {text} | |")
    s = starts[f"app {big:,}"]
    lines += [
        "",
        f"Where the app's start goes at {big:,} entries (medians, ms since the driver's first"
        " line; the rest of the total is the interpreter starting):",
        "",
        "| phase | ms | step |",
        "|---|---:|---:|",
    ]
    previous = 0.0
    for name, values in s.phases.items():
        ms = statistics.median(values)
        lines.append(f"| {name} | {ms:.0f} | +{ms - previous:.0f} |")
        previous = ms
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small journal, few runs (CI)")
    parser.add_argument("--write", action="store_true", help=f"save the report to {RESULTS}")
    parser.add_argument(
        "--size", type=int, help="measure only this journal size (instead of 1,000,000)"
    )
    args = parser.parse_args()
    big = args.size or (10_000 if args.quick else 1_000_000)
    runs = 3 if args.quick else 7
    sizes = [0, big]
    query_sizes = [big] if args.quick or args.size else [10_000, 100_000, big]
    generation: dict[int, str] = {}
    for n in sorted({*sizes, *query_sizes}):
        j = journal(n)
        made = json.loads(j.path.with_suffix(".json").read_text())["seconds"]
        size = j.path.stat().st_size / 2**20
        generation[n] = f"{made:.1f} s | when first made; {size:,.0f} MiB on disk"
    starts = measure_starts(sizes, runs, encrypted=big)
    queries = {n: measure_journal(journal(n), runs) for n in query_sizes}
    text = report(sizes, big, starts, queries, runs, generation)
    text += "\n\n" + encrypted_report(big, starts, queries[big], runs)
    print(text)
    if args.write:
        RESULTS.write_text(RESULTS_HEADER + text + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


def encrypted_report(
    big: int, starts: dict[str, Start], plain_rows: list[tuple[str, float, str]], runs: int
) -> str:
    """The encrypted journal (SQLCipher) next to the plain one, with the ratio."""
    plain, enc = starts[f"app {big:,}"], starts[f"encrypted {big:,}"]
    from sqlcipher3 import dbapi2 as sqlcipher

    # Phases count from the driver's start: the unlock is the step after "app imported".
    unlocks = [
        done - before
        for done, before in zip(
            enc.phases.get("unlocked (argon2id)", []), enc.phases["app imported"], strict=False
        )
    ]
    kdf = statistics.median(unlocks) if unlocks else 0.0
    lines = [
        f"Encrypted journal (SQLCipher 4, AES-256, on SQLite {sqlcipher.sqlite_version}) next to "
        f"the plain one (Python's SQLite), {big:,} entries: same entries, same runs, "
        "interleaved:",
        "",
        "| measure | plain | encrypted | encrypted / plain |",
        "|---|---:|---:|---:|",
    ]

    def row(label: str, a: float, b: float, unit: str) -> None:
        lines.append(f"| {label} | {a:.2f} {unit} | {b:.2f} {unit} | {b / a:.2f} x |")

    row(
        "start to first populated paint (unlock excluded)",
        statistics.median(plain.ms),
        statistics.median(enc.ms) - kdf,
        "ms",
    )
    row(
        "scroll to the last entry",
        statistics.median(plain.scroll_ms),
        statistics.median(enc.scroll_ms),
        "ms",
    )
    row(
        "peak RSS at first paint",
        statistics.median(plain.rss_kib) / 1024,
        statistics.median(enc.rss_kib) / 1024,
        "MiB",
    )
    for (label, ms, _), (_, enc_ms, _) in zip(
        plain_rows, measure_journal(journal(big), runs, encrypted=True), strict=True
    ):
        row(label, ms, enc_ms, "ms")
    path = encrypted_copy(journal(big), PASSWORD)
    lines += [
        "",
        f"Unlock (argon2id key derivation + AES-GCM unwrap), measured apart: "
        f"{unlock_ms(path, PASSWORD, runs):.0f} ms median of {runs} "
        f"(the app's start step: {kdf:.0f} ms; subtracted from its start above).",
    ]
    return "\n".join(lines)


RESULTS_HEADER = """# Benchmark results

`.venv/bin/python -m tests.benchmarks --write` wrote the table below; see the README for the
headline and `tests/benchmarks/__main__.py` for what each line measures.

"""

if __name__ == "__main__":
    sys.exit(main())
