"""Checking the credentials and opening the journal: one step, replaceable, without Qt.

The session calls an :data:`Opener` when the user logs in (or finishes first-run setup) and
opens nothing before it succeeds. :func:`check_and_open` is today's opener.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from desktop_blog.auth import LoginResult, check_login
from desktop_blog.config import Settings
from desktop_blog.storage import DatabaseError, open_database
from desktop_blog.storage.errors import JournalDamagedError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenFailure:
    """The credentials were right but the journal cannot be opened; ``message`` says why.

    ``damaged``: the file is damaged (the rescue offer follows).
    """

    message: str
    damaged: bool = False


OpenResult = LoginResult | OpenFailure | sqlite3.Connection
Opener = Callable[[Settings, str, str], OpenResult]


def check_and_open(settings: Settings, username: str, password: str) -> OpenResult:
    """A failed :class:`LoginResult`, an :class:`OpenFailure`, or the open journal."""
    result = check_login(settings, username, password)
    if result is not LoginResult.OK:
        return result
    try:
        return open_database(settings.database)
    except DatabaseError as exc:
        logger.warning("the journal could not be opened (%s): %s", type(exc).__name__, exc)
        return OpenFailure(str(exc), damaged=isinstance(exc, JournalDamagedError))
