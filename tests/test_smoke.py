from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_blog.models.entry_model import EntryListModel
from desktop_blog.smoke import run_smoke_test
from desktop_blog.storage import DatabaseError


@pytest.fixture
def smoke_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The smoke test rewrites these variables; monkeypatch restores them afterwards."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "QT_LOGGING_RULES"):
        monkeypatch.setenv(name, str(tmp_path / name))


def test_smoke_test_passes_in_process(
    qtbot: QtBot, smoke_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_smoke_test() == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "smoke test ok: logged in, posted entry #1 through the form" in out


def test_a_failing_step_is_one_clear_line_and_exit_1(
    qtbot: QtBot,
    smoke_env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refuse(self: EntryListModel, title: str, text: str, **_kw: object) -> None:
        raise DatabaseError("the disk is full")

    monkeypatch.setattr(EntryListModel, "add_entry", refuse)
    assert run_smoke_test() == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "desktop-blog: smoke test FAILED: SmokeTestError: posting failed: the disk is full\n"
    )
