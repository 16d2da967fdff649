"""The top-level guard: closed pipes, Ctrl+C, hang-ups and surprises end without a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog import crash_guard
from desktop_blog.crash_guard import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    escape_control,
    format_exception_report,
    run_guarded,
)
from desktop_blog.storage import EntryRepository, open_database
from tests.catalogues import marked
from tests.conftest import PASSWORD


def many_entries(db_path: Path, count: int) -> None:
    conn = open_database(db_path)
    repository = EntryRepository(conn)
    with repository.batch():
        for n in range(count):
            repository.add(f"Entry number {n} with a longish title", "<p>x</p>")
    conn.close()


def cli(settings_file: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "desktop_blog", "--settings", str(settings_file), *argv]


def test_a_closed_pipe_ends_list_quietly(settings_file: Path, db_path: Path) -> None:
    many_entries(db_path, 4000)
    command = " ".join(cli(settings_file, "list", "--limit", "4000"))
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -n 1"],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.stdout.startswith(" 4000  ")
    assert result.stderr == ""
    assert result.returncode == EXIT_BROKEN_PIPE


_READ = {"x86_64": "0", "aarch64": "63"}  # the read system call's number


def reading_stdin(pid: int) -> bool:
    """Whether process ``pid`` is blocked in read() on its stdin (true where /proc cannot say)."""
    number = _READ.get(os.uname().machine)
    if number is None:
        return True
    fields = Path(f"/proc/{pid}/syscall").read_text().split()
    return fields[:2] == [number, "0x0"]


def waiting_for_the_body(settings_file: Path, db_path: Path) -> subprocess.Popen[str]:
    """``add`` with the password given, blocked reading the body (the journal open)."""
    open_database(db_path).close()
    process = subprocess.Popen(
        cli(settings_file, "add", "--title", "T"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a test run started in the background (nohup, `&`, some CI
        # runners) ignores SIGINT, and a child would inherit that and never see Ctrl+C.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    assert process.stdin is not None
    process.stdin.write(f"{PASSWORD}\n")
    process.stdin.flush()
    fds = Path(f"/proc/{process.pid}/fd")
    for _ in range(3000):  # until it holds the journal open (Linux /proc), at most ~60 s
        with contextlib.suppress(OSError):
            if any(os.readlink(fd) == str(db_path) for fd in fds.iterdir()) and reading_stdin(
                process.pid
            ):
                return process
        time.sleep(0.02)
    process.kill()
    pytest.fail("the command never opened the journal")


def test_ctrl_c_ends_quietly_with_130(settings_file: Path, db_path: Path) -> None:
    process = waiting_for_the_body(settings_file, db_path)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1


def test_a_hang_up_ends_quietly(settings_file: Path, db_path: Path) -> None:
    process = waiting_for_the_body(settings_file, db_path)
    process.send_signal(signal.SIGHUP)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 128 + signal.SIGHUP
    assert err == ""


def test_an_unexpected_error_prints_one_line_and_saves_a_report(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_dirs / "state"))

    def boom() -> int:
        raise ZeroDivisionError("\x1b[31mred\x1b[0m")

    assert run_guarded(boom) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "\x1b" not in err
    assert "ZeroDivisionError" in err
    saved = Path(err.rsplit("the details are in ", 1)[1].strip())
    report = saved.read_text()
    assert "Traceback" in report
    assert "boom" in report
    assert saved.stat().st_mode & 0o777 == 0o600


def test_a_broken_pipe_inside_the_command_returns_141() -> None:
    def write_to_closed_pipe() -> int:
        raise BrokenPipeError

    saved = os.dup(sys.stdout.fileno())
    try:
        assert run_guarded(write_to_closed_pipe) == EXIT_BROKEN_PIPE
    finally:
        os.dup2(saved, sys.stdout.fileno())
        os.close(saved)


def test_control_characters_are_escaped_in_list_and_search(
    settings_file: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = open_database(db_path)
    EntryRepository(conn).add("Evil \x1b]0;owned\x07 \x1b[2J\rtitle \u202eevil", "<p>body</p>")
    conn.close()
    for argv in (("list",), ("search", "title")):
        assert (
            desktop_blog.cli.main(
                ["--settings", str(settings_file), *argv], stdin=io.StringIO(f"{PASSWORD}\n")
            )
            == 0
        )
        out = capsys.readouterr().out
        assert "\x1b" not in out
        assert "\r" not in out
        assert "\u202e" not in out
        assert "\\x1b]0;owned\\x07" in out
        assert "\\u202e" in out


def test_escape_control_keeps_what_is_asked() -> None:
    assert escape_control("a\nb\tc\x00") == "a\\x0ab\\x09c\\x00"
    assert escape_control("a\nb", keep="\n") == "a\nb"
    assert escape_control("café ✓") == "café ✓"


def test_the_exception_report_names_the_versions_and_the_code_path() -> None:
    try:
        sqlite3.connect(":memory:").execute("SELEC")
    except sqlite3.Error as exc:
        report = format_exception_report(type(exc), exc, exc.__traceback__)
    assert report.startswith("Desktop Blog ")
    assert "Python" in report
    assert "OperationalError" in report
    assert "test_crash_guard.py" in report


def test_the_excepthook_saves_the_report_and_shows_it(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_blog.crash_guard import install_excepthook

    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_dirs / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[tuple[str, Path | None]] = []
    install_excepthook(lambda report, saved: shown.append((report, saved)))
    try:
        raise ValueError("in a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    ((report, saved),) = shown
    assert "ValueError: in a slot" in report
    assert saved is not None
    assert saved.read_text() == report


def test_the_lines_for_people_are_translated_and_the_report_is_not(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_dirs / "state"))

    def boom() -> int:
        raise ZeroDivisionError("oops")

    def interrupt() -> int:
        raise KeyboardInterrupt

    with marked("CrashGuard"):
        assert run_guarded(boom) == 1
        err = capsys.readouterr().err
        assert err.startswith("desktop-blog: «unexpected error: ZeroDivisionError: oops; ")
        saved = Path(err.rsplit("the details are in ", 1)[1].strip().rstrip("»"))
        assert "«" not in saved.read_text()  # the report stays English, for the bug report
        assert run_guarded(interrupt) == EXIT_INTERRUPTED
        assert capsys.readouterr().err == "desktop-blog: «interrupted»\n"


def test_a_failing_translation_leaves_the_english_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_context: str, _text: str, _n: int = -1) -> str:
        raise ImportError("no Qt")

    monkeypatch.setattr(crash_guard, "translate", broken)

    def interrupt() -> int:
        raise KeyboardInterrupt

    assert run_guarded(interrupt) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "desktop-blog: interrupted\n"
