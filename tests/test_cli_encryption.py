"""The command line on encrypted journals: passwords, recovery, encrypted JSON exports."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from desktop_blog.cli import main
from desktop_blog.config import write_settings
from desktop_blog.passwords import hash_password
from desktop_blog.security.keys import key_file_path
from desktop_blog.security.unlock import is_encrypted_journal
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.transfer.encrypted_export import MAGIC

PASSWORD = "first pass"


def _run(settings: Path, *args: str, stdin: str = "") -> int:
    return main(["--settings", str(settings), *args], stdin=io.StringIO(stdin))


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    write_settings(path, {"database": str(tmp_path / "journal.sqlite3")})
    assert _run(path, "set-password", stdin=f"ada\n{PASSWORD}\n") == 0
    assert _run(path, "add", "--title", "Secret", stdin=f"{PASSWORD}\n<p>hidden words</p>") == 0
    return path


def test_journal_commands_need_the_password(
    settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert _run(settings, "list", stdin="wrong\n") == 1
    assert "Invalid password" in capsys.readouterr().err
    assert _run(settings, "search", "hidden", stdin=f"{PASSWORD}\n") == 0
    assert "Secret" in capsys.readouterr().out


def test_set_password_asks_the_old_one_first(
    settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal.sqlite3"
    key_before = key_file_path(journal).read_bytes()
    journal_before = journal.read_bytes()
    assert _run(settings, "set-password", "--username", "ada", stdin="bad\nnew pass\n") == 1
    assert "Invalid password" in capsys.readouterr().err
    assert key_file_path(journal).read_bytes() == key_before
    assert _run(settings, "set-password", "--username", "ada", stdin=f"{PASSWORD}\nnew pass\n") == 0
    assert "re-wrapped" in capsys.readouterr().out
    assert journal.read_bytes() == journal_before
    assert _run(settings, "list", stdin="new pass\n") == 0


def test_recover_sets_a_new_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "settings.toml"
    write_settings(path, {"database": str(tmp_path / "journal.sqlite3")})
    assert _run(path, "set-password", stdin=f"ada\n{PASSWORD}\n") == 0
    recovery = re.search(r"Recovery key[^:]*: (\S+)", capsys.readouterr().out)
    assert recovery is not None
    assert _run(path, "recover", stdin="AAAA-BBBB\nnew pass\n") == 1
    assert "Invalid recovery key" in capsys.readouterr().err
    assert _run(path, "recover", stdin=f"{recovery.group(1).lower()}\nnew pass\n") == 0
    assert _run(path, "list", stdin="new pass\n") == 0


def test_set_password_encrypts_a_plain_journal_of_an_earlier_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal.sqlite3"
    conn = open_database(journal)
    EntryRepository(conn).add("Old", "<p>from before</p>")
    conn.close()
    path = tmp_path / "settings.toml"
    write_settings(
        path,
        {"database": str(journal), "username": "ada", "password_hash": hash_password("old pw")},
    )
    assert _run(path, "set-password", "--username", "ada", stdin="wrong\nnew pass\n") == 1
    assert not is_encrypted_journal(journal)
    assert _run(path, "set-password", "--username", "ada", stdin="old pw\nnew pass\n") == 0
    out = capsys.readouterr().out
    assert re.search(r"Encrypted the journal \(1 entr(y|ies)\)", out)  # a Qt plural
    assert "Recovery key" in out
    assert is_encrypted_journal(journal)
    assert "password_hash" not in path.read_text()
    assert _run(path, "search", "before", stdin="new pass\n") == 0
    assert "Old" in capsys.readouterr().out


def test_exports_say_they_are_plain_and_json_can_be_encrypted(
    settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    plain = tmp_path / "plain.json"
    assert _run(settings, "export", str(plain), stdin=f"{PASSWORD}\n") == 0
    assert "is not encrypted" in capsys.readouterr().err
    sealed = tmp_path / "sealed.dbx"
    stdin = f"{PASSWORD}\nexport phrase\n"
    assert _run(settings, "export", "--encrypt", str(sealed), stdin=stdin) == 0
    captured = capsys.readouterr()
    assert "encrypted with the passphrase" in captured.out
    assert "not encrypted" not in captured.err
    data = sealed.read_bytes()
    assert data.startswith(MAGIC)
    assert b"hidden" not in data
    assert b"Secret" not in data
    other = tmp_path / "other"
    other.mkdir()
    other_settings = other / "settings.toml"
    write_settings(other_settings, {"database": str(other / "journal.sqlite3")})
    assert _run(other_settings, "set-password", stdin="bob\nother pass\n") == 0
    capsys.readouterr()
    wrong = "other pass\nwrong phrase\n"
    assert _run(other_settings, "import", str(sealed), stdin=wrong) == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    right = "other pass\nexport phrase\n"
    assert _run(other_settings, "import", str(sealed), stdin=right) == 0
    assert re.search(r"Imported 1 entr(y|ies)\b", capsys.readouterr().out)  # a Qt plural
    assert _run(other_settings, "search", "hidden", stdin="other pass\n") == 0
    assert "Secret" in capsys.readouterr().out
