"""The one way the app reads a file from outside: checked first, bounded, parsed with limits.

- :func:`check_input_file` refuses anything but a regular file (a folder, a FIFO, a device
  such as ``/dev/zero``) without opening it for reading, so nothing can block or stream
  forever; :func:`read_input` then reads at most ``cap`` bytes in chunks.
- :func:`load_json` parses JSON with a nesting limit (checked before the parser recurses),
  refuses numbers with more than :data:`MAX_NUMBER_DIGITS` digits and NaN/Infinity;
  :func:`load_json_chunks` does the same for text that arrives a chunk at a time. Both parse
  a bounded piece per C call (see :class:`_JsonReader`), so a large file read on a worker
  thread never keeps the interpreter from the GUI thread for long.
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
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
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
PIECE_CHARS = 256 * 1024  # a container up to this long is parsed by one C call
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
        if match.lastgroup != "string":
            depth, deepest = _nest(match.group(), depth, deepest)
    return deepest


def _nest(bracket: str, depth: int, deepest: int) -> tuple[int, int]:
    """The nesting ``(depth, deepest)`` after one opening or closing bracket."""
    if bracket in "[{":
        return depth + 1, max(deepest, depth + 1)
    return max(0, depth - 1), deepest


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
    return load_json_chunks((text,), max_depth=max_depth)


def load_json_chunks(chunks: Iterable[str], *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse the JSON text made of ``chunks`` as :func:`load_json` does.

    The chunks are taken one at a time as the parser needs them (a chunk iterator may
    report progress or raise to cancel); the whole text is never joined into one string.
    """
    try:
        return _JsonReader(iter(chunks), max_depth).document()
    except RecursionError as exc:  # pragma: no cover - only with a max_depth in the hundreds
        raise InputError(translate("SafeInput", "the JSON nests too deeply")) from exc


_WS = re.compile(r"[ \t\n\r]*")
_ATOM = re.compile(r"[\w.+-]*")  # the characters a number or a literal may go on with
# A flat array or object: strings and anything but brackets, up to its closing bracket.
_FLAT = re.compile(r'[\[{][^"\[\]{}]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^"\[\]{}]*)*', re.DOTALL)
_CLOSING = {"[": "]", "{": "}"}
_DEPTH_TOKENS = re.compile(f'(?P<string>{_STRING.pattern})|(?P<quote>")|[\\[\\]{{}}]', re.DOTALL)


def _end(pattern: re.Pattern[str], text: str, pos: int, endpos: int = sys.maxsize) -> int:
    """Where ``pattern`` matching at ``pos`` ends (``pos`` if it does not match)."""
    match = pattern.match(text, pos, endpos)
    return match.end() if match else pos


class _JsonReader:
    """JSON text parsed a bounded piece at a time, as it arrives in chunks.

    ``json.loads`` parses a whole document in one C call, holding the interpreter (on a
    worker thread, the GUI thread stalls) for as long as the document is big. Here Python
    walks the containers and hands the C scanner one flat piece at a time: a flat array or
    object (no brackets inside) of at most :data:`PIECE_CHARS` characters, or one string,
    number or literal. Python keeps the nesting level, so the depth budget is checked before
    anything deeper is parsed and the C scanner never recurses. Consumed text is dropped as
    chunks are added; errors give the same message and position as ``json.loads``.
    """

    def __init__(self, chunks: Iterator[str], max_depth: int) -> None:
        self._chunks = chunks
        self._max_depth = max_depth
        decoder = json.JSONDecoder(parse_int=_number, parse_float=_float, parse_constant=_constant)
        # The C scanner JSONDecoder makes for itself (its stubs do not name it).
        self._scan: Callable[[str, int], tuple[Any, int]] = decoder.scan_once  # type: ignore[attr-defined]
        self._buf = ""
        self._pos = 0
        self._ended = False
        self._offset = 0  # characters dropped before _buf[0]
        self._line = 1  # the line of _buf[0]
        self._last_newline = -1  # where the last dropped newline was

    def document(self) -> Any:
        """The one JSON value of the text (nothing but whitespace after it)."""
        if self._peek() == "\ufeff":
            raise self._error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
        value = self._value(0)
        self._skip_whitespace()
        if self._peek():
            raise self._error("Extra data", self._pos)
        return value

    def _more(self, at_least: int = 1) -> bool:
        """Add at least ``at_least`` characters (fewer at the end); ``False`` at the end.

        Everything before the current position is dropped first.
        """
        if self._ended:
            return False
        added: list[str] = []
        count = 0
        while count < at_least:
            chunk = next(self._chunks, None)
            if chunk is None:
                self._ended = True
                break
            added.append(chunk)
            count += len(chunk)
        if not count:
            return False
        buf, pos = self._buf, self._pos
        newlines = buf.count("\n", 0, pos)
        if newlines:
            self._line += newlines
            self._last_newline = self._offset + buf.rfind("\n", 0, pos)
        self._offset += pos
        parts = [buf[pos:], *added] if pos < len(buf) else added
        self._buf = parts[0] if len(parts) == 1 else "".join(parts)
        self._pos = 0
        return True

    def _peek(self) -> str:
        """The next character ("" at the end)."""
        if self._pos >= len(self._buf) and not self._more():
            return ""
        return self._buf[self._pos]

    def _skip_whitespace(self) -> None:
        while True:
            self._pos = _end(_WS, self._buf, self._pos)
            if self._pos < len(self._buf) or not self._more():
                return

    def _value(self, level: int) -> Any:
        """The value at the current position, inside ``level`` arrays and objects."""
        self._skip_whitespace()
        while True:
            buf, pos = self._buf, self._pos
            char = buf[pos : pos + 1]
            if char in ("[", "{"):
                if level >= self._max_depth:
                    raise self._too_deep(level)
                limit = pos + PIECE_CHARS
                end = _end(_FLAT, buf, pos, limit)
                if buf[end : end + 1] == _CLOSING[char]:
                    return self._piece()  # flat and short: one C call
                cut = len(buf) < limit and buf[end : end + 1] in ("", '"')
                if cut and self._more(end - pos):
                    continue  # cut off by the end of the text read so far: read on
                return self._container(char, level + 1)
            if char == '"':
                if _STRING.match(buf, pos) is None and self._more(len(buf) - pos):
                    continue
            elif _end(_ATOM, buf, pos) == len(buf) and self._more():
                continue
            return self._piece()

    def _piece(self) -> Any:
        """One value parsed by the C scanner."""
        try:
            value, self._pos = self._scan(self._buf, self._pos)
        except StopIteration as exc:
            raise self._error("Expecting value", exc.value) from None
        except json.JSONDecodeError as exc:
            raise self._error(exc.msg, exc.pos) from None
        return value

    def _container(self, opening: str, level: int) -> Any:
        """The array or object at the current position, a member at a time."""
        self._pos += 1
        self._skip_whitespace()
        if opening == "[":
            items: list[Any] = []
            if self._peek() == "]":
                self._pos += 1
                return items
            while True:
                items.append(self._value(level))
                if self._delimiter("]"):
                    return items
        members: dict[str, Any] = {}
        if self._peek() == "}":
            self._pos += 1
            return members
        while True:
            if self._peek() != '"':
                raise self._error("Expecting property name enclosed in double quotes", self._pos)
            key = self._value(level)
            self._skip_whitespace()
            if self._peek() != ":":
                raise self._error("Expecting ':' delimiter", self._pos)
            self._pos += 1
            members[key] = self._value(level)
            if self._delimiter("}"):
                return members
            self._skip_whitespace()

    def _delimiter(self, closing: str) -> bool:
        """Past the ``,`` after a member (``False``) or the container's end (``True``)."""
        self._skip_whitespace()
        char = self._peek()
        if char not in (",", closing):
            raise self._error("Expecting ',' delimiter", self._pos)
        self._pos += 1
        return char == closing

    def _error(self, message: str, pos: int) -> InputError:
        """``message`` at ``pos`` of the buffer, worded as ``json.JSONDecodeError`` does."""
        where = self._offset + pos
        newline = self._buf.rfind("\n", 0, pos)
        line = self._line + self._buf.count("\n", 0, pos)
        column = where - (self._offset + newline if newline >= 0 else self._last_newline)
        error = f"{message}: line {line} column {column} (char {where})"
        return InputError(
            translate("SafeInput", "it is not valid JSON ({error})").format(error=error)
        )

    def _too_deep(self, level: int) -> InputError:
        """The refusal of an array or object nested deeper than allowed, with the depth the
        text reaches (counted on from here as :func:`nesting_depth` counts)."""
        depth = deepest = level
        while True:
            match = _DEPTH_TOKENS.search(self._buf, self._pos)
            if match is None:
                self._pos = len(self._buf)
                if self._more():
                    continue
                break
            if match.lastgroup == "quote":  # a string cut off by the end of the chunk
                self._pos = match.start()
                if not self._more(len(self._buf) - self._pos):
                    self._pos += 1
                continue
            self._pos = match.end()
            if match.lastgroup != "string":
                depth, deepest = _nest(match.group(), depth, deepest)
        return InputError(
            translate(
                "SafeInput", "the JSON nests {depth} levels deep; at most {limit} are read"
            ).format(depth=deepest, limit=self._max_depth)
        )


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
