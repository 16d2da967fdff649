"""The encrypted JSON export container: seals, opens, and refuses what was altered."""

from __future__ import annotations

import json
from collections.abc import Callable

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
