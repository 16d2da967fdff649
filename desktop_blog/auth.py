"""Login checks against the credentials in the settings (no Qt)."""

from __future__ import annotations

import hmac
from enum import Enum

from desktop_blog.config import Settings
from desktop_blog.passwords import verify_password


class LoginResult(Enum):
    """Outcome of a login attempt; the value is the message shown to the user."""

    OK = ""
    INVALID_USERNAME = "Invalid username"
    INVALID_PASSWORD = "Invalid password"  # noqa: S105 - a message, not a password


def check_login(settings: Settings, username: str, password: str) -> LoginResult:
    """Check a login the way Flaskr did: the username first, then the password."""
    if not settings.username or not settings.password_hash:
        return LoginResult.INVALID_USERNAME
    if not hmac.compare_digest(username.encode("utf-8"), settings.username.encode("utf-8")):
        return LoginResult.INVALID_USERNAME
    if not verify_password(password, settings.password_hash):
        return LoginResult.INVALID_PASSWORD
    return LoginResult.OK
