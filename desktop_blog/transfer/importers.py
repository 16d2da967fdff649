"""Imports (no Qt): our JSON, Flaskr, jrnl, Day One, RedNotebook and folders of Markdown.

An import is one transaction through :class:`EntryRepository` (tags, full-text index, time
zone, star): it adds everything or nothing. Each source row becomes one entry; a row already
in the journal before the import started (same title, body and time; for sources without
times, same title and body) is skipped, so importing the same file twice adds nothing the
second time, while two identical posts in one source both arrive.

Reading a source's files is one small function per source (``_read_*``), where input limits
belong.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import html
import logging
import re
import urllib.parse
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import yaml
from sqlcipher3 import dbapi2 as sqlcipher

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.safe_input import (
    MAX_IMPORT_BYTES,
    InputError,
    check_input_file,
    column_text,
    load_json_chunks,
    parse_timestamp,
    read_input,
    read_input_text,
)
from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import DatabaseError
from desktop_blog.storage.entries import Entry, EntryRepository, EntryValidationError
from desktop_blog.storage.images import ImageError, StoredImage, image_url, insert_image, sniff_mime
from desktop_blog.storage.progress import Progress, report
from desktop_blog.storage.tags import extract_tags, normalize_tag
from desktop_blog.storage.zones import ZoneError, check_zone, system_zone, zone
from desktop_blog.transfer.exporters import JSON_FORMAT, JSON_VERSION
from desktop_blog.transfer.journal_data import release_in_slices

if TYPE_CHECKING:
    import sqlite3

logger = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
# Ids kept from a JSON export stay far below SQLite's largest rowid (2**63 - 1), which would
# leave AUTOINCREMENT unable to give the next entry an id.
MAX_KEPT_ID = 2**53
# An import reports its progress in steps of these many: the first READ_STEPS while the file
# is read and parsed (about 3% of the time of a 100,000-entry JSON import), the rest while its
# entries and images are added.
IMPORT_STEPS = 1000
READ_STEPS = 30
_ZIP_HEADER = b"PK\x03\x04"
_MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.txt$")
_TAG_NAME = re.compile(r"^[^\W\d_][\w-]*$")


class ImportFormatError(ValueError):
    """The file cannot be imported; nothing was added. The message is for the user."""


class SourceKind(Enum):
    """A kind of source; its value is its English name (``translate("Importers", value)``)."""

    JSON = QT_TRANSLATE_NOOP("Importers", "Desktop Blog JSON")
    FLASKR = QT_TRANSLATE_NOOP("Importers", "Flaskr database")
    JRNL = QT_TRANSLATE_NOOP("Importers", "jrnl JSON")
    DAY_ONE = QT_TRANSLATE_NOOP("Importers", "Day One JSON export")
    REDNOTEBOOK = QT_TRANSLATE_NOOP("Importers", "RedNotebook journal")
    MARKDOWN = QT_TRANSLATE_NOOP("Importers", "Markdown folder")

    @property
    def label(self) -> str:
        """The source's name in the user's language."""
        return translate("Importers", self.value)


def readable() -> str:
    """What this app imports, in the user's language (for "this app imports ...")."""
    return translate(
        "Importers",
        "a Desktop Blog JSON export, a Flaskr database, a jrnl JSON export, a Day One JSON export (.zip), a RedNotebook data folder or a folder of Markdown files",  # noqa: E501
    )


@dataclass(frozen=True)
class ImportedEntry:
    """An entry read from a source; ``created`` is ``None`` when the source has no times."""

    title: str
    text: str
    created: datetime | None
    id: int | None = None
    body_format: str = "html"
    tz: str | None = None
    starred: bool = False
    updated: datetime | None = None


@dataclass
class ImportReport:
    """What an import added and skipped."""

    kind: SourceKind
    added: int = 0
    skipped: int = 0
    images_added: int = 0
    added_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        if self.images_added:
            text = translate(
                "Importers", "Imported {entries} and {images} from the {source}; {skipped}."
            )
        else:
            text = translate("Importers", "Imported {entries} from the {source}; {skipped}.")
        return text.format(
            entries=translate("Importers", "%Ln entries", self.added),
            images=translate("Importers", "%Ln images", self.images_added),
            source=self.kind.label,
            skipped=translate("Importers", "skipped %Ln already in the journal", self.skipped),
        )


def text_to_html(text: str) -> str:
    """Plain text (jrnl, newer Flaskr) as HTML paragraphs, escaped."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs if p)


def with_tags(text: str, body_format: str, tags: Iterable[str], title: str = "") -> str:
    """The body with a last line of ``#tags`` for the source's tags it does not show yet."""
    present = set(extract_tags(title, text))
    missing: list[str] = []
    for tag in tags:
        name = "-".join(normalize_tag(str(tag).lstrip("@")).split())
        if _TAG_NAME.match(name) and name not in present and name not in missing:
            missing.append(name)
    if not missing:
        return text
    line = " ".join(f"#{name}" for name in missing)
    if body_format == "markdown":
        return f"{text.rstrip()}\n\n{line}\n" if text.strip() else f"{line}\n"
    return f"{text}<p>{line}</p>"


class _Place:
    """Where in a source something is ("Entry 3"), put into words only for an error message
    (an import reads many thousands of rows; translating each row's name would cost seconds)."""

    __slots__ = ("_template", "_values")

    def __init__(self, template: str, **values: object) -> None:
        self._template = template  # marked with QT_TRANSLATE_NOOP("Importers", ...)
        self._values = values

    def __str__(self) -> str:
        return translate("Importers", self._template).format(**self._values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


Where = str | _Place


def _where(where: Where, exc: Exception | str) -> ImportFormatError:
    """The error ``exc`` found at ``where`` ("Entry 3", a file name)."""
    return ImportFormatError(
        translate("Importers", "{where}: {error}").format(where=where, error=exc)
    )


def _parse_time(value: object, where: Where) -> datetime:
    if not isinstance(value, str):
        raise ImportFormatError(
            translate("Importers", "{where}: the date is missing or not text.").format(where=where)
        )
    try:
        return parse_timestamp(value)  # bounded: converts to UTC without overflow
    except InputError as exc:
        raise ImportFormatError(
            translate("Importers", "{where}: {error}.").format(where=where, error=exc)
        ) from exc


def _bounded(stamp: datetime, where: Where) -> datetime:
    """``stamp`` if it converts to UTC within years 1 to 9999, else a clear refusal."""
    try:
        stamp.astimezone(UTC)
    except OverflowError as exc:
        raise ImportFormatError(
            translate(
                "Importers",
                "{where}: {date} is outside the dates this app can store (years 1 to 9999 in UTC).",
            ).format(where=where, date=f"{stamp:%Y-%m-%d %H:%M}")
        ) from exc
    return stamp


def _text(item: dict[str, Any], key: str, where: Where) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise ImportFormatError(
            translate("Importers", "{where}: '{key}' is missing or not text.").format(
                where=where, key=key
            )
        )
    return value


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise ImportFormatError(translate("Importers", "'{key}' must be a list.").format(key=key))
    return value


def _zone_name(value: object, where: Where) -> str | None:
    if value is None or value == "":
        return None
    try:
        return check_zone(str(value))
    except ZoneError as exc:
        raise _where(where, exc) from exc


# -- our JSON --------------------------------------------------------------------------------
def read_our_json(document: dict[str, Any]) -> tuple[list[ImportedEntry], list[StoredImage]]:
    version = document.get("version")
    if version not in (1, JSON_VERSION):
        raise ImportFormatError(
            translate(
                "Importers",
                "This export has version {version}; this app reads versions 1 to {latest}.",
            ).format(version=repr(version), latest=JSON_VERSION)
        )
    entries = []
    for number, item in enumerate(_list(document, "entries"), 1):
        where = _Place(QT_TRANSLATE_NOOP("Importers", "Entry {number}"), number=number)
        if not isinstance(item, dict):
            raise _not_an_object(where)
        entry_id = item.get("id")
        updated = item.get("updated")
        body_format = item.get("format", "html")
        if body_format not in ("html", "markdown"):
            raise ImportFormatError(
                translate("Importers", "{where}: unknown format {format}.").format(
                    where=where, format=repr(body_format)
                )
            )
        entries.append(
            ImportedEntry(
                title=_text(item, "title", where),
                text=_text(item, "text", where),
                created=_parse_time(item.get("created"), where),
                id=entry_id if isinstance(entry_id, int) and 0 < entry_id <= MAX_KEPT_ID else None,
                body_format=body_format,
                tz=_zone_name(item.get("tz"), where),
                starred=bool(item.get("starred", False)),
                updated=_parse_time(updated, where) if updated is not None else None,
            )
        )
    images = []
    for number, item in enumerate(_list(document, "images"), 1):
        where = _Place(QT_TRANSLATE_NOOP("Importers", "Image {number}"), number=number)
        if not isinstance(item, dict):
            raise _not_an_object(where)
        try:
            data = base64.b64decode(_text(item, "data", where), validate=True)
            mime = sniff_mime(data)
        except (binascii.Error, ImageError) as exc:
            raise _where(where, exc) from exc
        sha = hashlib.sha256(data).hexdigest()
        if item.get("sha256") != sha:
            raise ImportFormatError(
                translate("Importers", "{where}: its bytes do not match its checksum.").format(
                    where=where
                )
            )
        created = item.get("created")
        images.append(StoredImage(sha, mime, data, created if isinstance(created, str) else ""))
    return entries, images


def _not_an_object(where: Where) -> ImportFormatError:
    return ImportFormatError(
        translate("Importers", "{where} is not an object.").format(where=where)
    )


# -- jrnl ------------------------------------------------------------------------------------
def read_jrnl_json(document: dict[str, Any]) -> list[ImportedEntry]:
    """jrnl's ``--export json``: local times without a zone, plain text, ``@tags``, a star."""
    here = system_zone()
    entries = []
    for number, item in enumerate(_list(document, "entries"), 1):
        where = _Place(QT_TRANSLATE_NOOP("Importers", "jrnl entry {number}"), number=number)
        if not isinstance(item, dict):
            raise _not_an_object(where)
        day, time = _text(item, "date", where), item.get("time") or "00:00"
        try:
            local = datetime.fromisoformat(f"{day}T{time}")
        except ValueError as exc:
            raise ImportFormatError(
                translate("Importers", "{where}: {day} {time} is not a date and time.").format(
                    where=where, day=day, time=time
                )
            ) from exc
        created = _bounded(
            local.replace(tzinfo=zone(here)) if local.tzinfo is None else local, where
        )
        body = item.get("body") or ""
        if not isinstance(body, str):
            raise ImportFormatError(
                translate("Importers", "{where}: 'body' is not text.").format(where=where)
            )
        title = _text(item, "title", where)
        tags = item.get("tags") or []
        text = with_tags(text_to_html(body), "html", tags if isinstance(tags, list) else [], title)
        entries.append(
            ImportedEntry(title, text, created, tz=here, starred=item.get("starred") is True)
        )
    return entries


# -- Flaskr ----------------------------------------------------------------------------------
def read_flaskr(path: Path) -> list[ImportedEntry]:
    """Entries from Flaskr's ``entries(id, title, text)``, the tutorial's ``post`` table (with
    its author as a last line) or another Desktop Blog journal."""
    try:
        check_input_file(path, MAX_IMPORT_BYTES)
    except InputError as exc:
        raise ImportFormatError(str(exc)) from exc
    try:
        # The app's one SQLite; the path quoted, so that a '#' or '?' in it stays a name.
        uri = f"file:{urllib.parse.quote(str(Path(path).resolve()))}?mode=ro"
        conn = cast("sqlite3.Connection", sqlcipher.connect(uri, uri=True))
    except sql_errors.ERROR as exc:
        raise ImportFormatError(
            translate("Importers", "Cannot open {path}: {error}.").format(path=path, error=exc)
        ) from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "entries" in tables:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
            if "created" in columns:  # a Desktop Blog journal: its times come along
                return _read_journal_rows(conn, columns)
            rows = conn.execute("SELECT title, text FROM entries ORDER BY id")
            return [ImportedEntry(_col(t, n), _col(x, n), None) for n, (t, x) in enumerate(rows, 1)]
        if "post" in tables:
            author = (
                "(SELECT username FROM user WHERE user.id = post.author_id)"
                if "user" in tables
                else "NULL"
            )
            rows = conn.execute(
                f"SELECT title, body, created, {author} FROM post"  # noqa: S608 (constant)
                " ORDER BY created, id"
            )
            return [
                ImportedEntry(
                    _col(t, n),
                    text_to_html(_col(b, n))
                    + (f"<p>— {html.escape(_col(who, n))}</p>" if who else ""),
                    _parse_time(
                        _col(c, n),
                        _Place(QT_TRANSLATE_NOOP("Importers", "Post {number}"), number=n),
                    ),
                )
                for n, (t, b, c, who) in enumerate(rows, 1)
            ]
    except sql_errors.DATABASE_ERROR as exc:
        raise ImportFormatError(
            translate("Importers", "{path} cannot be read as a Flaskr database ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    finally:
        conn.close()
    raise ImportFormatError(
        translate(
            "Importers", "{path} has neither Flaskr's 'entries' nor its 'post' table."
        ).format(path=path)
    )


def _col(value: object, number: int) -> str:
    """A Flaskr text column: NULL is empty, UTF-8 bytes decoded, other bytes refused."""
    try:
        return column_text(
            value, _Place(QT_TRANSLATE_NOOP("Importers", "Row {number}"), number=number)
        )
    except InputError as exc:
        raise ImportFormatError(
            translate("Importers", "{error}; nothing was imported.").format(error=exc)
        ) from exc


def _read_journal_rows(conn: sqlite3.Connection, columns: set[str]) -> list[ImportedEntry]:
    wanted = ["title", "text", "created"] + [
        c for c in ("format", "tz", "starred", "updated") if c in columns
    ]
    rows = conn.execute(f"SELECT {', '.join(wanted)} FROM entries ORDER BY id")  # noqa: S608
    entries: list[ImportedEntry] = []
    for row in rows:
        item = dict(zip(wanted, row, strict=True))
        where = _Place(QT_TRANSLATE_NOOP("Importers", "Entry {title}"), title=repr(item["title"]))
        entries.append(
            ImportedEntry(
                _col(item["title"], len(entries) + 1),
                _col(item["text"], len(entries) + 1),
                _parse_time(item["created"], where),
                body_format=str(item.get("format") or "html"),
                tz=_zone_name(item.get("tz"), where),
                starred=bool(item.get("starred")),
                updated=_parse_time(item["updated"], where) if item.get("updated") else None,
            )
        )
    return entries


# -- Day One ---------------------------------------------------------------------------------
def _read_zip(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """A Day One export's ``Journal.json`` (or first ``*.json``) and its photo files."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            journals = [n for n in names if n.endswith(".json") and "/" not in n.strip("/")]
            if not journals:
                raise ImportFormatError(
                    translate(
                        "Importers", "{path} is a zip file without a Day One journal in it."
                    ).format(path=path)
                )
            wanted = [journals[0]] + [
                n for n in names if n.startswith("photos/") and not n.endswith("/")
            ]
            unpacked = sum(archive.getinfo(n).file_size for n in wanted)
            if unpacked > MAX_IMPORT_BYTES:  # a zip bomb is refused before it is unpacked
                from desktop_blog.locale_format import number

                raise ImportFormatError(
                    translate(
                        "Importers", "{path} unpacks to {size} bytes; at most {limit} are read."
                    ).format(path=path, size=number(unpacked), limit=number(MAX_IMPORT_BYTES))
                )
            document = load_json_chunks(_utf8_chunks(archive.read(journals[0])))
            photos = {n.rsplit("/", 1)[-1]: archive.read(n) for n in wanted[1:]}
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, InputError) as exc:
        raise ImportFormatError(
            translate("Importers", "{path} cannot be read as a Day One export ({error}).").format(
                path=path, error=exc
            )
        ) from exc
    if not isinstance(document, dict):
        raise ImportFormatError(
            translate("Importers", "{path}: the Day One journal is not a JSON object.").format(
                path=path
            )
        )
    return document, photos


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Day One escapes "." as "\."
_DAY_ONE_PHOTO = re.compile(r"!\[[^\]]*\]\(dayone-moment://([A-Za-z0-9-]+)\)")


def read_day_one(
    document: dict[str, Any], photos: dict[str, bytes]
) -> tuple[list[ImportedEntry], list[StoredImage]]:
    """Day One entries: Markdown text (first line the title), tags, star, zone, photos."""
    entries, images = [], {}
    for number, item in enumerate(_list(document, "entries"), 1):
        where = _Place(QT_TRANSLATE_NOOP("Importers", "Day One entry {number}"), number=number)
        if not isinstance(item, dict):
            raise _not_an_object(where)
        created = _parse_time(item.get("creationDate"), where)
        tz = _zone_name(item.get("timeZone"), where)
        urls: dict[str, str] = {}
        for photo in item.get("photos") or []:
            if not isinstance(photo, dict):
                continue
            name = f"{photo.get('md5')}.{photo.get('type', 'jpeg')}"
            data = photos.get(name)
            if data is None:  # a Journal.json without its zip: the text stays, without it
                logger.warning("Day One entry %d: the photo %s is not in the export", number, name)
                continue
            try:
                mime = sniff_mime(data)
            except ImageError as exc:
                raise ImportFormatError(
                    translate("Importers", "{where}: photo {name}: {error}").format(
                        where=where, name=name, error=exc
                    )
                ) from exc
            sha = hashlib.sha256(data).hexdigest()
            images[sha] = StoredImage(sha, mime, data, created.isoformat())
            urls[str(photo.get("identifier"))] = image_url(sha)
        text = _DAY_ONE_PHOTO.sub(_photo_link(urls), str(item.get("text") or ""))
        first, _, rest = text.strip().partition("\n")
        title = _MARKDOWN_ESCAPE.sub(r"\1", first.lstrip("#").strip())
        title = title or created.astimezone(zone(tz)).strftime("%d %B %Y")
        tags = item.get("tags") or []
        body = with_tags(rest.strip() + "\n", "markdown", tags if isinstance(tags, list) else [])
        entries.append(
            ImportedEntry(
                title,
                body if body.strip() else "",
                created,
                body_format="markdown",
                tz=tz,
                starred=item.get("starred") is True,
            )
        )
    return entries, list(images.values())


def _photo_link(urls: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """Replace a ``dayone-moment://`` photo reference by the journal image's link."""
    return lambda match: f"![]({urls[match.group(1)]})" if match.group(1) in urls else ""


def _cannot_read(path: Path, exc: Exception) -> ImportFormatError:
    return ImportFormatError(
        translate("Importers", "Cannot read {path}: {error}.").format(path=path, error=exc)
    )


# -- RedNotebook -----------------------------------------------------------------------------
def _read_month_files(folder: Path) -> list[tuple[int, int, str]]:
    """``(year, month, text)`` of every ``YYYY-MM.txt`` in a RedNotebook data folder."""
    months = []
    for path in sorted(folder.iterdir()):
        match = _MONTH_FILE.match(path.name)
        if match:
            try:
                text = read_input_text(path, MAX_IMPORT_BYTES, "RedNotebook month file")
                months.append((int(match[1]), int(match[2]), text))
            except InputError as exc:
                raise _cannot_read(path, exc) from exc
    return months


_T2T_RULES = (
    (re.compile(r"//(.+?)//"), r"*\1*"),  # italic
    (re.compile(r"__(.+?)__"), r"<u>\1</u>"),  # underline
    (re.compile(r"--(\S.*?\S|\S)--"), r"~~\1~~"),  # strike-through
    (re.compile(r"\[(\S+?\.(?:png|jpe?g|gif))\]", re.IGNORECASE), r"![](\1)"),  # image
    (re.compile(r"\[([^\]]+?)\s+((?:https?|file|mailto):[^\]\s]+)\]"), r"[\1](\2)"),  # link
    (re.compile(r"^(=+)\s*(.+?)\s*=+\s*$", re.MULTILINE), None),  # = Title =
)


def txt2tags_to_markdown(text: str) -> str:
    """RedNotebook's txt2tags markup as Markdown (bold, italic, links, titles, lists)."""
    for pattern, replacement in _T2T_RULES:
        if replacement is None:
            text = pattern.sub(lambda m: "#" * len(m[1]) + " " + m[2], text)
        else:
            text = pattern.sub(replacement, text)
    return text


def _categories(day: dict[Any, Any]) -> tuple[list[str], list[str]]:
    """A RedNotebook day's categories as tags, and their entries as list lines.

    The old ``Tags`` category holds tags as its entries.
    """
    tags: list[str] = []
    notes: list[str] = []
    for name, entries in day.items():
        if name == "text":
            continue
        items = [str(item) for item in entries] if isinstance(entries, dict) else []
        if name == "Tags":
            tags.extend(items)
            continue
        tags.append(str(name))
        notes.extend(f"- {name}: {item}" for item in items)
    return tags, notes


def read_rednotebook(months: list[tuple[int, int, str]]) -> list[ImportedEntry]:
    """One entry per day: its text (txt2tags) as Markdown, its categories as tags."""
    here = system_zone()
    entries = []
    for year, month, content in months:
        where = _Place(
            QT_TRANSLATE_NOOP("Importers", "RedNotebook {month}"), month=f"{year}-{month:02d}"
        )
        try:
            days = yaml.safe_load(content) or {}
        except yaml.YAMLError as exc:
            raise ImportFormatError(
                translate("Importers", "{where}: not a RedNotebook month file ({error}).").format(
                    where=where, error=exc
                )
            ) from exc
        if not isinstance(days, dict):
            raise ImportFormatError(
                translate("Importers", "{where}: not a RedNotebook month file.").format(where=where)
            )
        for day_number, content_of_day in sorted(days.items(), key=lambda kv: int(kv[0])):
            if not isinstance(content_of_day, dict):
                continue
            try:
                day = date(year, month, int(day_number))
            except (TypeError, ValueError) as exc:
                raise ImportFormatError(
                    translate("Importers", "{where}: {day} is not a day.").format(
                        where=where, day=repr(day_number)
                    )
                ) from exc
            text = txt2tags_to_markdown(str(content_of_day.get("text") or "").strip())
            tags, notes = _categories(content_of_day)
            if not text and not tags:
                continue
            if notes:
                text = (text + "\n\n" if text else "") + "\n".join(notes)
            body = with_tags(text + "\n", "markdown", tags)
            created = datetime(day.year, day.month, day.day, 12, tzinfo=zone(here))
            entries.append(
                ImportedEntry(
                    day.strftime("%A %d %B %Y"), body, created, body_format="markdown", tz=here
                )
            )
    return entries


# -- Markdown folder -------------------------------------------------------------------------
def _read_markdown_files(folder: Path) -> list[tuple[str, str]]:
    """``(file name, text)`` of every ``*.md`` file in ``folder``."""
    files = []
    for path in sorted(folder.glob("*.md")):
        try:
            files.append((path.name, read_input_text(path, MAX_IMPORT_BYTES, "Markdown file")))
        except InputError as exc:
            raise _cannot_read(path, exc) from exc
    return files


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _front_time(value: object, name: str, tz: str) -> datetime | None:
    if isinstance(value, datetime):
        return _bounded(value if value.tzinfo else value.replace(tzinfo=zone(tz)), name)
    if isinstance(value, date):
        return _bounded(datetime(value.year, value.month, value.day, tzinfo=zone(tz)), name)
    if isinstance(value, str):
        for parse in (datetime.fromisoformat, _jekyll_time):
            try:
                stamp = parse(value.strip())
            except ValueError:
                continue
            return _bounded(stamp if stamp.tzinfo else stamp.replace(tzinfo=zone(tz)), name)
        raise ImportFormatError(
            translate("Importers", "{where}: {value} is not a date.").format(
                where=name, value=repr(value)
            )
        )
    return None


def _jekyll_time(value: str) -> datetime:
    """Jekyll's ``2024-01-15 10:00:00 +0100``."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def _front_tags(meta: dict[str, Any]) -> list[str]:
    """Tags from ``tags`` and Jekyll's ``categories`` (a list, or words in one string)."""
    tags: list[str] = []
    for key in ("tags", "categories"):
        value = meta.get(key) or []
        items = re.split(r"[\s,]+", value) if isinstance(value, str) else value
        if isinstance(items, list):
            tags.extend(str(item) for item in items if item)
    return tags


def read_markdown_folder(files: list[tuple[str, str]], folder: Path) -> list[ImportedEntry]:
    """Markdown files with front matter (title, date, tags; our own export's format, id,
    zone and star), as written by Desktop Blog, Obsidian or Jekyll."""
    here = system_zone()
    entries = []
    for name, content in files:
        meta: dict[str, Any] = {}
        body = content
        match = _FRONT.match(content)
        if match:
            try:
                loaded = yaml.safe_load(match[1])
            except yaml.YAMLError as exc:
                raise ImportFormatError(
                    translate(
                        "Importers", "{where}: the front matter is not YAML ({error})."
                    ).format(where=name, error=exc)
                ) from exc
            meta = loaded if isinstance(loaded, dict) else {}
            body = content[match.end() :]
        tz = _zone_name(meta.get("tz"), name) or here
        created = _front_time(meta.get("date"), name, tz)
        if created is None and (found := _NAME_DATE.match(name)):
            created = _front_time(found[1], name, tz)
        if created is None:
            created = datetime.fromtimestamp((folder / name).stat().st_mtime, UTC)
        body_format = "html" if meta.get("format") == "html" else "markdown"
        title = str(meta.get("title") or Path(name).stem).strip()
        if body_format == "html":
            text = body.rstrip("\n")
        else:
            text = body.strip("\n") + ("\n" if body.strip() else "")
        text = with_tags(text, body_format, _front_tags(meta), title)
        entries.append(
            ImportedEntry(
                title,
                text,
                created,
                body_format=body_format,
                tz=tz,
                starred=meta.get("starred") is True,
            )
        )
    return entries


def _utf8_chunks(
    data: bytes, progress: Progress | None = None, step: int = 1 << 20
) -> Iterator[str]:
    """``data`` decoded a MiB at a time, for the JSON parser to take as it goes (no step holds
    the interpreter for long: an import runs on a worker while the GUI thread paints).

    After each MiB, ``progress(bytes decoded, bytes)``; it may cancel.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    total = len(data)
    for start in range(0, max(total, 1), step):
        yield decoder.decode(data[start : start + step], final=start + step >= total)
        report(progress, min(start + step, total), total)


# -- recognising a source --------------------------------------------------------------------
def _read_json_file(path: Path, passphrase: str | None, progress: Progress | None) -> object:
    from desktop_blog.transfer.encrypted_export import MAGIC, ExportDecryptError, unseal

    try:
        data = read_input(path, MAX_IMPORT_BYTES)
        if data.startswith(MAGIC):
            if passphrase is None:
                raise ImportFormatError(
                    translate(
                        "Importers", "{path} is an encrypted export: give its passphrase."
                    ).format(path=path)
                )
            try:
                data = unseal(data, passphrase)
            except ExportDecryptError as exc:
                raise ImportFormatError(str(exc)) from exc
        return load_json_chunks(_utf8_chunks(data, progress))
    except (UnicodeDecodeError, InputError) as exc:
        raise ImportFormatError(
            translate(
                "Importers",
                "{path} is not a file this app can import ({error}). This app imports {readable}.",
            ).format(path=path, error=exc, readable=readable())
        ) from exc


def read_source(
    path: Path, passphrase: str | None = None, progress: Progress | None = None
) -> tuple[SourceKind, list[ImportedEntry], list[StoredImage]]:
    """Recognise and read an import file or folder (an encrypted JSON export needs
    ``passphrase``); a JSON file reports ``progress(bytes parsed, bytes)`` as it is read."""
    if path.is_dir():
        months = _read_month_files(path)
        if months:
            return SourceKind.REDNOTEBOOK, read_rednotebook(months), []
        files = _read_markdown_files(path)
        if files:
            return SourceKind.MARKDOWN, read_markdown_folder(files, path), []
        raise ImportFormatError(
            translate(
                "Importers",
                "The folder {path} holds neither RedNotebook month files (YYYY-MM.txt) nor Markdown files (.md). This app imports {readable}.",  # noqa: E501
            ).format(path=path, readable=readable())
        )
    try:
        head = read_input(path, MAX_IMPORT_BYTES, first=len(SQLITE_HEADER))
    except InputError as exc:
        raise ImportFormatError(str(exc)) from exc
    if head == SQLITE_HEADER:
        return SourceKind.FLASKR, read_flaskr(path), []
    if head.startswith(_ZIP_HEADER):
        day_one, photos = _read_zip(path)
        if not _is_day_one(day_one):
            raise ImportFormatError(
                translate(
                    "Importers", "{path} is a zip file but not a Day One JSON export."
                ).format(path=path)
            )
        entries, images = read_day_one(day_one, photos)
        return SourceKind.DAY_ONE, entries, images
    document = _read_json_file(path, passphrase, progress)
    try:
        return _json_source(path, document)
    finally:  # the parsed document is large: freed in slices (see release_in_slices)
        if isinstance(document, dict) and isinstance(document.get("entries"), list):
            release_in_slices(document["entries"])


def _json_source(
    path: Path, document: object
) -> tuple[SourceKind, list[ImportedEntry], list[StoredImage]]:
    if isinstance(document, dict):
        if document.get("format") == JSON_FORMAT:
            entries, images = read_our_json(document)
            return SourceKind.JSON, entries, images
        if _is_day_one(document):
            entries, images = read_day_one(document, {})
            return SourceKind.DAY_ONE, entries, images
        items = document.get("entries")
        if isinstance(items, list) and all(
            isinstance(i, dict) and "date" in i and "title" in i for i in items
        ):
            return SourceKind.JRNL, read_jrnl_json(document), []
    raise ImportFormatError(
        translate(
            "Importers", "{path} is JSON but not a file this app can import: {readable}."
        ).format(path=path, readable=readable())
    )


def _is_day_one(document: dict[str, Any]) -> bool:
    items = document.get("entries")
    return isinstance(items, list) and any(
        isinstance(i, dict) and "creationDate" in i for i in items
    )


# -- writing ---------------------------------------------------------------------------------
def _existing_keys(
    conn: sqlite3.Connection,
) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    timed: set[tuple[str, str, str]] = set()
    untimed: set[tuple[str, str]] = set()
    where = _Place(QT_TRANSLATE_NOOP("Importers", "The journal"))
    for title, text, created in conn.execute("SELECT title, text, created FROM entries"):
        stamp = _parse_time(created, where).astimezone(UTC).isoformat()
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
    """Import ``path`` into the journal in one transaction; cancelling adds nothing.

    ``progress(done, IMPORT_STEPS)``: reading the file, then adding its entries.
    """
    reading = _steps(progress, 0, READ_STEPS)
    adding = _steps(progress, READ_STEPS, IMPORT_STEPS - READ_STEPS)
    kind, entries, images = read_source(Path(path), passphrase, reading)
    result = ImportReport(kind)
    now = datetime.now(UTC)
    total = len(entries) + len(images)
    repository = EntryRepository(conn)
    try:
        with repository.batch():
            timed, untimed = _existing_keys(conn)
            keep_ids = not timed  # into an empty journal, a JSON export keeps its ids
            for done, image in enumerate(images, 1):
                result.images_added += insert_image(conn, image)
                report(adding, done, total)
            for done, (number, entry) in enumerate(enumerate(entries, 1), len(images) + 1):
                # A source without times keeps its order: one microsecond apart, oldest first.
                created = entry.created or now - timedelta(microseconds=len(entries) - number)
                stamp = created.astimezone(UTC).isoformat()
                key = (entry.title.strip(), entry.text)
                if (entry.created is None and key in untimed) or (*key, stamp) in timed:
                    result.skipped += 1
                else:
                    result.added_ids.append(_insert(repository, entry, created, keep_ids, number))
                    result.added += 1
                report(adding, done, total)
    except sql_errors.ERROR as exc:
        raise DatabaseError(
            translate("Importers", "The import failed and added nothing: {error}.").format(
                error=exc
            )
        ) from exc
    finally:
        release_in_slices(entries)
    return result


def _steps(progress: Progress | None, first: int, count: int) -> Progress | None:
    """``progress`` told ``(done, total)`` of a part of the import as steps ``first`` to
    ``first + count`` of :data:`IMPORT_STEPS`."""
    if progress is None:
        return None
    return lambda done, total: progress(first + count * done // max(total, 1), IMPORT_STEPS)


def _insert(
    repository: EntryRepository, entry: ImportedEntry, created: datetime, keep_id: bool, number: int
) -> int:
    record = Entry(
        id=entry.id or 0,
        title=entry.title,
        text=entry.text,
        created=created,
        updated=entry.updated,
        body_format=entry.body_format,
        tz=entry.tz,
        starred=entry.starred,
    )
    try:
        return repository.insert(record, keep_id=keep_id, require_body=False).id
    except EntryValidationError as exc:
        raise ImportFormatError(
            translate("Importers", "Entry {number} ({title}): {error}").format(
                number=number, title=repr(entry.title[:40]), error=exc
            )
        ) from exc
