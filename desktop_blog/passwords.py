"""Salted, memory-hard password hashes (scrypt from the standard library).

A hash is stored as ``scrypt$ln=15,r=8,p=1$<salt>$<key>`` (base64), so its parameters
travel with it and can be raised later without breaking old settings files.

``hashlib`` and ``hmac`` are imported where a hash is made or checked: they load Python's
OpenSSL (3.7 MiB resident), which an encrypted journal's session never needs.
"""

from __future__ import annotations

import base64
import os

from desktop_blog.i18n import translate

SCHEME = "scrypt"
DEFAULT_LOG_N = 15  # n = 32768: 32 MiB of memory, about 0.1 s per check
DEFAULT_R = 8
DEFAULT_P = 1
MIN_PASSWORD_LENGTH = 4
# A stored hash may not ask for more: an edited settings file must not make a login take a
# minute and a gigabyte (ln=22, r=32 would). The defaults cost 32 MiB and about 0.1 s.
MIN_LOG_N = 1
MAX_LOG_N = 18
MAX_R = 16
MAX_P = 4
MAX_MEMORY = 256 * 1024 * 1024
_SALT_BYTES = 16
_KEY_BYTES = 32


class PasswordHashError(ValueError):
    """A stored password hash cannot be parsed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _memory(log_n: int, r: int) -> int:
    return 128 * r * (1 << log_n)


def _derive(password: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    import hashlib

    n = 1 << log_n
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r + (1 << 20),
        dklen=_KEY_BYTES,
    )


def hash_password(password: str, *, log_n: int = DEFAULT_LOG_N) -> str:
    """Return a salted scrypt hash of ``password`` with its parameters."""
    salt = os.urandom(_SALT_BYTES)  # what secrets.token_bytes returns
    key = _derive(password, salt, log_n, DEFAULT_R, DEFAULT_P)
    return f"{SCHEME}$ln={log_n},r={DEFAULT_R},p={DEFAULT_P}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    try:
        scheme, params, salt, key = stored.split("$")
        if scheme != SCHEME:
            raise ValueError(scheme)
        values = dict(item.split("=", 1) for item in params.split(","))
        log_n, r, p = int(values["ln"]), int(values["r"]), int(values["p"])
        if (
            not (MIN_LOG_N <= log_n <= MAX_LOG_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P)
            or _memory(log_n, r) > MAX_MEMORY
        ):
            raise ValueError(params)
        return log_n, r, p, _unb64(salt), _unb64(key)
    except (ValueError, KeyError) as exc:
        raise PasswordHashError(
            translate(
                "Passwords",
                "password_hash is not a Desktop Blog password hash; run 'desktop-blog set-password' to set it again",  # noqa: E501
            )
        ) from exc


def check_hash(stored: str) -> None:
    """Raise :class:`PasswordHashError` if ``stored`` is not a valid hash."""
    _parse(stored)


def verify_password(password: str, stored: str) -> bool:
    """Return whether ``password`` matches ``stored`` (constant-time comparison)."""
    import hmac

    log_n, r, p, salt, key = _parse(stored)
    return hmac.compare_digest(_derive(password, salt, log_n, r, p), key)
