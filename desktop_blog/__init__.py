"""Desktop Blog: a private, single-user desktop journal."""

from __future__ import annotations

import gc
import sys

__version__ = "0.1.0"
APP_NAME = "Desktop Blog"
APP_ID = "desktop-blog"
# Reverse-DNS id of the desktop entry and AppStream metainfo (resources/<DESKTOP_ID>.desktop).
DESKTOP_ID = "org.desktopblog.DesktopBlog"

_collector_paused = False


def pause_collector() -> None:
    """Turn the cyclic garbage collector off for the start-up.

    Starting the window imports some 300 modules and builds hundreds of widgets: objects that
    live as long as the app. The collector's passes over them (80-odd before the login
    dialog is painted, 10 ms) would find nothing to free. :func:`resume_collector` turns it
    back on.
    """
    global _collector_paused  # noqa: PLW0603 (one switch for the process)
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """Turn the collector back on after :func:`pause_collector` (else do nothing).

    What the start-up built is frozen first (:func:`gc.freeze`): it lives as long as the app,
    so later passes, the full ones included, no longer walk it.
    """
    global _collector_paused  # noqa: PLW0603
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    """Run Desktop Blog with ``argv`` (defaults to ``sys.argv[1:]``); return the exit code."""
    pause_collector()  # the command line resumes it at once; the window once it is built
    try:
        from desktop_blog.cli import main as cli_main

        return cli_main(argv)
    finally:
        resume_collector()


def run() -> None:
    """Console/GUI entry point."""
    sys.exit(main())
