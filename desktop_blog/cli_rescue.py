"""Command-line rescue of a damaged journal: ``check`` and ``salvage OUTPUT``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from desktop_blog.config import Settings, load_settings
from desktop_blog.i18n import translate
from desktop_blog.security.keys import DataKey

RESCUE_COMMANDS = frozenset({"check", "salvage"})


class JournalDamagedFoundError(RuntimeError):
    """``check`` found damage it could not repair; the message says what to do."""


def add_rescue_commands(commands: Any) -> None:
    """Register ``check`` and ``salvage`` on the main parser's subparsers."""
    commands.add_parser(
        "check",
        help=translate(
            "Cli", "check the journal for damage; rebuild damaged indexes (nothing is lost)"
        ),
    )
    salvage_parser = commands.add_parser(
        "salvage",
        help=translate(
            "Cli", "copy every readable entry and image of a damaged journal into OUTPUT"
        ),
    )
    salvage_parser.add_argument(
        "output", help=translate("Cli", "the new journal file (must not exist)")
    )


def run_rescue_command(args: argparse.Namespace, named: Path | None, stdin: TextIO) -> str:
    """Run ``check`` or ``salvage``; return what to print. Raises with the advice on damage."""
    from desktop_blog.cli_journal import _unlock

    settings = load_settings(named)
    key = _unlock(settings, stdin)
    try:
        return _run(args, settings, key)
    finally:
        if key is not None:
            key.wipe()


def _run(args: argparse.Namespace, settings: Settings, key: DataKey | None) -> str:
    from desktop_blog.storage.rescue import (  # not at the top: the window starts through cli
        check_journal,
        newest_verified_backup,
        rebuild_indexes,
        salvage,
    )

    journal = settings.database
    if args.command == "salvage":
        report = salvage(journal, Path(args.output), key=key)
        return translate(
            "Cli",
            "{summary} The salvaged journal is {output}; the damaged journal {journal} was left untouched.",  # noqa: E501
        ).format(summary=report.summary(), output=args.output, journal=journal)
    health = check_journal(journal, key=key)
    if health.ok:
        return health.summary()
    if health.rebuildable:
        report, aside = rebuild_indexes(journal, key)
        return translate(
            "Cli", "{damage} Rebuilt them: {summary} The damaged file was kept as {aside}."
        ).format(damage=health.summary(), summary=report.summary(), aside=aside)
    offer = newest_verified_backup(settings.backups, key)
    if offer is None:
        backup = translate("Cli", "There is no verified backup.")
    else:
        from desktop_blog.locale_format import short_date_time  # Qt: not at start-up

        backup = translate(
            "Cli", "The newest verified backup is {path} ({made}, %Ln entries).", offer.entries
        ).format(path=offer.path, made=short_date_time(offer.made.astimezone()))
    raise JournalDamagedFoundError(f"{health.summary()} {backup}")
