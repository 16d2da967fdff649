from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import desktop_blog
import desktop_blog.cli
from desktop_blog.config import load_settings
from desktop_blog.security.unlock import is_encrypted_journal, unlock_key
from desktop_blog.storage import EntryRepository, open_database
from tests.conftest import PASSWORD, log_in_to_the_shown_dialog, shown_top_level


def test_set_password_reads_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    named = tmp_path / "s.toml"
    code = desktop_blog.cli.main(
        ["--settings", str(named), "set-password"], stdin=io.StringIO("dora\nmy password\n")
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "saved to" in out
    assert "Recovery key" in out
    settings = load_settings(named)
    assert settings.username == "dora"
    # The encrypted journal's key file is the verifier: no password hash in the settings.
    assert settings.password_hash is None
    assert settings.has_credentials
    assert is_encrypted_journal(settings.database)
    unlock_key(settings.database, "my password").wipe()
    assert "my password" not in named.read_text()


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("", "no input"),
        ("\nsecret\n", "username must not be empty"),
        ("dora\nab\n", "at least 4 characters"),
    ],
)
def test_set_password_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stdin: str, message: str
) -> None:
    named = tmp_path / "s.toml"
    code = desktop_blog.cli.main(
        ["--settings", str(named), "set-password"], stdin=io.StringIO(stdin)
    )
    assert code == 1
    assert message in capsys.readouterr().err
    assert not named.exists()


def test_init_db_creates_then_refuses_then_forces(
    settings_file: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main = desktop_blog.cli.main
    args = ["--settings", str(settings_file), "init-db"]
    # The settings hold an earlier version's password hash: init-db keeps that password.
    assert main(args, stdin=io.StringIO("wrong\n")) == 1
    assert "Invalid password" in capsys.readouterr().err
    assert not db_path.exists()
    assert main(args, stdin=io.StringIO(f"{PASSWORD}\n")) == 0
    assert "Recovery key" in capsys.readouterr().out
    assert is_encrypted_journal(db_path)
    assert load_settings(settings_file).password_hash is None
    key = unlock_key(db_path, PASSWORD)
    conn = open_database(db_path, key=key)
    EntryRepository(conn).add("Keep", "me")
    conn.close()
    assert main(args, stdin=io.StringIO(f"{PASSWORD}\n")) == 1
    assert re.search(r"already holds 1 entr(y|ies)\b", capsys.readouterr().err)  # a Qt plural
    assert main([*args, "--force"], stdin=io.StringIO(f"{PASSWORD}\n")) == 0
    assert "Backed up the journal" in capsys.readouterr().out
    backups = list(db_path.parent.glob("journal.sqlite3.*.bak"))
    assert len(backups) == 1
    conn = open_database(backups[0], key=key)  # encrypted, with its key file beside it
    assert EntryRepository(conn).count() == 1
    conn.close()


def test_environment_variable_names_the_settings(
    settings_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKTOP_BLOG_SETTINGS", str(settings_file))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert desktop_blog.main(["init-db"]) == 0
    assert db_path.is_file()


def test_missing_settings_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert desktop_blog.main(["--settings", str(tmp_path / "gone.toml"), "init-db"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("desktop-blog: error: The settings file")
    assert "Traceback" not in err


def test_gui_reports_bad_settings_without_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "bad.toml"
    bad.write_text("username = [\n")
    assert desktop_blog.main(["--settings", str(bad)]) == 1
    assert len(shown) == 1
    assert "bad.toml is not valid TOML" in shown[0]


def test_gui_reports_a_corrupt_journal_after_login_and_leaves_it(
    qtbot: QtBot, settings_file: Path, db_path: Path
) -> None:
    """The journal is opened only after the login; a damaged one is explained there."""
    shown: list[str] = []

    def drive() -> None:
        dialog = log_in_to_the_shown_dialog()
        shown.append(dialog.error())
        dialog.reject()

    db_path.write_bytes(b"garbage" * 1000)
    QTimer.singleShot(0, drive)
    assert desktop_blog.main(["--settings", str(settings_file)]) == 0
    # Random bytes look like an encrypted journal whose key file is missing: said so.
    assert f"{db_path.name} cannot be unlocked" in shown[0]
    assert "nothing was changed" in shown[0]
    assert db_path.read_bytes() == b"garbage" * 1000


def test_main_runs_the_app_until_quit(qtbot: QtBot, settings_file: Path) -> None:
    """main() reuses the running QApplication; log in, then quit with Ctrl+Q's action."""
    seen: list[str] = []

    def drive() -> None:
        log_in_to_the_shown_dialog()
        window = shown_top_level("mainWindow")
        seen.append(window.flash_banner.message())
        window.actions.quit.trigger()

    QTimer.singleShot(0, drive)
    assert desktop_blog.main(["--settings", str(settings_file)]) == 0
    assert seen == ["You were logged in"]


def test_module_entry_point_prints_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_blog", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert "set-password" in result.stdout
    assert "init-db" in result.stdout


def test_smoke_test_uses_only_a_temporary_journal(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "DESKTOP_BLOG_SETTINGS": str(tmp_path / "real.toml"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_blog", "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "smoke test ok" in lines[0]
    assert "posted entry #1" in lines[0]
    assert not (tmp_path / "cfg").exists()
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "real.toml").exists()
