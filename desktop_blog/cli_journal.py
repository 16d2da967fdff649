"""Command-line access to the journal: add, list, search, export, import, backup."""

from __future__ import annotations

import argparse
import getpass
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings, load_settings
from desktop_blog.storage import Entry, EntryRepository, EntryValidationError, open_database
from desktop_blog.storage.backup import backup_journal
from desktop_blog.transfer.atomic import ExportError
from desktop_blog.transfer.importers import ImportFormatError, import_file

JOURNAL_COMMANDS = frozenset({"add", "list", "search", "export", "import", "backup"})
EXPORT_FORMATS = ("json", "markdown", "html", "pdf")
DEFAULT_LIMIT = 20


class JournalCommandError(RuntimeError):
    """A journal command failed; the message is printed without a traceback."""


def add_journal_commands(commands: Any) -> None:
    """Register the journal commands on the main parser's subparsers."""
    add = commands.add_parser("add", help="add an entry (body from --body-file or stdin)")
    add.add_argument("--title", required=True, help="the entry's title")
    add.add_argument("--body-file", metavar="PATH", help="file with the HTML body")
    listing = commands.add_parser("list", help="list entries, newest first")
    listing.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    search = commands.add_parser("search", help="list entries matching QUERY, newest first")
    search.add_argument("query")
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    export = commands.add_parser("export", help="export the journal (or some entries)")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument(
        "--entry", type=_positive, action="append", metavar="ID", help="only this entry (repeat)"
    )
    export.add_argument("output", help="a file (json, pdf) or a new folder (markdown, html)")
    imp = commands.add_parser(
        "import", help="import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export"
    )
    imp.add_argument("file")
    backup = commands.add_parser("backup", help="back up the journal now (verified, rotated)")
    backup.add_argument("--folder", help="where to (default: the 'backup_folder' setting)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _unlock(settings: Settings, stdin: TextIO) -> None:
    """Ask for the password when the journal has one (from stdin when it is not a terminal)."""
    if not settings.has_credentials:
        return
    if stdin.isatty():
        password = getpass.getpass("Password: ")
    else:
        line = stdin.readline()
        if not line:
            raise JournalCommandError("no password: expected it on the first line of stdin")
        password = line.rstrip("\r\n")
    assert settings.username is not None
    if check_login(settings, settings.username, password) is not LoginResult.OK:
        raise JournalCommandError("wrong password; nothing was done")


def _line(entry: Entry) -> str:
    return f"{entry.id:>5}  {entry.created_local:%Y-%m-%d %H:%M}  {entry.title}"


def _add(conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO) -> str:
    if args.body_file:
        try:
            body = Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise JournalCommandError(f"cannot read {args.body_file}: {exc}") from exc
    else:
        body = stdin.read()
    try:
        entry = EntryRepository(conn).add(args.title, body)
    except EntryValidationError as exc:
        raise JournalCommandError(f"{exc} Nothing was saved.") from exc
    return f"Added entry #{entry.id}: {entry.title}"


def _export(conn: sqlite3.Connection, args: argparse.Namespace) -> str:
    from desktop_blog.transfer import exporters

    output = Path(args.output)
    ids = args.entry
    if args.format == "json":
        if ids:
            raise JournalCommandError("JSON exports the whole journal; drop --entry")
        count = exporters.export_json(conn, output)
    elif args.format == "markdown":
        count = exporters.export_markdown(conn, output, entry_ids=ids)
    elif args.format == "html":
        count = exporters.export_html_site(conn, output, entry_ids=ids)
    else:
        count = _export_pdf(conn, output, ids)
    return f"Exported {count} entries to {output}"


def _export_pdf(conn: sqlite3.Connection, output: Path, ids: list[int] | None) -> int:
    from PySide6.QtGui import QGuiApplication

    from desktop_blog.transfer.pdf_export import export_pdf

    if QGuiApplication.instance() is None:  # text layout needs Qt's GUI, not a window
        app = QGuiApplication(["desktop-blog", "-platform", "offscreen"])
        try:
            return export_pdf(conn, output, entry_ids=ids)
        finally:
            del app
    return export_pdf(conn, output, entry_ids=ids)


def run_journal_command(args: argparse.Namespace, named: Path | None, stdin: TextIO) -> str:
    """Run one journal command; return what to print. Raises on any error."""
    settings = load_settings(named)
    if args.command == "backup":
        _unlock(settings, stdin)
        folder = Path(args.folder).expanduser() if args.folder else settings.backups
        path = backup_journal(settings.database, folder, keep=settings.backup_keep)
        return f"Backed up and verified the journal: {path}"
    _unlock(settings, stdin)
    conn = open_database(settings.database, create=False)
    try:
        commands: dict[str, Callable[[], str]] = {
            "add": lambda: _add(conn, args, stdin),
            "list": lambda: _listing(EntryRepository(conn).newest(args.limit)),
            "search": lambda: _listing(EntryRepository(conn).search(args.query, args.limit)),
            "export": lambda: _export(conn, args),
            "import": lambda: import_file(conn, Path(args.file)).summary(),
        }
        try:
            return commands[args.command]()
        except (ExportError, ImportFormatError) as exc:
            raise JournalCommandError(str(exc)) from exc
    finally:
        conn.close()


def _listing(entries: list[Entry]) -> str:
    return "\n".join(_line(e) for e in entries) if entries else "No entries."
