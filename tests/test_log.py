"""The log file: where it is, who may read it, what it holds; nothing reaches the terminal."""

from __future__ import annotations

import ast
import io
import logging
import os
import platform
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_blog
import desktop_blog.cli
from desktop_blog import crash_guard
from desktop_blog.log import (
    BACKUP_COUNT,
    MAX_BYTES,
    PrivateRotatingFileHandler,
    log_file,
    log_folder,
    setup_logging,
)
from desktop_blog.storage import open_database
from tests.conftest import PASSWORD, fill_up, small_disk

PACKAGE = Path(desktop_blog.__file__).parent
# Files whose print() calls are the commands' own output to the user (one-line errors included).
USER_OUTPUT = {"cli.py", "cli_journal.py", "cli_rescue.py", "crash_guard.py", "smoke.py"}
# The window's start: the no-display line, a fatal error, "already open".
USER_OUTPUT_LINES = {"app/application.py": 3}


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Path]:
    """The log set up in this test's state folder; the file's path."""
    path = setup_logging()
    assert path is not None
    yield path
    for handler in logging.getLogger().handlers:
        handler.flush()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_is_in_the_user_log_folder_owner_only(logged: Path, tmp_path: Path) -> None:
    assert logged == tmp_path / "xdg-state" / "desktop-blog" / "log" / "desktop-blog.log"
    assert logged.parent == log_folder()
    logging.getLogger("desktop_blog.test").warning("a line")
    assert "WARNING desktop_blog.test: a line" in logged.read_text(encoding="utf-8")
    assert mode(logged) == 0o600
    assert mode(logged.parent) == 0o700


def test_it_rotates_a_few_files_of_a_few_megabytes(logged: Path) -> None:
    root = logging.getLogger()
    handlers = [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]
    assert len(handlers) == 1
    assert (handlers[0].max_bytes, handlers[0].backup_count) == (MAX_BYTES, BACKUP_COUNT)
    assert 1024 * 1024 <= MAX_BYTES <= 10 * 1024 * 1024
    assert 2 <= BACKUP_COUNT <= 5


def test_rotated_files_stay_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a common umask: new files would be 0644
    path = tmp_path / "small.log"
    handler = PrivateRotatingFileHandler(path, max_bytes=200, backup_count=2)
    record_logger = logging.getLogger("desktop_blog.rotation_test")
    record_logger.addHandler(handler)
    record_logger.propagate = False
    try:
        for number in range(40):
            record_logger.warning("line %d of the rotation test", number)
    finally:
        record_logger.removeHandler(handler)
        handler.close()
        record_logger.propagate = True
        os.umask(old_umask)
    files = sorted(tmp_path.glob("small.log*"))
    assert [f.name for f in files] == ["small.log", "small.log.1", "small.log.2"]
    assert {mode(f) for f in files} == {0o600}


def rotate_lines(path: Path, count: int, *, backup_count: int) -> None:
    handler = PrivateRotatingFileHandler(path, max_bytes=300, backup_count=backup_count)
    handler.setFormatter(logging.Formatter("%(message)s"))
    record_logger = logging.getLogger("desktop_blog.rotation_content_test")
    record_logger.addHandler(handler)
    record_logger.propagate = False
    try:
        for number in range(count):
            record_logger.warning("record %03d of the rotation: é", number)
    finally:
        record_logger.removeHandler(handler)
        handler.close()
        record_logger.propagate = True


def test_rotation_keeps_the_newest_records_in_order_each_file_within_its_size(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.log"
    rotate_lines(path, 60, backup_count=3)
    files = [path.with_name("app.log.3"), path.with_name("app.log.2"), path.with_name("app.log.1")]
    lines = [line for f in [*files, path] for line in f.read_text("utf-8").splitlines()]
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 60))  # none lost between the kept files
    assert numbers[0] > 0  # the oldest were rotated out
    assert all(0 < f.stat().st_size <= 300 for f in [*files, path])


def test_without_backups_the_file_starts_again_when_full(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    rotate_lines(path, 60, backup_count=0)
    assert [f.name for f in tmp_path.iterdir()] == ["app.log"]
    assert 0 < path.stat().st_size <= 300
    assert path.read_text("utf-8").splitlines()[-1].startswith("record 059")


def test_a_log_on_a_full_disk_says_nothing_on_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records that cannot be written are dropped: no "--- Logging error ---" traceback."""
    monkeypatch.setattr(logging, "raiseExceptions", True)  # Python's default
    with small_disk(tmp_path / "disk") as disk:
        path = setup_logging(disk / "log")
        assert path is not None
        fill_up(disk)
        for number in range(200):  # past a rotation, too
            logging.getLogger("desktop_blog.test").warning("a record %d that finds no room", number)
        assert setup_logging(tmp_path / "elsewhere") is not None  # closes the disk's handler
    assert capfd.readouterr().err == ""
    assert not logging.raiseExceptions


def test_setting_up_twice_keeps_one_handler(logged: Path) -> None:
    assert setup_logging() == logged
    files = [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]
    assert len(files) == 1


def test_crash_reports_and_the_log_share_one_folder(logged: Path) -> None:
    report = crash_guard.write_crash_report("report\n")
    assert report is not None
    assert report.parent == logged.parent == crash_guard.log_folder()


def test_an_unwritable_log_folder_drops_records_silently(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    assert setup_logging(blocked / "log") is None
    logging.getLogger("desktop_blog.test").error("nowhere to go")
    assert capfd.readouterr().err == ""
    setup_logging()  # back to this test's folder


def test_a_command_logs_its_start_with_versions_and_prints_nothing_else(
    settings_file: Path, db_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    code = desktop_blog.cli.main(
        ["--settings", str(settings_file), "list"], stdin=io.StringIO(f"{PASSWORD}\n")
    )
    assert code == 0
    captured = capfd.readouterr()
    assert captured.err == ""
    text = log_file().read_text(encoding="utf-8")
    start = next(line for line in text.splitlines() if "desktop-blog list started" in line)
    for name in ("Desktop Blog 0.", "Python 3.", "SQLite 3.", "SQLCipher 4."):
        assert name in start


def test_the_system_is_described_without_a_subprocess() -> None:
    """The version line names the kernel, machine, distribution and C library, but starts no
    ``uname -p`` as :func:`platform.platform` does (16 ms in one idle step of the start-up)."""
    script = (
        "import sys\n"
        "from desktop_blog.log import system_description\n"
        "text = system_description()\n"
        "print(text)\n"
        "print('subprocess' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    text, spawned = result.stdout.splitlines()
    assert spawned == "False"
    machine = platform.machine()
    assert text.startswith(f"{platform.system()} {platform.release()} {machine}")
    assert "glibc" in text or sys.platform != "linux"


def test_a_failed_command_logs_the_operation_and_the_error_type(
    settings_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    code = desktop_blog.cli.main(
        ["--settings", str(settings_file), "list"], stdin=io.StringIO("wrong-password\n")
    )
    assert code == 1
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("desktop-blog: error: ")
    text = log_file().read_text(encoding="utf-8")
    assert "WARNING desktop_blog.cli: the command list failed: " in text


def test_no_print_in_the_app_but_the_commands_output() -> None:
    found: dict[str, int] = {}
    for path in PACKAGE.rglob("*.py"):
        name = path.relative_to(PACKAGE).as_posix()
        if name in USER_OUTPUT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        ]
        if calls:
            found[name] = len(calls)
    assert found == USER_OUTPUT_LINES


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")
def test_no_display_is_one_clear_line_and_exit_1(settings_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_blog", "--settings", str(settings_file)],
        env=_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desktop-blog: no graphical display found; ")
    assert "xcb" not in result.stderr.lower()
    assert result.stdout == ""


QT_RUNTIME_PROBE = """
from PySide6.QtCore import QStandardPaths
from desktop_blog.app.application import application
from desktop_blog.log import setup_logging
setup_logging()
application()
QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
"""


def test_qt_warnings_go_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    """Without XDG_RUNTIME_DIR Qt warns; the warning lands in the log, the terminal stays quiet."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("XDG_RUNTIME_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", QT_RUNTIME_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = log_file().read_text(encoding="utf-8")
    assert "WARNING desktop_blog.qt: " in text
    assert "XDG_RUNTIME_DIR" in text
