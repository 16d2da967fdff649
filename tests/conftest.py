"""Shared fixtures: every test gets its own settings, data folder and journal."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile

# Headless before any Qt import, whatever the developer's display is.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English (United States) whatever the machine's language: tests read the source strings
# and US dates; the child processes some tests start follow the same variable.
os.environ["DESKTOP_BLOG_LANGUAGE"] = "en_US"
# The build_spec/ scripts (catalogues, desktop files, bundle) are scripts, not a package.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "build_spec"))

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop_blog.passwords import hash_password

QLocale.setDefault(QLocale("en_US"))

USERNAME = "alice"
PASSWORD = "secret-pass"


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: Any) -> None:
    """The app's English catalogue, as a US English desktop loads it: its plural forms."""
    from desktop_blog import i18n

    i18n.install("en_US")


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    """Germany's locale (``QLocale()``) for one test; the tests' US English after it."""
    QLocale.setDefault(QLocale("de_DE"))
    try:
        yield
    finally:
        QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def right_to_left(qapp: Any) -> Iterator[None]:
    """The window mirrored, as in Arabic or Hebrew, for one test."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the user config, data and runtime (lock, socket) folders at temporary folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the log folder
    # Sockets need a short path (about 100 bytes at most): not under tmp_path.
    runtime = tempfile.mkdtemp(prefix="dbt-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    monkeypatch.delenv("DESKTOP_BLOG_SETTINGS", raising=False)
    yield tmp_path
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture(autouse=True)
def modal_questions_answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No test can answer a modal dialog: the recovery key shown after the login of an
    earlier version's settings is recorded, and the offer to encrypt a plain journal is
    answered "Not now" (tests of those steps answer them their own way)."""
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop_blog.ui.dialogs.recovery_key_dialog.RecoveryKeyDialog.show_once",
        lambda key, _parent=None: shown.append(key),
    )
    monkeypatch.setattr(
        "desktop_blog.ui.dialogs.encrypt_offer.offer_encryption", lambda _parent, _path: False
    )
    return shown


@pytest.fixture(autouse=True)
def delete_closed_widgets() -> Iterator[None]:
    """After each test (and pytest-qt's closing of its widgets), really delete them.

    ``deleteLater`` only takes effect when an event loop processes deferred deletes; without
    this, every test's windows stay alive and each style-sheet change repolishes them all.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def password_hash() -> str:
    return hash_password(PASSWORD)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def settings_file(tmp_path: Path, db_path: Path, password_hash: str) -> Path:
    from desktop_blog.config import write_settings

    path = tmp_path / "settings.toml"
    write_settings(
        path, {"database": str(db_path), "username": USERNAME, "password_hash": password_hash}
    )
    return path


@pytest.fixture
def repository(db_path: Path) -> Iterator[object]:
    from desktop_blog.storage import EntryRepository, open_database

    conn = open_database(db_path)
    yield EntryRepository(conn)
    conn.close()


def log_in_to_the_shown_dialog() -> Any:
    """Fill in and submit the visible login dialog of a running app; return the dialog.

    For tests that start the app through ``main()`` or ``run_gui()`` and drive it from a
    ``QTimer`` once its event loop runs.
    """
    from PySide6.QtTest import QTest

    dialog = shown_top_level("loginDialog")
    dialog.username_edit.setText(USERNAME)
    dialog.password_edit.setText(PASSWORD)
    dialog.login_button.click()
    for _ in range(6000):  # the unlock runs on a worker thread; at most a minute
        if not dialog.is_busy():
            break
        QTest.qWait(10)
    return dialog


def shown_top_level(name: str) -> Any:
    """The visible top-level widget called ``name``."""
    from PySide6.QtWidgets import QApplication

    return next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
    )


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs) mounted at the new ``folder``, unmounted afterwards.

    Mounting needs root: the calling test is skipped, with the reason, where it cannot.
    """
    if os.geteuid() != 0:
        pytest.skip("mounting a size-limited tmpfs needs root")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    """Write a file into ``folder`` until its file system has no byte left."""
    with (folder / "filler").open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
