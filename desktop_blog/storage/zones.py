"""Time zones of entries and the chronological sort key (no Qt).

An entry keeps the zone it was written in: an IANA name (``Europe/Paris``) or a fixed offset
(``+05:30``). Its local day and displayed time are in that zone, wherever the journal is read.

Entries are ordered by creation time, the entry id breaking ties. That order is stored as one
integer per entry, ``sort_key`` = days since 1970 (UTC) x :data:`SLOTS` + the entry's place
among that day's entries. One integer keeps keyset paging and the full-text index (whose rowid
is the sort key) as cheap as ordering by id: consecutive entries of a day differ by one, so the
index's delta-encoded rowids stay one byte each, as with ids.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_blog.i18n import translate

SLOTS = 65536  # entries one UTC day can hold
TEMPORARY_KEY = 2**62  # above every real sort key: rows being renumbered park there
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_OFFSET = re.compile(r"^([+-])(\d\d):?(\d\d)$")


class ZoneError(ValueError):
    """A time zone or a date the journal cannot keep; the message is for the user."""


@lru_cache(maxsize=256)
def zone(name: str | None) -> tzinfo:
    """The ``tzinfo`` for a stored zone name; ``None`` or ``""`` is this system's zone."""
    if not name:
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local
    if name.upper() in ("UTC", "Z"):
        return UTC
    match = _OFFSET.match(name)
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        if delta >= timedelta(hours=24):
            raise ZoneError(
                translate("Zones", "{name} is not a time zone offset.").format(name=repr(name))
            )
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ZoneError(
            translate("Zones", "{name} is not a known time zone.").format(name=repr(name))
        ) from exc


def check_zone(name: str) -> str:
    """Return ``name`` if it names a zone (raise :class:`ZoneError` if not)."""
    zone(name)
    return name


def offset_name(offset: timedelta | None) -> str:
    """A fixed offset as stored: ``+02:00``, ``-05:30``."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def system_zone() -> str:
    """This system's zone: its IANA name when one can be found, else today's offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                zone(name)
            except ZoneError:
                continue
            if datetime.now(zone(name)).utcoffset() == datetime.now().astimezone().utcoffset():
                return name
    return offset_name(datetime.now().astimezone().utcoffset())


def zone_of(stamp: datetime) -> str:
    """The zone name to store for an aware datetime (its IANA key or its offset)."""
    key = getattr(stamp.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    if stamp.tzinfo is UTC:
        return "UTC"
    return offset_name(stamp.utcoffset())


def local_day(created: datetime, tz: str | None) -> date:
    """The calendar day of ``created`` where the entry was written."""
    return created.astimezone(zone(tz)).date()


def key_range(created: datetime) -> tuple[int, int]:
    """The first and last sort key of entries created on ``created``'s UTC day."""
    base = ((created - _EPOCH) // timedelta(days=1)) * SLOTS
    return base, base + SLOTS - 1
