from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_blog.ui.widgets.flash_banner import FlashBanner


def test_flash_shows_then_fades_away(qtbot: QtBot) -> None:
    banner = FlashBanner(timeout_ms=50, fade_ms=50)
    qtbot.addWidget(banner)
    banner.flash("Saved")
    assert banner.isVisible()
    assert banner.message() == "Saved"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)


def test_flash_can_be_dismissed(qtbot: QtBot) -> None:
    banner = FlashBanner(timeout_ms=60_000)
    qtbot.addWidget(banner)
    banner.flash("Oops", "error")
    assert banner.property("kind") == "error"
    button = banner.findChild(type(banner._dismiss), "flashDismissButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_new_message_restarts_the_banner(qtbot: QtBot) -> None:
    banner = FlashBanner(timeout_ms=60_000)
    qtbot.addWidget(banner)
    banner.flash("one")
    banner.flash("two")
    assert banner.message() == "two"
    assert banner.isVisible()
