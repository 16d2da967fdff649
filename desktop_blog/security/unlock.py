"""Create, unlock, re-password and recover encrypted journals (no Qt).

This is what the login dialog and the command line call: the password unwraps the data key
from the key file beside the journal, and only then is the journal opened. A journal of an
earlier version (plain SQLite, checked against ``password_hash``) still unlocks; the result
says it is plain, so the caller can offer :func:`encrypt_plain_journal`.

The storage layer (SQLCipher and the storage modules, about 19 ms to import) is imported only
after the key derivation, so a login that comes before the window's idle steps imported it
starts the KDF at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog.config import Settings, SettingsError, save_credentials
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.login_throttle import PersistentLoginThrottle, throttle_path_for
from desktop_blog.passwords import MIN_PASSWORD_LENGTH, PasswordHashError, verify_password
from desktop_blog.security.file_kind import is_plain_file
from desktop_blog.security.keys import (
    DataKey,
    KeyFile,
    KeyFileError,
    WrongSecretError,
    key_file_path,
    new_recovery_key,
    read_key_file,
    wrap_with_password,
    wrap_with_recovery,
    write_key_file,
)

if TYPE_CHECKING:
    import sqlite3

# Login refusals, in English: an UnlockResult's message is translate("Unlock", one of them).
INVALID_USERNAME = QT_TRANSLATE_NOOP("Unlock", "Invalid username")
INVALID_PASSWORD = QT_TRANSLATE_NOOP("Unlock", "Invalid password")
INVALID_RECOVERY_KEY = QT_TRANSLATE_NOOP("Unlock", "Invalid recovery key")
logger = logging.getLogger(__name__)


class UnlockError(RuntimeError):
    """The journal could not be unlocked or re-keyed; nothing was changed. For the user."""


@dataclass(frozen=True)
class NewJournal:
    """A journal just created: its data key and the recovery key to show once."""

    key: DataKey
    recovery_key: str = field(repr=False)


@dataclass
class UnlockResult:
    """The outcome of :func:`unlock_journal`: an open connection, or the message to show.

    ``plain`` says the journal is an unencrypted one of an earlier version (offer to encrypt
    it); ``retry_after`` the seconds the login throttle makes the next attempt wait;
    ``recovery_key`` is set when unlocking created the encrypted journal (show it once).
    """

    message: str = ""
    connection: sqlite3.Connection | None = None
    key: DataKey | None = None
    plain: bool = False
    retry_after: float = 0.0
    damaged: bool = False
    recovery_key: str | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.connection is not None

    def lock(self) -> None:
        """Close the connection and wipe the key (log out, auto-lock)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.key is not None:
            self.key.wipe()
            self.key = None


def is_encrypted_journal(path: Path) -> bool:
    """Whether ``path`` is a non-empty journal file that is not plain SQLite."""
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0 and not is_plain_file(path)


def is_plain_journal(path: Path) -> bool:
    """Whether ``path`` is a non-empty plain (unencrypted) SQLite journal."""
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0 and is_plain_file(path)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UnlockError(
            translate(
                "Unlock",
                "The password must have at least %n characters; nothing was changed.",
                MIN_PASSWORD_LENGTH,
            )
        )


def create_encrypted_journal(path: Path, password: str) -> NewJournal:
    """Create an empty encrypted journal at ``path`` with ``password`` and a recovery key.

    The key file is written first, then the journal: a crash leaves no journal (and a key
    file that the next attempt replaces). An existing journal is never replaced.
    """
    path = Path(path)
    check_new_password(password)
    if path.exists() and path.stat().st_size > 0:
        raise UnlockError(
            translate(
                "Unlock", "There is already a journal at {path}; nothing was changed."
            ).format(path=path)
        )
    old_key_file = key_file_path(path)
    if old_key_file.exists():  # a key file without its journal: kept aside, never overwritten
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = old_key_file.with_name(f"{old_key_file.name}.old-{stamp}")
        os.replace(old_key_file, kept)
        logger.warning("A key file without its journal was kept as %s", kept)
    key = DataKey.generate()
    recovery = new_recovery_key()
    try:
        write_key_file(
            path, KeyFile(wrap_with_password(key, password), wrap_with_recovery(key, recovery))
        )
    except OSError as exc:
        raise UnlockError(
            translate("Unlock", "Cannot write the key file {path}: {error}.").format(
                path=key_file_path(path), error=exc.strerror
            )
        ) from exc
    from desktop_blog.storage.database import DatabaseError, open_database

    try:
        open_database(path, key=key).close()
    except DatabaseError as exc:
        raise UnlockError(str(exc)) from exc
    return NewJournal(key, recovery)


def _open(path: Path, key: DataKey) -> sqlite3.Connection:
    from desktop_blog.storage.database import open_database
    from desktop_blog.storage.drafts import adopt_draft_file

    conn = open_database(path, create=False, key=key)
    adopt_draft_file(conn, path)
    return conn


def unlock_journal(settings: Settings, username: str, password: str) -> UnlockResult:
    """Check the login the way Flaskr did (username, then password) and open the journal.

    Failed attempts are counted in a file beside the journal; while the throttle says wait,
    no password is checked at all. A missing journal with old-style credentials is created
    encrypted with the password.
    """
    journal = Path(settings.database)
    throttle = PersistentLoginThrottle(throttle_path_for(journal))
    wait = throttle.wait_seconds()
    if wait > 0:
        return UnlockResult(_too_many(wait), retry_after=wait)

    def failure(message: str) -> UnlockResult:
        reason = "wrong password" if message == INVALID_PASSWORD else "unknown username"
        logger.info("a login was refused: %s", reason)
        return UnlockResult(translate("Unlock", message), retry_after=throttle.failed())

    expected = settings.username or ""
    # A plain comparison: the username is no secret (the settings file holds it in plain
    # text and the answer names it); hmac would load Python's OpenSSL (3.7 MiB) for nothing.
    if not expected or username != expected:
        return failure(INVALID_USERNAME)
    if is_encrypted_journal(journal):
        try:
            key = read_key_file(journal).unlock(password)  # the KDF, before any storage import
        except WrongSecretError:
            return failure(INVALID_PASSWORD)
        except KeyFileError as exc:
            return UnlockResult(str(exc))
        return _open_unlocked(journal, key, throttle)
    return _unlock_unencrypted(settings, journal, password, throttle, failure)


def _open_unlocked(journal: Path, key: DataKey, throttle: PersistentLoginThrottle) -> UnlockResult:
    """Open the encrypted journal with the key the password unwrapped."""
    from desktop_blog.storage.database import DatabaseError
    from desktop_blog.storage.errors import JournalDamagedError

    try:
        result = UnlockResult(connection=_open(journal, key), key=key)
    except JournalDamagedError as exc:  # the password was right: keep the key to rescue
        throttle.succeeded()
        return UnlockResult(str(exc), key=key, damaged=True)
    except DatabaseError as exc:
        return UnlockResult(str(exc))
    throttle.succeeded()
    return result


def _unlock_unencrypted(
    settings: Settings,
    journal: Path,
    password: str,
    throttle: PersistentLoginThrottle,
    failure: Callable[[str], UnlockResult],
) -> UnlockResult:
    """A plain journal of an earlier version (its password hash is in the settings), or none
    yet with such credentials (created encrypted now)."""
    from desktop_blog.storage.database import DatabaseError, open_database
    from desktop_blog.storage.errors import JournalDamagedError

    try:
        if settings.password_hash:
            if not verify_password(password, settings.password_hash):
                return failure(INVALID_PASSWORD)
            if is_plain_journal(journal):
                result = UnlockResult(connection=open_database(journal, create=False), plain=True)
            else:
                created = create_encrypted_journal(journal, password)
                forget_password_hash(settings)
                result = UnlockResult(
                    connection=_open(journal, created.key),
                    key=created.key,
                    recovery_key=created.recovery_key,
                )
        elif key_file_path(journal).exists():
            # A key file without its journal: say so instead of starting anew.
            return UnlockResult(
                translate(
                    "Unlock",
                    "The journal {path} is missing (its key file {key_file} is there). Restore the journal from a backup.",  # noqa: E501
                ).format(path=journal, key_file=key_file_path(journal).name)
            )
        else:
            return failure(INVALID_USERNAME)
    except (KeyFileError, DatabaseError, UnlockError, PasswordHashError) as exc:
        return UnlockResult(str(exc), damaged=isinstance(exc, JournalDamagedError))
    throttle.succeeded()
    return result


def _too_many(wait: float) -> str:
    """Why the throttle refuses a login now, and for how long."""
    from desktop_blog.locale_format import number

    return translate("Unlock", "Too many failed logins: try again in {seconds} s.").format(
        seconds=number(round(wait))
    )


def forget_password_hash(settings: Settings) -> Settings:
    """Remove the earlier version's password hash: the encrypted journal's key file verifies.

    Call after creating or encrypting the journal. A settings file that cannot be written
    keeps the hash (harmless: it is no longer consulted for an encrypted journal).
    """
    if not settings.password_hash or not settings.username:
        return settings
    try:
        return save_credentials(settings, settings.username, None)
    except SettingsError:
        logger.warning("The old password hash could not be removed from %s", settings.path)
        return settings


def unlock_key(journal: Path, password: str) -> DataKey:
    """The data key of the encrypted journal at ``journal``; raises :class:`UnlockError`."""
    throttle = PersistentLoginThrottle(throttle_path_for(journal))
    wait = throttle.wait_seconds()
    if wait > 0:
        raise UnlockError(_too_many(wait))
    try:
        key = read_key_file(journal).unlock(password)
    except WrongSecretError as exc:
        throttle.failed()
        raise UnlockError(translate("Unlock", "Invalid password; nothing was changed.")) from exc
    except KeyFileError as exc:
        raise UnlockError(str(exc)) from exc
    throttle.succeeded()
    return key


def _rewrap(journal: Path, key: DataKey, key_file: KeyFile, new_password: str) -> None:
    check_new_password(new_password)
    try:
        write_key_file(journal, KeyFile(wrap_with_password(key, new_password), key_file.recovery))
    except OSError as exc:
        raise UnlockError(
            translate(
                "Unlock", "Cannot write the key file {path}: {error}; the old password still works."
            ).format(path=key_file_path(journal), error=exc.strerror)
        ) from exc


def change_password(journal: Path, old_password: str, new_password: str) -> None:
    """Re-wrap the data key under ``new_password``; the journal file itself is not touched.

    The key file is replaced atomically: a crash leaves the old or the new password valid.
    """
    journal = Path(journal)
    check_new_password(new_password)
    key = unlock_key(journal, old_password)
    try:
        _rewrap(journal, key, read_key_file(journal), new_password)
    finally:
        key.wipe()


def recover(journal: Path, recovery_key: str, new_password: str) -> None:
    """Unlock with the recovery key and set ``new_password`` (the recovery key stays valid)."""
    journal = Path(journal)
    check_new_password(new_password)
    try:
        key_file = read_key_file(journal)
        key = key_file.unlock_with_recovery(recovery_key)
    except WrongSecretError as exc:
        raise UnlockError(
            translate("Unlock", "Invalid recovery key; nothing was changed.")
        ) from exc
    except KeyFileError as exc:
        raise UnlockError(str(exc)) from exc
    try:
        _rewrap(journal, key, key_file, new_password)
    finally:
        key.wipe()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(throttle_path_for(journal))
