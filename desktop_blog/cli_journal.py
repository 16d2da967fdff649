"""Command-line access to the journal: add, list, search, export, import, backup."""

from __future__ import annotations

import argparse
import getpass
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings, load_settings
from desktop_blog.crash_guard import escape_control
from desktop_blog.plurals import count_text
from desktop_blog.safe_input import MAX_BODY_FILE_BYTES, InputError, read_input_text
from desktop_blog.security.keys import DataKey
from desktop_blog.security.unlock import UnlockError, is_encrypted_journal, unlock_key
from desktop_blog.storage import (
    BODY_FORMATS,
    Entry,
    EntryFilter,
    EntryRepository,
    EntryValidationError,
)
from desktop_blog.storage.zones import system_zone

JOURNAL_COMMANDS = frozenset(
    {"add", "list", "search", "export", "import", "backup", "star", "unstar"}
)
EXPORT_FORMATS = ("json", "markdown", "html", "pdf")
DEFAULT_LIMIT = 20


class JournalCommandError(RuntimeError):
    """A journal command failed; the message is printed without a traceback."""


def add_journal_commands(commands: Any) -> None:
    """Register the journal commands on the main parser's subparsers."""
    add = commands.add_parser("add", help="add an entry (body from --body-file or stdin)")
    add.add_argument("--title", required=True, help="the entry's title")
    add.add_argument("--body-file", metavar="PATH", help="file with the body")
    add.add_argument(
        "--date",
        type=_local_time,
        metavar="'YYYY-MM-DD HH:MM'",
        help="when it was written, in this system's time zone (default: now)",
    )
    add.add_argument(
        "--format",
        choices=BODY_FORMATS,
        help="the body's format (default: the 'default_format' setting)",
    )
    listing = commands.add_parser("list", help="list entries, newest first (★: starred)")
    listing.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    listing.add_argument("--starred", action="store_true", help="only starred entries")
    for name, verb in (("star", "star"), ("unstar", "remove the star of")):
        command = commands.add_parser(name, help=f"{verb} an entry")
        command.add_argument("entry", type=_positive, metavar="ID")
    search = commands.add_parser("search", help="list entries matching QUERY, newest first")
    search.add_argument("query")
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    export = commands.add_parser("export", help="export the journal (or some entries)")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument(
        "--entry", type=_positive, action="append", metavar="ID", help="only this entry (repeat)"
    )
    export.add_argument("output", help="a file (json, pdf) or a new folder (markdown, html)")
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the JSON export with a passphrase (asked for; from stdin's next line)",
    )
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


def _local_time(text: str) -> datetime:
    """``2024-05-01 08:30`` (or a date alone) as a wall-clock time of this system."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time like '2024-05-01 08:30'"
        ) from exc


def read_secret(stdin: TextIO, prompt: str, what: str) -> str:
    """A secret from the terminal (not echoed) or the next line of stdin."""
    if stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline()
    if not line:
        raise JournalCommandError(f"no {what}: expected it on the next line of stdin")
    return line.rstrip("\r\n")


def _unlock(settings: Settings, stdin: TextIO) -> DataKey | None:
    """Ask for the password when the journal has one; return the data key if encrypted."""
    if is_encrypted_journal(settings.database):
        password = read_secret(stdin, "Password: ", "password")
        try:
            return unlock_key(settings.database, password)
        except UnlockError as exc:
            raise JournalCommandError(str(exc)) from exc
    if not settings.has_credentials:
        return None
    password = read_secret(stdin, "Password: ", "password")
    assert settings.username is not None
    if check_login(settings, settings.username, password) is not LoginResult.OK:
        raise JournalCommandError("wrong password; nothing was done")
    return None


def _line(entry: Entry) -> str:
    star = "★" if entry.starred else " "
    return (
        f"{entry.id:>5} {star} {entry.created_local:%Y-%m-%d %H:%M}  {escape_control(entry.title)}"
    )


def _add(
    conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO, settings: Settings
) -> str:
    if args.body_file:
        try:
            body = read_input_text(Path(args.body_file), MAX_BODY_FILE_BYTES, "body file")
        except InputError as exc:
            raise JournalCommandError(f"cannot read {args.body_file}: {exc}") from exc
    else:
        body = stdin.read()
    try:
        entry = EntryRepository(conn).add(
            args.title,
            body,
            body_format=args.format or settings.default_format,
            created=args.date,
            tz=system_zone(),
        )
    except EntryValidationError as exc:
        raise JournalCommandError(f"{exc} Nothing was saved.") from exc
    return f"Added entry #{entry.id}: {entry.title}"


def _star(conn: sqlite3.Connection, entry_id: int, starred: bool) -> str:
    try:
        entry = EntryRepository(conn).set_starred(entry_id, starred)
    except EntryValidationError as exc:
        raise JournalCommandError(f"entry #{entry_id}: {exc}") from exc
    return f"{'Starred' if starred else 'Unstarred'} entry #{entry.id}: {entry.title}"


def _list(conn: sqlite3.Connection, args: argparse.Namespace) -> str:
    repository = EntryRepository(conn)
    if args.starred:
        return _listing(repository.filtered(EntryFilter(starred=True), args.limit))
    return _listing(repository.newest(args.limit))


def _export(conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO) -> str:
    from desktop_blog.transfer import exporters

    output = Path(args.output)
    ids = args.entry
    if args.encrypt and args.format != "json":
        raise JournalCommandError("only the JSON export can be encrypted; drop --encrypt")
    if args.format == "json":
        if ids:
            raise JournalCommandError("JSON exports the whole journal; drop --entry")
        if args.encrypt:
            from desktop_blog.transfer.encrypted_export import export_json_encrypted

            passphrase = _new_passphrase(stdin)
            count = export_json_encrypted(conn, output, passphrase)
            return f"Exported {count} entries to {output} (encrypted with the passphrase)"
        count = exporters.export_json(conn, output)
    elif args.format == "markdown":
        count = exporters.export_markdown(conn, output, entry_ids=ids)
    elif args.format == "html":
        count = exporters.export_html_site(conn, output, entry_ids=ids)
    else:
        count = _export_pdf(conn, output, ids)
    print(
        f"desktop-blog: note: {output} is not encrypted; anyone who can read it can read "
        "the entries (use --format json --encrypt for an encrypted export)",
        file=sys.stderr,
    )
    return f"Exported {count_text(count, 'entry', 'entries')} to {output}"


def _new_passphrase(stdin: TextIO) -> str:
    passphrase = read_secret(stdin, "Export passphrase: ", "export passphrase")
    if stdin.isatty() and getpass.getpass("Repeat passphrase: ") != passphrase:
        raise JournalCommandError("the passphrases do not match; nothing was exported")
    if len(passphrase) < 4:
        raise JournalCommandError("the passphrase must have at least 4 characters")
    return passphrase


def _import(conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO) -> str:
    from desktop_blog.transfer.encrypted_export import is_encrypted_export
    from desktop_blog.transfer.importers import import_file

    path = Path(args.file)
    passphrase = None
    if is_encrypted_export(path):
        passphrase = read_secret(stdin, "Export passphrase: ", "export passphrase")
    return import_file(conn, path, passphrase=passphrase).summary()


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
    key = _unlock(settings, stdin)
    try:
        return _run(args, settings, key, stdin)
    finally:
        if key is not None:
            key.wipe()


def _run(args: argparse.Namespace, settings: Settings, key: DataKey | None, stdin: TextIO) -> str:
    # Imported here, not at the top: starting the window goes through this module's parser.
    from desktop_blog.storage.backup import backup_journal
    from desktop_blog.storage.rescue import open_journal
    from desktop_blog.transfer.atomic import ExportError
    from desktop_blog.transfer.importers import ImportFormatError

    if args.command == "backup":
        folder = Path(args.folder).expanduser() if args.folder else settings.backups
        path = backup_journal(settings.database, folder, keep=settings.backup_keep, key=key)
        return f"Backed up and verified the journal: {path}"
    conn, rebuilt = open_journal(settings.database, create=False, key=key)
    if rebuilt:  # only indexes were damaged: rebuilt from the entries, nothing lost
        print(f"desktop-blog: {escape_control(rebuilt)}", file=sys.stderr)
    try:
        commands: dict[str, Callable[[], str]] = {
            "add": lambda: _add(conn, args, stdin, settings),
            "list": lambda: _list(conn, args),
            "star": lambda: _star(conn, args.entry, True),
            "unstar": lambda: _star(conn, args.entry, False),
            "search": lambda: _listing(EntryRepository(conn).search(args.query, args.limit)),
            "export": lambda: _export(conn, args, stdin),
            "import": lambda: _import(conn, args, stdin),
        }
        try:
            return commands[args.command]()
        except (ExportError, ImportFormatError) as exc:
            raise JournalCommandError(str(exc)) from exc
    finally:
        conn.close()


def _listing(entries: list[Entry]) -> str:
    return "\n".join(_line(e) for e in entries) if entries else "No entries."
