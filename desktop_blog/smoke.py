"""``desktop-blog --smoke-test``: prove an installation works without touching real data.

It runs headless with a throw-away settings file and journal, logs in through the login
dialog, posts an entry through the add-entry form, and reads it back through the list model.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop_blog import __version__

_PASSWORD = "smoke-test-password"  # noqa: S105 - a throw-away credential for a temp journal


class SmokeTestError(RuntimeError):
    """A step of the smoke test did not do what it should."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestError(message)


def _check_encrypted_journal(tmp: Path) -> str:
    """Create an encrypted journal, write, lock, unlock with the password and read back."""
    import sqlite3

    from desktop_blog.config import load_settings, write_settings
    from desktop_blog.security.unlock import create_encrypted_journal, unlock_journal
    from desktop_blog.storage import EntryRepository
    from desktop_blog.storage.sql_errors import DATABASE_ERROR

    journal = tmp / "encrypted" / "journal.sqlite3"
    journal.parent.mkdir()
    settings_file = tmp / "encrypted" / "settings.toml"
    write_settings(settings_file, {"database": str(journal), "username": "smoke"})
    create_encrypted_journal(journal, _PASSWORD).key.wipe()
    settings = load_settings(settings_file)
    first = unlock_journal(settings, "smoke", _PASSWORD)
    _check(first.connection is not None, f"unlocking failed: {first.message}")
    assert first.connection is not None
    entry = EntryRepository(first.connection).add("Encrypted", "<p>Locked away.</p>")
    first.lock()
    _check(
        unlock_journal(settings, "smoke", "wrong password").message == "Invalid password",
        "a wrong password was not refused",
    )
    again = unlock_journal(settings, "smoke", _PASSWORD)
    _check(again.connection is not None, f"unlocking again failed: {again.message}")
    assert again.connection is not None
    try:
        stored = EntryRepository(again.connection).search("locked", 5)
        cipher = again.connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        again.lock()
    _check([e.id for e in stored] == [entry.id], "the encrypted journal did not read back")
    try:
        sqlite3.connect(journal).execute("SELECT count(*) FROM entries").fetchone()
    except DATABASE_ERROR:
        pass
    else:
        raise SmokeTestError("the journal is readable without its key")
    return f"SQLCipher {cipher}"


def _run(tmp: Path) -> str:  # noqa: PLR0915 - one linear check of the whole app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The offscreen platform warns that it cannot raise windows; that is expected here.
    os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")
    # Keep every path inside the temporary folder, whatever the user's settings say.
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ.pop("DESKTOP_BLOG_SETTINGS", None)

    from PySide6 import __version__ as pyside_version

    from desktop_blog.app.application import application
    from desktop_blog.app.session import Session
    from desktop_blog.config import load_settings, write_settings
    from desktop_blog.models.entry_model import EntryRole
    from desktop_blog.passwords import hash_password
    from desktop_blog.resources import resources_dir
    from desktop_blog.storage import Entry, EntryRepository, open_database

    settings_file = tmp / "settings.toml"
    write_settings(
        settings_file,
        {
            "database": str(tmp / "journal.sqlite3"),
            "username": "smoke",
            "password_hash": hash_password(_PASSWORD, log_n=12),
        },
    )
    app = application()
    journal = Session(load_settings(settings_file))
    try:
        journal.start()
        dialog = journal.login_dialog
        _check(dialog.isVisible(), "the login dialog did not appear")
        dialog.username_edit.setText("smoke")
        dialog.password_edit.setText(_PASSWORD)
        dialog.login_button.click()
        app.processEvents()
        window = journal.main_window
        _check(
            window is not None and window.isVisible(),
            f"login failed: {dialog.error() or 'no main window'}",
        )
        assert window is not None
        form = window.entry_form
        form.title_edit.setText("Smoke test")
        form.set_body("<p>It <strong>works</strong>.</p>")
        form.post_button.click()
        app.processEvents()
        _check(not form.error(), f"posting failed: {form.error()}")
        entry = journal.model.index(0, 0).data(EntryRole.ENTRY)
        _check(isinstance(entry, Entry), "the list model did not show the new entry")
        assert isinstance(entry, Entry)
        _check(
            (entry.title, entry.text) == ("Smoke test", "<p>It <strong>works</strong>.</p>"),
            "the list model shows different content",
        )
        _check("It works." in window.entry_view.toPlainText(), "the entry view is empty")
    finally:
        journal.quit()
        journal.close()
    conn = open_database(tmp / "journal.sqlite3", create=False)
    try:
        stored = EntryRepository(conn).get(entry.id)
    finally:
        conn.close()
    _check(stored == entry, "the entry read back from the database differs")
    cipher = _check_encrypted_journal(tmp)
    return (
        f"desktop-blog {__version__} smoke test ok: logged in, posted entry #{entry.id} "
        f"through the form, read it back through the list model and the database; "
        f"created, locked, unlocked and read an encrypted journal ({cipher}) "
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
