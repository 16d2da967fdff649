"""``desktop-blog --smoke-test``: prove an installation works without touching real data.

It runs headless with a throw-away settings file and an encrypted journal, logs in through
the login dialog of the real session (so the key is derived and the journal unlocked), posts
an entry through the add-entry form, locks, unlocks again and reads the entry back through the
list model, then checks that the file is unreadable without the key.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog import __version__

if TYPE_CHECKING:
    from desktop_blog.app.session import Session
    from desktop_blog.storage import Entry
    from desktop_blog.ui.windows.main_window import MainWindow

_PASSWORD = "smoke-test-password"  # noqa: S105 - a throw-away credential for a temp journal


class SmokeTestError(RuntimeError):
    """A step of the smoke test did not do what it should."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestError(message)


def _isolate(tmp: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The offscreen platform warns that it cannot raise windows; that is expected here.
    os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")
    # Keep every path inside the temporary folder, whatever the user's settings say.
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ.pop("DESKTOP_BLOG_SETTINGS", None)


def _create_journal(tmp: Path) -> Path:
    """An encrypted journal and its settings file (username only); return the settings file."""
    from desktop_blog.config import write_settings
    from desktop_blog.security.unlock import create_encrypted_journal

    settings_file = tmp / "settings.toml"
    journal = tmp / "journal.sqlite3"
    write_settings(settings_file, {"database": str(journal), "username": "smoke"})
    create_encrypted_journal(journal, _PASSWORD).key.wipe()
    return settings_file


def _wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    """Run the event loop until ``condition`` holds (the unlock runs on a worker thread)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QDeadlineTimer(int(seconds * 1000))
    poll.start()
    while not condition() and not deadline.hasExpired():
        QTimer.singleShot(int(min(1000, max(1, deadline.remainingTime()))), loop.quit)
        loop.exec()
    poll.stop()
    return condition()


def _log_in(session: Session, password: str = _PASSWORD) -> MainWindow:
    dialog = session.login_dialog
    _check(dialog.isVisible(), "the login dialog did not appear")
    dialog.username_edit.setText("smoke")
    dialog.password_edit.setText(password)
    dialog.login_button.click()
    _wait_for(lambda: not dialog.is_busy())
    window = session.main_window
    _check(
        window is not None and window.isVisible(),
        f"login failed: {dialog.error() or 'no main window'}",
    )
    assert window is not None
    _check(session.key is not None, "the journal was opened without its key")
    return window


def _post_entry(session: Session, window: MainWindow) -> Entry:
    from PySide6.QtWidgets import QApplication

    from desktop_blog.models.entry_model import EntryRole
    from desktop_blog.storage import Entry

    form = window.entry_form
    form.title_edit.setText("Smoke test")
    form.set_body("<p>It <strong>works</strong>.</p>")  # through the rich editor
    form.post_button.click()
    QApplication.processEvents()
    _check(not form.error(), f"posting failed: {form.error()}")
    entry = session.model.index(0, 0).data(EntryRole.ENTRY)
    _check(isinstance(entry, Entry), "the list model did not show the new entry")
    assert isinstance(entry, Entry)
    _check(
        (entry.title, entry.text) == ("Smoke test", "<p>It <strong>works</strong>.</p>"),
        "the list model shows different content",
    )
    _check("It works." in window.entry_view.toPlainText(), "the entry view is empty")
    return entry


def _lock_and_unlock(session: Session, entry: Entry) -> None:
    """Auto-lock (the key is dropped), a wrong password refused, then unlock and read."""
    from desktop_blog.models.entry_model import EntryRole

    key = session.key
    assert key is not None
    raw = key.raw
    session.lock()
    _check(session.key is None and not any(raw), "locking did not drop the key")
    _check(session.model.rowCount() == 0, "the window still shows entries while locked")
    dialog = session.login_dialog
    dialog.username_edit.setText("smoke")
    dialog.password_edit.setText("wrong password")
    dialog.login_button.click()
    _wait_for(lambda: not dialog.is_busy())
    _check(dialog.error() == "Invalid password", "a wrong password was not refused")
    _log_in(session)
    _check(
        session.model.index(0, 0).data(EntryRole.ENTRY) == entry,
        "the entry did not read back after unlocking",
    )


def _check_at_rest(journal: Path, entry: Entry) -> str:
    """The file is unreadable without its key and reads back with the password."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop_blog.config import load_settings
    from desktop_blog.security.unlock import unlock_journal
    from desktop_blog.storage import EntryRepository
    from desktop_blog.storage.sql_errors import DATABASE_ERROR

    try:
        unkeyed = sqlcipher.connect(str(journal))  # SQLite as it reads any plain file
        try:
            unkeyed.execute("SELECT count(*) FROM entries").fetchone()
        finally:
            unkeyed.close()
    except DATABASE_ERROR:
        pass
    else:
        raise SmokeTestError("the journal is readable without its key")
    settings = load_settings(journal.parent / "settings.toml")
    again = unlock_journal(settings, "smoke", _PASSWORD)
    _check(again.connection is not None, f"unlocking failed: {again.message}")
    assert again.connection is not None
    try:
        stored = EntryRepository(again.connection).get(entry.id)
        cipher = str(again.connection.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        again.lock()
    _check(stored == entry, "the entry read back from the database differs")
    return cipher


def _run(tmp: Path) -> str:
    _isolate(tmp)
    from PySide6 import __version__ as pyside_version

    from desktop_blog.app.application import application
    from desktop_blog.app.session import Session
    from desktop_blog.config import load_settings
    from desktop_blog.resources import resources_dir
    from desktop_blog.security.aead import backend_name

    settings_file = _create_journal(tmp)
    app = application()
    session = Session(load_settings(settings_file))
    try:
        session.start()
        window = _log_in(session)
        entry = _post_entry(session, window)
        _lock_and_unlock(session, entry)
    finally:
        session.quit()
        session.close()
    cipher = _check_at_rest(tmp / "journal.sqlite3", entry)
    return (
        f"desktop-blog {__version__} smoke test ok: logged in, posted entry #{entry.id} "
        f"through the form, locked, unlocked and read it back through the list model and the "
        f"database of the encrypted journal (SQLCipher {cipher}, AES-GCM from "
        f"{backend_name()}) "
        f"(PySide6 {pyside_version}, {app.platformName()} platform, resources {resources_dir()})"
    )


def run_smoke_test() -> int:
    """Run the smoke test in a temporary folder; print one line; return the exit code."""
    with tempfile.TemporaryDirectory(prefix="desktop-blog-smoke-") as tmp:
        try:
            print(_run(Path(tmp)))
        except Exception as exc:  # noqa: BLE001 - any failure is reported, never a traceback
            print(f"desktop-blog: smoke test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    return 0
