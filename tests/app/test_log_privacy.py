"""The log after a real session holds what happened, never what was written or typed."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import desktop_blog.cli
from desktop_blog.app.application import install_qt_message_handler
from desktop_blog.app.session import Session
from desktop_blog.log import log_folder, setup_logging
from tests.conftest import PASSWORD
from tests.ui.conftest import StartSession, log_in, post, window_shown

MARKER = "Zephyrquill"  # a word no log line would hold by chance
ACCENTED = "Ünïcødé-Zephyrquill"


@pytest.fixture
def everything_logged() -> Iterator[None]:
    """Log at DEBUG (the strictest case) with Qt's own messages routed in too."""
    setup_logging(level=logging.DEBUG)
    install_qt_message_handler()
    yield
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)


def log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(
        path.read_bytes().decode("utf-8", errors="replace")
        for path in sorted(log_folder().iterdir())
    )


def assert_private(text: str) -> None:
    for secret in (MARKER, ACCENTED, PASSWORD):
        assert secret.lower() not in text.lower()


def test_a_window_session_logs_nothing_written_or_typed(
    qtbot: QtBot,
    everything_logged: None,
    start_session: StartSession,
    settings_file: Path,
) -> None:
    app: Session = start_session(settings_file)
    log_in(qtbot, app, password=f"{PASSWORD}-{MARKER}")  # a wrong password first
    log_in(qtbot, app)
    qtbot.waitUntil(lambda: window_shown(app))
    window = app.main_window
    assert window is not None
    assert app.draft_keeper is not None
    post(qtbot, window, f"{MARKER} title", f"<p>{MARKER} body</p>")
    qtbot.keyClicks(window.search_edit, MARKER)
    window.filter_bar.apply_now()
    qtbot.waitUntil(lambda: window.entry_list.model().rowCount() == 1)
    qtbot.keyClicks(window.search_edit, ' "(')  # a query the full-text search refuses
    window.filter_bar.apply_now()
    window.clear_search()
    window.select_row(0)
    window.actions.edit_entry.trigger()
    form = window.entry_form
    qtbot.keyClicks(form.title_edit, f" {MARKER} again")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.editing() is None)
    app.draft_keeper.set_delay_ms(20)
    window.actions.new_entry.trigger()
    qtbot.keyClicks(form.title_edit, f"{MARKER} draft")
    form.body_edit.insertPlainText(f"{ACCENTED} pasted")  # (QTest types ASCII only)
    qtbot.keyClicks(form.body_edit, " unsent")
    qtbot.wait(100)  # the draft is saved after a pause in typing (20 ms here)
    app.lock()
    assert app.login_dialog.isVisible()
    app.close()

    text = log_text()
    for line in (
        "a login was refused: wrong password",
        "logged in; the journal",
        "entry 1 was added",
        "entry 1 was saved",
        "the journal was locked",
    ):
        assert line in text
    assert_private(text)


def test_commands_log_nothing_written_or_typed(
    settings_file: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*argv: str, stdin: str = f"{PASSWORD}\n") -> int:
        return desktop_blog.cli.main(
            ["--settings", str(settings_file), *argv], stdin=io.StringIO(stdin)
        )

    assert run("add", "--title", f"{MARKER} shell", stdin=f"{PASSWORD}\n{ACCENTED} body\n") == 0
    assert run("list") == 0
    assert run("search", MARKER) == 0
    assert MARKER in capsys.readouterr().out
    assert run("search", MARKER, stdin=f"{MARKER}-wrong\n") == 1  # a wrong password
    assert run("add", "--title", MARKER, stdin=f"{PASSWORD}\n   \n") == 1  # an empty body
    text = log_text()
    assert "desktop-blog add started" in text
    assert "desktop-blog search started" in text
    assert "the command search failed" in text
    assert_private(text)


def test_a_failed_automatic_backup_is_logged_with_its_cause(
    qtbot: QtBot, everything_logged: None, journal_app: Session, tmp_path: Path
) -> None:
    log_in(qtbot, journal_app)
    qtbot.waitUntil(lambda: window_shown(journal_app))
    backups = journal_app.settings.backups
    backups.write_text("a file where the backups folder should be")
    assert journal_app.auto_backup() is None
    line = next(ln for ln in log_text().splitlines() if "automatic backup failed" in ln)
    assert line.split()[2] == "WARNING"
    assert "desktop_blog.app.session" in line
    assert str(journal_app.settings.database.name) in line or str(backups) in line
