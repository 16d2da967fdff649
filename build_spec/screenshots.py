"""Regenerate the README screenshots from the real app.

Run under a display, e.g. ``xvfb-run -a -s "-screen 0 1280x900x24" python
build_spec/screenshots.py``. It uses a throw-away settings file and journal.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_blog.app.application import application
from desktop_blog.app.session import Session
from desktop_blog.config import load_settings, write_settings
from desktop_blog.passwords import hash_password
from desktop_blog.storage import EntryRepository, open_database

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"
SAMPLES = [
    (
        "First snow",
        "<p>The garden went white overnight. Made <b>tea</b> and watched the "
        "sparrows argue over the feeder. #garden #birds</p>",
    ),
    (
        "Reading list",
        "<ul><li><i>The Rings of Saturn</i></li><li>A Field Guide to Getting "
        "Lost</li><li>Pilgrim at Tinker Creek</li></ul><p>#books</p>",
    ),
    (
        "A long walk",
        "<p>Twelve kilometres along the river. Notes for next time:</p>"
        "<ol><li>Start earlier</li><li>Bring the <a href='https://example.org/"
        "map'>map</a></li></ol><p>#walks #birds</p>",
    ),
    (
        "Why this journal",
        "<h3>Private, fast, mine</h3><p>A place for the things I write "
        "nowhere else. It lives on my own computer.</p>",
    ),
]


def grab(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    screen = widget.screen() or QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(widget.winId()) if screen else widget.grab()
    if pixmap.isNull():
        pixmap = widget.grab()
    OUT.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(OUT / name))
    print(f"wrote {OUT / name}")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="desktop-blog-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    settings_file = tmp / "settings.toml"
    write_settings(
        settings_file,
        {
            "database": str(tmp / "journal.sqlite3"),
            "username": "writer",
            "password_hash": hash_password("correct horse"),
        },
    )
    conn = open_database(tmp / "journal.sqlite3")
    start = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    for days, (title, body) in enumerate(SAMPLES):
        EntryRepository(conn).add(title, body, created=start + timedelta(days=days))
    EntryRepository(conn).add(
        "Markdown works too",
        "Written in **Markdown**:\n\n- a *quiet* morning\n- the [river path](https://example.org)"
        "\n\n#walks",
        created=start + timedelta(days=4, hours=3),
        body_format="markdown",
    )
    conn.close()

    app = application()
    journal = Session(load_settings(settings_file))
    journal.start()
    dialog = journal.login_dialog
    steps: list[tuple[int, object]] = []

    def login_shot() -> None:
        dialog.username_edit.setText("writer")
        dialog.password_edit.setText("wrong")
        dialog.login_button.click()
        grab(dialog, "login.png")
        dialog.password_edit.setText("correct horse")
        dialog.login_button.click()

    def main_shot() -> None:
        window = journal.main_window
        window.entry_form.title_edit.setText("Evening")
        window.entry_form.body_edit.setPlainText(
            "<p>Quiet day. <b>Finished</b> the chapter and <i>cooked</i> soup.</p>"
        )
        window.entry_form.update_preview()
        journal.features.theme.set_mode("light")
        grab(window, "main-window.png")
        journal.features.theme.set_mode("dark")
        QTimer.singleShot(300, dark_shot)

    def dark_shot() -> None:
        grab(journal.main_window, "main-window-dark.png")
        journal.features.theme.set_mode("light")
        journal.main_window.search_edit.setText("garden")  # the list follows once typing pauses
        QTimer.singleShot(600, search_shot)

    def search_shot() -> None:
        grab(journal.main_window, "search.png")
        app.quit()

    QTimer.singleShot(500, login_shot)
    QTimer.singleShot(1500, main_shot)
    del steps
    app.exec()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
