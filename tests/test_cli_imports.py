"""The command line never imports the window layer (PDF export included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
import desktop_blog.cli, desktop_blog.cli_journal, desktop_blog.transfer.pdf_export
window_layer = ("desktop_blog.ui", "desktop_blog.app")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(window_layer))))
"""


def test_cli_modules_and_pdf_export_do_not_import_the_ui_package() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert json.loads(result.stdout) == []


def test_the_report_would_see_a_ui_module() -> None:
    script = SCRIPT.replace("desktop_blog.transfer.pdf_export", "desktop_blog.ui.actions")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert "desktop_blog.ui.actions" in json.loads(result.stdout)
