"""A SIGKILL at any moment of encrypting a journal or changing its password loses nothing.

Real processes are killed at random moments (spread over the measured length of the
operation): afterwards the journal opens, plain or encrypted, with every entry.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_blog.security.keys import KeyFileError, read_key_file
from desktop_blog.security.unlock import create_encrypted_journal, is_plain_journal
from desktop_blog.storage import EntryRepository, open_database

KILLS = 30
ENTRIES = 3000
WRITER = Path(__file__).with_name("rekey_writer.py")
ROOT = Path(__file__).resolve().parents[2]
PASSWORD_A = "first password"
PASSWORD_B = "second password"

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    pytest.mark.timeout(600),
]


def _start(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WRITER), *args], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"ready\n"
    return proc


def _fill(journal: Path, key: object = None) -> None:
    conn = open_database(journal, key=key)  # type: ignore[arg-type]
    repository = EntryRepository(conn)
    with conn:
        for n in range(ENTRIES):
            repository.add(f"Entry {n}", f"<p>words {n} " + "text " * (n % 40) + "</p>")
    conn.close()


def _count(journal: Path, password: str) -> int:
    if is_plain_journal(journal):
        conn = open_database(journal, create=False)
    else:
        key = read_key_file(journal).unlock(password)
        conn = open_database(journal, create=False, key=key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return EntryRepository(conn).count()
    finally:
        conn.close()


def test_sigkill_during_encryption_leaves_plain_or_encrypted(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite3"
    _fill(template)
    journal = tmp_path / "journal.sqlite3"
    shutil.copy(template, journal)
    proc = _start("convert", str(journal), PASSWORD_A)
    start = time.monotonic()
    assert proc.communicate(timeout=60)[0] == b"done\n"
    length = time.monotonic() - start  # from "ready" to "done"
    assert not is_plain_journal(journal)
    assert _count(journal, PASSWORD_A) == ENTRIES
    rng = random.Random(10)
    outcomes = {"plain": 0, "encrypted": 0}
    for kill in range(KILLS):
        if not is_plain_journal(journal):  # start each round from the plain journal
            journal.unlink()
            shutil.copy(template, journal)
        proc = _start("convert", str(journal), PASSWORD_A)
        time.sleep(rng.uniform(0, length * 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
        outcomes["plain" if is_plain_journal(journal) else "encrypted"] += 1
        assert _count(journal, PASSWORD_A) == ENTRIES, f"kill {kill}"
    print(f"\n{KILLS} kills during encryption: {outcomes}, 0 entries lost")
    # A journal left plain by a kill (with stale temporary files) still converts.
    if is_plain_journal(journal):
        assert _start("convert", str(journal), PASSWORD_A).communicate(timeout=60)[0]
    assert _count(journal, PASSWORD_A) == ENTRIES


def test_sigkill_during_password_change_keeps_one_password(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    created = create_encrypted_journal(journal, PASSWORD_A)
    _fill(journal, created.key)
    digest = hashlib.sha256(journal.read_bytes()).hexdigest()
    rng = random.Random(11)
    in_force = PASSWORD_A
    changes = 0
    for kill in range(KILLS):
        proc = _start("rekey", str(journal), in_force, _other(in_force))
        time.sleep(rng.uniform(0, 1.5))
        proc.send_signal(signal.SIGKILL)
        output, _ = proc.communicate(timeout=10)
        reported = [line for line in output.decode().split("\n")[:-1] if line]
        changes += len(reported)
        if reported:
            in_force = reported[-1]
        key_file = read_key_file(journal)  # never damaged
        try:
            key_file.unlock(in_force).wipe()
        except KeyFileError:  # the kill came after the rename, before the print
            in_force = _other(in_force)
            key_file.unlock(in_force).wipe()
        assert _count(journal, in_force) == ENTRIES, f"kill {kill}"
    # Changing the password never touched the journal file.
    assert hashlib.sha256(journal.read_bytes()).hexdigest() == digest
    print(f"\n{KILLS} kills during {changes} password changes: always one password in force")
    assert changes > 0


def _other(password: str) -> str:
    return PASSWORD_B if password == PASSWORD_A else PASSWORD_A
