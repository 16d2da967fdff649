"""Command-line access to the journal: add, list, search, export, import, backup."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings, load_settings
from desktop_blog.crash_guard import escape_control
from desktop_blog.i18n import translate
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

if TYPE_CHECKING:
    import sqlite3

JOURNAL_COMMANDS = frozenset(
    {"add", "list", "search", "export", "import", "backup", "star", "unstar"}
)
EXPORT_FORMATS = ("json", "markdown", "html", "pdf")
DEFAULT_LIMIT = 20
MIN_PASSPHRASE_LENGTH = 4


class JournalCommandError(RuntimeError):
    """A journal command failed; the message is printed without a traceback."""


def add_journal_commands(commands: Any) -> None:
    """Register the journal commands on the main parser's subparsers."""
    add = commands.add_parser(
        "add", help=translate("Cli", "add an entry (body from --body-file or stdin)")
    )
    add.add_argument("--title", required=True, help=translate("Cli", "the entry's title"))
    add.add_argument("--body-file", metavar="PATH", help=translate("Cli", "file with the body"))
    add.add_argument(
        "--date",
        type=_local_time,
        metavar="'YYYY-MM-DD HH:MM'",
        help=translate("Cli", "when it was written, in this system's time zone (default: now)"),
    )
    add.add_argument(
        "--format",
        choices=BODY_FORMATS,
        help=translate("Cli", "the body's format (default: the 'default_format' setting)"),
    )
    listing = commands.add_parser(
        "list", help=translate("Cli", "list entries, newest first (★: starred)")
    )
    listing.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    listing.add_argument(
        "--starred", action="store_true", help=translate("Cli", "only starred entries")
    )
    for name, text in (
        ("star", translate("Cli", "star an entry")),
        ("unstar", translate("Cli", "remove the star of an entry")),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("entry", type=_positive, metavar="ID")
    search = commands.add_parser(
        "search", help=translate("Cli", "list entries matching QUERY, newest first")
    )
    search.add_argument("query")
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT)
    export = commands.add_parser(
        "export", help=translate("Cli", "export the journal (or some entries)")
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument(
        "--entry",
        type=_positive,
        action="append",
        metavar="ID",
        help=translate("Cli", "only this entry (repeat)"),
    )
    export.add_argument(
        "output", help=translate("Cli", "a file (json, pdf) or a new folder (markdown, html)")
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "Cli", "encrypt the JSON export with a passphrase (asked for; from stdin's next line)"
        ),
    )
    imp = commands.add_parser(
        "import",
        help=translate(
            "Cli", "import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export"
        ),
    )
    imp.add_argument("file")
    backup = commands.add_parser(
        "backup", help=translate("Cli", "back up the journal now (verified, rotated)")
    )
    backup.add_argument(
        "--folder", help=translate("Cli", "where to (default: the 'backup_folder' setting)")
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number").format(value=repr(text))
        ) from exc
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be at least 1"))
    return value


def _local_time(text: str) -> datetime:
    """``2024-05-01 08:30`` (or a date alone) as a wall-clock time of this system."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a date and time like '2024-05-01 08:30'").format(
                value=repr(text)
            )
        ) from exc


def read_secret(stdin: TextIO, prompt: str, missing: str) -> str:
    """A secret from the terminal (not echoed) or the next line of stdin.

    ``missing`` is the error when stdin has no line left ("no password: expected it ...").
    """
    if stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline()
    if not line:
        raise JournalCommandError(missing)
    return line.rstrip("\r\n")


def _read_password(stdin: TextIO) -> str:
    return read_secret(
        stdin,
        translate("Cli", "Password: "),
        translate("Cli", "no password: expected it on the next line of stdin"),
    )


def _read_passphrase(stdin: TextIO) -> str:
    return read_secret(
        stdin,
        translate("Cli", "Export passphrase: "),
        translate("Cli", "no export passphrase: expected it on the next line of stdin"),
    )


def _unlock(settings: Settings, stdin: TextIO) -> DataKey | None:
    """Ask for the password when the journal has one; return the data key if encrypted."""
    if is_encrypted_journal(settings.database):
        password = _read_password(stdin)
        try:
            return unlock_key(settings.database, password)
        except UnlockError as exc:
            raise JournalCommandError(str(exc)) from exc
    if not settings.has_credentials:
        return None
    password = _read_password(stdin)
    assert settings.username is not None
    if check_login(settings, settings.username, password) is not LoginResult.OK:
        raise JournalCommandError(translate("Cli", "wrong password; nothing was done"))
    return None


def _line(entry: Entry, written: str) -> str:
    star = "★" if entry.starred else " "
    return f"{entry.id:>5} {star} {written}  {escape_control(entry.title)}"


def _add(
    conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO, settings: Settings
) -> str:
    if args.body_file:
        try:
            body = read_input_text(Path(args.body_file), MAX_BODY_FILE_BYTES, "body file")
        except InputError as exc:
            raise JournalCommandError(
                translate("Cli", "cannot read {path}: {error}").format(
                    path=args.body_file, error=exc
                )
            ) from exc
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
        raise JournalCommandError(
            translate("Cli", "{error} Nothing was saved.").format(error=exc)
        ) from exc
    return translate("Cli", "Added entry #{id}: {title}").format(id=entry.id, title=entry.title)


def _star(conn: sqlite3.Connection, entry_id: int, starred: bool) -> str:
    try:
        entry = EntryRepository(conn).set_starred(entry_id, starred)
    except EntryValidationError as exc:
        raise JournalCommandError(
            translate("Cli", "entry #{id}: {error}").format(id=entry_id, error=exc)
        ) from exc
    if starred:
        done = translate("Cli", "Starred entry #{id}: {title}")
    else:
        done = translate("Cli", "Unstarred entry #{id}: {title}")
    return done.format(id=entry.id, title=entry.title)


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
        raise JournalCommandError(
            translate("Cli", "only the JSON export can be encrypted; drop --encrypt")
        )
    if args.format == "json":
        if ids:
            raise JournalCommandError(
                translate("Cli", "JSON exports the whole journal; drop --entry")
            )
        if args.encrypt:
            from desktop_blog.transfer.encrypted_export import export_json_encrypted

            passphrase = _new_passphrase(stdin)
            count = export_json_encrypted(conn, output, passphrase)
            return translate(
                "Cli", "Exported %Ln entries to {path} (encrypted with the passphrase)", count
            ).format(path=output)
        count = exporters.export_json(conn, output)
    elif args.format == "markdown":
        count = exporters.export_markdown(conn, output, entry_ids=ids)
    elif args.format == "html":
        count = exporters.export_html_site(conn, output, entry_ids=ids)
    else:
        count = _export_pdf(conn, output, ids)
    note = translate(
        "Cli",
        "note: {path} is not encrypted; anyone who can read it can read the entries (use --format json --encrypt for an encrypted export)",  # noqa: E501
    ).format(path=output)
    print(f"desktop-blog: {note}", file=sys.stderr)
    return translate("Cli", "Exported %Ln entries to {path}", count).format(path=output)


def _new_passphrase(stdin: TextIO) -> str:
    passphrase = _read_passphrase(stdin)
    if stdin.isatty() and getpass.getpass(translate("Cli", "Repeat passphrase: ")) != passphrase:
        raise JournalCommandError(
            translate("Cli", "the passphrases do not match; nothing was exported")
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise JournalCommandError(
            translate("Cli", "the passphrase must have at least {count} characters").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        )
    return passphrase


def _import(conn: sqlite3.Connection, args: argparse.Namespace, stdin: TextIO) -> str:
    from desktop_blog.transfer.encrypted_export import is_encrypted_export
    from desktop_blog.transfer.importers import import_file

    path = Path(args.file)
    passphrase = None
    if is_encrypted_export(path):
        passphrase = _read_passphrase(stdin)
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
        return translate("Cli", "Backed up and verified the journal: {path}").format(path=path)
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
    """One line per entry: its id, its star, when it was written (as the locale writes it)."""
    if not entries:
        return translate("Cli", "No entries.")
    from desktop_blog.locale_format import short_date_time  # Qt: not at start-up

    written = [short_date_time(e.created_local) for e in entries]
    width = max(len(w) for w in written)
    return "\n".join(_line(e, w.ljust(width)) for e, w in zip(entries, written, strict=True))
