"""Login checks against the credentials in the settings (no Qt)."""

from __future__ import annotations

import logging
from enum import Enum

from desktop_blog.config import Settings
from desktop_blog.passwords import verify_password

logger = logging.getLogger(__name__)


class LoginResult(Enum):
    """Outcome of a login attempt; the value is the message shown to the user."""

    OK = ""
    INVALID_USERNAME = "Invalid username"
    INVALID_PASSWORD = "Invalid password"  # noqa: S105 - a message, not a password


def check_login(settings: Settings, username: str, password: str) -> LoginResult:
    """Check a login the way Flaskr did: the username first, then the password."""
    if not settings.username or not settings.password_hash:
        return LoginResult.INVALID_USERNAME
    # A plain comparison: the username is no secret (the settings file holds it in plain
    # text and the answer names it, as Flaskr's did).
    if username != settings.username:
        logger.info("a login was refused: unknown username")
        return LoginResult.INVALID_USERNAME
    if not verify_password(password, settings.password_hash):
        logger.info("a login was refused: wrong password")
        return LoginResult.INVALID_PASSWORD
    return LoginResult.OK
