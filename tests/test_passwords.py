from __future__ import annotations

import pytest

from desktop_blog.passwords import (
    PasswordHashError,
    check_hash,
    hash_password,
    verify_password,
)


def test_hash_verifies_only_the_right_password() -> None:
    stored = hash_password("correct horse", log_n=10)
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horsE", stored)
    assert not verify_password("", stored)


def test_hash_is_salted_and_carries_its_parameters() -> None:
    first, second = hash_password("pw12", log_n=10), hash_password("pw12", log_n=10)
    assert first != second
    assert "pw12" not in first
    assert first.startswith("scrypt$ln=10,r=8,p=1$")


def test_default_cost_is_memory_hard() -> None:
    assert hash_password("pw12").startswith("scrypt$ln=15,")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "plain-text-password",
        "scrypt$ln=99,r=8,p=1$AA$AA",
        "bcrypt$ln=10,r=8,p=1$AA$AA",
        "scrypt$r=8$AA$AA",
        "scrypt$ln=10,r=8,p=1$!!$AA",
    ],
)
def test_malformed_hash_is_rejected(bad: str) -> None:
    with pytest.raises(PasswordHashError, match="set-password"):
        check_hash(bad)
    with pytest.raises(PasswordHashError):
        verify_password("x", bad)
