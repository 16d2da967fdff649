"""The data key, the key file, the recovery key and the KDF bounds."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop_blog.passwords import PasswordHashError, check_hash, hash_password
from desktop_blog.security.keys import (
    DataKey,
    KeyFile,
    KeyFileError,
    WrongSecretError,
    key_file_path,
    new_recovery_key,
    read_key_file,
    wrap_with_password,
    wrap_with_recovery,
    write_key_file,
)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def written(journal: Path) -> tuple[DataKey, str]:
    key = DataKey.generate()
    recovery = new_recovery_key()
    write_key_file(
        journal, KeyFile(wrap_with_password(key, "pass word"), wrap_with_recovery(key, recovery))
    )
    return key, recovery


def test_wipe_zeroes_the_key_bytes_and_repr_hides_them() -> None:
    key = DataKey.generate()
    raw = key.raw
    assert any(raw)
    assert raw.hex() not in repr(key)
    key.wipe()
    assert raw == bytearray(32)
    with pytest.raises(KeyFileError, match="dropped"):
        key.sqlcipher_pragma()


def test_key_file_unwraps_with_the_password_only(
    journal: Path, written: tuple[DataKey, str]
) -> None:
    key, _recovery = written
    path = key_file_path(journal)
    assert path.name == "journal.sqlite3.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert key.raw.hex() not in path.read_text()
    assert read_key_file(journal).unlock("pass word").raw == key.raw
    with pytest.raises(WrongSecretError):
        read_key_file(journal).unlock("pass wore")


def test_recovery_key_unwraps_typed_loosely(journal: Path, written: tuple[DataKey, str]) -> None:
    key, recovery = written
    assert len(recovery) == 39
    assert recovery.count("-") == 7
    loose = recovery.replace("-", " ").lower()
    assert read_key_file(journal).unlock_with_recovery(loose).raw == key.raw
    with pytest.raises(WrongSecretError):
        read_key_file(journal).unlock_with_recovery(new_recovery_key())
    with pytest.raises(WrongSecretError, match="not a recovery key"):
        read_key_file(journal).unlock_with_recovery("hello")


def _edit(journal: Path, change: dict[str, object]) -> None:
    path = key_file_path(journal)
    data = json.loads(path.read_text())
    data["password"]["kdf"].update(change)
    path.write_text(json.dumps(data))


def test_kdf_parameters_out_of_range_are_refused_at_once(
    journal: Path, written: tuple[DataKey, str]
) -> None:
    _edit(journal, {"memory_kib": 64 * 1024 * 1024, "time_cost": 1000})
    with pytest.raises(KeyFileError, match="outside"):  # refused when read, never derived
        read_key_file(journal)


def test_edited_parameters_in_range_do_not_unlock(
    journal: Path, written: tuple[DataKey, str]
) -> None:
    _edit(journal, {"time_cost": 1})  # cheaper guesses: the associated data no longer matches
    with pytest.raises(WrongSecretError):
        read_key_file(journal).unlock("pass word")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "missing"),
        ("{not json", "damaged"),
        ('{"format": "desktop-blog-key", "version": 1, "password": {}}', "damaged"),
        ('{"format": "desktop-blog-key", "version": 9}', "version 9"),
    ],
)
def test_missing_or_damaged_key_file_is_one_clear_message(
    journal: Path, content: str | None, message: str
) -> None:
    if content is not None:
        key_file_path(journal).write_text(content)
    with pytest.raises(KeyFileError, match=message):
        read_key_file(journal)


def test_legacy_scrypt_hash_parameters_are_bounded() -> None:
    check_hash(hash_password("pw12", log_n=10))
    costly = "scrypt$ln=22,r=32,p=16$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5"  # 66 s and 16 GiB
    with pytest.raises(PasswordHashError):
        check_hash(costly)
    with pytest.raises(PasswordHashError):
        check_hash("scrypt$ln=18,r=16,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5")  # 512 MiB
