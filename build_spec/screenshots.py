"""Regenerate the README screenshots from the real app.

Run under a display, e.g. ``xvfb-run -a -s "-screen 0 1600x1000x24" python
build_spec/screenshots.py``. It uses a throw-away settings file and journal and writes every
window (main window reading and writing, search, statistics, preferences, shortcuts, login,
first-run setup and its recovery key, the offer to encrypt a plain journal) in the light and
dark themes at 1400x900 and 800x600.

``--language de_DE`` (or ``ar_EG``, right to left) shows the app in that language and writes
only the main window, as ``main-window-<theme>-<size>-<language>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_blog import i18n
from desktop_blog.app.application import application
from desktop_blog.app.session import Session
from desktop_blog.config import load_settings, write_settings
from desktop_blog.security.unlock import create_encrypted_journal
from desktop_blog.storage import EntryRepository, open_database
from desktop_blog.ui.dialogs.encrypt_offer import offer_box
from desktop_blog.ui.dialogs.setup_dialog import SetupDialog
from desktop_blog.ui.windows.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"
SIZES = ((1400, 900), (800, 600))
STEP_MS = 700  # time for each step to lay out and paint before the next
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


STARRED = {"First snow", "A long walk"}


def grab(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    screen = widget.screen() or QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(widget.winId()) if screen else widget.grab()
    if pixmap.isNull():
        pixmap = widget.grab()
    OUT.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(OUT / name))
    print(f"wrote {OUT / name}")


def sample_settings() -> Path:
    """A throw-away settings file and a journal with a few entries; return the settings."""
    tmp = Path(tempfile.mkdtemp(prefix="desktop-blog-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    settings_file = tmp / "settings.toml"
    write_settings(
        settings_file,
        {
            "database": str(tmp / "journal.sqlite3"),
            "username": "writer",
        },
    )
    created = create_encrypted_journal(tmp / "journal.sqlite3", "correct horse")
    conn = open_database(tmp / "journal.sqlite3", key=created.key)
    start = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    for days, (title, body) in enumerate(SAMPLES):
        EntryRepository(conn).add(
            title, body, created=start + timedelta(days=days), starred=title in STARRED
        )
    EntryRepository(conn).add(  # backdated, written on a trip: shown in Lisbon's time
        "Tram 28 to the castle",
        "<p>Rattled up through Alfama at dusk; the whole city below. #travel</p>",
        created=datetime(2026, 7, 14, 19, 5, tzinfo=UTC),
        tz="Europe/Lisbon",
        starred=True,
    )
    EntryRepository(conn).add(
        "Markdown works too",
        "Written in **Markdown**:\n\n- a *quiet* morning\n- the [river path](https://example.org)"
        "\n\n#walks",
        created=start + timedelta(days=4, hours=3),
        body_format="markdown",
    )
    conn.close()
    created.key.wipe()
    return settings_file


def window_of(journal: Session) -> MainWindow:
    assert journal.main_window is not None
    return journal.main_window


def set_theme(journal: Session, mode: str) -> None:
    assert journal.preferences is not None
    journal.preferences.theme.set_mode(mode)


def shots(journal: Session, mode: str, width: int, height: int) -> list[Callable[[], None]]:
    """The steps that show and grab every window in ``mode`` at ``width`` x ``height``."""
    tag = f"{mode}-{width}x{height}"
    dialog = journal.login_dialog

    def reading() -> None:
        set_theme(journal, mode)
        window_of(journal).resize(width, height)
        window_of(journal).read()
        window_of(journal).select_row(1)

    def writing() -> None:
        grab(window_of(journal), f"main-window-{tag}.png")
        window_of(journal).actions.new_entry.trigger()
        form = window_of(journal).entry_form
        form.title_edit.setText("Evening")
        form.set_body(
            "<h2>Quiet day</h2>\n"
            "<p><strong>Finished</strong> the chapter and <em>cooked</em> soup. #home</p>\n"
            "<ul>\n<li>leeks from the garden</li>\n<li>call Anna about "
            '<a href="https://example.org">the trip</a></li>\n</ul>\n'
            "<blockquote>\n<p>Slow is smooth.</p>\n</blockquote>",
            "html",
        )
        form.update_preview()

    def searching() -> None:
        grab(window_of(journal), f"editor-{tag}.png")
        window_of(journal).read()
        window_of(journal).search_edit.setText("garden")  # the list follows once typing pauses

    def statistics() -> None:
        grab(window_of(journal), f"search-{tag}.png")
        window_of(journal).clear_search()
        window_of(journal).actions.statistics.trigger()

    def shown_then(name: str, shown: Callable[[], QWidget | None], next_action: str) -> None:
        """Grab and close the window ``shown`` returns, then open the next one."""
        widget = shown()
        if widget is not None:
            grab(widget, f"{name}-{tag}.png")
            widget.close()
        if next_action:
            window_of(journal).actions.get(next_action).trigger()

    def preferences() -> None:
        assert journal.transfers is not None
        transfers = journal.transfers
        shown_then("statistics", lambda: transfers.statistics_window, "preferences")

    def shortcuts() -> None:
        assert journal.preferences is not None
        controller = journal.preferences
        shown_then("preferences", lambda: controller.preferences_dialog, "shortcuts")

    def login_dialog() -> None:
        shown_then("shortcuts", lambda: journal.shortcuts_dialog, "")
        journal.logout()
        grab(dialog, f"login-{tag}.png")
        dialog.password_edit.setText("correct horse")
        dialog.login_button.click()

    return [
        reading,
        writing,
        searching,
        statistics,
        preferences,
        shortcuts,
        login_dialog,
        *encryption_shots(journal, tag),
    ]


def encryption_shots(journal: Session, tag: str) -> list[Callable[[], None]]:
    """First-run setup, its recovery key page, and the offer to encrypt a plain journal."""
    setup = SetupDialog(str(Path.home() / ".config/desktop-blog/settings.toml"))
    offer: list[QWidget] = []

    def setup_dialog() -> None:
        setup.username_edit.setText("writer")
        setup.password_edit.setText("correct horse")
        setup.confirm_edit.setText("correct horse")
        setup.show()

    def recovery_key() -> None:
        grab(setup, f"setup-{tag}.png")
        setup.show_recovery_key("K7QF-2MXA-93TB-LWEP-4RNZ-H6CD-YJ8S-VG5U")

    def encrypt_offer() -> None:
        grab(setup, f"recovery-key-{tag}.png")
        setup.close()
        box, _encrypt = offer_box(window_of(journal), "/home/writer/journal.sqlite3")
        offer.append(box)
        box.show()

    def offer_shown() -> None:
        grab(offer[0], f"encrypt-offer-{tag}.png")
        offer[0].close()

    return [setup_dialog, recovery_key, encrypt_offer, offer_shown]


def main_window_only(journal: Session, suffix: str) -> list[Callable[[], None]]:
    """The main window, reading, in both themes and sizes (for a language's screenshots)."""
    steps: list[Callable[[], None]] = []
    for width, height in SIZES:
        for mode in ("light", "dark"):
            tag = f"{mode}-{width}x{height}-{suffix}"

            def reading(mode: str = mode, width: int = width, height: int = height) -> None:
                set_theme(journal, mode)
                window_of(journal).resize(width, height)
                window_of(journal).read()
                window_of(journal).select_row(1)

            steps += [reading, lambda tag=tag: grab(window_of(journal), f"main-window-{tag}.png")]
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the README screenshots.")
    parser.add_argument("--language", default="", help="a locale name: de_DE, ar_EG, ...")
    options = parser.parse_args(argv)
    settings_file = sample_settings()
    app = application()
    i18n.install(options.language or "en_US")
    journal = Session(load_settings(settings_file))
    journal.start()
    dialog = journal.login_dialog

    def login() -> None:
        dialog.username_edit.setText("writer")
        dialog.password_edit.setText("correct horse")
        dialog.login_button.click()

    steps: list[Callable[[], None]] = [login]
    if options.language:
        steps.extend(main_window_only(journal, options.language.split("_")[0]))
    else:
        for width, height in SIZES:
            for mode in ("light", "dark"):
                steps.extend(shots(journal, mode, width, height))

    def run_next() -> None:
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(STEP_MS, run_next)

    QTimer.singleShot(STEP_MS, run_next)
    app.exec()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
