"""The idle steps: one slice per turn of the event loop, events in between, nothing early."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_blog.app.idle_steps import IdleSteps


def test_each_slice_gives_the_event_loop_back(qtbot: QtBot) -> None:
    """With a zero budget every step is a slice of its own, and what the event loop has to
    do (a timer here; keys and paints in the app) runs between them."""
    order: list[str] = []
    steps = IdleSteps(slice_ms=0)

    def first() -> None:
        order.append("step 1")
        QTimer.singleShot(0, lambda: order.append("event"))

    steps.add("one", first)
    steps.add("two", lambda: order.append("step 2"))
    steps.add("three", lambda: order.append("step 3"))
    with qtbot.waitSignal(steps.finished, timeout=5000):
        steps.start()
    assert order.index("event") < order.index("step 3")
    assert order[:1] == ["step 1"]
    assert steps.slices == 3
    assert steps.ran == ["one", "two", "three"]
    assert steps.pending() == []


def test_a_slice_runs_steps_until_its_budget_is_spent(qtbot: QtBot) -> None:
    steps = IdleSteps(slice_ms=60_000)  # a budget no step list here can spend
    for number in range(5):
        steps.add(f"step {number}", lambda: None)
    with qtbot.waitSignal(steps.finished, timeout=5000):
        steps.start()
    assert steps.slices == 1
    assert len(steps.ran) == 5


def test_nothing_runs_before_the_widget_is_painted(qtbot: QtBot) -> None:
    ran: list[str] = []
    steps = IdleSteps()
    steps.add("build", lambda: ran.append("build"))
    label = QLabel("Log in")
    qtbot.addWidget(label)
    steps.start_after_paint(label)
    qtbot.wait(50)
    assert ran == []  # not shown, so not painted (and the fallback is a second away)
    with qtbot.waitSignal(steps.finished, timeout=5000):
        label.show()
    assert ran == ["build"]


def test_finish_runs_what_is_left_at_once_and_stop_drops_it(qtbot: QtBot) -> None:
    ran: list[str] = []
    steps = IdleSteps(slice_ms=0)
    for name in ("a", "b", "c"):
        steps.add(name, lambda name=name: ran.append(name))
    steps.add("first", lambda: ran.append("first"), first=True)
    steps.finish()
    assert ran == ["first", "a", "b", "c"]
    assert steps.slices == 0  # no turn of the event loop was needed
    steps.add("late", lambda: ran.append("late"))
    steps.stop()
    qtbot.wait(20)
    assert steps.pending() == []
    assert "late" not in ran
