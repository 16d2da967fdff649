"""One app per journal: a second launch raises the first; a crashed app's lock is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.single_instance import SingleInstance, runtime_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def first(qtbot: QtBot, db_path: Path) -> SingleInstance:
    instance = SingleInstance(db_path)
    assert instance.acquire()
    yield instance
    instance.release()


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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_stale_lock_after_a_crash_does_not_block(qtbot: QtBot, db_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"locked\n"
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


def test_run_gui_second_launch_exits_zero(
    qtbot: QtBot, first: SingleInstance, settings_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_blog.app.application import run_gui

    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert run_gui(settings_file) == 0
    assert "already open" in capsys.readouterr().out
