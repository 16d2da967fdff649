"""AES-256-GCM from OpenSSL: NIST's vectors, the same bytes as ``cryptography``, tampering."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_blog.security import aead
from desktop_blog.security.aead import AesGcm, InvalidTagError
from desktop_blog.security.keys import KeyFile
from desktop_blog.transfer.encrypted_export import unseal

MADE_BY_CRYPTOGRAPHY = Path(__file__).parents[1] / "data" / "made_by_cryptography"
K = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
IV = "cafebabefacedbaddecaf888"
P = (
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"
)
C = (
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
)
# The AES-256 test cases 13-16 of McGrew and Viega's GCM specification (NIST's GCM page).
VECTORS = [
    ("00" * 32, "00" * 12, "", "", "", "530f8afbc74536b9a963b4f1c4cb738b"),
    (
        "00" * 32,
        "00" * 12,
        "00" * 16,
        "",
        "cea7403d4d606b6e074ec5d3baf39d18",
        "d0d1c8a799996bf0265b98b5d48ab919",
    ),
    (K, IV, P, "", C, "b094dac5d93471bdec1a502270e3cc6c"),
    (
        K,
        IV,
        P[:120],
        "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        C[:120],
        "76fc6ece0f4e1768cddf8853bb2d551b",
    ),
]


@pytest.fixture(params=["sqlcipher", "libcrypto", "cryptography"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test with SQLCipher's OpenSSL, with hashlib's libcrypto, and with the fallback."""
    _clear_caches()
    if request.param != "sqlcipher":
        monkeypatch.setattr(aead, "sqlcipher_path", lambda: None)
    if request.param == "cryptography":
        monkeypatch.setattr(aead, "libcrypto_path", lambda: None)
    yield request.param
    _clear_caches()


def _clear_caches() -> None:
    aead._backend.cache_clear()
    aead._openssl.cache_clear()
    aead.openssl_path.cache_clear()


def test_this_linux_process_uses_the_openssl_sqlcipher_is_built_with() -> None:
    """sqlcipher3-wheels exports its static OpenSSL: the journal's library serves the key too."""
    import sqlcipher3._sqlite3 as extension  # type: ignore[import-not-found]

    assert sys.platform.startswith("linux")
    assert aead.sqlcipher_path() == extension.__file__
    assert aead.backend_name() == f"OpenSSL {extension.__file__}"


def test_the_backend_named_is_the_one_used(backend: str) -> None:
    names = {
        "sqlcipher": f"OpenSSL {aead.sqlcipher_path()}",
        "libcrypto": f"OpenSSL {aead.libcrypto_path()}",
        "cryptography": "cryptography",
    }
    assert aead.backend_name() == names[backend]
    if backend == "libcrypto":
        assert "libcrypto.so" in names[backend]


def test_an_extension_without_openssl_is_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SQLCipher build that does not export OpenSSL (a system libsqlcipher) falls back."""
    import ctypes

    real = ctypes.CDLL

    class Stripped:
        def __init__(self, path: str) -> None:
            self.path = path

    def load(path: str) -> object:
        return Stripped(path) if "sqlcipher" in path else real(path)

    monkeypatch.setattr(ctypes, "CDLL", load)
    assert aead.sqlcipher_path() is None
    monkeypatch.setattr(ctypes, "CDLL", real)
    _clear_caches()
    monkeypatch.setattr(aead, "sqlcipher_path", lambda: None)
    assert aead.openssl_path() == aead.libcrypto_path()
    _clear_caches()


@pytest.mark.parametrize(("key", "nonce", "plain", "associated", "cipher", "tag"), VECTORS)
def test_nist_vectors(
    backend: str, key: str, nonce: str, plain: str, associated: str, cipher: str, tag: str
) -> None:
    gcm = AesGcm(bytes.fromhex(key))
    sealed = gcm.encrypt(bytes.fromhex(nonce), bytes.fromhex(plain), bytes.fromhex(associated))
    assert sealed.hex() == cipher + tag
    assert gcm.decrypt(bytes.fromhex(nonce), sealed, bytes.fromhex(associated)) == bytes.fromhex(
        plain
    )


# Around OpenSSL's 1 MiB pieces, and the associated data over a piece too.
@pytest.mark.parametrize(
    ("size", "associated_size"),
    [
        (1, 0),
        (15, 3),
        (16, 16),
        (17, 200),
        ((1 << 20) - 1, 0),
        (1 << 20, 5),
        (3 * (1 << 20) + 7, (1 << 20) + 1),
    ],
)
def test_the_same_bytes_as_cryptography_both_ways(
    backend: str, size: int, associated_size: int
) -> None:
    key, nonce = os.urandom(32), os.urandom(12)
    plain, associated = os.urandom(size), os.urandom(associated_size)
    ours = AesGcm(key).encrypt(nonce, plain, associated)
    theirs = AESGCM(key).encrypt(nonce, plain, associated)
    assert ours == theirs
    assert AesGcm(key).decrypt(nonce, theirs, associated) == plain
    assert AESGCM(key).decrypt(nonce, ours, associated) == plain


@pytest.mark.parametrize(
    "sizes",
    [
        [],
        [0],
        [1, 0, 15],
        [(1 << 20) - 1, 2, (1 << 20) + 3],
        [3 * (1 << 20) + 7],
        [1] * 100,
    ],
)
def test_pieces_seal_as_the_whole_message_would(backend: str, sizes: list[int]) -> None:
    """The encrypted export seals its JSON piece by piece: the same bytes as in one go."""
    key, nonce, associated = os.urandom(32), os.urandom(12), b"header\n"
    pieces = [os.urandom(size) for size in sizes]
    streamed = list(AesGcm(key).encrypt_pieces(nonce, pieces, associated))
    whole = b"".join(streamed)
    assert whole == AESGCM(key).encrypt(nonce, b"".join(pieces), associated)
    assert streamed[-1] == whole[-16:]  # the tag comes last, on its own
    assert AesGcm(key).decrypt(nonce, whole, associated) == b"".join(pieces)


@pytest.mark.parametrize("part", ["key", "nonce", "associated", "ciphertext", "tag"])
def test_any_altered_part_is_refused(backend: str, part: str) -> None:
    key, nonce, associated = bytearray(os.urandom(32)), bytearray(os.urandom(12)), bytearray(b"ad")
    sealed = bytearray(
        AesGcm(key).encrypt(bytes(nonce), b"a data key of 32 bytes, secret!!", b"ad")
    )
    changed = {
        "key": key,
        "nonce": nonce,
        "associated": associated,
        "ciphertext": sealed,
        "tag": sealed,
    }[part]
    changed[-1 if part == "tag" else 0] ^= 1
    with pytest.raises(InvalidTagError):
        AesGcm(key).decrypt(bytes(nonce), bytes(sealed), bytes(associated))


def test_shorter_than_a_tag_is_refused_and_keys_must_be_256_bits(backend: str) -> None:
    with pytest.raises(InvalidTagError):
        AesGcm(bytes(32)).decrypt(bytes(12), b"short", b"")
    with pytest.raises(ValueError, match="32-byte"):
        AesGcm(bytes(16))
    for nonce in (b"", bytes(7), bytes(129)):  # a tampered header's nonce: no OpenSSL error
        with pytest.raises(ValueError, match="nonce"):
            AesGcm(bytes(32)).decrypt(nonce, bytes(40), b"")
        with pytest.raises(ValueError, match="nonce"):
            AesGcm(bytes(32)).encrypt(nonce, b"x", b"")


def test_files_sealed_by_cryptography_still_open(backend: str) -> None:
    """A key file and an encrypted export written by the version that used ``cryptography``."""
    key_file = KeyFile.from_text(
        (MADE_BY_CRYPTOGRAPHY / "journal.sqlite3.key").read_text(), MADE_BY_CRYPTOGRAPHY
    )
    assert bytes(key_file.unlock("correct horse battery staple").raw) == bytes(range(32))
    recovery = (MADE_BY_CRYPTOGRAPHY / "recovery-key.txt").read_text().strip()
    assert bytes(key_file.unlock_with_recovery(recovery).raw) == bytes(range(32))
    sealed = (MADE_BY_CRYPTOGRAPHY / "export.dbenc").read_bytes()
    plain = (MADE_BY_CRYPTOGRAPHY / "export-plain.json").read_bytes()
    assert unseal(sealed, "export passphrase") == plain


SESSION_WITHOUT_CRYPTOGRAPHY = """
import sys
from pathlib import Path
from desktop_blog.security.unlock import create_encrypted_journal
from desktop_blog.security.keys import read_key_file
from desktop_blog.transfer.encrypted_export import seal, unseal
journal = Path(sys.argv[1])
create_encrypted_journal(journal, "long enough").key.wipe()
read_key_file(journal).unlock("long enough").wipe()
assert unseal(seal(b"x" * 5000, "pp"), "pp") == b"x" * 5000
print(sorted(name for name in sys.modules if name.split(".")[0] == "cryptography"))
"""


def test_creating_unlocking_and_sealing_never_import_cryptography(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SESSION_WITHOUT_CRYPTOGRAPHY, str(tmp_path / "j.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
