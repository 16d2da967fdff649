"""Start the real app with a benchmark settings file, log in, and report the first paint.

``python -m tests.benchmarks.driver SETTINGS PASSWORD`` runs what ``desktop-blog`` runs
(``application()``, the settings, ``Session``), types the password into the login dialog
and clicks *Log In*; the session unlocks the journal (encrypted or plain) on its worker
thread, and a plain journal's offer to encrypt it is answered "Not now". When the entry
list is first painted with its rows it prints ``painted <peak RSS KiB>``; then it scrolls
to the last entry, paints again and prints ``scrolled <ms> <peak RSS KiB> <last title>``,
and exits. Only the benchmark runs this.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # the phases below count from here; the harness adds start-up

import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer  # noqa: E402

if TYPE_CHECKING:
    from desktop_blog.app.session import Session

PHASES: dict[str, float] = {}


def phase(name: str) -> None:
    PHASES[name] = (time.perf_counter() - T0) * 1000


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class FirstPopulatedPaint(QObject):
    """Calls ``done`` after the first paint of the list once the journal is shown."""

    def __init__(self, journal: object, done: object) -> None:
        super().__init__()
        self._journal = journal
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._journal.main_window  # type: ignore[attr-defined]
        if event.type() == QEvent.Type.Paint and window.isVisible():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # type: ignore[arg-type]
        return False


def main(settings_file: Path, password: str) -> int:
    phase("Qt imported")
    from desktop_blog.app.application import application
    from desktop_blog.app.session import Session
    from desktop_blog.config import load_settings
    from desktop_blog.ui.dialogs import encrypt_offer

    encrypt_offer.offer_encryption = lambda _parent, _path: False  # "Not now": not measured
    phase("app imported")
    app = application()
    settings = load_settings(settings_file)
    journal = Session(settings)
    journal.finished.connect(app.exit)
    journal.start()
    phase("login dialog built")
    dialog = journal.login_dialog
    dialog.username_edit.setText(settings.username or "")
    dialog.password_edit.setText(password)
    dialog.login_button.click()
    journal.unlocked.connect(lambda: watch(journal))
    code = app.exec()
    journal.close()
    return int(code)


def watch(journal: Session) -> None:
    """The journal is shown: report its first populated paint, then scroll to the end."""
    phase("logged in (key derived, journal opened, main window built and shown)")
    window = journal.main_window
    assert window is not None
    view = window.entry_list

    def scroll_to_end() -> None:
        started = time.perf_counter()
        view.scrollToBottom()
        view.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        last = view.indexAt(QPoint(5, view.viewport().height() - 5))
        rows = view.model().rowCount()
        shown = view.model().index(rows - 1, 0).data() if rows else ""
        visible = last.row() if last.isValid() else -1
        print(f"scrolled {elapsed:.3f} {peak_rss_kib()} {visible}/{rows} {shown}", flush=True)
        journal.quit()

    def painted() -> None:
        print(f"painted {peak_rss_kib()} rows={view.model().rowCount()}", flush=True)
        phase("list painted")
        print("phases " + " ".join(f"{k.replace(' ', '_')}={v:.1f}" for k, v in PHASES.items()))
        QTimer.singleShot(0, scroll_to_end)

    watcher = FirstPopulatedPaint(journal, painted)
    _WATCHERS.append(watcher)
    view.viewport().installEventFilter(watcher)
    view.viewport().update()


_WATCHERS: list[FirstPopulatedPaint] = []

if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
