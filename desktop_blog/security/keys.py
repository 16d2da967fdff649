"""The journal's data key and the key file that holds it, wrapped (no Qt).

The journal is encrypted with a random 256-bit data key. The key file beside the journal
(``<journal>.key``, JSON, owner-only, replaced atomically) holds that key wrapped with
AES-256-GCM (:mod:`desktop_blog.security.aead`) under a key derived from the password with
argon2id, and optionally a second copy wrapped under a key derived from the recovery key.
The KDF parameters are the GCM associated data, so a key file whose parameters were edited
does not unlock.

argon2 and the cipher are imported where they are used: the storage layer imports this
module for :class:`DataKey`, and the login dialog paints before any key is derived. Random
bytes come from :func:`os.urandom` (what :func:`secrets.token_bytes` returns) and ``hashlib``
is imported for the recovery key only: both ``secrets`` and ``hashlib`` load Python's OpenSSL
(3.7 MiB resident), which unlocking does not need.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_blog.i18n import translate
from desktop_blog.private_file import write_private_text

KEY_FILE_FORMAT = "desktop-blog-key"
KEY_FILE_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
MIN_SALT_BYTES = 8  # a key file's salt may not be shorter
NONCE_BYTES = 12
# argon2id tuned so that deriving a key takes about 0.3 s on a 2-core machine (README).
DEFAULT_TIME_COST = 4
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_PARALLELISM = 2
# A key file may not ask for more: a tampered file must not make unlocking take minutes.
TIME_COST_RANGE = (1, 16)
MEMORY_KIB_RANGE = (8 * 1024, 512 * 1024)
PARALLELISM_RANGE = (1, 8)
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters in 8 groups of 4
_RECOVERY_INFO = b"desktop-blog recovery key v1"


class KeyFileError(RuntimeError):
    """The key file is missing, damaged or does not match; the message is for the user."""


class WrongSecretError(KeyFileError):
    """The password or recovery key does not unwrap the data key."""


class KdfParamsError(KeyFileError):
    """A key file's (or an encrypted export's) argon2id parameters are outside the sane range.

    ``name`` is the parameter (``"salt"`` for a short salt), ``value`` its value and
    ``low``/``high`` the range, so that another file kind can say it in its own words.
    """

    def __init__(self, message: str, name: str, value: int, low: int, high: int) -> None:
        super().__init__(message)
        self.name, self.value, self.low, self.high = name, value, low, high


class DataKey:
    """A 256-bit key in a ``bytearray`` that :meth:`wipe` overwrites with zeros.

    Python may still hold copies (the hex text handed to SQLCipher, for one); wiping is the
    best effort the language allows.
    """

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(os.urandom(KEY_BYTES))

    @property
    def raw(self) -> bytearray:
        if not any(self._raw):
            raise KeyFileError(
                translate("Keys", "The journal key was dropped (the journal is locked).")
            )
        return self._raw

    def sqlcipher_pragma(self) -> str:
        """The ``PRAGMA key`` statement giving SQLCipher this raw key (no key derivation)."""
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""

    def wipe(self) -> None:
        for index in range(len(self._raw)):
            self._raw[index] = 0

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters and salt for one wrapped key."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(
            DEFAULT_TIME_COST,
            DEFAULT_MEMORY_KIB,
            DEFAULT_PARALLELISM,
            os.urandom(SALT_BYTES),
        )

    def check(self) -> None:
        """Refuse parameters outside the sane range (a tampered or foreign key file)."""
        for name, value, (low, high) in (
            ("time_cost", self.time_cost, TIME_COST_RANGE),
            ("memory_kib", self.memory_kib, MEMORY_KIB_RANGE),
            ("parallelism", self.parallelism, PARALLELISM_RANGE),
        ):
            if not low <= value <= high:
                raise KdfParamsError(
                    translate(
                        "Keys",
                        "The key file asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.",  # noqa: E501
                    ).format(name=name, value=value, low=low, high=high),
                    name,
                    value,
                    low,
                    high,
                )
        if len(self.salt) < MIN_SALT_BYTES:
            raise KdfParamsError(
                translate("Keys", "The key file's salt is too short; it was altered."),
                "salt",
                len(self.salt),
                MIN_SALT_BYTES,
                SALT_BYTES,
            )

    def derive(self, secret: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        self.check()
        return hash_secret_raw(
            secret.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("kdf")
        values: list[int] = []
        for name in ("time_cost", "memory_kib", "parallelism"):
            value = data.get(name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(name)
            values.append(value)
        params = cls(values[0], values[1], values[2], _unb64(data.get("salt")))
        params.check()
        return params

    def associated_data(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True).encode("ascii")


@dataclass(frozen=True)
class WrappedKey:
    """A data key encrypted with AES-256-GCM under a derived key."""

    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def wrap(cls, key: DataKey, wrapping_key: bytes, kdf: KdfParams) -> WrappedKey:
        from desktop_blog.security.aead import AesGcm

        nonce = os.urandom(NONCE_BYTES)
        sealed = AesGcm(wrapping_key).encrypt(nonce, bytes(key.raw), kdf.associated_data())
        return cls(kdf, nonce, sealed)

    def unwrap(self, wrapping_key: bytes) -> DataKey:
        from desktop_blog.security.aead import AesGcm, InvalidTagError

        try:
            raw = AesGcm(wrapping_key).decrypt(
                self.nonce, self.ciphertext, self.kdf.associated_data()
            )
        except InvalidTagError as exc:
            raise WrongSecretError("wrong secret") from exc
        return DataKey(raw)

    def to_json(self) -> dict[str, Any]:
        return {"kdf": self.kdf.to_json(), "nonce": _b64(self.nonce), "key": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: object) -> WrappedKey:
        if not isinstance(data, dict):
            raise ValueError("wrapped key")
        return cls(KdfParams.from_json(data.get("kdf")), _unb64(data["nonce"]), _unb64(data["key"]))


def wrap_with_password(key: DataKey, password: str) -> WrappedKey:
    kdf = KdfParams.fresh()
    return WrappedKey.wrap(key, kdf.derive(password), kdf)


def _recovery_wrapping_key(recovery: str, kdf: KdfParams) -> bytes:
    import hashlib

    raw = parse_recovery_key(recovery)
    # The recovery key has 160 random bits: a fast derivation is enough.
    return hashlib.blake2b(raw, key=kdf.salt, person=b"db-recovery-v1", digest_size=32).digest()


def new_recovery_key() -> str:
    """A fresh recovery key, shown once: 32 base32 characters in groups of 4."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The bytes of a recovery key typed with or without dashes, spaces, any case."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except (binascii.Error, ValueError) as exc:
        raise WrongSecretError(
            translate("Keys", "That is not a recovery key (32 letters and digits).")
        ) from exc
    if len(raw) != RECOVERY_BYTES:
        raise WrongSecretError(
            translate("Keys", "That is not a recovery key (32 letters and digits).")
        )
    return raw


def wrap_with_recovery(key: DataKey, recovery: str) -> WrappedKey:
    kdf = KdfParams(1, MEMORY_KIB_RANGE[0], 1, os.urandom(SALT_BYTES))
    return WrappedKey.wrap(key, _recovery_wrapping_key(recovery, kdf), kdf)


@dataclass(frozen=True)
class KeyFile:
    """The contents of ``<journal>.key``."""

    password: WrappedKey
    recovery: WrappedKey | None = None

    def unlock(self, password: str) -> DataKey:
        """The data key; raises :class:`WrongSecretError` for a wrong password."""
        return self.password.unwrap(self.password.kdf.derive(password))

    def unlock_with_recovery(self, recovery: str) -> DataKey:
        if self.recovery is None:
            raise WrongSecretError(translate("Keys", "This journal has no recovery key."))
        return self.recovery.unwrap(_recovery_wrapping_key(recovery, self.recovery.kdf))

    def to_text(self) -> str:
        data: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "cipher": "sqlcipher4",
            "password": self.password.to_json(),
        }
        if self.recovery is not None:
            data["recovery"] = self.recovery.to_json()
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_text(cls, text: str, where: Path) -> KeyFile:
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
                raise ValueError("format")
            if data.get("version") != KEY_FILE_VERSION:
                raise KeyFileError(
                    translate(
                        "Keys",
                        "The key file {path} has version {version}; this Desktop Blog reads version 1. Update Desktop Blog.",  # noqa: E501
                    ).format(path=where, version=repr(data.get("version")))
                )
            recovery = data.get("recovery")
            return cls(
                WrappedKey.from_json(data.get("password")),
                WrappedKey.from_json(recovery) if recovery is not None else None,
            )
        except KeyFileError as exc:
            raise KeyFileError(
                translate("Keys", "{error} ({path})").format(error=exc, path=where)
            ) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileError(
                translate(
                    "Keys",
                    "The key file {path} is damaged; the journal cannot be unlocked with it. Restore the key file from a backup (journal-….sqlite3.key).",  # noqa: E501
                ).format(path=where)
            ) from exc


def key_file_path(journal: Path) -> Path:
    """The key file that belongs to the journal (or backup) at ``journal``."""
    return journal.with_name(f"{journal.name}.key")


def read_key_file(journal: Path) -> KeyFile:
    """Read the key file of ``journal``; raises :class:`KeyFileError` with a clear message."""
    path = key_file_path(journal)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyFileError(
            translate(
                "Keys",
                "The key file {path} is missing: the encrypted journal {journal} cannot be unlocked without it. Copy it back (every backup has one beside it); nothing was changed.",  # noqa: E501
            ).format(path=path, journal=journal.name)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(
            translate("Keys", "The key file {path} cannot be read: {error}.").format(
                path=path, error=exc
            )
        ) from exc
    return KeyFile.from_text(text, path)


def write_key_file(journal: Path, key_file: KeyFile) -> Path:
    """Write the key file atomically, owner-only; return its path."""
    path = key_file_path(journal)
    write_private_text(path, key_file.to_text(), encoding="ascii")
    return path


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("base64")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("base64") from exc
