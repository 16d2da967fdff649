"""Every file read from outside is checked and bounded; every parser has limits."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog.config import SettingsError, load_settings
from desktop_blog.safe_input import (
    MAX_DEPTH,
    InputError,
    load_json,
    load_toml,
    parse_timestamp,
    read_input,
)
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import BackupError, check_backup
from desktop_blog.transfer import importers
from desktop_blog.transfer.importers import ImportFormatError, import_file
from tests.conftest import PASSWORD


def run(settings_file: Path, *argv: str) -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(f"{PASSWORD}\n")
    )


@pytest.fixture
def journal(settings_file: Path, db_path: Path) -> Path:
    open_database(db_path).close()
    return settings_file


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def test_a_fifo_is_refused_without_blocking(
    journal: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(journal, "import", str(fifo)) == 1
    assert "is a pipe (FIFO), not a file" in capsys.readouterr().err
    assert run(journal, "add", "--title", "T", "--body-file", str(fifo)) == 1
    assert "is a pipe (FIFO)" in capsys.readouterr().err
    with pytest.raises(BackupError, match="pipe"):
        check_backup(fifo)


def test_a_device_and_a_folder_are_refused(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(journal, "import", "/dev/zero") == 1
    assert "/dev/zero is a device, not a file" in capsys.readouterr().err
    assert run(journal, "import", str(tmp_path)) == 1  # a folder without a known source
    assert "holds neither RedNotebook month files" in capsys.readouterr().err


def test_a_file_over_the_cap_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 300 MB that take no space
        handle.truncate(300 * 1024 * 1024)
    with pytest.raises(InputError, match="300 MB; at most 256 MB"):
        read_input(big, importers.MAX_IMPORT_BYTES)


def test_deep_json_is_refused_with_a_message(db_path: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    conn = open_database(db_path)
    try:
        with pytest.raises(ImportFormatError, match="nests 200000 levels deep"):
            import_file(conn, deep)
    finally:
        conn.close()
    assert load_json('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')


def test_huge_numbers_and_nan_are_refused() -> None:
    with pytest.raises(InputError, match="5,000 digits"):
        load_json('{"id": ' + "9" * 5000 + "}")
    with pytest.raises(InputError, match="NaN"):
        load_json('{"x": NaN}')
    assert load_json('{"x": [1, 2.5, -3]}') == {"x": [1, 2.5, -3]}


@pytest.mark.parametrize("stamp", ["0001-01-01T00:30:00+05:00", "9999-12-31T23:30:00-05:00"])
def test_dates_at_the_edges_give_a_clear_message(stamp: str) -> None:
    with pytest.raises(InputError, match="years 1 to 9999"):
        parse_timestamp(stamp)


def our_export(entries: list[dict[str, object]]) -> str:
    return json.dumps({"format": "desktop-blog", "version": 1, "entries": entries, "images": []})


def test_an_import_with_an_edge_date_adds_nothing(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "e.json"
    source.write_text(
        our_export([{"id": 1, "title": "t", "text": "x", "created": "0001-01-01T00:00:00+01:00"}])
    )
    conn = open_database(db_path)
    try:
        with pytest.raises(ImportFormatError, match=r"Entry 1: .* \(years 1 to 9999 in UTC\)"):
            import_file(conn, source)
        assert EntryRepository(conn).count() == 0
    finally:
        conn.close()


def test_an_id_at_sqlites_maximum_leaves_the_journal_able_to_add(
    db_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "max.json"
    entry = {"id": 2**63 - 1, "title": "t", "text": "x", "created": "2026-01-01T00:00:00+00:00"}
    source.write_text(our_export([entry]))
    conn = open_database(db_path)
    try:
        import_file(conn, source)
        added = EntryRepository(conn).add("Next", "<p>still possible</p>")
        assert added.id < 2**63 - 1
    finally:
        conn.close()


def flaskr(path: Path, rows: list[tuple[object, object]]) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    conn.executemany("INSERT INTO entries (title, text) VALUES (?, ?)", rows)
    conn.commit()
    conn.close()
    return path


def test_flaskr_utf8_blob_columns_are_read_as_text(db_path: Path, tmp_path: Path) -> None:
    source = flaskr(tmp_path / "f.db", [("Blob body", "café".encode())])
    conn = open_database(db_path)
    try:
        import_file(conn, source)
        (entry,) = EntryRepository(conn).newest(10)
    finally:
        conn.close()
    assert entry.text == "café"


def test_a_flaskr_null_column_is_empty_not_none(db_path: Path, tmp_path: Path) -> None:
    source = flaskr(tmp_path / "f.db", [("Null body", None)])
    conn = open_database(db_path)
    try:
        assert import_file(conn, source).added == 1  # a title-only post, as Flaskr allows
        (entry,) = EntryRepository(conn).newest(5)
        assert (entry.title, entry.text) == ("Null body", "")
    finally:
        conn.close()


def test_a_flaskr_binary_column_is_refused(db_path: Path, tmp_path: Path) -> None:
    source = flaskr(tmp_path / "f.db", [("Fine", "ok"), ("Binary", b"\x00\xff\xfe")])
    conn = open_database(db_path)
    try:
        with pytest.raises(ImportFormatError, match="Row 2 is binary data"):
            import_file(conn, source)
        assert EntryRepository(conn).count() == 0
    finally:
        conn.close()


def test_deep_toml_and_a_fifo_settings_file_are_refused(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 10_000 + "]" * 10_000 + "\n")
    with pytest.raises(SettingsError, match="nests 10000 levels deep"):
        load_settings(deep)
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    with pytest.raises(SettingsError, match="a pipe"):
        load_settings(pipe)
    assert load_toml('a = "[[[[["\nb = [[1], [2]]\n') == {"a": "[[[[[", "b": [[1], [2]]}
    with pytest.raises(InputError):
        load_toml("x = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
