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
