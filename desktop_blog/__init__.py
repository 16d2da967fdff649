"""Desktop Blog: a private, single-user desktop journal."""

from __future__ import annotations

import sys

__version__ = "0.1.0"
APP_NAME = "Desktop Blog"
APP_ID = "desktop-blog"
# Reverse-DNS id of the desktop entry and AppStream metainfo (resources/<DESKTOP_ID>.desktop).
DESKTOP_ID = "org.desktopblog.DesktopBlog"


def main(argv: list[str] | None = None) -> int:
    """Run Desktop Blog with ``argv`` (defaults to ``sys.argv[1:]``); return the exit code."""
    from desktop_blog.cli import main as cli_main

    return cli_main(argv)


def run() -> None:
    """Console/GUI entry point."""
    sys.exit(main())
