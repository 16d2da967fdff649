"""Every output: owner-only, complete or absent, leftovers cleaned, a real full disk named."""

from __future__ import annotations

import io
import os
import random
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog.config import load_settings, write_settings
from desktop_blog.private_file import write_private_text
from desktop_blog.safe_output import remove_stale_parts, write_text_atomic
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import backup_journal
from desktop_blog.storage.images import ImageStore
from desktop_blog.transfer.exporters import export_html_site, export_json, export_markdown
from tests.conftest import PASSWORD, small_disk
from tests.storage.images_data import png_bytes


def noise_png(side: int, seed: int) -> bytes:
    """A PNG of random pixels: it does not compress, so it fills a disk."""
    generator = random.Random(seed)
    rows = b"".join(b"\x00" + generator.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def big_journal(db_path: Path) -> Path:
    """About 2 MB of entries and images: more than the 1 MB disk below holds."""
    conn = open_database(db_path)
    repository, images = EntryRepository(conn), ImageStore(conn)
    for n in range(4):
        image = images.add(noise_png(300, n))
        repository.add(f"Picture {n}", f'<p>pic</p><img src="{image.url}">')
    for n in range(40):
        repository.add(
            f"Text {n}",
            "<p>" + " ".join(random.Random(n).choice("abcdefgh") * 5 for _ in range(3000)) + "</p>",
        )
    conn.close()
    return db_path


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs), mounted for the test; needs root."""
    with small_disk(tmp_path / "small-disk") as folder:
        yield folder


def run(settings_file: Path, *argv: str) -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(f"{PASSWORD}\n")
    )


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("json", "out.json"), ("markdown", "md"), ("html", "site"), ("pdf", "out.pdf")],
)
def test_a_full_disk_fails_the_export_and_leaves_nothing(
    big_journal: Path,
    settings_file: Path,
    full_disk: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    name: str,
) -> None:
    assert run(settings_file, "export", "--format", fmt, str(full_disk / name)) == 1
    captured = capsys.readouterr()
    assert "Exported" not in captured.out
    assert "the disk is full" in captured.err
    assert list(full_disk.iterdir()) == []


def test_a_full_disk_fails_the_backup_and_leaves_nothing(
    big_journal: Path, settings_file: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(settings_file, "backup", "--folder", str(full_disk / "backups")) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert list((full_disk / "backups").iterdir()) == []


def test_a_full_disk_keeps_the_old_settings_file(full_disk: Path) -> None:
    settings = full_disk / "settings.toml"
    write_private_text(settings, "old = 1\n")
    with pytest.raises(OSError, match="No space left"):
        write_private_text(settings, "x" * 2_000_000)
    assert settings.read_text() == "old = 1\n"
    assert [p.name for p in full_disk.iterdir()] == ["settings.toml"]


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_exports_are_owner_only(repository: EntryRepository, tmp_path: Path) -> None:
    previous = os.umask(0o022)  # the usual umask: without care files would be 0644
    try:
        _export_everything(repository, tmp_path)
    finally:
        os.umask(previous)
    assert mode(tmp_path / "j.json") == 0o600
    for folder in (tmp_path / "md", tmp_path / "site"):
        assert mode(folder) == 0o700
        for path in folder.rglob("*"):
            assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def _export_everything(repository: EntryRepository, tmp_path: Path) -> None:
    image = ImageStore(repository._conn).add(png_bytes())
    repository.add("Pic", f'<img src="{image.url}">')
    conn = repository._conn
    export_json(conn, tmp_path / "j.json")
    export_markdown(conn, tmp_path / "md")
    export_html_site(conn, tmp_path / "site")


def test_leftover_part_files_are_removed_before_a_backup(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".journal-20260101T000000000000Z.sqlite3.part"
    old.write_bytes(b"x" * 1000)
    fresh = folder / ".journal-20260102T000000000000Z.sqlite3.part"
    fresh.write_bytes(b"y")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    backup_journal(db_path, folder)
    assert not old.exists()
    assert fresh.exists()  # may belong to a backup still running


def test_leftover_export_parts_are_removed_by_the_next_export(
    repository: EntryRepository, tmp_path: Path
) -> None:
    repository.add("a", "<p>b</p>")
    left = tmp_path / ".out.json.abc123.part"
    left.write_text("entry text of a killed export")
    folder_left = tmp_path / ".site.xyz.part"
    folder_left.mkdir()
    (folder_left / "index.html").write_text("x")
    for path in (left, folder_left):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    export_json(repository._conn, tmp_path / "out.json")
    assert not left.exists()
    assert not folder_left.exists()
    assert remove_stale_parts(tmp_path) == []


def test_a_symlinked_settings_file_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_text('database = "/tmp/x.sqlite3"\n')
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    write_settings(link, {"username": "bob"})
    assert link.is_symlink()
    assert 'username = "bob"' in real.read_text()
    assert load_settings(link).username == "bob"


def test_write_text_atomic_replaces_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    write_text_atomic(target, "one")
    write_text_atomic(target, "two")
    assert target.read_text() == "two"
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["b.txt"]


def test_clean_at_start_removes_old_parts_in_every_folder_given(tmp_path: Path) -> None:
    from desktop_blog.safe_output import clean_at_start

    folders = [tmp_path / "data", tmp_path / "backups"]
    old = []
    for folder in folders:
        folder.mkdir()
        part = folder / ".journal.sqlite3.x1.part"
        part.write_text("private")
        os.utime(part, (time.time() - 3600, time.time() - 3600))
        old.append(part)
        (folder / "keep.part").write_text("not ours: no leading dot")
    assert sorted(clean_at_start([*folders, tmp_path / "missing"])) == sorted(old)
    assert [p.name for f in folders for p in f.iterdir()] == ["keep.part", "keep.part"]
