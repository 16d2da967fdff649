"""Command line: start the app, set the password, create the database."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from desktop_blog import APP_NAME, __version__
from desktop_blog.cli_journal import (
    JOURNAL_COMMANDS,
    JournalCommandError,
    add_journal_commands,
    run_journal_command,
)
from desktop_blog.config import (
    SettingsError,
    load_settings,
    named_settings_path,
    save_credentials,
)
from desktop_blog.passwords import MIN_PASSWORD_LENGTH, hash_password
from desktop_blog.storage import DatabaseError, init_database


class CliError(RuntimeError):
    """A command failed; the message is printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-blog", description=f"{APP_NAME}: a private desktop journal."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--settings",
        metavar="PATH",
        help="settings file overriding the defaults "
        "(like the DESKTOP_BLOG_SETTINGS environment variable)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation headless with a temporary journal, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="start the app (the default)")
    password = commands.add_parser(
        "set-password",
        help="set the username and password (password read from stdin when it is not a terminal)",
    )
    password.add_argument("--username", help="the username (asked for when omitted)")
    init = commands.add_parser("init-db", help="create the journal database if it is missing")
    init.add_argument(
        "--force", action="store_true", help="back up an existing journal, then start an empty one"
    )
    add_journal_commands(commands)
    return parser


def _read_line(prompt: str, stdin: TextIO) -> str:
    if stdin.isatty():
        print(prompt, end="", flush=True)
    line = stdin.readline()
    if not line:
        raise CliError("no input: expected a value on standard input")
    return line.rstrip("\r\n")


def _read_password(stdin: TextIO) -> str:
    if stdin.isatty():
        first = getpass.getpass("New password: ")
        if getpass.getpass("Repeat password: ") != first:
            raise CliError("the passwords do not match; nothing was changed")
        return first
    return _read_line("", stdin)


def set_password(settings_file: Path | None, username: str | None, stdin: TextIO) -> str:
    # set-password may create the settings file it is pointed at.
    settings = load_settings(settings_file, allow_missing=True)
    name = (username if username is not None else _read_line("Username: ", stdin)).strip()
    if not name:
        raise CliError("the username must not be empty; nothing was changed")
    password = _read_password(stdin)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CliError(
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters; nothing was changed"
        )
    saved = save_credentials(settings, name, hash_password(password))
    return f"Username and password saved to {saved.path}"


def init_db(settings_file: Path | None, force: bool) -> str:
    settings = load_settings(settings_file)
    backup = init_database(settings.database, force=force)
    if backup is not None:
        return (
            f"Backed up the journal to {backup} and started an empty journal at {settings.database}"
        )
    return f"Journal ready at {settings.database}"


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None) -> int:
    """Parse ``argv`` and run the command; return the exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_test:
        from desktop_blog.smoke import run_smoke_test

        return run_smoke_test()
    named = named_settings_path(args.settings)
    try:
        if args.command == "set-password":
            print(set_password(named, args.username, stdin or sys.stdin))
            return 0
        if args.command == "init-db":
            print(init_db(named, args.force))
            return 0
        if args.command in JOURNAL_COMMANDS:
            print(run_journal_command(args, named, stdin or sys.stdin))
            return 0
    except (CliError, JournalCommandError, SettingsError, DatabaseError) as exc:
        print(f"desktop-blog: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desktop-blog: interrupted; nothing was changed", file=sys.stderr)
        return 130

    from desktop_blog.app.application import run_gui  # Qt is only loaded for the window

    return run_gui(named)
