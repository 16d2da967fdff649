"""Images kept inside the journal, referenced from entry HTML as ``journal-image:<sha256>``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_blog.i18n import translate
from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import DatabaseError, transaction

if TYPE_CHECKING:
    import sqlite3

IMAGE_SCHEME = "journal-image"
MAX_IMAGE_BYTES = 20 * 1024 * 1024
_REFERENCE = re.compile(IMAGE_SCHEME + r":([0-9a-f]{64})")
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}


class ImageError(ValueError):
    """The bytes are not an image the journal accepts; the message is for the user."""


@dataclass(frozen=True, slots=True)
class StoredImage:
    """One image: its content hash, MIME type and bytes."""

    sha256: str
    mime: str
    data: bytes
    created: str

    @property
    def url(self) -> str:
        return image_url(self.sha256)

    @property
    def filename(self) -> str:
        return f"{self.sha256}.{EXTENSIONS[self.mime]}"


def image_url(sha256: str) -> str:
    return f"{IMAGE_SCHEME}:{sha256}"


def referenced_images(html_text: str) -> list[str]:
    """The image hashes an entry's HTML refers to, in order of first use."""
    return list(dict.fromkeys(_REFERENCE.findall(html_text)))


def replace_references(html_text: str, target: dict[str, str]) -> str:
    """Replace ``journal-image:<sha>`` by ``target[sha]`` where given."""
    return _REFERENCE.sub(lambda m: target.get(m.group(1), m.group(0)), html_text)


def sniff_mime(data: bytes) -> str:
    """Return the MIME type of PNG, JPEG, GIF or WebP bytes, or raise :class:`ImageError`."""
    if not data:
        raise ImageError(translate("Images", "The image is empty."))
    if len(data) > MAX_IMAGE_BYTES:
        from desktop_blog.locale_format import number

        raise ImageError(
            translate(
                "Images", "The image is too large ({size} MB); the limit is {limit} MB."
            ).format(
                size=number(len(data) // (1024 * 1024)),
                limit=number(MAX_IMAGE_BYTES // (1024 * 1024)),
            )
        )
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    raise ImageError(
        translate("Images", "Only PNG, JPEG, GIF and WebP images can be added to an entry.")
    )


class ImageStore:
    """Adds and reads the journal's images (no Qt: the views get bytes through a callable)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, data: bytes) -> StoredImage:
        """Store ``data`` (once per content) and return it; raises :class:`ImageError`."""
        import hashlib  # here: it loads Python's OpenSSL (3.7 MiB), which reading does not need

        mime = sniff_mime(data)
        sha = hashlib.sha256(data).hexdigest()
        created = datetime.now(UTC).isoformat()
        try:
            with transaction(self._conn):
                insert_image(self._conn, StoredImage(sha, mime, data, created))
        except sql_errors.ERROR as exc:
            raise DatabaseError(
                translate("Images", "The image could not be saved: {error}.").format(error=exc)
            ) from exc
        stored = self.get(sha)
        assert stored is not None
        return stored

    def get(self, sha256: str) -> StoredImage | None:
        row = self._conn.execute(
            "SELECT sha256, mime, data, created FROM images WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return StoredImage(row[0], row[1], bytes(row[2]), row[3]) if row else None

    def data(self, sha256: str) -> bytes | None:
        """The image's bytes, or ``None``: the provider the entry views load images from."""
        image = self.get(sha256)
        return image.data if image else None

    def all(self) -> list[StoredImage]:
        rows = self._conn.execute(
            "SELECT sha256, mime, data, created FROM images ORDER BY created, sha256"
        )
        return [StoredImage(r[0], r[1], bytes(r[2]), r[3]) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM images").fetchone()[0])


def insert_image(conn: sqlite3.Connection, image: StoredImage) -> bool:
    """Insert ``image`` inside the caller's transaction; ``False`` if it was already there."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO images (sha256, mime, data, created) VALUES (?, ?, ?, ?)",
        (image.sha256, image.mime, image.data, image.created),
    )
    return cursor.rowcount > 0
