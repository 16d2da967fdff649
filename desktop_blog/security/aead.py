"""AES-256-GCM from an OpenSSL the process has anyway (no Qt).

The key file's wrapped keys and the encrypted export are AES-256-GCM. On Linux the cipher
comes, through :mod:`ctypes`, from the OpenSSL that SQLCipher's extension
(``sqlcipher3._sqlite3``) is built with and exports: the journal needs that library anyway.
If an extension does not export it, the ``libcrypto`` Python's ``hashlib`` loads is used
(its import costs 3.7 MiB resident, which an encrypted journal's session otherwise never
spends). Loading ``cryptography`` for the cipher cost 6.8 MiB of resident memory at every
start and 11.6 MB of the bundle (README > Performance); it is used only where neither
library is found (it is a dependency off Linux only). All produce the same bytes: the tests
check NIST's vectors and files made by ``cryptography``.

ctypes releases the interpreter during each call, so a worker thread sealing a large export
leaves the GUI thread free; data goes to OpenSSL in 1 MiB pieces (its length is a C ``int``).
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Protocol

logger = logging.getLogger(__name__)

KEY_BYTES = 32
TAG_BYTES = 16
_PIECE = 1 << 20
# EVP_CIPHER_CTX_ctrl commands (openssl/evp.h; the same in OpenSSL 1.1 and 3).
_SET_IVLEN = 0x9
_GET_TAG = 0x10
_SET_TAG = 0x11


class InvalidTagError(ValueError):
    """The key, nonce, associated data or ciphertext is not what was sealed."""


class _Cipher(Protocol):
    """What :class:`AesGcm` asks of a backend."""

    def encrypt(self, nonce: bytes, data: bytes, associated: bytes) -> bytes: ...

    def encrypt_pieces(
        self, nonce: bytes, pieces: Iterable[bytes], associated: bytes
    ) -> Iterator[bytes]: ...

    def decrypt(self, nonce: bytes, sealed: bytes, associated: bytes) -> bytes: ...


class AesGcm:
    """AES-256-GCM with a 16-byte tag appended to the ciphertext (as ``AESGCM`` does)."""

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("AES-256-GCM takes a 32-byte key")
        self._cipher = _backend()(bytes(key))

    def encrypt(self, nonce: bytes, data: bytes, associated: bytes) -> bytes:
        """``data`` sealed: its ciphertext followed by the tag."""
        _check_nonce(nonce)
        return self._cipher.encrypt(nonce, data, associated)

    def encrypt_pieces(
        self, nonce: bytes, pieces: Iterable[bytes], associated: bytes
    ) -> Iterator[bytes]:
        """``pieces`` sealed as one message, as they come: the ciphertext of each piece, then
        the tag. Joined, the same bytes as :meth:`encrypt` of the pieces joined, without the
        whole message in memory at once."""
        _check_nonce(nonce)
        return self._cipher.encrypt_pieces(nonce, pieces, associated)

    def decrypt(self, nonce: bytes, sealed: bytes, associated: bytes) -> bytes:
        """The plain data; raises :class:`InvalidTagError` if anything was altered."""
        _check_nonce(nonce)
        if len(sealed) < TAG_BYTES:
            raise InvalidTagError("too short")
        return self._cipher.decrypt(nonce, sealed, associated)


def _check_nonce(nonce: bytes) -> None:
    """Refuse a nonce OpenSSL would (``ValueError``, as ``cryptography`` does): 8-128 bytes."""
    if not 8 <= len(nonce) <= 128:
        raise ValueError("AES-GCM takes a nonce of 8 to 128 bytes")


class _OpenSsl:
    """The EVP calls of one OpenSSL library, typed for ctypes."""

    def __init__(self, library: ctypes.CDLL) -> None:
        pointer, size = ctypes.c_void_p, ctypes.c_int
        self.new = library.EVP_CIPHER_CTX_new
        self.new.restype, self.new.argtypes = pointer, []
        self.free = library.EVP_CIPHER_CTX_free
        self.free.restype, self.free.argtypes = None, [pointer]
        self.aes_256_gcm = library.EVP_aes_256_gcm
        self.aes_256_gcm.restype, self.aes_256_gcm.argtypes = pointer, []
        self.ctrl = library.EVP_CIPHER_CTX_ctrl
        self.ctrl.restype, self.ctrl.argtypes = size, [pointer, size, size, pointer]
        steps = {}
        for direction in ("Encrypt", "Decrypt"):
            init = getattr(library, f"EVP_{direction}Init_ex")
            init.restype, init.argtypes = size, [pointer] * 5
            update = getattr(library, f"EVP_{direction}Update")
            update.restype = size
            update.argtypes = [pointer, pointer, ctypes.POINTER(size), pointer, size]
            final = getattr(library, f"EVP_{direction}Final_ex")
            final.restype, final.argtypes = size, [pointer, pointer, ctypes.POINTER(size)]
            steps[direction] = (init, update, final)
        self.steps = steps


class _LibcryptoGcm:
    """One key's AES-256-GCM through :class:`_OpenSsl`."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._ssl = _openssl()

    def encrypt_pieces(
        self, nonce: bytes, pieces: Iterable[bytes], associated: bytes
    ) -> Iterator[bytes]:
        ctx = self._start("Encrypt", nonce, associated)
        try:
            for piece in pieces:
                out = ctypes.create_string_buffer(max(len(piece), 1))
                self._feed("Encrypt", ctx, piece, len(piece), ctypes.addressof(out), final=False)
                yield ctypes.string_at(out, len(piece))
            tag = ctypes.create_string_buffer(TAG_BYTES)
            _init, _update, finish = self._ssl.steps["Encrypt"]
            written = ctypes.c_int()
            self._check(finish(ctx, ctypes.addressof(tag), ctypes.byref(written)))
            self._check(self._ssl.ctrl(ctx, _GET_TAG, TAG_BYTES, ctypes.addressof(tag)))
            yield tag.raw
        finally:
            self._ssl.free(ctx)

    def encrypt(self, nonce: bytes, data: bytes, associated: bytes) -> bytes:
        out = ctypes.create_string_buffer(len(data) + TAG_BYTES)
        ctx = self._start("Encrypt", nonce, associated)
        try:
            self._feed("Encrypt", ctx, data, len(data), ctypes.addressof(out))
            tag_at = ctypes.addressof(out) + len(data)
            self._check(self._ssl.ctrl(ctx, _GET_TAG, TAG_BYTES, tag_at))
        finally:
            self._ssl.free(ctx)
        return out.raw

    def decrypt(self, nonce: bytes, sealed: bytes, associated: bytes) -> bytes:
        size = len(sealed) - TAG_BYTES
        out = ctypes.create_string_buffer(max(size, 1))
        tag = ctypes.create_string_buffer(sealed[size:], TAG_BYTES)
        ctx = self._start("Decrypt", nonce, associated)
        try:
            self._check(self._ssl.ctrl(ctx, _SET_TAG, TAG_BYTES, ctypes.addressof(tag)))
            if not self._feed("Decrypt", ctx, sealed, size, ctypes.addressof(out)):
                raise InvalidTagError("the tag does not match")
        finally:
            self._ssl.free(ctx)
        return ctypes.string_at(out, size)  # one copy (out.raw[:size] made two)

    def _start(self, direction: str, nonce: bytes, associated: bytes) -> int:
        init, _update, _final = self._ssl.steps[direction]
        ctx = self._ssl.new()
        if not ctx:
            raise MemoryError("EVP_CIPHER_CTX_new")
        try:
            self._check(init(ctx, self._ssl.aes_256_gcm(), None, None, None))
            self._check(self._ssl.ctrl(ctx, _SET_IVLEN, len(nonce), None))
            self._check(init(ctx, None, None, _address(self._key), _address(nonce)))
            self._feed(direction, ctx, associated, len(associated), None, final=False)
        except BaseException:
            self._ssl.free(ctx)
            raise
        return int(ctx)

    def _feed(
        self,
        direction: str,
        ctx: int,
        data: bytes,
        size: int,
        out: int | None,
        *,
        final: bool = True,
    ) -> bool:
        """Feed ``data[:size]`` (into ``out``, or as associated data when None).

        Returns whether the final step (for decryption, the tag check) succeeded.
        """
        _init, update, finish = self._ssl.steps[direction]
        base = _address(data)
        written = ctypes.c_int()
        done = 0
        for start in range(0, size, _PIECE):
            length = min(_PIECE, size - start)
            target = None if out is None else out + done
            self._check(update(ctx, target, ctypes.byref(written), base + start, length))
            done += written.value
        if not final:
            return True
        assert out is not None
        return bool(finish(ctx, out + done, ctypes.byref(written)) > 0)

    @staticmethod
    def _check(result: int) -> None:
        if result <= 0:
            raise RuntimeError("OpenSSL refused an AES-GCM step")


def _address(data: bytes) -> int:
    """The address of the bytes inside ``data`` (no copy; the caller keeps it alive)."""
    return ctypes.cast(ctypes.c_char_p(data), ctypes.c_void_p).value or 0


class _CryptographyGcm:
    """The same cipher from ``cryptography``, where no OpenSSL was found."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._key = key
        self._aead = AESGCM(key)

    def encrypt_pieces(
        self, nonce: bytes, pieces: Iterable[bytes], associated: bytes
    ) -> Iterator[bytes]:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(associated)
        for piece in pieces:
            yield encryptor.update(piece)
        yield encryptor.finalize()
        yield encryptor.tag

    def encrypt(self, nonce: bytes, data: bytes, associated: bytes) -> bytes:
        return self._aead.encrypt(nonce, data, associated)

    def decrypt(self, nonce: bytes, sealed: bytes, associated: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(nonce, sealed, associated)
        except InvalidTag as exc:
            raise InvalidTagError("the tag does not match") from exc


def sqlcipher_path() -> str | None:
    """SQLCipher's extension, if it exports OpenSSL's AES-GCM (``sqlcipher3-wheels`` does)."""
    try:
        from sqlcipher3 import _sqlite3  # type: ignore[attr-defined]

        path = str(_sqlite3.__file__)
        library = ctypes.CDLL(path)  # already mapped: only a handle
    except (ImportError, OSError, AttributeError, TypeError):
        return None
    return path if hasattr(library, "EVP_aes_256_gcm") else None


def libcrypto_path() -> str | None:
    """The ``libcrypto`` that Python's ``hashlib`` mapped into this process (Linux), if any."""
    try:
        import _hashlib  # noqa: F401  (loads libcrypto)

        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                path = line.rstrip("\n").partition("/")[2]
                if path and "/libcrypto.so" in "/" + path:
                    return "/" + path
    except (ImportError, OSError):
        return None
    return None


@cache
def openssl_path() -> str | None:
    """The library the cipher comes from: SQLCipher's extension, else hashlib's libcrypto."""
    return sqlcipher_path() or libcrypto_path()


@cache
def _openssl() -> _OpenSsl:
    path = openssl_path()
    if path is None:
        raise OSError("no OpenSSL in this process")
    return _OpenSsl(ctypes.CDLL(path))


@cache
def _backend() -> Callable[[bytes], _Cipher]:
    """An OpenSSL of this process when there is one and it works, else ``cryptography``."""
    if sys.platform.startswith("linux"):
        try:
            _openssl()
            return _LibcryptoGcm
        except (OSError, AttributeError) as exc:
            logger.warning(
                "AES-GCM: no usable OpenSSL (%s); using cryptography", type(exc).__name__
            )
    return _CryptographyGcm


def backend_name() -> str:
    """Where the cipher comes from, for the smoke test's report: a library path or a name."""
    if _backend() is _LibcryptoGcm:
        return f"OpenSSL {openssl_path()}"
    return "cryptography"
