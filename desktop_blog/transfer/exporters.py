"""Exports: lossless JSON, Markdown files with front matter, and a static HTML site (no Qt)."""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog import APP_NAME, __version__
from desktop_blog.i18n import translate
from desktop_blog.markup import to_html
from desktop_blog.resources import read_text
from desktop_blog.rich_text import safe_html
from desktop_blog.storage.entries import Entry
from desktop_blog.storage.images import StoredImage, replace_references
from desktop_blog.storage.progress import Progress, report
from desktop_blog.storage.stats import plain_text
from desktop_blog.transfer.atomic import atomic_file, atomic_folder
from desktop_blog.transfer.journal_data import JournalData, read_journal, release_in_slices

if TYPE_CHECKING:
    import sqlite3

JSON_FORMAT = "desktop-blog"
JSON_VERSION = 2  # 2: format, updated, tz and starred (version 1 files are still read)
# Every column of ``entries`` and its JSON key; the derived ones are rebuilt on import.
ENTRY_FIELDS = {
    "id": "id",
    "title": "title",
    "text": "text",
    "created": "created",
    "updated": "updated",
    "format": "format",
    "tz": "tz",
    "starred": "starred",
}
DERIVED_COLUMNS = frozenset({"local_day", "sort_key"})  # from created and tz


def entry_to_json(entry: Entry) -> dict[str, object]:
    """Every stored field of an entry (see :data:`ENTRY_FIELDS`)."""
    return {
        "id": entry.id,
        "title": entry.title,
        "text": entry.text,
        "created": entry.created.isoformat(),
        "updated": entry.updated.isoformat() if entry.updated else None,
        "format": entry.body_format,
        "tz": entry.tz,
        "starred": entry.starred,
    }


IMAGES_FOLDER = "images"
SUMMARY_CHARS = 280


def journal_to_json(data: JournalData) -> dict[str, object]:
    """Every field of every entry and image: importing it gives the same journal back."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported": datetime.now(UTC).isoformat(),
        "app": f"{APP_NAME} {__version__}",
        "entries": [entry_to_json(e) for e in data.entries],
        "images": [
            {
                "sha256": i.sha256,
                "mime": i.mime,
                "created": i.created,
                "data": base64.b64encode(i.data).decode("ascii"),
            }
            for i in data.images.values()
        ],
    }


JSON_CHUNK_BYTES = 1 << 20


def json_chunks(document: object, size: int = JSON_CHUNK_BYTES) -> Iterator[bytes]:
    """``document`` as UTF-8 JSON (the export's layout), in chunks of about ``size`` bytes.

    Encoded piece by piece, never as one string: no single step holds the interpreter for
    long, so the GUI thread keeps turning while a worker exports, and the whole text is
    never in memory. The pieces are gathered as bytes: written through a text file
    (json.dump) the GUI thread waited 35-85 ms at a time at 100,000 entries, 12-21 ms
    through a binary buffer (RESULTS.md, 2026-12-07).
    """
    chunk = bytearray()
    for piece in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(document):
        chunk += piece.encode("utf-8")
        if len(chunk) >= size:
            yield bytes(chunk)
            chunk.clear()
    if chunk:
        yield bytes(chunk)


def export_json(
    conn: sqlite3.Connection,
    path: Path,
    *,
    progress: Progress | None = None,
    seal: Callable[[Iterable[bytes]], Iterable[bytes]] | None = None,
) -> int:
    """Write the whole journal as JSON to ``path``; return the number of entries.

    ``seal`` turns the JSON's chunks into what is written instead, as they come (the
    encrypted export: :func:`desktop_blog.transfer.encrypted_export.seal_pieces`).
    """
    data = read_journal(conn)
    report(progress, 0, 1)
    document = journal_to_json(data)
    chunks: Iterable[bytes] = json_chunks(document)
    with atomic_file(path) as part, part.open("wb") as out:
        for chunk in chunks if seal is None else seal(chunks):
            out.write(chunk)
        report(progress, 1, 1)
    count = len(data.entries)
    release_in_slices(document["entries"])  # type: ignore[arg-type]
    release_in_slices(data.entries)
    return count


def slug(title: str) -> str:
    words = re.findall(r"\w+", title.lower())
    return "-".join(words)[:50].strip("-") or "entry"


def _write_images(folder: Path, images: dict[str, StoredImage], prefix: str) -> dict[str, str]:
    """Write the images as files; return the hash → relative URL mapping for the HTML."""
    targets: dict[str, str] = {}
    if images:
        (folder / IMAGES_FOLDER).mkdir()
    for sha, image in images.items():
        (folder / IMAGES_FOLDER / image.filename).write_bytes(image.data)
        targets[sha] = f"{prefix}{IMAGES_FOLDER}/{image.filename}"
    return targets


def markdown_name(entry: Entry) -> str:
    return f"{entry.local_day:%Y-%m-%d}-{entry.id:04d}-{slug(entry.title)}.md"


def entry_markdown(entry: Entry, images: dict[str, str]) -> str:
    """One entry as Markdown: YAML front matter, then the body: a Markdown body as written,
    an HTML body as HTML (which is valid Markdown)."""
    front = [
        "---",
        f"title: {json.dumps(entry.title, ensure_ascii=False)}",
        f"date: {entry.created_local.isoformat()}",
        f"id: {entry.id}",
        f"format: {entry.body_format}",
        f"tz: {json.dumps(entry.tz)}",
        f"starred: {'true' if entry.starred else 'false'}",
        "---",
        "",
    ]
    body = replace_references(entry.text, images)
    return "\n".join(front) + body + ("" if body.endswith("\n") else "\n")


def export_markdown(
    conn: sqlite3.Connection,
    folder: Path,
    *,
    entry_ids: list[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one ``.md`` file per entry (and its images) into the new ``folder``."""
    data = read_journal(conn, entry_ids)
    with atomic_folder(folder) as part:
        targets = _write_images(part, data.images, "")
        for done, entry in enumerate(data.entries, 1):
            (part / markdown_name(entry)).write_text(
                entry_markdown(entry, targets), encoding="utf-8"
            )
            report(progress, done, len(data.entries))
    return len(data.entries)


_SITE_CSS = """\
body { font-family: sans-serif; background: #eee; margin: 0; }
.page { margin: 2em auto; width: 42em; max-width: 92%; border: 5px solid #ccc;
        padding: 0.8em; background: white; }
h1, h2, h3 { font-family: Georgia, "DejaVu Serif", serif; color: #377BA8; font-weight: normal; }
h1 { border-bottom: 2px solid #eee; margin-top: 0; }
h2 { font-size: 1.2em; }
ul.entries { list-style: none; margin: 0; padding: 0; }
ul.entries li { margin: 0.8em 1.2em; }
ul.entries li h2 { margin-left: -1em; margin-bottom: 0; }
img { max-width: 100%; }
nav { font-size: 0.9em; margin-bottom: 1em; }
"""


# Exported pages load nothing but their own style sheet and images, and run nothing.
SITE_CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


def _page_parts(title: str, css: str) -> tuple[str, str]:
    """A page's text before its body and after it."""
    head = (
        '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{SITE_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{css}">\n</head>\n<body>\n<div class="page">\n'
    )
    return head, "\n</div>\n</body>\n</html>\n"


def _page(title: str, body: str, css: str) -> str:
    head, tail = _page_parts(title, css)
    return head + body + tail


def _write_index(path: Path, site_title: str, items: list[str]) -> None:
    """The site's index page, its list written item by item: joined and written as one
    string (30 MB at 100,000 entries), it held the interpreter for 170-240 ms at a time."""
    head, tail = _page_parts(site_title, "style.css")
    with path.open("wb") as out:
        out.write(f"{head}<h1>{html.escape(site_title)}</h1>\n".encode())
        if items:
            out.write(b'<ul class="entries">\n')
            for number, item in enumerate(items):
                out.write((b"\n" if number else b"") + item.encode("utf-8"))
            out.write(b"\n</ul>")
        else:
            empty = translate("Exporters", "Unbelievable. No entries here so far")
            out.write(f'<p class="empty"><em>{html.escape(empty)}</em></p>'.encode())
        out.write(tail.encode("utf-8"))


def _site_body(entry: Entry, images: dict[str, str]) -> str:
    """The body through the display-safe policy, journal images pointed at the site's files."""
    return replace_references(safe_html(entry.text, entry.body_format), images)


def entry_page_name(entry: Entry) -> str:
    return f"entry-{entry.id:04d}.html"


def _when(entry: Entry) -> str:
    """Date and time where the entry was written, with a star when it has one.

    Written as the reader shows it, in the user's locale (:mod:`desktop_blog.locale_format`).
    """
    from desktop_blog.locale_format import long_date_time  # Qt's QLocale: loaded on use

    return long_date_time(entry.created_local) + (" ★" if entry.starred else "")


def export_html_site(
    conn: sqlite3.Connection,
    folder: Path,
    *,
    entry_ids: list[int] | None = None,
    progress: Progress | None = None,
    site_title: str = APP_NAME,
) -> int:
    """Write a static site: ``index.html`` newest first and one page per entry; offline."""
    data = read_journal(conn, entry_ids)
    total = len(data.entries)
    with atomic_folder(folder) as part:
        (part / "style.css").write_text(_SITE_CSS + read_text("entry.css"), encoding="utf-8")
        targets = _write_images(part, data.images, "")
        items = []
        for done, entry in enumerate(reversed(data.entries), 1):
            page = entry_page_name(entry)
            body = (
                f'<nav><a href="index.html">&larr; {html.escape(site_title)}</a></nav>\n'
                f"<h2>{html.escape(entry.title)}</h2>\n"
                f'<p class="meta">{html.escape(_when(entry))}</p>\n'
                f"<div>{_site_body(entry, targets)}</div>"
            )
            (part / page).write_text(_page(entry.title, body, "style.css"), encoding="utf-8")
            summary = " ".join(plain_text(to_html(entry.text, entry.body_format)).split())
            if len(summary) > SUMMARY_CHARS:
                summary = summary[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
            items.append(
                f'<li><h2><a href="{page}">{html.escape(entry.title)}</a></h2>'
                f'<p class="meta">{html.escape(_when(entry))}</p>'
                f"<p>{html.escape(summary)}</p></li>"
            )
            report(progress, done, total)
        _write_index(part / "index.html", site_title, items)
    release_in_slices(items)
    release_in_slices(data.entries)
    return total
