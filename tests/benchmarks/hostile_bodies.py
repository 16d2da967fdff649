"""Time posting and viewing hostile entry bodies through the real window (headless).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.hostile_bodies
Prints the median of several runs per body; the goal is well under a second each.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")

RUNS = 5
BODIES = {
    "500,000 chars of <p> paragraphs": "<p>hello <b>world</b></p>" * 20_000,
    "100,000 nested <div>": "<div>" * 100_000,
    "nested tables + malformed tags": "<b<i><<>>></p></div><table><tr><td>" * 13_000,
    "one 500,000-char word": "x" * 500_000,
    "RTL override + 1,000 paragraphs": "\u202e" + "<p>abc</p>" * 1000,
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = tmp
        os.environ["XDG_RUNTIME_DIR"] = tmp
        from PySide6.QtCore import QMimeData

        from desktop_blog.app.application import application
        from desktop_blog.app.session import Session
        from desktop_blog.config import load_settings, write_settings
        from desktop_blog.passwords import hash_password

        settings_file = Path(tmp) / "settings.toml"
        write_settings(
            settings_file,
            {
                "database": str(Path(tmp) / "journal.sqlite3"),
                "username": "bench",
                "password_hash": hash_password("bench-pass", log_n=10),
            },
        )
        app = application()
        journal = Session(load_settings(settings_file))
        journal.start()
        journal.login_dialog.username_edit.setText("bench")
        journal.login_dialog.password_edit.setText("bench-pass")
        journal.login_dialog.login_button.click()
        app.processEvents()
        window = journal.main_window
        form = window.entry_form
        print(f"{'body':36} {'post median':>12} {'view median':>12}   (s, {RUNS} runs)")
        worst = 0.0
        for name, body in BODIES.items():
            posts: list[float] = []
            views: list[float] = []
            for _ in range(RUNS):
                form.clear()
                form.title_edit.setText(name)
                mime = QMimeData()
                mime.setText(body)
                form.body_edit.insertFromMimeData(mime)
                app.processEvents()
                start = time.perf_counter()
                form.post_button.click()
                app.processEvents()
                posts.append(time.perf_counter() - start)
                assert not form.error(), form.error()
                window.entry_view.show_empty()
                start = time.perf_counter()
                window.select_row(1)
                window.select_row(0)
                app.processEvents()
                views.append(time.perf_counter() - start)
            post, view = statistics.median(posts), statistics.median(views)
            worst = max(worst, post, view)
            print(f"{name:36} {post:12.3f} {view:12.3f}")
        print(f"worst median: {worst:.3f} s")
        journal.quit()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
