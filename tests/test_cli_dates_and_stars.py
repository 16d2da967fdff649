"""The CLI: backdated entries in the default format, stars, date order, natural counts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import desktop_blog.cli
from desktop_blog.config import write_settings
from desktop_blog.storage import EntryRepository, open_database
from tests.catalogues import english_plurals
from tests.conftest import PASSWORD, USERNAME

__all__ = ["english_plurals"]


def run(settings_file: Path, *argv: str, stdin: str = f"{PASSWORD}\n") -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(stdin)
    )


@pytest.fixture
def markdown_journal(tmp_path: Path, db_path: Path, password_hash: str) -> Path:
    path = tmp_path / "markdown.toml"
    write_settings(
        path,
        {
            "database": str(db_path),
            "username": USERNAME,
            "password_hash": password_hash,
            "default_format": "markdown",
        },
    )
    open_database(db_path).close()
    return path


def entries(db_path: Path) -> list[tuple[str, str, str, bool]]:
    conn = open_database(db_path)
    try:
        return [
            (e.title, e.body_format, f"{e.created_local:%Y-%m-%d %H:%M}", e.starred)
            for e in EntryRepository(conn).newest(10)
        ]
    finally:
        conn.close()


def test_add_takes_a_date_and_the_default_format(
    markdown_journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = f"{PASSWORD}\n**now**\n"
    assert run(markdown_journal, "add", "--title", "Now", stdin=body) == 0
    may = ("--title", "May", "--date", "2024-05-01 08:30")
    assert run(markdown_journal, "add", *may, stdin=body) == 0
    html = ("--title", "Html", "--format", "html", "--date", "2024-06-01")
    assert run(markdown_journal, "add", *html, stdin=f"{PASSWORD}\n<p>x</p>") == 0
    listed = entries(db_path)
    assert [row[:3] for row in listed[1:]] == [
        ("Html", "html", "2024-06-01 00:00"),
        ("May", "markdown", "2024-05-01 08:30"),
    ]
    assert listed[0][:2] == ("Now", "markdown")
    capsys.readouterr()
    assert run(markdown_journal, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [re.split(r"\s{2,}", line)[-1] for line in lines] == ["Now", "Html", "May"]  # by date
    # As the locale (US English here) writes it, the titles in one column:
    assert re.search(r"  6/1/24 12:00\sAM\s+Html$", lines[1])
    assert re.search(r"  5/1/24 8:30\sAM\s{3,}May$", lines[2])
    assert (
        len({line.index(title) for line, title in zip(lines, ("Now", "Html", "May"), strict=True)})
        == 1
    )


def test_a_bad_date_is_one_clear_line(
    markdown_journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(markdown_journal, "add", "--title", "X", "--date", "yesterday-ish")
    assert "is not a date and time like '2024-05-01 08:30'" in capsys.readouterr().err
    assert entries(db_path) == []


def test_star_unstar_and_list_starred(
    markdown_journal: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for title in ("One", "Two"):
        assert run(markdown_journal, "add", "--title", title, stdin=f"{PASSWORD}\nx") == 0
    assert run(markdown_journal, "star", "1") == 0
    assert "Starred entry #1: One" in capsys.readouterr().out
    assert run(markdown_journal, "list", "--starred") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [line for line in out.splitlines() if "★" in line]
    assert "One" in out
    assert "Two" not in out
    assert run(markdown_journal, "list") == 0
    out = capsys.readouterr().out
    assert [("★" in line) for line in out.splitlines()] == [False, True]
    assert run(markdown_journal, "unstar", "1") == 0
    assert run(markdown_journal, "star", "99") == 1
    assert "entry #99" in capsys.readouterr().err
    assert [row[3] for row in entries(db_path)] == [False, False]


def test_counts_read_naturally(
    english_plurals: Path,
    markdown_journal: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(markdown_journal, "add", "--title", "One", stdin=f"{PASSWORD}\nx") == 0
    assert run(markdown_journal, "export", str(tmp_path / "out.json")) == 0
    assert f"Exported 1 entry to {tmp_path / 'out.json'}" in capsys.readouterr().out
