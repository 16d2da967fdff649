from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.storage.backup import check_backup, list_backups
from tests.conftest import PASSWORD


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(settings_file: Path, *argv: str, stdin: str = f"{PASSWORD}\n") -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(stdin)
    )


@pytest.fixture
def journal(settings_file: Path, db_path: Path) -> Path:
    open_database(db_path).close()
    return settings_file


def titles(db_path: Path) -> list[str]:
    conn = open_database(db_path)
    try:
        return [e.title for e in EntryRepository(conn).newest(100)]
    finally:
        conn.close()


def test_add_reads_the_body_from_stdin_after_the_password(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(journal, "add", "--title", "From the shell", stdin=f"{PASSWORD}\n<p>body</p>\n") == 0
    assert capsys.readouterr().out == "Added entry #1: From the shell\n"
    conn = open_database(db_path)
    assert EntryRepository(conn).get(1).text == "<p>body</p>\n"  # type: ignore[union-attr]
    conn.close()


def test_add_from_a_body_file(journal: Path, db_path: Path, tmp_path: Path) -> None:
    body = tmp_path / "body.html"
    body.write_text("<p>filed</p>")
    assert run(journal, "add", "--title", "Filed", "--body-file", str(body)) == 0
    assert titles(db_path) == ["Filed"]


def test_wrong_or_missing_password_does_nothing(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(journal, "add", "--title", "X", stdin="nope\nbody") == 1
    assert capsys.readouterr().err == "desktop-blog: error: wrong password; nothing was done\n"
    assert run(journal, "list", stdin="") == 1
    assert "no password" in capsys.readouterr().err
    assert titles(db_path) == []


def test_password_from_a_terminal_uses_getpass(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
    code = desktop_blog.cli.main(["--settings", str(journal), "list"], stdin=Tty(""))
    assert code == 0
    assert capsys.readouterr().out == "No entries.\n"


def test_journal_without_password_asks_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_blog.config import write_settings

    named = tmp_path / "open.toml"
    write_settings(named, {"database": "open.sqlite3"})
    open_database(tmp_path / "open.sqlite3").close()
    assert run(named, "add", "--title", "Open", stdin="text") == 0
    assert run(named, "list", stdin="") == 0
    assert "Open" in capsys.readouterr().out


def test_empty_body_is_refused(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(journal, "add", "--title", "T", stdin=f"{PASSWORD}\n  \n") == 1
    assert "Please enter some text. Nothing was saved." in capsys.readouterr().err
    assert titles(db_path) == []


def test_list_newest_first_with_limit_and_search(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for title in ["alpha", "beta", "gamma"]:
        run(journal, "add", "--title", title, stdin=f"{PASSWORD}\nabout {title}")
    capsys.readouterr()
    assert run(journal, "list", "--limit", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["3", "2"]
    assert lines[0].endswith("gamma")
    assert run(journal, "search", "bet") == 0
    assert capsys.readouterr().out.split()[-1] == "beta"
    with pytest.raises(SystemExit) as exited:
        run(journal, "list", "--limit", "0")
    assert exited.value.code == 2
    assert "--limit: must be at least 1" in capsys.readouterr().err


def test_export_then_import_round_trip(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(journal, "add", "--title", "Keep", stdin=f"{PASSWORD}\ntext")
    out = tmp_path / "x.json"
    assert run(journal, "export", "--format", "json", str(out)) == 0
    assert json.loads(out.read_text())["entries"][0]["title"] == "Keep"
    capsys.readouterr()
    assert run(journal, "import", str(out)) == 0
    assert capsys.readouterr().out.strip() == (
        "Imported 0 entries from the Desktop Blog JSON; skipped 1 already in the journal."
    )


def test_export_pdf_and_html_from_the_shell(qapp: object, journal: Path, tmp_path: Path) -> None:
    """(qapp: in the same process as the Qt tests; alone the CLI makes its own offscreen app)"""
    run(journal, "add", "--title", "Print me", stdin=f"{PASSWORD}\n<p>paper</p>")
    assert run(journal, "export", "--format", "pdf", str(tmp_path / "j.pdf")) == 0
    assert (tmp_path / "j.pdf").read_bytes().startswith(b"%PDF")
    assert run(journal, "export", "--format", "html", "--entry", "1", str(tmp_path / "site")) == 0
    assert (tmp_path / "site" / "entry-0001.html").is_file()


def test_import_errors_are_one_clear_line(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    assert run(journal, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.startswith("desktop-blog: error: ")
    assert "not a file this app can import" in err
    assert "Traceback" not in err
    assert run(journal, "import", str(tmp_path / "missing.json")) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_backup_command_writes_a_verified_copy(
    journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(journal, "add", "--title", "Safe", stdin=f"{PASSWORD}\ntext")
    assert run(journal, "backup") == 0
    assert "Backed up and verified" in capsys.readouterr().out
    [backup] = list_backups(db_path.parent / "backups")
    assert check_backup(backup) == 1


def test_commands_need_an_existing_journal(
    settings_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(settings_file, "list") == 1
    assert "Run 'desktop-blog init-db'" in capsys.readouterr().err
