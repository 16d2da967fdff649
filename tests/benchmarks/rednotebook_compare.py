"""``python -m tests.benchmarks.rednotebook_compare [--runs 7] [--days 3650] [--other TREE]``.

Desktop Blog next to RedNotebook (the Debian package, ``apt-get install rednotebook``) on the
same 10-year journal, under one Xvfb, alternating runs:

- the journal: one entry a day for ``--days`` days, a title and about 250 words of prose
  (the benchmark generator's vocabulary). RedNotebook gets its data folder of ``YYYY-MM.txt``
  month files (YAML: ``day: {text: ...}``, as RedNotebook writes them); Desktop Blog gets the
  same entries through its own CLI (``import`` of a jrnl JSON file, the user made with
  ``set-password``);
- first window mapped: process start until the X server maps the program's first top-level
  window (Desktop Blog's login dialog, RedNotebook's main window), seen the same way for
  both by one ``xev`` watching the root window (no polling to slow the programs down);
- peak RSS: RedNotebook's two seconds after its window with the journal is mapped (VmHWM);
  Desktop Blog's two seconds after its list is painted (the probe's ``settled``), twice: over
  the whole run (argon2id's 64 MiB, freed when the key is derived, are in it) and from the
  moment the key was derived on (the probe resets the kernel's peak there: what the session
  itself holds);
- RSS once the journal is shown: Desktop Blog 2 s after the list is painted (the probe's
  ``settled``), RedNotebook 2 s after its window is mapped (VmRSS).

Prints medians and the ratios against the targets (≤ 0.5 x RedNotebook for both).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.generate import WORDS
from tests.benchmarks.xvfb_start import PASSWORD, PROBE, Runs, child_env, make_user, start_xvfb

FIRST_DAY = date(2016, 1, 1)


def entries(days: int) -> list[tuple[date, str, str]]:
    """(day, title, plain-text body of about 250 words in paragraphs) for each day."""
    rng = random.Random(days)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    result = []
    for offset in range(days):
        paragraphs = []
        for _ in range(rng.randint(3, 5)):
            words = rng.choices(WORDS, weights=weights, k=rng.randint(50, 75))
            paragraphs.append(" ".join(words).capitalize() + ".")
        title = " ".join(rng.choices(WORDS[40:], k=rng.randint(2, 5))).capitalize()
        result.append((FIRST_DAY + timedelta(days=offset), title, "\n\n".join(paragraphs)))
    return result


def write_rednotebook(journal: list[tuple[date, str, str]], folder: Path) -> None:
    """RedNotebook's data folder: one ``YYYY-MM.txt`` per month, ``day: {text: ...}``."""
    folder.mkdir(parents=True)
    months: dict[str, list[str]] = {}
    for day, title, body in journal:
        text = f"=== {title} ===\n\n{body}"
        # A JSON string is a valid YAML double-quoted scalar.
        months.setdefault(f"{day:%Y-%m}", []).append(f"{day.day}: {{text: {json.dumps(text)}}}")
    for month, lines in months.items():
        (folder / f"{month}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_desktop_blog(journal: list[tuple[date, str, str]], home: Path) -> Path:
    """The same entries in a Desktop Blog journal, through the app's CLI; its settings file."""
    settings = make_user(home, home / "journal.sqlite3")
    export = home / "journal.jrnl.json"
    items = [
        {"date": f"{day:%Y-%m-%d}", "time": "21:00", "title": title, "body": body}
        for day, title, body in journal
    ]
    export.write_text(json.dumps({"tags": {}, "entries": items}), encoding="utf-8")
    for command in (["init-db"], ["import", str(export)]):
        subprocess.run(
            [sys.executable, "-m", "desktop_blog", "--settings", str(settings), *command],
            input=f"{PASSWORD}\n",
            text=True,
            check=True,
            capture_output=True,
            env=child_env(":0", home),
            cwd=home,
        )
    return settings


class MapWatcher:
    """Notes when the X server maps the first top-level window, as it happens.

    One ``xev`` on the root window (SubstructureNotify) reports every top-level window's
    MapNotify without polling, so watching costs the programs measured nothing.
    """

    def __init__(self, display: str) -> None:
        self.mapped = threading.Event()
        self.at = 0.0
        for attempt in range(3):
            self._xev = subprocess.Popen(
                ["stdbuf", "-oL", "xev", "-display", display, "-root", "-event", "substructure"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            self._reader = threading.Thread(target=self._read, daemon=True)
            self._reader.start()
            try:
                self._until_watching(display)
                return
            except RuntimeError as exc:
                self.close()
                print(f"map watcher, attempt {attempt + 1}: {exc}", file=sys.stderr)
        raise RuntimeError(f"no xev on {display} reports windows mapped")

    def _until_watching(self, display: str, timeout: float = 10) -> None:
        """Return once the watcher reports windows mapped: a second ``xev`` maps its own
        window, again every half second until the watcher has seen one.

        A fixed wait was not enough on a busy machine: xev had not yet selected the events
        when the program's window was mapped, and the run failed as "no window".
        """
        deadline = time.monotonic() + timeout
        while not self.mapped.is_set():
            if self._xev.poll() is not None:
                error = self._xev.stderr.read().strip() if self._xev.stderr else ""
                raise RuntimeError(f"xev exited with {self._xev.returncode}: {error}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"xev reported no window mapped within {timeout:.0f} s")
            helper = subprocess.Popen(
                ["xev", "-display", display, "-geometry", "1x1+0+0"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.mapped.wait(0.5)
            helper.terminate()
            helper.wait(timeout=10)
        self.mapped.clear()  # the helper's window was the one seen

    def _read(self) -> None:
        assert self._xev.stdout is not None
        for line in self._xev.stdout:
            if line.startswith("MapNotify event") and not self.mapped.is_set():
                self.at = time.clock_gettime(time.CLOCK_MONOTONIC)
                self.mapped.set()

    def wait(self, started: float, proc: subprocess.Popen[str]) -> float:
        """Milliseconds from ``started`` to the first window mapped."""
        deadline = time.monotonic() + 60
        while not self.mapped.wait(0.05):
            if proc.poll() is not None:
                raise RuntimeError(f"the program exited with {proc.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError("no window mapped within 60 s")
        return (self.at - started) * 1000

    def close(self) -> None:
        self._xev.terminate()
        self._xev.wait(timeout=10)


def status_kib(pid: int, field: str = "VmHWM:") -> int:
    """A memory figure of ``pid`` (VmHWM, the peak RSS, or VmRSS) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


def run_desktop_blog(
    display: str, home: Path, settings: Path, runs: Runs, tree: Path | None = None
) -> None:
    env = child_env(display, home)
    if tree is not None:  # another source tree of the app (an export of main)
        env["PYTHONPATH"] = str(tree)
    watcher = MapWatcher(display)
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), "app", str(settings), PASSWORD],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=home,
    )
    try:
        runs.login.append(watcher.wait(started, proc))
    finally:
        watcher.close()
    out, _ = proc.communicate(timeout=300)
    events = {
        line.split()[1]: line.split()[2:] for line in out.splitlines() if line.startswith("event")
    }
    if "list" not in events or "settled" not in events:
        raise RuntimeError(f"Desktop Blog did not show the journal: {out[-300:]}")
    runs.rss.append(int(events["settled"][1]))  # the peak: the key derivation's 64 MiB in it
    runs.rss_settled.append(int(events["settled"][2]))  # RSS 2 s after the list
    runs.peak_after_key.append(int(events["settled"][3]))  # the peak from the key on


def run_rednotebook(display: str, home: Path, data: Path, runs: Runs) -> None:
    env = child_env(display, home)
    env["NO_AT_BRIDGE"] = "1"  # no accessibility bus under Xvfb (Qt finds none either)
    watcher = MapWatcher(display)
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    proc = subprocess.Popen(
        ["rednotebook", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=home,
        text=True,
    )
    try:
        runs.login.append(watcher.wait(started, proc))
        time.sleep(2)
        runs.rss.append(status_kib(proc.pid))
        runs.rss_settled.append(status_kib(proc.pid, "VmRSS:"))
    finally:
        watcher.close()
        proc.send_signal(signal.SIGKILL)  # no save on exit: the data folder stays as made
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument(
        "--other", type=Path, help="another source tree of the app, measured alternating too"
    )
    args = parser.parse_args()
    for tool, package in (("rednotebook", "rednotebook"), ("xev", "x11-utils")):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (Debian: apt-get install {package})")
    journal = entries(args.days)
    words = sum(len(body.split()) + len(title.split()) for _, title, body in journal)
    ours, theirs, other = Runs(), Runs(), Runs()
    with tempfile.TemporaryDirectory(prefix="desktop-blog-vs-rednotebook-") as tmp:
        home = Path(tmp)
        (home / "runtime").mkdir(mode=0o700)
        data = home / "rednotebook-journal"
        write_rednotebook(journal, data)
        settings = write_desktop_blog(journal, home)
        server, display = start_xvfb()
        try:
            for _ in range(args.runs):
                run_desktop_blog(display, home, settings, ours)
                for attempt in range(3):  # RedNotebook now and then maps no window at all
                    try:
                        run_rednotebook(display, home, data, theirs)
                        break
                    except RuntimeError as exc:
                        print(f"RedNotebook run failed ({exc}); trying again", file=sys.stderr)
                        if attempt == 2:
                            raise
                if args.other is not None:
                    run_desktop_blog(display, home, settings, other, args.other)
        finally:
            if server.poll() is not None:
                print(f"Xvfb on {display} had exited with {server.returncode}", file=sys.stderr)
            server.terminate()
            server.wait(timeout=10)
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "rednotebook"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    ms = statistics.median(ours.login), statistics.median(theirs.login)
    mib = statistics.median(ours.rss) / 1024, statistics.median(theirs.rss) / 1024
    now = statistics.median(ours.rss_settled) / 1024, statistics.median(theirs.rss_settled) / 1024
    after = statistics.median(ours.peak_after_key) / 1024
    print(f"Journal: {args.days:,} days, one entry a day, {words / len(journal):.0f} words each.")
    print(f"RedNotebook {version}, medians of {args.runs} alternating runs under Xvfb:\n")
    print("| | Desktop Blog | RedNotebook | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        f"| first window mapped | {ms[0]:.0f} ms | {ms[1]:.0f} ms | {ms[0] / ms[1]:.2f} | ≤ 0.5 |"
    )
    print(
        f"| peak RSS from the key on | {after:.1f} MiB | {mib[1]:.1f} MiB |"
        f" {after / mib[1]:.3f} | ≤ 0.5 |"
    )
    print(
        f"| peak RSS, argon2id's 64 MiB included | {mib[0]:.1f} MiB | {mib[1]:.1f} MiB |"
        f" {mib[0] / mib[1]:.3f} | |"
    )
    print(
        f"| RSS 2 s after the journal is shown | {now[0]:.1f} MiB | {now[1]:.1f} MiB |"
        f" {now[0] / now[1]:.3f} | |"
    )
    if args.other is not None:
        o_ms, o_mib = statistics.median(other.login), statistics.median(other.rss) / 1024
        o_now = statistics.median(other.rss_settled) / 1024
        o_after = statistics.median(other.peak_after_key) / 1024
        print(
            f"\n{args.other} (alternating with the above): first window {o_ms:.0f} ms"
            f" ({o_ms / ms[1]:.2f}), peak RSS from the key on {o_after:.1f} MiB"
            f" ({o_after / mib[1]:.3f}), whole run {o_mib:.1f} MiB ({o_mib / mib[1]:.3f}),"
            f" RSS 2 s after {o_now:.1f} MiB ({o_now / now[1]:.3f})"
        )


if __name__ == "__main__":
    main()
