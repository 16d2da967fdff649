"""Command line: start the app, set or recover the password, create the encrypted journal."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from desktop_blog import APP_NAME, __version__, resume_collector
from desktop_blog.allocator import return_large_buffers
from desktop_blog.cli_language import install_language
from desktop_blog.config import (
    Settings,
    SettingsError,
    load_settings,
    named_settings_path,
    save_credentials,
)
from desktop_blog.crash_guard import escape_control, run_guarded
from desktop_blog.i18n import translate
from desktop_blog.log import log_versions, setup_logging
from desktop_blog.passwords import MIN_PASSWORD_LENGTH, verify_password

if TYPE_CHECKING:
    from desktop_blog.security.keys import DataKey

# Starting the window needs none of the commands' modules (the storage layer, the key
# derivation, the importers): they are imported by the commands that use them.
logger = logging.getLogger(__name__)


class CliError(RuntimeError):
    """A command failed; the message is printed without a traceback."""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, with its own words ("usage:") in the user's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class TranslatedParser(argparse.ArgumentParser):
    """An argument parser whose headings, help option and error line are translated.

    argparse's remaining words (its error messages' details) come from Python's gettext
    catalogues, which Python does not install; they stay in English.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # the help option is added below, its text translated
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("Cli", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("Cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
        self.exit(2, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    from desktop_blog.cli_journal import add_journal_commands
    from desktop_blog.cli_rescue import add_rescue_commands

    parser = TranslatedParser(
        prog="desktop-blog",
        description=translate("Cli", "{app}: a private desktop journal.").format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--settings",
        metavar="PATH",
        help=translate(
            "Cli",
            "settings file overriding the defaults (like the DESKTOP_BLOG_SETTINGS environment variable)",  # noqa: E501
        ),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "Cli", "check this installation headless with a temporary journal, then exit"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help=translate("Cli", "start the app (the default)"))
    password = commands.add_parser(
        "set-password",
        help=translate(
            "Cli",
            "set the username and password (the old password first); creates or encrypts the journal (passwords read from stdin, one per line, when it is not a terminal)",  # noqa: E501
        ),
    )
    password.add_argument(
        "--username", help=translate("Cli", "the username (asked for when omitted)")
    )
    commands.add_parser(
        "recover",
        help=translate(
            "Cli", "set a new password with the recovery key shown when the journal was made"
        ),
    )
    init = commands.add_parser(
        "init-db",
        help=translate(
            "Cli", "create the encrypted journal if it is missing (asks for a password)"
        ),
    )
    init.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "back up an existing journal, then start an empty one"),
    )
    add_journal_commands(commands)
    add_rescue_commands(commands)
    return parser


def _read_line(prompt: str, stdin: TextIO) -> str:
    if stdin.isatty():
        print(prompt, end="", flush=True)
    line = stdin.readline()
    if not line:
        raise CliError(translate("Cli", "no input: expected a value on standard input"))
    return line.rstrip("\r\n")


def _read_password(stdin: TextIO) -> str:
    import getpass

    if stdin.isatty():
        first = getpass.getpass(translate("Cli", "New password: "))
        if getpass.getpass(translate("Cli", "Repeat password: ")) != first:
            raise CliError(translate("Cli", "the passwords do not match; nothing was changed"))
        return first
    return _read_line("", stdin)


def _new_password(stdin: TextIO) -> str:
    password = _read_password(stdin)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CliError(
            translate(
                "Cli", "the password must have at least {count} characters; nothing was changed"
            ).format(count=MIN_PASSWORD_LENGTH)
        )
    return password


def _recovery_note(recovery_key: str) -> str:
    return "\n".join(
        (
            translate(
                "Cli",
                "Recovery key (shown once; write it down and keep it apart from the computer): {key}",  # noqa: E501
            ).format(key=recovery_key),
            translate(
                "Cli",
                "Without the password or this key the journal cannot be opened by anyone, including you.",  # noqa: E501
            ),
        )
    )


def _check_old_password(settings: Settings, stdin: TextIO) -> None:
    """Legacy (plain journal) credentials: the old password must be given first."""
    from desktop_blog.cli_journal import read_secret

    if settings.password_hash:
        old = read_secret(
            stdin,
            translate("Cli", "Old password: "),
            translate("Cli", "no old password: expected it on the next line of stdin"),
        )
        if not verify_password(old, settings.password_hash):
            raise CliError(translate("Cli", "Invalid password; nothing was changed"))


def set_password(settings_file: Path | None, username: str | None, stdin: TextIO) -> str:
    """Change the password of an encrypted journal, or make the journal encrypted."""
    from desktop_blog.cli_journal import read_secret
    from desktop_blog.security.unlock import (
        change_password,
        create_encrypted_journal,
        is_encrypted_journal,
        is_plain_journal,
    )

    # set-password may create the settings file it is pointed at.
    settings = load_settings(settings_file, allow_missing=True)
    name = (
        username if username is not None else _read_line(translate("Cli", "Username: "), stdin)
    ).strip()
    if not name:
        raise CliError(translate("Cli", "the username must not be empty; nothing was changed"))
    journal = settings.database
    if is_encrypted_journal(journal):
        old = read_secret(
            stdin,
            translate("Cli", "Old password: "),
            translate("Cli", "no old password: expected it on the next line of stdin"),
        )
        change_password(journal, old, _new_password(stdin))
        saved = save_credentials(settings, name, None)
        return translate(
            "Cli", "Password changed (the journal's key was re-wrapped); username saved to {path}"
        ).format(path=saved.path)
    if is_plain_journal(journal):
        from desktop_blog.security.conversion import encrypt_plain_journal

        _check_old_password(settings, stdin)
        report = encrypt_plain_journal(journal, _new_password(stdin), backups=settings.backups)
        saved = save_credentials(settings, name, None)
        saved_text = translate("Cli", "{summary} Username saved to {path}.").format(
            summary=report.summary(), path=saved.path
        )
        return f"{saved_text}\n{_recovery_note(report.recovery_key)}"
    created = create_encrypted_journal(journal, _new_password(stdin))
    created.key.wipe()
    saved = save_credentials(settings, name, None)
    done = translate(
        "Cli", "Username and password saved to {path}; encrypted journal created at {journal}"
    ).format(path=saved.path, journal=journal)
    return f"{done}\n{_recovery_note(created.recovery_key)}"


def recover_password(settings_file: Path | None, stdin: TextIO) -> str:
    from desktop_blog.cli_journal import read_secret
    from desktop_blog.security.unlock import is_encrypted_journal, recover

    settings = load_settings(settings_file)
    if not is_encrypted_journal(settings.database):
        raise CliError(
            translate("Cli", "There is no encrypted journal at {path} to recover.").format(
                path=settings.database
            )
        )
    recovery_key = read_secret(
        stdin,
        translate("Cli", "Recovery key: "),
        translate("Cli", "no recovery key: expected it on the next line of stdin"),
    )
    recover(settings.database, recovery_key, _new_password(stdin))
    return translate("Cli", "New password set with the recovery key (which stays valid).")


def init_db(settings_file: Path | None, force: bool, stdin: TextIO) -> str:
    from desktop_blog.cli_journal import read_secret
    from desktop_blog.security.unlock import (
        create_encrypted_journal,
        is_encrypted_journal,
        is_plain_journal,
        unlock_key,
    )
    from desktop_blog.storage import init_database

    settings = load_settings(settings_file)
    journal = settings.database
    key: DataKey | None = None
    if is_encrypted_journal(journal):
        key = unlock_key(
            journal,
            read_secret(
                stdin,
                translate("Cli", "Password: "),
                translate("Cli", "no password: expected it on the next line of stdin"),
            ),
        )
    elif not is_plain_journal(journal):
        name = settings.username or _read_line(translate("Cli", "Username: "), stdin).strip()
        if not name:
            raise CliError(translate("Cli", "the username must not be empty; nothing was changed"))
        if settings.password_hash:  # credentials of an earlier version: keep that password
            password = read_secret(
                stdin,
                translate("Cli", "Password: "),
                translate("Cli", "no password: expected it on the next line of stdin"),
            )
            if not verify_password(password, settings.password_hash):
                raise CliError(translate("Cli", "Invalid password; nothing was changed"))
        else:
            password = _new_password(stdin)
        created = create_encrypted_journal(journal, password)
        created.key.wipe()
        save_credentials(settings, name, None)
        ready = translate("Cli", "Encrypted journal ready at {path}").format(path=journal)
        return f"{ready}\n{_recovery_note(created.recovery_key)}"
    try:
        backup = init_database(journal, force=force, key=key)
    finally:
        if key is not None:
            key.wipe()
    if backup is not None:
        return translate(
            "Cli", "Backed up the journal to {backup} and started an empty journal at {path}"
        ).format(backup=backup, path=settings.database)
    return translate("Cli", "Journal ready at {path}").format(path=settings.database)


def _say(text: str) -> None:
    """Print command output with control characters escaped (lines stay lines)."""
    print(escape_control(text, keep="\n"))


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None) -> int:
    """Parse ``argv`` and run the command; return the exit code. Never raises a traceback."""
    setup_logging()
    return run_guarded(lambda: _run(argv, stdin))


def window_settings(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only starts the window (and the ``--settings`` it names).

    The usual starts (no arguments, ``run``, ``--settings PATH [run]``) skip the parser and
    the commands' modules; anything else is left to :func:`build_parser`.
    """
    rest = list(argv)
    named: str | None = None
    if rest and rest[0].startswith("--settings="):
        named = rest.pop(0).partition("=")[2]
    elif len(rest) >= 2 and rest[0] == "--settings" and not rest[1].startswith("-"):
        named = rest[1]
        del rest[:2]
    return rest in ([], ["run"]), named


def _run(argv: list[str] | None, stdin: TextIO | None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    window, named_file = window_settings(arguments)
    if window:
        from desktop_blog.app.qt_import import import_qt

        import_qt()  # first, so that PySide6 does not read the source of each module after it
        from desktop_blog.app.application import run_gui

        return run_gui(named_settings_path(named_file))
    resume_collector()  # the window's start-up pauses it; a command has no start-up to speed
    return_large_buffers()  # an import or export of a large file frees large buffers
    install_language(arguments)  # before the parser is built: its help is translated too
    from desktop_blog.cli_journal import JOURNAL_COMMANDS, JournalCommandError, run_journal_command
    from desktop_blog.cli_rescue import (
        RESCUE_COMMANDS,
        JournalDamagedFoundError,
        run_rescue_command,
    )
    from desktop_blog.security.unlock import UnlockError
    from desktop_blog.storage import DatabaseError

    args = build_parser().parse_args(arguments)
    if args.smoke_test:
        from desktop_blog.smoke import run_smoke_test

        return run_smoke_test()
    named = named_settings_path(args.settings)
    if args.command not in (None, "run"):
        log_versions(f"desktop-blog {args.command}")
    try:
        if args.command == "set-password":
            _say(set_password(named, args.username, stdin or sys.stdin))
            return 0
        if args.command == "init-db":
            _say(init_db(named, args.force, stdin or sys.stdin))
            return 0
        if args.command == "recover":
            _say(recover_password(named, stdin or sys.stdin))
            return 0
        if args.command in JOURNAL_COMMANDS:
            _say(run_journal_command(args, named, stdin or sys.stdin))
            return 0
        if args.command in RESCUE_COMMANDS:
            _say(run_rescue_command(args, named, stdin or sys.stdin))
            return 0
    except (
        CliError,
        JournalCommandError,
        SettingsError,
        DatabaseError,
        JournalDamagedFoundError,
        UnlockError,
    ) as exc:
        # The message may quote what the user typed: the log gets the operation and type only.
        logger.warning("the command %s failed: %s", args.command, type(exc).__name__)
        error = translate("Cli", "error: {message}").format(message=escape_control(str(exc)))
        print(f"desktop-blog: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        interrupted = translate("Cli", "interrupted; nothing was changed")
        print(f"desktop-blog: {interrupted}", file=sys.stderr)
        return 130

    from desktop_blog.app.application import run_gui  # Qt is only loaded for the window

    return run_gui(named)
