"""Large freed buffers go back to the system at once (glibc's malloc; no Qt).

glibc gives an allocation above a threshold (128 KiB at first) an ``mmap`` of its own and
unmaps it when it is freed, but it raises the threshold each time such a buffer is freed (up
to 32 MiB): later large buffers then come from the heap, and once freed they stay in the
process's resident memory. SQLite's full-text search allocates buffers of megabytes for a
common word's list of entries: at 1,000,000 entries, 14 searches left 15 MiB of freed heap
resident (48.7 MiB, 33.7 after ``malloc_trim``). With the threshold fixed, each such buffer
keeps an ``mmap`` of its own: 34.2 MiB after the same searches, at the same speed
(``tests/benchmarks/search_memory.py``).
"""

from __future__ import annotations

import logging
import sys

logger = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
THRESHOLD_BYTES = 256 * 1024


def return_large_buffers() -> bool:
    """Fix glibc's mmap threshold at :data:`THRESHOLD_BYTES`; ``False`` where there is none.

    ``ctypes`` is imported here: the window calls this in an idle step after the login
    dialog is painted, the command line before a command runs.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES))  # musl's is a stub that says 0
    logger.debug("malloc's mmap threshold fixed at %d bytes: %s", THRESHOLD_BYTES, done)
    return done
