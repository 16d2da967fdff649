"""Durability: a writer killed with SIGKILL at random moments loses no committed entry."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_blog.storage import EntryRepository, open_database

KILLS = 50
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _committed_ids(output: bytes) -> list[int]:
    lines = output.decode().split("\n")[:-1]  # a line cut by the kill has no newline
    return [int(line) for line in lines if line.isdigit()]


def _kill_at_random(db_path: Path, rng: random.Random) -> list[int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path)],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"ready\n"
    time.sleep(rng.uniform(0, 0.08))
    proc.send_signal(signal.SIGKILL)
    output, _ = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return _committed_ids(output)


def test_sigkill_never_loses_a_committed_entry(db_path: Path) -> None:
    rng = random.Random(5)
    open_database(db_path).close()
    reported: list[int] = []
    for kill in range(KILLS):
        reported += _kill_at_random(db_path, rng)
        raw = sqlite3.connect(db_path)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], kill
            stored = {row[0] for row in raw.execute("SELECT id FROM entries")}
        finally:
            raw.close()
        missing = set(reported) - stored
        assert not missing, f"kill {kill}: committed entries lost: {sorted(missing)[:10]}"
    conn = open_database(db_path)
    count = EntryRepository(conn).count()
    conn.close()
    print(f"\n{KILLS} kills, {len(reported)} reported commits, 0 entries lost ({count} stored)")
    assert len(reported) > KILLS  # the writer did write between kills
