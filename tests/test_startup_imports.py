"""Start-up stays lean: what only a menu action or a Markdown body needs is imported on use.

Each check runs in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_blog.storage import EntryRepository
from tests.conftest import PASSWORD, USERNAME
from tests.malloc_probe import LARGE_BUFFER_MAPPED

DEFERRED = (
    "markdown_it",
    "desktop_blog.transfer.exporters",
    "desktop_blog.transfer.importers",
    "desktop_blog.transfer.pdf_export",
    "desktop_blog.ui.windows.statistics_window",
    "desktop_blog.ui.dialogs.preferences_dialog",
    "desktop_blog.ui.dialogs.shortcuts_dialog",
    "desktop_blog.storage.backup",
    "desktop_blog.storage.stats",
)

LOG_IN = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop_blog.app.application import application
from desktop_blog.app.session import Session
from desktop_blog.config import load_settings

app = application()
settings = load_settings(Path(sys.argv[1]))
journal = Session(settings)
journal.start()
journal.login_dialog.username_edit.setText(settings.username or "")
journal.login_dialog.password_edit.setText(sys.argv[2])
journal.login_dialog.login_button.click()
import time
deadline = time.monotonic() + 60
while journal.login_dialog.is_busy() and time.monotonic() < deadline:  # unlocking on a worker
    QCoreApplication.processEvents()
    time.sleep(0.01)
QCoreApplication.processEvents()
assert journal.main_window is not None and journal.main_window.isVisible(), "not logged in"
"""  # and not closed: closing backs the journal up, which is an import of its own

REPORT = "\nimport json\nprint(json.dumps(sorted(m for m in {names!r} if m in sys.modules)))\n"


def loaded_after(code: str, *args: str, names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Run ``code`` in a new interpreter; return which of ``names`` it imported."""
    script = "import sys\n" + code + REPORT.format(names=names)
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_the_report_sees_a_deferred_module_once_it_is_imported() -> None:
    assert loaded_after("import markdown_it") == ["markdown_it"]


def test_importing_the_app_leaves_out_markdown_and_the_menu_actions() -> None:
    assert loaded_after("import desktop_blog.app") == []


def test_the_command_line_leaves_them_out_on_the_way_to_the_window() -> None:
    """``desktop-blog`` starts the window through the CLI's parser: no command's code is loaded."""
    names = (*DEFERRED, "yaml", "desktop_blog.storage.rescue", "desktop_blog.transfer.atomic")
    code = "import desktop_blog.cli as cli\ncli.build_parser().parse_args([])"
    assert loaded_after(code, names=names) == []


@pytest.fixture
def encrypted_settings(tmp_path: Path, db_path: Path) -> Path:
    """Settings with the username only, beside an encrypted journal (as a new user has)."""
    from desktop_blog.config import write_settings
    from desktop_blog.security.unlock import create_encrypted_journal

    path = tmp_path / "encrypted.toml"
    write_settings(path, {"database": str(db_path), "username": USERNAME})
    create_encrypted_journal(db_path, PASSWORD).key.wipe()
    return path


@pytest.fixture
def encrypted_repository(encrypted_settings: Path, db_path: Path) -> Iterator[EntryRepository]:
    from tests.ui.conftest import open_journal

    conn = open_journal(db_path)
    yield EntryRepository(conn)
    conn.close()


def test_an_encrypted_journals_session_loads_one_openssl(
    encrypted_settings: Path, encrypted_repository: EntryRepository
) -> None:
    """Unlocking and showing the journal use SQLCipher's OpenSSL only: nothing imports
    ``hashlib``, ``hmac`` or ``secrets``, which would load Python's libcrypto too (3.7 MiB)."""
    encrypted_repository.add("Hello", "<p>an <b>HTML</b> body</p>")
    names = ("_hashlib", "hashlib", "hmac", "secrets", "cryptography")
    assert loaded_after(LOG_IN, str(encrypted_settings), PASSWORD, names=names) == []
    script = LOG_IN + "\nimport desktop_blog.security.aead as A\nprint(A.backend_name())"
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script, str(encrypted_settings), PASSWORD],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "sqlcipher3/_sqlite3" in result.stdout.strip().splitlines()[-1]


def test_a_session_links_one_sqlite_sqlcipher_s(
    encrypted_settings: Path, encrypted_repository: EntryRepository
) -> None:
    """Python's own sqlite3 (a second SQLite library, 1.4 MiB) is never loaded: two copies of
    SQLite in one process do not see each other's locks on the same file."""
    encrypted_repository.add("Hello", "<p>an <b>HTML</b> body</p>")
    names = ("sqlite3", "_sqlite3")
    assert loaded_after(LOG_IN, str(encrypted_settings), PASSWORD, names=names) == []
    assert loaded_after(_EVERY_MODULE, names=names) == []


# Every module of the package imported: none of them needs Python's sqlite3 at run time.
_EVERY_MODULE = """
import importlib, pkgutil
import desktop_blog
for found in pkgutil.walk_packages(desktop_blog.__path__, "desktop_blog."):
    if not found.name.endswith("__main__"):
        importlib.import_module(found.name)
"""


def test_logging_in_to_an_html_journal_leaves_them_out_too(
    encrypted_settings: Path, encrypted_repository: EntryRepository
) -> None:
    encrypted_repository.add("Hello", "<p>an <b>HTML</b> body</p>")
    assert loaded_after(LOG_IN, str(encrypted_settings), PASSWORD) == []


def test_a_markdown_body_loads_markdown_it_when_it_is_shown(
    encrypted_settings: Path, encrypted_repository: EntryRepository
) -> None:
    encrypted_repository.add("Hello", "a *Markdown* body", body_format="markdown")
    assert loaded_after(LOG_IN, str(encrypted_settings), PASSWORD) == ["markdown_it"]


LOGIN_ONLY = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop_blog.app.application import application
from desktop_blog.app.session import Session
from desktop_blog.config import load_settings

app = application()
journal = Session(load_settings(Path(sys.argv[1])))
journal.start()
QCoreApplication.processEvents()
assert journal.login_dialog.isVisible()
"""


def test_the_login_dialog_is_shown_before_the_window_or_the_journal_is_touched(
    settings_file: Path, db_path: Path
) -> None:
    window_layer = (
        "desktop_blog.ui.windows.main_window",
        "desktop_blog.app.entries_controller",
        "argon2",  # the key derivation and unwrapping come after the password
        "desktop_blog.security.aead",
        "yaml",
    )
    assert loaded_after(LOGIN_ONLY, str(settings_file), names=window_layer) == []
    assert not db_path.exists()  # nothing opened (or created) before the login


# The real entry point, watched from a patched Session.start: which modules are loaded when
# the first dialog is first painted, and what is built once the idle steps are done.
THROUGH_THE_ENTRY = """
import gc, json, sys
from desktop_blog.app import session as S
from PySide6.QtCore import QEvent, QObject

WINDOW = {window!r}
report = {{}}

def loaded():
    return sorted(m for m in WINDOW if m in sys.modules)

class Watch(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in report:
            report["painted"] = loaded()
            report["queued"] = len(self.app.preparation.pending())
            report["collector_on"] = gc.isenabled()
            report["login_dialog_made"] = self.app._login_dialog is not None
        return False

{probe}
original = S.Session.start

def start(self):
    original(self)
    dialog = self.setup_dialog or self.login_dialog
    self._watch = Watch(self)
    dialog.installEventFilter(self._watch)

    def built():
        report["built"] = loaded()
        report["large_buffers_mapped"] = large_buffer_mapped()
        report["never"] = sorted(m for m in {never!r} if m in sys.modules)
        report["window_hidden"] = self._window is not None and not self._window.isVisible()
        report["main_window"] = self.main_window is not None
        report["dialog"] = dialog.objectName() if dialog.isVisible() else None
        self.quit()

    self.preparation.finished.connect(built)

S.Session.start = start
import desktop_blog
report["code"] = desktop_blog.main(["--settings", sys.argv[1]])
report["collector_after"] = gc.isenabled()
report["frozen"] = gc.get_freeze_count()
print(json.dumps(report))
"""
WINDOW_LAYER = (
    "desktop_blog.ui.windows.main_window",
    "desktop_blog.models.entry_model",
    "desktop_blog.app.entries_controller",
    "desktop_blog.storage",
    "desktop_blog.cli_journal",
    "sqlcipher3",
    "argon2",
    "desktop_blog.security.aead",
)
# Never loaded by the app: the single-instance socket is Python's own, AES-GCM is the OpenSSL
# in SQLCipher's extension, the log rotates without logging.handlers (and pickle, queue).
NEVER_LOADED = ("PySide6.QtNetwork", "cryptography", "logging.handlers", "pickle")


def start_through_the_entry(settings: Path) -> dict[str, Any]:
    script = THROUGH_THE_ENTRY.format(
        window=WINDOW_LAYER, never=NEVER_LOADED, probe=LARGE_BUFFER_MAPPED
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(settings)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_login_dialog_is_painted_before_the_window_layer_is_imported(
    encrypted_settings: Path,
) -> None:
    """Through ``desktop_blog.main``: the dialog's first paint comes with none of the main
    window's modules, the storage layer or the key derivation loaded; they and the window
    (hidden) come in the idle steps after it."""
    report = start_through_the_entry(encrypted_settings)
    assert report["painted"] == []
    assert report["queued"] > 40  # waiting for the paint, in small steps
    assert report["built"] == sorted(WINDOW_LAYER[:4] + WINDOW_LAYER[5:])  # no CLI command
    assert report["never"] == []
    assert report["window_hidden"]
    assert not report["main_window"]  # shown (and the session's) only after the login
    assert report["dialog"] == "loginDialog"
    assert report["code"] == 0
    # An idle step fixed glibc's mmap threshold: freed large buffers leave the process.
    assert report["large_buffers_mapped"] is True


def test_the_first_run_setup_dialog_comes_first_too(tmp_path: Path, db_path: Path) -> None:
    from desktop_blog.config import write_settings

    settings = tmp_path / "new.toml"
    write_settings(settings, {"database": str(db_path)})  # no username yet: first run
    report = start_through_the_entry(settings)
    assert report["painted"] == []
    assert not report["login_dialog_made"]  # only the setup dialog is built first
    assert report["window_hidden"]
    assert report["dialog"] == "setupDialog"
    assert not db_path.exists()  # the journal is made when the credentials are chosen


def test_the_collector_waits_for_the_start_up_then_freezes_what_it_built(
    encrypted_settings: Path,
) -> None:
    report = start_through_the_entry(encrypted_settings)
    assert report["collector_on"] is False  # paused while the dialog is first painted
    assert report["collector_after"] is True
    assert report["frozen"] > 10_000  # the start-up's objects: no longer walked by passes
