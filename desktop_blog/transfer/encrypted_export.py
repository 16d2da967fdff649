"""The encrypted JSON export: a Desktop Blog JSON export sealed with a passphrase (no Qt).

Format (version 1), a small container of three parts::

    DESKTOP-BLOG-ENCRYPTED-EXPORT 1\\n
    {"kdf": {"name": "argon2id", "time_cost": .., "memory_kib": .., "parallelism": ..,
             "salt": "<base64>"}, "nonce": "<base64 12 bytes>"}\\n
    <AES-256-GCM ciphertext of the UTF-8 JSON export, with its 16-byte tag>

The key is argon2id(passphrase, salt) with the parameters of the header (the same sane
range as the journal's key file); the first two lines are the GCM associated data, so an
edited header does not decrypt. The plain JSON is never written to disk.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog.i18n import translate
from desktop_blog.security.aead import AesGcm, InvalidTagError
from desktop_blog.security.keys import NONCE_BYTES, KdfParams, KdfParamsError
from desktop_blog.storage.progress import Progress

if TYPE_CHECKING:
    import sqlite3

MAGIC = b"DESKTOP-BLOG-ENCRYPTED-EXPORT 1\n"


class ExportDecryptError(ValueError):
    """The encrypted export cannot be opened; the message is for the user."""


def is_encrypted_export(path: Path) -> bool:
    """Whether ``path`` is a regular file starting like an encrypted export (never blocks)."""
    from desktop_blog.safe_input import MAX_IMPORT_BYTES, InputError, read_input

    try:
        return read_input(Path(path), MAX_IMPORT_BYTES, first=len(MAGIC)) == MAGIC
    except InputError:
        return False


def seal(plain: bytes, passphrase: str) -> bytes:
    """The container holding ``plain`` encrypted under ``passphrase``."""
    return b"".join(seal_pieces([plain], passphrase))


def seal_pieces(pieces: Iterable[bytes], passphrase: str) -> Iterator[bytes]:
    """The container holding ``pieces`` (one message) encrypted under ``passphrase``, as it
    is made: the header, then the ciphertext piece by piece, then the tag."""
    kdf = KdfParams.fresh()
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = (
        MAGIC
        + json.dumps(
            {"kdf": kdf.to_json(), "nonce": base64.b64encode(nonce).decode("ascii")}
        ).encode("ascii")
        + b"\n"
    )
    yield header
    yield from AesGcm(kdf.derive(passphrase)).encrypt_pieces(nonce, pieces, header)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The plain bytes of a container; raises :class:`ExportDecryptError`."""
    if not data.startswith(MAGIC):
        raise ExportDecryptError(
            translate("EncryptedExport", "This is not an encrypted Desktop Blog export.")
        )
    end = data.find(b"\n", len(MAGIC))
    try:
        if end < 0:
            raise ValueError("no header")
        fields = json.loads(data[len(MAGIC) : end].decode("ascii"))
        kdf = KdfParams.from_json(fields["kdf"])
        nonce = base64.b64decode(fields["nonce"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise ExportDecryptError(
            translate("EncryptedExport", "The encrypted export is damaged (its header).")
        ) from exc
    except KdfParamsError as exc:
        if exc.name == "salt":
            text = translate(
                "EncryptedExport", "The encrypted export's salt is too short; it was altered."
            )
        else:
            text = translate(
                "EncryptedExport",
                "The encrypted export asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.",  # noqa: E501
            )
        raise ExportDecryptError(
            text.format(name=exc.name, value=exc.value, low=exc.low, high=exc.high)
        ) from exc
    try:
        return AesGcm(kdf.derive(passphrase)).decrypt(nonce, data[end + 1 :], data[: end + 1])
    except (InvalidTagError, ValueError) as exc:
        raise ExportDecryptError(
            translate(
                "EncryptedExport",
                "Wrong passphrase for the encrypted export (or the file is damaged); nothing was imported.",  # noqa: E501
            )
        ) from exc


def export_json_encrypted(
    conn: sqlite3.Connection, path: Path, passphrase: str, *, progress: Progress | None = None
) -> int:
    """Write the whole journal as an encrypted JSON export; return the number of entries.

    The JSON export's text is encoded and sealed a MiB at a time into the file: it is never
    whole in memory (it was, twice: the text and its ciphertext) and never on disk.
    """
    from desktop_blog.transfer.exporters import export_json

    return export_json(
        conn, path, progress=progress, seal=lambda chunks: seal_pieces(chunks, passphrase)
    )
