"""Imports: our JSON, the Flaskr tutorial's database, jrnl's JSON export (no Qt).

An import is one transaction: it adds everything or nothing. Entries already in the journal
(same title, text and time; for sources without times, same title and text) are skipped, so
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import DatabaseError, transaction
from desktop_blog.storage.entries import EntryValidationError, validate_entry
from desktop_blog.storage.images import ImageError, StoredImage, insert_image, sniff_mime
from desktop_blog.storage.progress import Progress, report
from desktop_blog.transfer.exporters import JSON_FORMAT

SQLITE_HEADER = b"SQLite format 3\x00"


class ImportFormatError(ValueError):
    """The file cannot be imported; nothing was added. The message is for the user."""


class SourceKind(Enum):
    JSON = "Desktop Blog JSON"
    FLASKR = "Flaskr database"
    JRNL = "jrnl JSON"


@dataclass(frozen=True)
class ImportedEntry:
    """An entry read from a source; ``created`` is ``None`` when the source has no times."""

    title: str
    text: str
    created: datetime | None
    id: int | None = None


@dataclass
class ImportReport:
    """What an import added and skipped."""

    kind: SourceKind
    added: int = 0
    skipped: int = 0
    images_added: int = 0
    added_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        images = f" and {self.images_added} images" if self.images_added else ""
        return (
            f"Imported {self.added} entries{images} from the {self.kind.value}; "
            f"skipped {self.skipped} already in the journal."
        )


def text_to_html(text: str) -> str:
    """Plain text (jrnl, newer Flaskr) as HTML paragraphs, escaped."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs if p)


def _parse_time(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise ImportFormatError(f"{where}: the date is missing or not text.")
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ImportFormatError(f"{where}: {value!r} is not a date and time.") from exc
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise ImportFormatError(f"{where}: '{key}' is missing or not text.")
    return value


# -- readers -------------------------------------------------------------------------------
def read_our_json(document: dict[str, Any]) -> tuple[list[ImportedEntry], list[StoredImage]]:
    if document.get("version") != 1:
        raise ImportFormatError(
            f"This export has version {document.get('version')!r}; this app reads version 1."
        )
    entries = []
    for number, item in enumerate(_list(document, "entries"), 1):
        where = f"Entry {number}"
        if not isinstance(item, dict):
            raise ImportFormatError(f"{where} is not an object.")
        entry_id = item.get("id")
        entries.append(
            ImportedEntry(
                title=_text(item, "title", where),
                text=_text(item, "text", where),
                created=_parse_time(item.get("created"), where),
                id=entry_id if isinstance(entry_id, int) and entry_id > 0 else None,
            )
        )
    images = []
    for number, item in enumerate(_list(document, "images"), 1):
        where = f"Image {number}"
        if not isinstance(item, dict):
            raise ImportFormatError(f"{where} is not an object.")
        try:
            data = base64.b64decode(_text(item, "data", where), validate=True)
            mime = sniff_mime(data)
        except (binascii.Error, ImageError) as exc:
            raise ImportFormatError(f"{where}: {exc}") from exc
        sha = hashlib.sha256(data).hexdigest()
        if item.get("sha256") != sha:
            raise ImportFormatError(f"{where}: its bytes do not match its checksum.")
        created = item.get("created")
        images.append(StoredImage(sha, mime, data, created if isinstance(created, str) else ""))
    return entries, images


def read_jrnl_json(document: dict[str, Any]) -> list[ImportedEntry]:
    entries = []
    for number, item in enumerate(_list(document, "entries"), 1):
        where = f"jrnl entry {number}"
        if not isinstance(item, dict):
            raise ImportFormatError(f"{where} is not an object.")
        date, time = _text(item, "date", where), item.get("time") or "00:00"
        try:
            local = datetime.fromisoformat(f"{date}T{time}")
        except ValueError as exc:
            raise ImportFormatError(f"{where}: {date} {time} is not a date and time.") from exc
        created = local.astimezone(UTC) if local.tzinfo is None else local
        body = item.get("body") or ""
        if not isinstance(body, str):
            raise ImportFormatError(f"{where}: 'body' is not text.")
        title = _text(item, "title", where)
        entries.append(ImportedEntry(title, text_to_html(body) or html.escape(title), created))
    return entries


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise ImportFormatError(f"'{key}' must be a list.")
    return value


def read_flaskr(path: Path) -> list[ImportedEntry]:
    """Entries from Flaskr's ``entries(id, title, text)`` or the newer ``post`` table."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ImportFormatError(f"Cannot open {path}: {exc}.") from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "entries" in tables:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
            if "created" in columns:  # a Desktop Blog journal: its times come along
                rows = conn.execute("SELECT title, text, created FROM entries ORDER BY id")
                return [
                    ImportedEntry(str(t), str(x), _parse_time(c, f"Entry {t!r}"))
                    for t, x, c in rows
                ]
            rows = conn.execute("SELECT title, text FROM entries ORDER BY id")
            return [ImportedEntry(str(t), str(x), None) for t, x in rows]
        if "post" in tables:
            rows = conn.execute("SELECT title, body, created FROM post ORDER BY created, id")
            return [
                ImportedEntry(str(t), text_to_html(str(b)), _parse_time(str(c), f"Post {t!r}"))
                for t, b, c in rows
            ]
    except sqlite3.DatabaseError as exc:
        raise ImportFormatError(f"{path} cannot be read as a Flaskr database ({exc}).") from exc
    finally:
        conn.close()
    raise ImportFormatError(f"{path} has neither Flaskr's 'entries' nor its 'post' table.")


def read_source(
    path: Path, passphrase: str | None = None
) -> tuple[SourceKind, list[ImportedEntry], list[StoredImage]]:
    """Recognise and read an import file (an encrypted JSON export needs ``passphrase``)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ImportFormatError(f"Cannot read {path}: {exc.strerror}.") from exc
    if head == SQLITE_HEADER:
        return SourceKind.FLASKR, read_flaskr(path), []
    try:
        text = _read_text(path, passphrase)
        document = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(
            f"{path} is neither a JSON export nor a Flaskr database ({exc})."
        ) from exc
    if not isinstance(document, dict):
        raise ImportFormatError(f"{path} is JSON but not an export (no object at the top).")
    if document.get("format") == JSON_FORMAT:
        entries, images = read_our_json(document)
        return SourceKind.JSON, entries, images
    if "entries" in document:
        return SourceKind.JRNL, read_jrnl_json(document), []
    raise ImportFormatError(f"{path} is JSON but neither a Desktop Blog nor a jrnl export.")


def _read_text(path: Path, passphrase: str | None) -> str:
    from desktop_blog.transfer.encrypted_export import (
        ExportDecryptError,
        is_encrypted_export,
        unseal,
    )

    if not is_encrypted_export(path):
        return path.read_text(encoding="utf-8")
    if passphrase is None:
        raise ImportFormatError(f"{path} is an encrypted export: give its passphrase.")
    try:
        return unseal(path.read_bytes(), passphrase).decode("utf-8")
    except ExportDecryptError as exc:
        raise ImportFormatError(str(exc)) from exc
    except OSError as exc:
        raise ImportFormatError(f"Cannot read {path}: {exc.strerror}.") from exc


# -- writing -------------------------------------------------------------------------------
def _existing_keys(
    conn: sqlite3.Connection,
) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    timed: set[tuple[str, str, str]] = set()
    untimed: set[tuple[str, str]] = set()
    for title, text, created in conn.execute("SELECT title, text, created FROM entries"):
        stamp = _parse_time(created, "journal").astimezone(UTC).isoformat()
        timed.add((title, text, stamp))
        untimed.add((title, text))
    return timed, untimed


def import_file(
    conn: sqlite3.Connection,
    path: Path,
    *,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> ImportReport:
    """Import ``path`` into the journal in one transaction; cancelling adds nothing."""
    kind, entries, images = read_source(Path(path), passphrase)
    checked = []
    for number, entry in enumerate(entries, 1):
        try:
            title, text = validate_entry(entry.title, entry.text)
        except EntryValidationError as exc:
            raise ImportFormatError(f"Entry {number} ({entry.title[:40]!r}): {exc}") from exc
        checked.append(ImportedEntry(title, text, entry.created, entry.id))
    result = ImportReport(kind)
    now = datetime.now(UTC)
    total = len(checked) + len(images)
    try:
        with transaction(conn):
            timed, untimed = _existing_keys(conn)
            keep_ids = not timed  # into an empty journal, a JSON export keeps its ids
            for done, image in enumerate(images, 1):
                result.images_added += insert_image(conn, image)
                report(progress, done, total)
            for done, entry in enumerate(checked, len(images) + 1):
                stamp = entry.created.astimezone(UTC) if entry.created else None
                key = (entry.title, entry.text)
                if (stamp is None and key in untimed) or (
                    stamp is not None and (*key, stamp.isoformat()) in timed
                ):
                    result.skipped += 1
                else:
                    result.added_ids.append(_insert(conn, entry, stamp or now, keep_ids))
                    timed.add((*key, (stamp or now).isoformat()))
                    untimed.add(key)
                    result.added += 1
                report(progress, done, total)
    except sql_errors.ERROR as exc:
        raise DatabaseError(f"The import failed and added nothing: {exc}.") from exc
    return result


def _insert(
    conn: sqlite3.Connection, entry: ImportedEntry, created: datetime, keep_id: bool
) -> int:
    values = (entry.title, entry.text, created.isoformat())
    if (
        keep_id
        and entry.id is not None
        and not conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry.id,)).fetchone()
    ):
        conn.execute(
            "INSERT INTO entries (id, title, text, created) VALUES (?, ?, ?, ?)",
            (entry.id, *values),
        )
        return entry.id
    cursor = conn.execute("INSERT INTO entries (title, text, created) VALUES (?, ?, ?)", values)
    assert cursor.lastrowid is not None
    return cursor.lastrowid
