"""glibc's malloc tuned for a long-lived window: large freed buffers go back to the system at
once, and worker threads share the main arena (no Qt).

glibc gives an allocation above a threshold (128 KiB at first) an ``mmap`` of its own and
unmaps it when it is freed, but it raises the threshold each time such a buffer is freed (up
to 32 MiB): later large buffers then come from the heap, and once freed they stay in the
process's resident memory. SQLite's full-text search allocates buffers of megabytes for a
common word's list of entries: at 1,000,000 entries, 14 searches left 15 MiB of freed heap
resident (48.7 MiB, 33.7 after ``malloc_trim``). With the threshold fixed, each such buffer
keeps an ``mmap`` of its own: 34.2 MiB after the same searches, at the same speed
(``tests/benchmarks/search_memory.py``).

glibc also gives each new thread that allocates an arena of its own (up to eight per core),
and what a thread frees there stays resident for that arena's next allocations: the worker
that derives the key and opens the journal left 0.55 MiB so (0.8 MiB of its arena still
resident 2 s after the list was painted). The app's workers run one job at a
time and spend it in argon2 or SQLite, so one arena costs them no waiting worth measuring.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import cast

logger = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
M_ARENA_MAX = -8
THRESHOLD_BYTES = 256 * 1024


def _mallopt() -> Callable[[int, int], int] | None:
    """The process's own C library's ``mallopt`` (``None`` where there is none).

    ``ctypes`` is imported here, not before the login dialog is painted.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return None
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return cast("Callable[[int, int], int]", mallopt)


def share_one_arena() -> bool:
    """Let threads started from now on allocate from the main arena; ``False`` where glibc
    cannot be told (musl's ``mallopt`` is a stub that says 0). Call it before the first
    worker thread starts: an arena made before stays."""
    mallopt = _mallopt()
    done = bool(mallopt and mallopt(M_ARENA_MAX, 1))
    logger.debug("malloc: one arena for all threads: %s", done)
    return done


def return_large_buffers() -> bool:
    """Fix glibc's mmap threshold at :data:`THRESHOLD_BYTES`; ``False`` where there is none
    (the window calls this in an idle step, the command line before a command runs)."""
    mallopt = _mallopt()
    done = bool(mallopt and mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES))
    logger.debug("malloc's mmap threshold fixed at %d bytes: %s", THRESHOLD_BYTES, done)
    return done
