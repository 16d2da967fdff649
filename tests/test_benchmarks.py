"""The benchmark's journal generator makes what the benchmark says it measures."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_blog.storage import SCHEMA_VERSION, EntryRepository, open_database
from tests.benchmarks import generate


def test_generated_journal_is_realistic_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    generate.generate(400, path)
    conn = open_database(path)
    repo = EntryRepository(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    sizes = [len(row[0]) for row in conn.execute("SELECT text FROM entries")]
    assert len(sizes) == 400
    assert min(sizes) >= 1000  # 1-3 KB of HTML
    assert max(sizes) <= 3 * 1024
    created = [datetime.fromisoformat(r[0]) for r in conn.execute("SELECT created FROM entries")]
    assert created == sorted(created)
    assert (created[-1] - created[0]).days > 365 * 19  # spread over the years
    assert all(e.title for e in repo.newest(400))
    rare = generate._rare_word_of(400)
    assert 0 < len(repo.search(rare, 400)) <= 40  # a rare word is rare
    assert len(repo.search("the", 400)) > 300  # a common word is common
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    conn.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_xvfb_probe_sees_login_list_and_statistics_through_public_names(tmp_path: Path) -> None:
    """The start-up benchmark drives the real app by its entry point and object names."""
    import shutil

    import pytest

    from tests.benchmarks import xvfb_start

    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    server, display = xvfb_start.start_xvfb()
    try:
        (tmp_path / "runtime").mkdir(mode=0o700)
        env = xvfb_start.child_env(display, tmp_path)
        settings = xvfb_start.make_user(tmp_path, tmp_path / "journal.sqlite3")
        floor, app = xvfb_start.Runs(), xvfb_start.Runs()
        xvfb_start.run_child(["floor"], env, tmp_path, floor)
        xvfb_start.run_child(["app", str(settings), xvfb_start.PASSWORD], env, tmp_path, app)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert len(floor.login) == len(floor.rss) == 1
    assert len(app.login) == len(app.after_login) == len(app.statistics) == 1
    assert app.rss[0] > floor.rss[0] > 0
    # The peak from the key on leaves argon2id's 64 MiB out (the probe reset the kernel's peak
    # when the key was derived); the floor derives no key, so its two peaks are one (read a
    # moment apart: at the list's paint and at the settled line).
    assert 0 <= floor.peak_after_key[0] - floor.rss[0] < 1024
    assert floor.rss[0] < app.peak_after_key[0] < app.rss[0] - 48 * 1024
    assert xvfb_start.kdf_ms(settings) is not None


def test_the_start_up_report_needs_no_other_tree() -> None:
    """The table of a run without ``--other`` (the report once asked for the other tree's
    first run, which only ``--other`` measures)."""
    from tests.benchmarks import xvfb_start

    def runs(ms: float, kib: int) -> xvfb_start.Runs:
        figures = xvfb_start.Runs()
        for name in ("login", "after_login", "statistics", "after_typing", "key_delay"):
            getattr(figures, name).append(ms)
        for name in ("kdf", "over_kdf", "over_kdf_typed", "create"):
            getattr(figures, name).append(ms / 2)
        for name in ("rss", "rss_now", "rss_settled", "peak_after_key"):
            getattr(figures, name).append(kib)
        return figures

    results = {"floor": runs(100, 65 << 10), "0": runs(110, 90 << 10)}
    results["first run"] = runs(120, 95 << 10)
    table = xvfb_start.report([0], 1, results, {0: 50.0})
    assert "| 0 | 110 ms | 1.10 |" in table
    assert "| first run | 120 ms | 1.20 |" in table
