"""One app per journal: a second launch raises the first; a crashed app's lock is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.single_instance import SingleInstance, journal_key, runtime_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def first(qtbot: QtBot, db_path: Path) -> SingleInstance:
    instance = SingleInstance(db_path)
    assert instance.acquire()
    yield instance
    instance.release()


def test_the_names_are_the_journal_paths_sha256_as_before(db_path: Path) -> None:
    """Qt's SHA-256 names the lock and socket as hashlib's did: an app started before the
    change and one started after it still find each other."""
    import hashlib

    before = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    assert journal_key(db_path) == before
    instance = SingleInstance(db_path)
    assert instance.lock_path.name == f"{before}.lock"
    assert journal_key(db_path.parent / "other.sqlite3") != before


def test_lock_and_socket_live_in_the_runtime_folder(first: SingleInstance) -> None:
    assert first.lock_path.parent == runtime_dir()
    assert str(runtime_dir()).startswith(os.environ["XDG_RUNTIME_DIR"])
    assert first.lock_path.exists()


def test_second_launch_asks_the_first_to_come_forward(
    qtbot: QtBot, first: SingleInstance, db_path: Path
) -> None:
    second = SingleInstance(db_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.notify_running()


def test_other_journals_are_independent(first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other.sqlite3")
    assert other.acquire()
    other.release()


def test_released_lock_can_be_taken_again(first: SingleInstance, db_path: Path) -> None:
    first.release()
    again = SingleInstance(db_path)
    assert again.acquire()
    again.release()


_HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop_blog.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
print("locked" if instance.acquire() else "busy", flush=True)
time.sleep(60)
"""


def start_holder(db_path: Path) -> subprocess.Popen[bytes]:
    """Another process running the app's lock on ``db_path``, once it holds it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"locked\n"
    return proc


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_stale_lock_after_a_crash_does_not_block(qtbot: QtBot, db_path: Path) -> None:
    proc = start_holder(db_path)
    held = SingleInstance(db_path)
    assert not held.acquire()  # while the other process lives, it holds the journal
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert held.lock_path.exists()  # the crash left its lock and socket behind
    after = SingleInstance(db_path)
    assert after.acquire()
    second = SingleInstance(db_path)
    with qtbot.waitSignal(after.activation_requested, timeout=3000):
        assert second.notify_running()
    after.release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="flock and /proc")
def test_a_crashed_apps_lock_whose_pid_now_names_another_python_is_taken_over(
    qtbot: QtBot, db_path: Path
) -> None:
    """QLockFile takes a lock for alive when its process id runs a program of the same name:
    after a crash, another Python 3 program given that id (PIDs are reused) kept every later
    launch out with "already open in another Desktop Blog that does not answer". The
    owner's advisory lock on the file (QLockFile holds one) dies with it, and says so."""
    proc = start_holder(db_path)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    other_python = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_path = SingleInstance(db_path).lock_path
        lines = lock_path.read_bytes().split(b"\n")
        lines[0] = str(other_python.pid).encode()  # the crashed app's id, now the other's
        lock_path.write_bytes(b"\n".join(lines))
        assert not SingleInstance(db_path).acquire()  # as young as one being made: left alone
        old = os.stat(lock_path)
        os.utime(lock_path, (old.st_atime - 10, old.st_mtime - 10))  # not one being made now
        after = SingleInstance(db_path)
        assert after.acquire()
        second = SingleInstance(db_path)
        assert not second.acquire()  # a live owner keeps its lock
        with qtbot.waitSignal(after.activation_requested, timeout=3000):
            assert second.notify_running()
        after.release()
    finally:
        other_python.kill()
        other_python.wait(timeout=10)


def test_run_gui_second_launch_exits_zero(
    qtbot: QtBot, first: SingleInstance, settings_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_blog.app.application import run_gui

    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert run_gui(settings_file) == 0
    assert "already open" in capsys.readouterr().out


def test_the_socket_is_owner_only_and_gone_after_release(db_path: Path) -> None:
    instance = SingleInstance(db_path)
    assert instance.acquire()
    socket_path = Path(instance.server_name)
    assert socket_path.is_socket()
    assert socket_path.stat().st_mode & 0o777 == 0o600
    instance.release()
    assert not socket_path.exists()


def test_a_silent_or_strange_client_neither_raises_nor_blocks_the_next(
    qtbot: QtBot, first: SingleInstance, db_path: Path
) -> None:
    import socket

    raised: list[bool] = []
    first.activation_requested.connect(lambda: raised.append(True))
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(first.server_name)  # connects and never writes
    silent.setblocking(False)

    def dropped() -> bool:
        try:
            return silent.recv(1) == b""
        except BlockingIOError:
            return False

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as strange:
        strange.connect(first.server_name)
        strange.sendall(b"x" * 500)  # not a request, and longer than one
    qtbot.waitUntil(dropped, timeout=3000)  # after 0.5 s
    silent.close()
    assert raised == []
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert SingleInstance(db_path).notify_running()
    assert raised == [True]
