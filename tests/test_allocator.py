"""glibc's malloc: large freed buffers go back to the system (the mmap threshold stays where it
was set), and worker threads allocate from the main arena."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.malloc_probe import ARENAS_AFTER_THREADS, LARGE_BUFFER_MAPPED

SCRIPT = (
    LARGE_BUFFER_MAPPED
    + """
import sys
from desktop_blog.allocator import return_large_buffers
if sys.argv[1] == "fixed":
    assert return_large_buffers()
print(large_buffer_mapped())
"""
)


def mapped_after_a_larger_free(mode: str) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip() == "True"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_large_buffer_keeps_its_own_mapping_once_the_threshold_is_fixed() -> None:
    assert not mapped_after_a_larger_free("dynamic")  # glibc's own behaviour: from the heap
    assert mapped_after_a_larger_free("fixed")


ARENA_SCRIPT = (
    ARENAS_AFTER_THREADS
    + """
import sys
from desktop_blog.allocator import share_one_arena
if sys.argv[1] == "one":
    assert share_one_arena()
print(arenas_after_threads())
"""
)


def arenas_after_four_threads(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", ARENA_SCRIPT, mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_threads_started_after_share_one_arena_allocate_from_the_main_arena() -> None:
    assert arenas_after_four_threads("own") > 1  # glibc's own behaviour: an arena a thread
    assert arenas_after_four_threads("one") == 1


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
