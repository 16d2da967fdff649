"""Encrypted copies of the benchmark journals, and the figures that compare them to plain.

``encrypted_copy(journal)`` converts a copy of a generated journal with the app's own
``encrypt_plain_journal`` (cached in ``.bench/`` beside the plain one, with its key file).
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from desktop_blog.security.conversion import encrypt_plain_journal
from desktop_blog.security.keys import DataKey, key_file_path, read_key_file
from tests.benchmarks.generate import Journal


def encrypted_copy(plain: Journal, password: str) -> Path:
    """The encrypted copy of ``plain`` (made once; its key file opens with ``password``)."""
    target = plain.path.with_name(plain.path.stem + ".enc.sqlite3")
    if target.exists() and key_file_path(target).exists():
        return target
    work = plain.path.with_name(plain.path.stem + ".enc-work.sqlite3")
    for stale in (work, key_file_path(work)):
        stale.unlink(missing_ok=True)
    shutil.copy(plain.path, work)
    started = time.perf_counter()
    encrypt_plain_journal(work, password)
    print(f"encrypted a copy of {plain.size:,} entries in {time.perf_counter() - started:.1f} s")
    key_file_path(work).replace(key_file_path(target))
    work.replace(target)
    return target


def unlock(path: Path, password: str) -> DataKey:
    return read_key_file(path).unlock(password)


def unlock_ms(path: Path, password: str, runs: int) -> float:
    """Median milliseconds of deriving the key-wrapping key and unwrapping the data key."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        unlock(path, password).wipe()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
