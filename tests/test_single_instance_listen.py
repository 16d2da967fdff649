"""The window takes the journal's lock before its first paint and listens after it.

No socket exists before listening; a second launch that comes in between waits for the first
to listen. QtNetwork is never imported (the socket is Python's own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_blog.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[1]

_LOCK_ONLY = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop_blog.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
locked = instance.acquire(listen=False)
listening_before = Path(instance.server_name).exists()
socket_module_before = "socket" in sys.modules
instance.listen()
print(json.dumps([locked, listening_before, socket_module_before,
                  Path(instance.server_name).exists(), "PySide6.QtNetwork" in sys.modules]))
"""

_LISTENS_LATE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
from desktop_blog.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
assert instance.acquire(listen=False)
instance.activation_requested.connect(lambda: (print("raised", flush=True), app.quit()))
print("locked", flush=True)
QTimer.singleShot(500, instance.listen)  # as the window does once its dialog is painted
QTimer.singleShot(20_000, app.quit)
app.exec()
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def test_the_socket_comes_with_listening_and_qtnetwork_never(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LOCK_ONLY, str(db_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [True, False, False, True, False]


def test_a_lock_without_listening_still_keeps_a_second_app_out(qtbot: QtBot, db_path: Path) -> None:
    first = SingleInstance(db_path)
    assert first.acquire(listen=False)
    try:
        assert not SingleInstance(db_path).acquire()
        first.listen()
        first.listen()  # once is enough; again changes nothing
        second = SingleInstance(db_path)
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()


def test_a_second_launch_waits_for_the_first_to_listen(db_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _LISTENS_LATE, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "locked\n"
        second = SingleInstance(db_path)
        assert not second.acquire()
        assert second.notify_running()  # tried again until the first listened
        assert proc.stdout.readline() == "raised\n"
    finally:
        proc.kill()
        proc.communicate(timeout=10)
