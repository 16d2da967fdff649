"""The top-level guard: no traceback ever reaches the user (no Qt).

- :func:`run_guarded` runs a command: a closed pipe (``desktop-blog list | head``) and a
  terminal that goes away end it quietly (exit 141 / 129, as if killed by SIGPIPE / SIGHUP),
  Ctrl+C ends it with 130, and any unexpected exception prints one line naming the crash
  report written to the log folder.
- :func:`format_exception_report` is the text behind a "copy details" button; the GUI's
  ``sys.excepthook`` dialog shows it and :func:`write_crash_report` saves it.
- :func:`escape_control` makes text safe for a terminal: control characters (escape
  sequences, carriage returns, bidirectional overrides) are shown as ``\\x1b``-style escapes.

The lines for people are in their language (:mod:`desktop_blog.i18n`); the report itself
stays in English, for the bug report it is meant for.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import signal
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType, TracebackType

from desktop_blog import APP_NAME, __version__
from desktop_blog.i18n import QT_TRANSLATE_NOOP, translate
from desktop_blog.log import log_folder, make_folder  # crash reports go next to the log

log = logging.getLogger(__name__)

EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_HANGUP = 129  # 128 + SIGHUP
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE
# Characters that move the cursor, recolour or reorder what a terminal shows.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INTERRUPTED = QT_TRANSLATE_NOOP("CrashGuard", "interrupted")
UNEXPECTED = QT_TRANSLATE_NOOP("CrashGuard", "unexpected error: {error}")
UNEXPECTED_SAVED = QT_TRANSLATE_NOOP(
    "CrashGuard", "unexpected error: {error}; the details are in {path}"
)


class TerminalGoneError(Exception):
    """SIGHUP: the terminal the command ran in was closed."""


def escape_control(text: str, *, keep: str = "") -> str:
    """``text`` with control and bidi-override characters escaped (those in ``keep`` stay)."""
    out = []
    for char in text:
        code = ord(char)
        if char in keep:
            out.append(char)
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif char in _BIDI:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def format_exception_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> str:
    """A plain-text report of an unexpected error: versions, then the traceback.

    It holds no entry text or settings, only the code path, so it can be copied into a bug
    report as it is.
    """
    lines = [
        f"{APP_NAME} {__version__} on Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_crash_report(report: str, folder: Path | None = None) -> Path | None:
    """Save ``report`` owner-only in the log folder; ``None`` if even that fails."""
    from desktop_blog.safe_output import write_bytes_atomic

    folder = folder or log_folder()
    try:
        make_folder(folder)
    except OSError:
        return None
    path = folder / f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}.txt"
    try:
        write_bytes_atomic(path, report.encode("utf-8"))
    except OSError:
        return None
    return path


def install_excepthook(show: Callable[[str, Path | None], None]) -> None:
    """Route uncaught exceptions to ``show(report, saved_path)`` (the GUI's dialog).

    The report is logged by type and saved owner-only first, so it survives even if ``show``
    fails; Ctrl+C keeps Python's default handling. ``show`` is not called re-entrantly.
    """
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = format_exception_report(exc_type, exc, tb)
        log.error("Unexpected error in the window: %s", exc_type.__name__)
        saved = write_crash_report(report)
        if busy:
            return
        busy = True
        try:
            show(report, saved)
        finally:
            busy = False

    sys.excepthook = hook


def _say(text: str, **fields: object) -> str:
    """``text`` (marked in the context "CrashGuard") in the user's language, filled in.

    The guard of last resort must not fail itself: if the translation does not work (Qt may
    be what is broken, a translator may have misspelt a field), the English text is shown.
    """
    try:
        return translate("CrashGuard", text).format(**fields)
    except Exception:  # noqa: BLE001 (see above)
        return text.format(**fields)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _hangup(_signum: int, _frame: FrameType | None) -> None:
    raise TerminalGoneError


def run_guarded(command: Callable[[], int], *, prog: str = "desktop-blog") -> int:
    """Run ``command`` and return its exit code; never let a traceback out."""
    previous = None
    with contextlib.suppress(ValueError, AttributeError):  # not the main thread / no SIGHUP
        previous = signal.signal(signal.SIGHUP, _hangup)
    try:
        code = command()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        with contextlib.suppress(OSError):
            print(f"{prog}: {_say(INTERRUPTED)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except TerminalGoneError:
        _quiet_stdout()
        return EXIT_HANGUP
    except OSError as exc:
        if not _terminal_alive():
            _quiet_stdout()
            return EXIT_HANGUP
        return _unexpected(prog, exc)
    except Exception as exc:  # noqa: BLE001 (the guard of last resort: report, do not crash)
        return _unexpected(prog, exc)
    finally:
        if previous is not None:
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGHUP, previous)


def _terminal_alive() -> bool:
    try:
        sys.stdout.flush()
    except OSError:
        return False
    return True


def _unexpected(prog: str, exc: BaseException) -> int:
    report = format_exception_report(type(exc), exc, exc.__traceback__)
    log.error("Unexpected error: %s", type(exc).__name__)
    saved = write_crash_report(report)
    error = escape_control(f"{type(exc).__name__}: {exc}")
    line = _say(UNEXPECTED_SAVED if saved else UNEXPECTED, error=error, path=saved)
    with contextlib.suppress(OSError):
        print(f"{prog}: {line}", file=sys.stderr)
    return 1
