"""Rescue a damaged journal: find what is damaged, rebuild the indexes, salvage the rest (no Qt).

- :func:`check_journal` runs SQLite's ``quick_check`` on each part of the journal and says
  which parts are damaged: the entries, the images, or only indexes that can be rebuilt from
  them (the entries' own indexes, the full-text index, the tag index).
- :func:`salvage` copies every readable entry and image into a new journal. Rows are read in
  rowid order; when a read fails, the next readable rowid is searched for (exponentially, then
  by bisection), so only the rows on damaged pages are lost. The new journal is built by the
  app's own schema and migrations, its full-text and tag indexes rebuilt from the entries.
  The damaged file is only read.
- :func:`rebuild_indexes` is :func:`salvage` into a file beside the journal, used when only
  indexes are damaged (nothing is lost); the damaged file is kept aside, renamed.
- :func:`newest_verified_backup` finds the backup to offer instead, with its date and count.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.security.keys import DataKey, key_file_path
from desktop_blog.storage import sql_errors
from desktop_blog.storage.database import _connect_read_only, connect_journal_file, open_database
from desktop_blog.storage.entries import Entry, EntryRepository, EntryValidationError
from desktop_blog.storage.errors import DatabaseError, JournalDamagedError
from desktop_blog.storage.images import referenced_images
from desktop_blog.storage.zones import ZoneError, check_zone

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)

# The parts check_journal names (in English; part_names() says them in the user's language).
ENTRIES = QT_TRANSLATE_NOOP("Rescue", "entries")
ENTRY_INDEXES = QT_TRANSLATE_NOOP("Rescue", "the entries' indexes")
IMAGES = QT_TRANSLATE_NOOP("Rescue", "images")
FULL_TEXT = QT_TRANSLATE_NOOP("Rescue", "the full-text index")
TAG_INDEX = QT_TRANSLATE_NOOP("Rescue", "the tag index")
SCHEMA = QT_TRANSLATE_NOOP("Rescue", "the list of tables")
UNUSED = QT_TRANSLATE_NOOP("Rescue", "unused pages")
# Parts rebuilt from the entries and images without losing anything.
REBUILDABLE = frozenset({ENTRY_INDEXES, FULL_TEXT, TAG_INDEX, UNUSED})
_MAX_ROWID = 2**63 - 1
# How often the app runs check_journal in the background after login (and before each
# automatic backup, whose verification also catches a damaged journal).
CHECK_INTERVAL = timedelta(days=7)
# quick_check reads every page once, so a small cache does as well as a large one: 256 KiB
# checked 100,000 entries in 3.0 s and 1,000,000 in 30.9 s, like SQLite's default 2 MiB (3.1
# and 31.5 s), and the check after a week's first login took 1 MiB of RSS instead of 2.2.
# The 8 MiB an open journal gets would stay filled while the check runs on the worker.
CHECK_CACHE_KIB = 256
_FTS_TABLES = ("entries_fts_data", "entries_fts_idx", "entries_fts_docsize", "entries_fts_config")
_ENTRY_COLUMNS = ("title", "text", "created", "updated", "format", "tz", "starred")


class RescueError(DatabaseError):
    """A rescue step could not be done; the message says why."""


def part_names(parts: tuple[str, ...] | list[str]) -> str:
    """The damaged ``parts`` (:data:`ENTRIES`, :data:`FULL_TEXT`, ...) for people, joined."""
    return ", ".join(translate("Rescue", part) for part in parts)


@dataclass(frozen=True)
class JournalHealth:
    """What ``quick_check`` found: the damaged parts (empty when the journal is healthy)."""

    path: Path
    damaged: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.damaged

    @property
    def rebuildable(self) -> bool:
        """Only indexes are damaged: rebuilding them from the entries loses nothing."""
        return bool(self.damaged) and set(self.damaged) <= REBUILDABLE

    @property
    def damaged_text(self) -> str:
        """The damaged parts, as the user's language names them."""
        return part_names(self.damaged)

    def summary(self) -> str:
        if self.ok:
            return translate("Rescue", "The journal {path} is healthy.").format(path=self.path)
        if self.rebuildable:
            text = translate(
                "Rescue",
                "In the journal {path} only indexes are damaged ({parts}); they can be rebuilt from the entries without losing anything.",  # noqa: E501
            )
        else:
            text = translate(
                "Rescue",
                "The journal {path} is damaged ({parts}). Restore the newest backup, or salvage every readable entry into a new journal ('desktop-blog salvage NEW-FILE').",  # noqa: E501
            )
        return text.format(path=self.path, parts=self.damaged_text)


@dataclass
class SalvageReport:
    """What :func:`salvage` saved and lost (``lost_entries`` is ``None`` when unknowable)."""

    saved_entries: int = 0
    lost_entries: int | None = 0
    lost_entry_ids: list[int] = field(default_factory=list)
    saved_images: int = 0
    lost_images: int = 0

    def summary(self) -> str:
        if self.lost_entries is None:
            lost = translate("Rescue", "an unknown number of entries could not be read")
        else:
            lost = translate("Rescue", "%Ln could not be read", self.lost_entries)
        if self.lost_entry_ids:
            shown = ", ".join(f"#{i}" for i in self.lost_entry_ids[:20])
            lost += f" ({shown}{', …' if len(self.lost_entry_ids) > 20 else ''})"
        return translate("Rescue", "Saved {entries} and {images}; {lost}; {lost_images}.").format(
            entries=translate("Rescue", "%Ln entries", self.saved_entries),
            images=translate("Rescue", "%Ln images", self.saved_images),
            lost=lost,
            lost_images=translate("Rescue", "%Ln images could not be read", self.lost_images),
        )


def _quick_check(conn: sqlite3.Connection, table: str | None = None) -> bool:
    """Whether ``quick_check`` (of one table and its indexes) passes; raising counts as failing."""
    sql = "PRAGMA quick_check" if table is None else f'PRAGMA quick_check("{table}")'
    try:
        return conn.execute(sql).fetchall() == [("ok",)]
    except sql_errors.DATABASE_ERROR:
        return False


def _readable(conn: sqlite3.Connection, sql: str) -> bool:
    try:
        for _row in conn.execute(sql):
            pass
    except sql_errors.DATABASE_ERROR:
        return False
    return True


def check_journal(path: Path, *, key: DataKey | None = None) -> JournalHealth:
    """Run ``quick_check`` on the journal at ``path`` (read-only) and name the damaged parts.

    An encrypted journal is read with its data ``key``.
    """
    path = Path(path)
    try:
        conn = _connect_read_only(path, key)
    except sql_errors.ERROR as exc:
        raise RescueError(
            translate("Rescue", "Cannot open the journal {path}: {error}.").format(
                path=path, error=exc
            )
        ) from exc
    try:
        try:
            conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        except sql_errors.DATABASE_ERROR:
            return JournalHealth(path, (SCHEMA,))
        if _quick_check(conn):
            return JournalHealth(path, ())
        damaged: list[str] = []
        if "entries" in tables and not _quick_check(conn, "entries"):
            columns = ", ".join(("id", *_existing(conn, "entries", _ENTRY_COLUMNS)))
            scan = f"SELECT {columns} FROM entries NOT INDEXED"  # noqa: S608 (known columns)
            damaged.append(ENTRIES if not _readable(conn, scan) else ENTRY_INDEXES)
        if "images" in tables and not _quick_check(conn, "images"):
            scan = "SELECT rowid, sha256, mime, data, created FROM images NOT INDEXED"
            damaged.append(IMAGES if not _readable(conn, scan) else ENTRY_INDEXES)
        if any(t in tables and not _quick_check(conn, t) for t in _FTS_TABLES):
            damaged.append(FULL_TEXT)
        if "entry_tags" in tables and not _quick_check(conn, "entry_tags"):
            damaged.append(TAG_INDEX)
        return JournalHealth(path, tuple(dict.fromkeys(damaged)) or (UNUSED,))
    finally:
        conn.close()


def check_due(last_checked: datetime | None, now: datetime | None = None) -> bool:
    """Whether the background ``check_journal`` is due (never run, or a week ago)."""
    return last_checked is None or (now or datetime.now(UTC)) - last_checked >= CHECK_INTERVAL


def _existing(conn: sqlite3.Connection, table: str, wanted: tuple[str, ...]) -> list[str]:
    have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    return [c for c in wanted if c in have]


def _first_readable(conn: sqlite3.Connection, sql: str, start: int) -> int | None:
    """The smallest key >= ``start`` from which ``sql`` (``WHERE rowid >= ?``) reads a row."""

    def works(key: int) -> bool:
        try:
            conn.execute(sql + " LIMIT 1", (key,)).fetchall()
        except sql_errors.DATABASE_ERROR:
            return False
        return True

    failing, step = start, 1
    while True:
        candidate = min(start + step, _MAX_ROWID)
        if works(candidate):
            break
        if candidate >= _MAX_ROWID:
            return None
        failing, step = candidate, step * 2
    low, high = failing, candidate  # low fails, high works
    while high - low > 1:
        middle = (low + high) // 2
        if works(middle):
            high = middle
        else:
            low = middle
    return high


def read_rows(
    conn: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[list[tuple[object, ...]], list[tuple[int, int]]]:
    """Every readable row of ``table`` (rowid first) and the rowid ranges that could not be read."""
    names = ", ".join(columns)
    sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'  # noqa: S608
    rows: list[tuple[object, ...]] = []
    lost: list[tuple[int, int]] = []
    key = -_MAX_ROWID
    while True:
        try:
            for row in conn.execute(sql, (key,)):
                rows.append(tuple(row))
                key = int(row[0]) + 1
            return rows, lost
        except sql_errors.DATABASE_ERROR:
            following = _first_readable(conn, sql, key)
            if following is None:
                lost.append((key, _MAX_ROWID))
                return rows, lost
            lost.append((key, following - 1))
            key = following


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _known_ids(conn: sqlite3.Connection) -> set[int] | None:
    """The ids the journal held, from an index that still reads (for the lost count)."""
    for sql in (
        "SELECT id FROM entries INDEXED BY entries_id",
        "SELECT id FROM entries INDEXED BY entries_created",
        "SELECT id FROM entries_fts_docsize",
    ):
        try:
            return {int(row[0]) for row in conn.execute(sql)}
        except sql_errors.DATABASE_ERROR:
            continue
    return None


def salvage(source: Path, dest: Path, *, key: DataKey | None = None) -> SalvageReport:
    """Copy every readable entry and image of ``source`` into the new journal ``dest``.

    ``source`` is only read. ``dest`` must not exist; it is written under a temporary name
    and renamed when complete. The full-text and tag indexes of ``dest`` are built from the
    saved entries. An encrypted ``source`` is read with its data ``key``, and ``dest`` is
    encrypted with the same key (its key file copied beside it). Raises
    :class:`RescueError` when nothing at all can be read.
    """
    source, dest = Path(source), Path(dest)
    if dest.exists() or dest.is_symlink():
        raise RescueError(
            translate(
                "Rescue", "{path} already exists; choose a new file for the salvaged journal."
            ).format(path=dest)
        )
    try:
        conn = _connect_read_only(source, key)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sql_errors.DATABASE_ERROR as exc:
        raise RescueError(
            translate(
                "Rescue",
                "Nothing can be read from {path}: its list of tables is damaged ({error}). Restore the newest backup instead.",  # noqa: E501
            ).format(path=source, error=exc)
        ) from exc
    report = SalvageReport()
    try:
        if "entries" not in tables:
            raise RescueError(
                translate(
                    "Rescue", "{path} is not a Desktop Blog journal (it has no entries)."
                ).format(path=source)
            )
        columns = _existing(conn, "entries", _ENTRY_COLUMNS)
        entries, _lost_ranges = read_rows(conn, "entries", columns)
        images: list[tuple[object, ...]] = []
        if "images" in tables:
            images, _lost_images = read_rows(conn, "images", ["sha256", "mime", "data", "created"])
        known = _known_ids(conn)
        sequence = _sequence(conn)
    finally:
        conn.close()
    saved_ids = {int(str(row[0])) for row in entries}
    if known is None:
        report.lost_entries = None if _lost_ranges else 0
    else:
        report.lost_entry_ids = sorted(known - saved_ids)
        report.lost_entries = len(report.lost_entry_ids)
    part = dest.with_name(f".{dest.name}.part")
    _remove_database(part)
    try:
        _write_salvaged(
            part,
            columns=columns,
            entries=entries,
            images=images,
            sequence=sequence,
            report=report,
            key=key,
        )
        if key is not None:  # the key file first: the journal never lacks it
            shutil.copyfile(key_file_path(source), key_file_path(dest))
            os.chmod(key_file_path(dest), 0o600)
        os.replace(part, dest)
    except BaseException:
        _remove_database(part)
        raise
    log.info(
        "Salvaged a journal: %d entries and %d images saved, %s entries and %d images lost",
        report.saved_entries,
        report.saved_images,
        "an unknown number of" if report.lost_entries is None else report.lost_entries,
        report.lost_images,
    )
    return report


def _sequence(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entries'").fetchone()
    except sql_errors.DATABASE_ERROR:
        return 0
    return int(row[0]) if row and isinstance(row[0], int) else 0


def _write_salvaged(
    part: Path,
    *,
    columns: list[str],
    entries: list[tuple[object, ...]],
    images: list[tuple[object, ...]],
    sequence: int,
    report: SalvageReport,
    key: DataKey | None,
) -> None:
    conn = open_database(part, key=key)
    try:
        repository = EntryRepository(conn)  # the one write path: tags, index, order, counts
        with repository.batch():
            referenced: set[str] = set()
            saved = 0
            for row in entries:
                entry = _salvaged_entry(int(str(row[0])), dict(zip(columns, row[1:], strict=True)))
                try:
                    repository.insert(entry, keep_id=True, require_body=False)
                except EntryValidationError as exc:  # damaged beyond what an entry may hold
                    # The message is in the user's language: the log names the error's kind.
                    log.warning(
                        "Salvage: entry %s could not be kept (%s)", entry.id, type(exc).__name__
                    )
                    report.lost_entry_ids.append(entry.id)
                    if report.lost_entries is not None:
                        report.lost_entries += 1
                    continue
                saved += 1
                referenced.update(referenced_images(entry.text))
            saved_images: set[str] = set()
            for _rowid, sha, mime, data, made in images:
                if isinstance(sha, str) and isinstance(data, bytes):
                    conn.execute(
                        "INSERT OR IGNORE INTO images (sha256, mime, data, created)"
                        " VALUES (?, ?, ?, ?)",
                        (sha, _text(mime), data, _text(made)),
                    )
                    saved_images.add(sha)
            report.saved_entries = saved
            report.saved_images = len(saved_images)
            report.lost_images = len(referenced - saved_images)
            conn.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'entries'", (sequence,)
            )
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise RescueError(
                translate("Rescue", "The salvaged journal {path} did not verify.").format(path=part)
            )
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, renamed into place
    finally:
        conn.close()


def _stamp(value: object) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(_text(value))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _salvaged_entry(entry_id: int, values: dict[str, object]) -> Entry:
    """An entry from the readable columns of a damaged row (missing parts made harmless)."""
    body_format = values.get("format")
    try:
        tz = check_zone(_text(values.get("tz"))) if values.get("tz") else None
    except ZoneError:
        tz = None
    return Entry(
        id=entry_id,
        title=_text(values.get("title")),
        text=_text(values.get("text")),
        created=_stamp(values.get("created")) or datetime.now(UTC),
        updated=_stamp(values.get("updated")),
        body_format=body_format if body_format in ("html", "markdown") else "html",
        tz=tz,
        starred=bool(values.get("starred")),
    )


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_aside(journal: Path, now: datetime | None = None) -> Path:
    """Rename the damaged ``journal`` (and its WAL files) to ``<name>.damaged-<time>``.

    A copy of its key file goes beside it, so that the kept file can still be opened.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = journal.with_name(f"{journal.name}.damaged-{stamp}")
    if key_file_path(journal).exists():
        shutil.copyfile(key_file_path(journal), key_file_path(aside))
        os.chmod(key_file_path(aside), 0o600)
    for suffix in ("-wal", "-shm", ""):
        current = Path(f"{journal}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    return aside


def rebuild_indexes(journal: Path, key: DataKey | None = None) -> tuple[SalvageReport, Path]:
    """Rebuild a journal whose damage is only in indexes; return the report and the kept file.

    Call it with no connection open on ``journal``. The journal is salvaged beside itself;
    only when nothing was lost does the copy replace it, the damaged file renamed aside.
    """
    return _replace_with_salvage(Path(journal), key, allow_loss=False)


def salvage_in_place(journal: Path, key: DataKey | None = None) -> tuple[SalvageReport, Path]:
    """Replace the damaged ``journal`` with everything readable in it (the GUI's "salvage").

    Call it with no connection open on ``journal``. Returns the report and the path the
    damaged file was renamed to (it is kept, never deleted).
    """
    return _replace_with_salvage(Path(journal), key, allow_loss=True)


def _replace_with_salvage(
    journal: Path, key: DataKey | None, *, allow_loss: bool
) -> tuple[SalvageReport, Path]:
    fresh = journal.with_name(f".{journal.name}.salvaged.part")
    _remove_database(fresh)
    key_file_path(fresh).unlink(missing_ok=True)
    report = salvage(journal, fresh, key=key)
    key_file_path(fresh).unlink(missing_ok=True)  # the same key: the journal's file stays
    if not allow_loss and (report.lost_entries != 0 or report.lost_images):
        _remove_database(fresh)
        raise RescueError(
            translate(
                "Rescue",
                "Rebuilding the indexes of {path} would lose entries ({report}); nothing was changed. Restore a backup or salvage the journal instead.",  # noqa: E501
            ).format(path=journal, report=report.summary())
        )
    os.chmod(fresh, 0o600)
    aside = set_aside(journal)
    os.replace(fresh, journal)
    return report, aside


def open_journal(
    path: Path, *, create: bool = True, key: DataKey | None = None
) -> tuple[sqlite3.Connection, str | None]:
    """:func:`open_database`, rebuilding the indexes first if only they are damaged.

    Returns the connection and, after a rebuild, what was done (to tell the user). A journal
    whose entries or images are damaged raises :class:`JournalDamagedError` as before, for
    the rescue offer (restore the newest verified backup, or :func:`salvage_in_place`).
    """
    try:
        return open_database(path, create=create, key=key), None
    except JournalDamagedError:
        health = check_journal(path, key=key)
        if not health.rebuildable:
            raise
    report, aside = rebuild_indexes(path, key)
    log.warning("Rebuilt the damaged indexes of the journal: %s", ", ".join(health.damaged))
    note = translate(
        "Rescue", "{health} They were rebuilt ({report}); the damaged file was kept as {aside}."
    ).format(health=health.summary(), report=report.summary(), aside=aside)
    return open_database(path, create=create, key=key), note


@dataclass(frozen=True)
class BackupOffer:
    """A verified backup to restore: its file, when it was made and how many entries it has."""

    path: Path
    made: datetime
    entries: int


def newest_verified_backup(folder: Path, key: DataKey | None = None) -> BackupOffer | None:
    """The newest backup in ``folder`` that passes verification (with ``key``), or ``None``."""
    from desktop_blog.storage.backup import backup_time, check_backup, list_backups

    for path in list_backups(folder):
        try:
            count = check_backup(path, key)
        except DatabaseError as exc:
            log.warning(
                "Skipping a backup that does not verify: %s (%s)", path.name, type(exc).__name__
            )
            continue
        made = backup_time(path)
        assert made is not None
        return BackupOffer(path, made, count)
    return None


_RESTORE_ERRORS: tuple[type[Exception], ...] = (sql_errors.ERROR, OSError)


def restore_in_place(backup: Path, journal: Path, key: DataKey | None = None) -> Path:
    """Replace the (damaged, closed) ``journal`` with a copy of ``backup``; return the kept file.

    The backup is verified, copied beside the journal and renamed into place; the damaged
    journal is renamed aside, never deleted. The journal is then migrated on next open.
    """
    from desktop_blog.storage.backup import check_backup

    check_backup(backup, key)
    fresh = journal.with_name(f".{journal.name}.restored.part")
    _remove_database(fresh)
    try:
        source = connect_journal_file(backup, key, read_only=True)
        target = connect_journal_file(fresh, key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        os.chmod(fresh, 0o600)
    except _RESTORE_ERRORS as exc:
        _remove_database(fresh)
        raise RescueError(
            translate("Rescue", "Cannot restore {backup} into {path}: {error}.").format(
                backup=backup, path=journal, error=exc
            )
        ) from exc
    aside = set_aside(journal)
    os.replace(fresh, journal)
    return aside
