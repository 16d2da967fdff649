"""The encrypted JSON export container: seals, opens, and refuses what was altered."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_blog.transfer.encrypted_export import MAGIC, ExportDecryptError, seal, unseal

PLAIN = json.dumps({"entries": [{"title": "Über", "text": "<p>secret</p>"}]}).encode()


def test_round_trip_and_nothing_readable() -> None:
    sealed = seal(PLAIN, "pass phrase")
    assert sealed.startswith(MAGIC)
    assert b"secret" not in sealed
    assert unseal(sealed, "pass phrase") == PLAIN


def _altered_header(sealed: bytes, change: dict[str, object]) -> bytes:
    end = sealed.index(b"\n", len(MAGIC))
    header = json.loads(sealed[len(MAGIC) : end])
    header["kdf"].update(change)
    return MAGIC + json.dumps(header).encode() + sealed[end:]


def _same(sealed: bytes) -> bytes:
    return sealed


@pytest.mark.parametrize(
    ("alter", "passphrase", "message"),
    [
        (_same, "wrong phrase", "Wrong passphrase"),
        (lambda s: s[:-1], "pass phrase", "Wrong passphrase"),  # truncated
        (lambda s: s[:-5] + bytes(5), "pass phrase", "Wrong passphrase"),  # damaged
        (lambda s: _altered_header(s, {"time_cost": 1}), "pass phrase", "Wrong passphrase"),
        (lambda s: _altered_header(s, {"memory_kib": 1 << 30}), "pass phrase", "outside"),
        (lambda s: MAGIC + b"{broken\n" + s, "pass phrase", "damaged"),
        (lambda s: b"{}", "pass phrase", "not an encrypted"),
    ],
)
def test_altered_or_wrong_is_one_clear_error(
    alter: Callable[[bytes], bytes], passphrase: str, message: str
) -> None:
    with pytest.raises(ExportDecryptError, match=message):
        unseal(alter(seal(PLAIN, "pass phrase")), passphrase)


def test_the_export_is_sealed_as_it_is_encoded_never_whole_in_memory(tmp_path: Path) -> None:
    """The journal's text is held once (the entries read); the JSON and its ciphertext go to
    the file a MiB at a time. Made whole, they were each as large again (and more)."""
    import tracemalloc

    from desktop_blog.storage import EntryRepository, open_database
    from desktop_blog.transfer.encrypted_export import export_json_encrypted
    from desktop_blog.transfer.importers import import_file

    conn = open_database(tmp_path / "journal.sqlite3")
    repository = EntryRepository(conn)
    with repository.batch():
        for n in range(300):
            repository.add(f"Day {n}", "<p>" + f"words of day {n} " * 1200 + "</p>")
    target = tmp_path / "export.dbexport"
    tracemalloc.start()
    try:
        assert export_json_encrypted(conn, target, "pass phrase") == 300
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = target.stat().st_size
    assert size > 5_000_000
    # The entries read (the size of the text) and a few MiB of chunks in flight; before, the
    # text and its ciphertext whole as well: 4 x the size.
    assert peak < size + 8 * 2**20
    assert b"words of day" not in target.read_bytes()
    fresh = open_database(tmp_path / "fresh.sqlite3")
    report = import_file(fresh, target, passphrase="pass phrase")
    assert report.added == 300
    fresh.close()
    conn.close()
