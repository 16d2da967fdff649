"""The command line speaks the user's language: help, output, errors, counts and dates."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

import desktop_blog.cli
from desktop_blog import i18n
from desktop_blog.cli_language import configured_language, settings_argument
from desktop_blog.config import write_settings
from desktop_blog.i18n import translate
from desktop_blog.storage import EntryRepository, open_database
from tests.catalogues import (
    ENGLISH_PLURALS,
    catalogues_from,
    compile_catalogue,
    english_plurals,
    marked,
)
from tests.conftest import PASSWORD

__all__ = ["english_plurals"]


def run(settings_file: Path, *argv: str, stdin: str = f"{PASSWORD}\n") -> int:
    return desktop_blog.cli.main(
        ["--settings", str(settings_file), *argv], stdin=io.StringIO(stdin)
    )


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """A command may install another language: every test ends in US English."""
    yield
    i18n.install("en_US")
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def journal(settings_file: Path, db_path: Path) -> Path:
    open_database(db_path).close()
    return settings_file


def add_entries(db_path: Path, count: int) -> None:
    conn = open_database(db_path)
    repository = EntryRepository(conn)
    for number in range(count):
        repository.add(f"Entry {number}", "<p>x</p>")
    conn.close()


def with_language(settings_file: Path, language: str) -> Path:
    write_settings(settings_file, {"language": language})
    return settings_file


def test_the_settings_option_is_found_before_the_parser_is_built() -> None:
    assert settings_argument(["--settings", "a.toml", "list"]) == "a.toml"
    assert settings_argument(["--settings=b.toml", "list"]) == "b.toml"
    assert settings_argument(["list", "--limit", "3"]) is None
    assert settings_argument(["--settings"]) is None
    assert settings_argument(["add", "--", "--settings", "c.toml"]) is None


def test_the_language_preference_is_read_from_the_settings_the_command_uses(
    settings_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert configured_language(["--settings", str(settings_file)]) == ""
    with_language(settings_file, "de")
    assert configured_language(["--settings", str(settings_file), "list"]) == "de"
    monkeypatch.setenv("DESKTOP_BLOG_SETTINGS", str(settings_file))
    assert configured_language(["list"]) == "de"
    broken = tmp_path / "broken.toml"
    broken.write_text("language = [")
    assert configured_language(["--settings", str(broken)]) == ""  # the command says why
    assert configured_language(["--settings", str(tmp_path / "missing.toml")]) == ""


def test_the_language_is_installed_before_the_parser_is_built(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_language(journal, "de")
    events: list[str] = []
    real_install, real_parser = i18n.install, desktop_blog.cli.build_parser
    monkeypatch.setattr(
        i18n, "install", lambda language="": events.append(f"install {language}") or real_install()
    )
    monkeypatch.setattr(
        desktop_blog.cli, "build_parser", lambda: events.append("parser") or real_parser()
    )
    assert run(journal, "list") == 0
    assert events == ["install de", "parser"]


def test_help_output_and_errors_go_through_the_catalogues(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with marked("Cli") as marker:
        real_install = i18n.install

        def install_then_mark(language: str = "") -> QLocale:
            locale = real_install(language)  # drops the translators it did not load
            i18n._translators.append(marker)
            if QCoreApplication.instance() is not None:
                QCoreApplication.installTranslator(marker)
            return locale

        monkeypatch.setattr(i18n, "install", install_then_mark)
        with pytest.raises(SystemExit):
            run(journal, "--help")
        out = capsys.readouterr().out
        assert "«Desktop Blog: a private desktop journal.»" in out
        assert "«list entries, newest first (★: starred)»" in out
        assert run(journal, "list") == 0
        assert capsys.readouterr().out == "«No entries.»\n"
        assert run(journal, "list", stdin="") == 1
        err = capsys.readouterr().err
        assert err.startswith("desktop-blog: «error: ")  # the program's name stays as it is
        assert "«no password: expected it on the next line of stdin»" in err


def test_counts_take_the_plural_form_of_the_catalogue(
    english_plurals: Path,
    journal: Path,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_entries(db_path, 1)
    assert run(journal, "export", str(tmp_path / "one.json")) == 0
    assert capsys.readouterr().out == f"Exported 1 entry to {tmp_path / 'one.json'}\n"
    add_entries(db_path, 1)
    assert run(journal, "export", str(tmp_path / "two.json")) == 0
    assert capsys.readouterr().out == f"Exported 2 entries to {tmp_path / 'two.json'}\n"
    assert (
        translate("Cli", "Exported %Ln entries to {path}", 1200)
        == "Exported 1,200 entries to {path}"
    )


def test_counts_and_dates_in_german(
    journal: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    german = [
        (
            "Cli",
            "Exported %Ln entries to {path}",
            ("%Ln Eintrag nach {path} exportiert", "%Ln Einträge nach {path} exportiert"),
        ),
        ("Cli", "No entries.", "Keine Einträge."),
    ]
    folder = tmp_path / "translations"
    compile_catalogue(folder, "de", german)
    with_language(journal, "de")
    conn = open_database(db_path)
    from datetime import datetime

    from desktop_blog.storage.zones import system_zone

    EntryRepository(conn).add(
        "Mai", "<p>x</p>", created=datetime(2024, 5, 1, 8, 30), tz=system_zone()
    )
    conn.close()
    with catalogues_from(folder, "de_DE"):
        assert run(journal, "list") == 0
        assert "01.05.24 08:30  Mai" in capsys.readouterr().out
        assert run(journal, "export", str(tmp_path / "out.json")) == 0
        assert capsys.readouterr().out == f"1 Eintrag nach {tmp_path / 'out.json'} exportiert\n"
        assert translate("Cli", "Exported %Ln entries to {path}", 1200).startswith("1.200 Einträge")
    db_path.unlink()
    open_database(db_path).close()
    with catalogues_from(folder, "de_DE"):
        assert run(journal, "list") == 0
        assert capsys.readouterr().out == "Keine Einträge.\n"


CHILD = """
import sys
from pathlib import Path
from desktop_blog import i18n
i18n.translations_dir = lambda: Path(sys.argv[1])
from desktop_blog.cli import main
code = main(["--settings", sys.argv[2], "export", sys.argv[3]])
from PySide6.QtCore import QCoreApplication, QLocale
assert QCoreApplication.instance() is None, "the command line made a QCoreApplication"
print("locale", QLocale().name())
sys.exit(code)
"""


def test_a_command_in_its_own_process_makes_no_application(
    journal: Path, db_path: Path, tmp_path: Path
) -> None:
    """As the installed command runs: the catalogues are read without a QCoreApplication."""
    folder = tmp_path / "translations"
    compile_catalogue(folder, "en", [(c, p, (s, p)) for c, p, s in ENGLISH_PLURALS])
    add_entries(db_path, 1)
    out = tmp_path / "child.json"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(journal), str(out)],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "DESKTOP_BLOG_LANGUAGE": "en_US"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Exported 1 entry to {out}", "locale en_US"]
