"""The one way the app reads a file from outside: checked first, bounded, parsed with limits.

- :func:`check_input_file` refuses anything but a regular file (a folder, a FIFO, a device
  such as ``/dev/zero``) without opening it for reading, so nothing can block or stream
  forever; :func:`read_input` then reads at most ``cap`` bytes in chunks.
- :func:`load_json` parses JSON with a nesting limit (checked before the parser recurses),
  refuses numbers with more than :data:`MAX_NUMBER_DIGITS` digits and NaN/Infinity.
- :func:`load_toml` parses TOML with the same nesting limit.
- :func:`parse_timestamp` reads an ISO 8601 time and makes sure it converts to UTC (year 1
  or 9999 with an offset would overflow).

Every failure is an :class:`InputError` (a :class:`ValueError`) with a one-line message.
The caps are stated in the README ("Safety").
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate

MIB = 1024 * 1024
MAX_IMPORT_BYTES = 256 * MIB  # a JSON export or Flaskr database to import
MAX_SETTINGS_BYTES = 1 * MIB
MAX_BODY_FILE_BYTES = 4 * MIB  # a body read by 'desktop-blog add --body-file'
MAX_DEPTH = 64  # nesting of JSON arrays/objects and TOML tables/arrays
MAX_NUMBER_DIGITS = 30
CHUNK_BYTES = MIB
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_TOML_STRING = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')
_BRACKETS = re.compile(r"[\[\]{}]")


class InputError(ValueError):
    """A file or value from outside was refused; the message is for the user."""


# What check_input_file says of a path that is not a regular file, by its kind.
_NOT_A_FILE = {
    "folder": QT_TRANSLATE_NOOP("SafeInput", "{path} is a folder, not a file; nothing was read."),
    "fifo": QT_TRANSLATE_NOOP(
        "SafeInput", "{path} is a pipe (FIFO), not a file; nothing was read."
    ),
    "device": QT_TRANSLATE_NOOP("SafeInput", "{path} is a device, not a file; nothing was read."),
    "socket": QT_TRANSLATE_NOOP("SafeInput", "{path} is a socket, not a file; nothing was read."),
    "other": QT_TRANSLATE_NOOP("SafeInput", "{path} is not a regular file; nothing was read."),
}
# What read_input_text says of a file that is not UTF-8, by what the caller calls the file.
_NOT_UTF8 = {
    "file": QT_TRANSLATE_NOOP("SafeInput", "The file {path} is not UTF-8 text (byte {byte})."),
    "settings file": QT_TRANSLATE_NOOP(
        "SafeInput", "The settings file {path} is not UTF-8 text (byte {byte})."
    ),
    "body file": QT_TRANSLATE_NOOP(
        "SafeInput", "The body file {path} is not UTF-8 text (byte {byte})."
    ),
    "Markdown file": QT_TRANSLATE_NOOP(
        "SafeInput", "The Markdown file {path} is not UTF-8 text (byte {byte})."
    ),
    "RedNotebook month file": QT_TRANSLATE_NOOP(
        "SafeInput", "The RedNotebook month file {path} is not UTF-8 text (byte {byte})."
    ),
}


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def size_text(count: int) -> str:
    """A file size for people: "300 MB", or "512 bytes" below a MiB (the user's locale)."""
    from desktop_blog.locale_format import number

    if count >= MIB:
        return translate("SafeInput", "{size} MB").format(size=number(round(count / MIB)))
    return translate("SafeInput", "%Ln bytes", count)


def check_input_file(path: Path, cap: int | None = None) -> int:
    """Return the size of the regular file ``path``; refuse anything else or anything too big."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise InputError(
            translate("SafeInput", "Cannot read {path}: it does not exist.").format(path=path)
        ) from exc
    except OSError as exc:
        raise InputError(_cannot_read(path, exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError(translate("SafeInput", _NOT_A_FILE[_kind(info.st_mode)]).format(path=path))
    if cap is not None and info.st_size > cap:
        raise InputError(
            translate(
                "SafeInput", "{path} is {size}; at most {limit} can be read. Nothing was read."
            ).format(path=path, size=size_text(info.st_size), limit=size_text(cap))
        )
    return info.st_size


def _cannot_read(path: Path, exc: OSError) -> str:
    return translate("SafeInput", "Cannot read {path}: {error}.").format(
        path=path, error=exc.strerror
    )


def read_input(path: Path, cap: int, *, first: int | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``cap`` of them, read in chunks.

    ``first`` reads only that many bytes from the start (to recognise a format).
    """
    check_input_file(path, cap)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the check, opening cannot hang.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(_cannot_read(path, exc)) from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise InputError(
                translate("SafeInput", "{path} is not a regular file; nothing was read.").format(
                    path=path
                )
            )
        if first is not None:
            return handle.read(first)
        chunks: list[bytes] = []
        total = 0
        while chunk := handle.read(CHUNK_BYTES):
            total += len(chunk)
            if total > cap:
                raise InputError(
                    translate("SafeInput", "{path} grew beyond {limit} while being read.").format(
                        path=path, limit=size_text(cap)
                    )
                )
            chunks.append(chunk)
    return b"".join(chunks)


def read_input_text(path: Path, cap: int, what: str = "file") -> str:
    """The UTF-8 text of ``path`` (see :func:`read_input`); ``what`` names the file in errors:
    one of "file", "settings file", "body file", "Markdown file", "RedNotebook month file"."""
    try:
        return read_input(path, cap).decode("utf-8")
    except UnicodeDecodeError as exc:
        if what in _NOT_UTF8:
            text = translate("SafeInput", _NOT_UTF8[what])
        else:
            text = translate("SafeInput", "The {what} {path} is not UTF-8 text (byte {byte}).")
        raise InputError(text.format(what=what, path=path, byte=exc.start)) from exc


def nesting_depth(text: str, strings: re.Pattern[str] = _STRING) -> int:
    """How deeply ``[``/``{`` nest in ``text`` outside strings (linear, no recursion).

    Strings and brackets are taken match by match, never by one regex call over the whole
    text: a long import read on a worker thread leaves the interpreter to the GUI thread
    between matches.
    """
    depth = deepest = 0
    for match in _tokens(strings).finditer(text):
        if match.lastgroup == "string":
            continue
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


@functools.cache
def _tokens(strings: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"(?P<string>{strings.pattern})|{_BRACKETS.pattern}", strings.flags)


def _number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        from desktop_blog.locale_format import number

        raise InputError(
            translate("SafeInput", "a number has {count} digits; at most {limit} are read").format(
                count=number(len(text)), limit=MAX_NUMBER_DIGITS
            )
        )
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS * 2:
        from desktop_blog.locale_format import number

        raise InputError(
            translate("SafeInput", "a number has {count} characters").format(
                count=number(len(text))
            )
        )
    return float(text)


def _constant(text: str) -> Any:
    raise InputError(translate("SafeInput", "{text} is not a number JSON allows").format(text=text))


def load_json(text: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON with bounded nesting and number sizes; raise :class:`InputError`."""
    depth = nesting_depth(text)
    if depth > max_depth:
        raise InputError(
            translate(
                "SafeInput", "the JSON nests {depth} levels deep; at most {limit} are read"
            ).format(depth=depth, limit=max_depth)
        )
    try:
        return json.loads(text, parse_int=_number, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            translate("SafeInput", "it is not valid JSON ({error})").format(error=exc)
        ) from exc
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise InputError(translate("SafeInput", "the JSON nests too deeply")) from exc


def load_toml(text: str, *, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """Parse TOML with bounded nesting; raise :class:`InputError` (or ``TOMLDecodeError``)."""
    depth = nesting_depth(text, _TOML_STRING)
    if depth > max_depth:
        raise InputError(
            translate("SafeInput", "it nests {depth} levels deep; at most {limit} are read").format(
                depth=depth, limit=max_depth
            )
        )
    try:
        return tomllib.loads(text)
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise InputError(translate("SafeInput", "it nests too deeply")) from exc


def parse_timestamp(value: str) -> datetime:
    """An ISO 8601 time as an aware UTC datetime; naive times are taken as UTC."""
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(
            translate("SafeInput", "{value} is not a date and time").format(value=repr(value[:40]))
        ) from exc
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    try:
        return stamp.astimezone(UTC)
    except OverflowError as exc:
        raise InputError(
            translate(
                "SafeInput",
                "{value} is outside the dates this app can store (years 1 to 9999 in UTC)",
            ).format(value=repr(value[:40]))
        ) from exc


def column_text(value: object, what: object) -> str:
    """A text column of a foreign database: NULL is empty, UTF-8 bytes are decoded.

    ``what`` names the value in the error ("Row 2"); it is put into words only then.
    """
    if value is None:
        return ""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                translate("SafeInput", "{what} is binary data, not text").format(what=what)
            ) from exc
    return str(value)
