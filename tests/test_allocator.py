"""glibc's malloc: large freed buffers go back to the system (the mmap threshold stays where it
was set), and worker threads allocate from the main arena."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.malloc_probe import ARENAS_AFTER_THREADS, LARGE_BUFFER_MAPPED


def after(setting: str, probe: str, measure: str, *, set_first: bool) -> str:
    """What ``measure`` prints in a fresh interpreter, with ``allocator.<setting>()`` called
    first (and returning True) or not: glibc's own behaviour is the control."""
    script = f"""{probe}
from desktop_blog.allocator import {setting}
if {set_first!r}:
    assert {setting}()
print({measure})
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def mapped_after_a_larger_free(*, fixed: bool) -> bool:
    measured = after(
        "return_large_buffers", LARGE_BUFFER_MAPPED, "large_buffer_mapped()", set_first=fixed
    )
    return measured == "True"


def arenas_after_four_threads(*, one: bool) -> int:
    measured = after(
        "share_one_arena", ARENAS_AFTER_THREADS, "arenas_after_threads()", set_first=one
    )
    return int(measured)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_large_buffer_keeps_its_own_mapping_once_the_threshold_is_fixed() -> None:
    assert not mapped_after_a_larger_free(fixed=False)  # glibc's own behaviour: from the heap
    assert mapped_after_a_larger_free(fixed=True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_threads_started_after_share_one_arena_allocate_from_the_main_arena() -> None:
    assert arenas_after_four_threads(one=False) > 1  # glibc's own behaviour: an arena a thread
    assert arenas_after_four_threads(one=True) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_command_fixes_it_before_it_runs(
    settings_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from desktop_blog import cli
    from desktop_blog.storage import open_database
    from tests.conftest import PASSWORD

    open_database(db_path).close()
    calls: list[str] = []
    monkeypatch.setattr(cli, "return_large_buffers", lambda: calls.append("fixed") or True)
    assert cli.main(["--settings", str(settings_file), "list"], stdin=io.StringIO(PASSWORD)) == 0
    assert calls == ["fixed"]
