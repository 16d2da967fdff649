from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_blog.app.idle_lock import IdleLock


def test_input_is_watched_only_while_armed(qtbot: QtBot) -> None:
    lock = IdleLock(60_000)
    assert not lock.watching_input()  # no application-wide filter before login
    lock.start()
    qtbot.waitUntil(lock.watching_input)
    lock.stop()
    assert not lock.watching_input()
    lock.start()
    lock.stop()  # stopped before the event loop turned: the filter is never installed
    qtbot.wait(20)
    assert not lock.watching_input()


def test_typing_keeps_the_journal_unlocked_and_idleness_locks_it(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    lock = IdleLock(1000)
    locks: list[bool] = []
    lock.lock_requested.connect(lambda: locks.append(True))
    lock.start()
    qtbot.waitUntil(lock.watching_input)
    for _ in range(15):  # 1.5 s of typing, a key every 0.1 s: never a second idle
        qtbot.keyClick(edit, "a")
        qtbot.wait(100)
    assert locks == []
    assert edit.text() == "a" * 15
    qtbot.waitUntil(lambda: locks == [True], timeout=5000)
    lock.stop()
