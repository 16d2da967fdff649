"""The way to the window: no parser or command module, no PySide6 source scan.

The checks that import run in a fresh interpreter, since this test process has imported
everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop_blog.cli import window_settings


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["run"], (True, None)),
        (["--settings", "a.toml"], (True, "a.toml")),
        (["--settings", "a.toml", "run"], (True, "a.toml")),
        (["--settings=a.toml"], (True, "a.toml")),
        (["--settings=a.toml", "run"], (True, "a.toml")),
        (["list"], (False, None)),
        (["--settings", "a.toml", "list"], (False, "a.toml")),
        (["--settings", "--version"], (False, None)),  # the parser's error to give
        (["--settings"], (False, None)),
        (["run", "--settings", "a.toml"], (False, None)),  # not the parser's grammar either
        (["--version"], (False, None)),
        (["--smoke-test"], (False, None)),
    ],
)
def test_only_the_plain_starts_of_the_window_skip_the_parser(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    assert window_settings(argv) == expected


def run_fresh(code: str, env: dict[str, str] | None = None) -> object:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_path_imports_no_command_module() -> None:
    """Without a display ``run_gui`` stops at once: what was imported on the way there."""
    code = (
        "import json, sys\n"
        "import desktop_blog\n"
        "code = desktop_blog.main([])\n"
        "names = ('desktop_blog.cli_journal', 'desktop_blog.cli_rescue', 'desktop_blog.storage',"
        " 'desktop_blog.security.unlock', 'desktop_blog.security.keys', 'yaml', 'markdown_it')\n"
        "print(json.dumps([code, sorted(n for n in names if n in sys.modules)]))\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    assert run_fresh(code, env) == [1, []]


SCAN = """
import json, linecache, sys
{before}
import PySide6.QtCore
import wave  # a module imported after PySide6, not before
print(json.dumps(any(name.endswith("wave.py") for name in linecache.cache)))
"""


def test_pyside6_reads_no_module_source_once_qt_is_imported_for_the_window() -> None:
    before = "from desktop_blog.app.qt_import import import_qt\nimport_qt()"
    assert run_fresh(SCAN.format(before=before)) is False


LINES_KEPT = """
import json, linecache
{qt}
print(json.dumps(sorted(name.rsplit("/", 1)[-1] for name in linecache.cache)))
"""


def test_the_lines_read_before_the_scan_was_turned_off_are_not_kept() -> None:
    """PySide6 reads a few modules' sources as it is imported (``enum.py`` among them);
    :func:`import_qt` drops them from :mod:`linecache` (0.3 MiB)."""
    read = run_fresh(LINES_KEPT.format(qt="import PySide6.QtCore"))
    if not read:
        pytest.skip("this PySide6 reads no module sources on import")
    assert "enum.py" in read  # the control: what import_qt drops
    qt = "from desktop_blog.app.qt_import import import_qt\nimport_qt()"
    assert run_fresh(LINES_KEPT.format(qt=qt)) == []


def test_without_it_pyside6_reads_the_source_of_each_module_imported_after_it() -> None:
    """The control: the scan :func:`import_qt` turns off exists in this PySide6."""
    found = run_fresh(SCAN.format(before=""))
    if found is False:
        pytest.skip("this PySide6 does not read module sources: nothing to turn off")
    assert found is True
