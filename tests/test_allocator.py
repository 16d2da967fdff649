"""Large freed buffers go back to the system: glibc's mmap threshold stays where it was set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.malloc_probe import LARGE_BUFFER_MAPPED

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
