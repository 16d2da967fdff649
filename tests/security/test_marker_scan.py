"""Nothing of an entry reaches a file in plain text: a marker word is never found on disk.

Entries (through the CLI and the repository), a draft, an image and backups all carry a
marker; every file under the journal folder, the backup folder, the config folder and
$TMPDIR is then scanned for it as UTF-8 and UTF-16, while the journal is open (its WAL
exists) and after it is locked.
"""

from __future__ import annotations

import io
import sqlite3
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.cli import main
from desktop_blog.config import load_settings, write_settings
from desktop_blog.security.unlock import unlock_journal
from desktop_blog.storage import EntryRepository
from desktop_blog.storage.backup import backup_journal
from desktop_blog.storage.drafts import Draft, JournalDraftStore
from desktop_blog.storage.images import ImageStore

MARKER = "Quagmireplumtastic"
PASSWORD = "marker password"


def _png_with_text(text: str) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + text.encode())
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _hits(folders: list[Path]) -> list[str]:
    needles = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                found.append(str(path))
    return found


def test_no_file_holds_entry_text_in_plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data, backups, config = tmp_path / "data", tmp_path / "backups", tmp_path / "config"
    settings_file = config / "settings.toml"
    config.mkdir()
    write_settings(
        settings_file,
        {"database": str(data / "journal.sqlite3"), "backup_folder": str(backups)},
    )
    named = ["--settings", str(settings_file)]
    assert main([*named, "set-password"], stdin=io.StringIO(f"ada\n{PASSWORD}\n")) == 0
    body = f"{PASSWORD}\n<p>The {MARKER} was here.</p>"
    assert main([*named, "add", "--title", f"About {MARKER}"], stdin=io.StringIO(body)) == 0
    assert main([*named, "backup"], stdin=io.StringIO(f"{PASSWORD}\n")) == 0
    settings = load_settings(settings_file)
    result = unlock_journal(settings, "ada", PASSWORD)
    assert result.connection is not None
    assert result.key is not None
    conn = result.connection
    repository = EntryRepository(conn)
    for n in range(200):
        repository.add(f"{MARKER} {n}", f"<p>{MARKER} " + "words " * n + "</p>")
    image = ImageStore(conn).add(_png_with_text(MARKER))
    repository.add("With a picture", f'<p><img src="{image.url}"> {MARKER}</p>')
    JournalDraftStore(conn).save(Draft(f"Draft {MARKER}", f"<p>{MARKER} typed</p>"))
    assert len(repository.search(MARKER, 500)) == 202
    backup_journal(settings.database, backups, key=result.key)
    folders = [data, backups, config, tmp]
    assert (data / "journal.sqlite3-wal").exists()  # scanned while the journal is open
    assert _hits(folders) == []
    result.lock()
    assert _hits(folders) == []
    assert len(list(backups.glob("journal-*.sqlite3"))) == 2
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(data / "journal.sqlite3").execute("SELECT title FROM entries").fetchall()
    # The scan does find the marker where it is in plain text.
    (tmp / "control.txt").write_text(MARKER, encoding="utf-16")
    assert _hits(folders) == [str(tmp / "control.txt")]


def test_a_gui_session_leaves_no_entry_text_in_plain(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Log in through the session, post through the editor, let the draft save, lock: no hit."""
    from PySide6.QtCore import Qt

    from desktop_blog.app.session import Session
    from desktop_blog.security.unlock import create_encrypted_journal

    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data, backups, config = tmp_path / "data", tmp_path / "backups", tmp_path / "config"
    data.mkdir()
    journal = data / "journal.sqlite3"
    settings_file = config / "settings.toml"
    write_settings(
        settings_file,
        {"database": str(journal), "backup_folder": str(backups), "username": "ada"},
    )
    create_encrypted_journal(journal, PASSWORD).key.wipe()
    session = Session(load_settings(settings_file))
    qtbot.addWidget(session.login_dialog)
    session.start()
    dialog = session.login_dialog
    qtbot.keyClicks(dialog.username_edit, "ada")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.main_window is not None and session.main_window.isVisible())
    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert session.draft_keeper is not None
    session.draft_keeper.set_delay_ms(10)
    form = window.entry_form
    window.actions.new_entry.trigger()
    qtbot.keyClicks(form.title_edit, f"Posted {MARKER}")
    qtbot.keyClicks(form.body_edit, f"<p>The {MARKER} was posted.</p>")
    qtbot.mouseClick(form.post_button, Qt.MouseButton.LeftButton)
    assert "posted" in window.entry_view.toPlainText()
    qtbot.keyClicks(form.title_edit, f"Draft {MARKER}")
    qtbot.keyClicks(form.body_edit, f"<p>{MARKER} still being written</p>")
    assert session._conn is not None
    store = JournalDraftStore(session._conn)
    qtbot.waitUntil(lambda: store.load() is not None)
    assert session.transfers is not None
    with qtbot.waitSignal(session.transfers.job_finished, timeout=30_000):
        window.actions.back_up.trigger()  # a job on the worker
    folders = [data, backups, config, tmp]
    assert _hits(folders) == []
    session.lock()
    assert session.key is None
    assert _hits(folders) == []
    session.quit()
    session.close()
    assert _hits(folders) == []
    assert len(list(backups.glob("journal-*.sqlite3"))) >= 1
