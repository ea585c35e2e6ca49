"""An encrypted spool: a temporary file whose content is AES-256-GCM encrypted with a key that
lives only in memory, so a crash or kill in the middle of a long export leaves only unreadable
bytes behind. ``publish(dest)`` decrypts it into ``dest`` (temp name, fsync, rename) at the end.
"""
from __future__ import annotations

import contextlib
import io
import os
import struct
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import StorageError
from .fsutil import describe_os_error, place_output, write_atomically

PREFIX = ".vaultcrm-spool-"
CHUNK = 64 * 1024


class EncryptedSpool(io.RawIOBase):
    def __init__(self, folder: Path):
        super().__init__()
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))
        try:
            fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=".enc", dir=str(folder))
        except OSError as exc:
            raise StorageError(describe_os_error(exc, folder)) from exc
        self.path = Path(name)
        self._file = os.fdopen(fd, "wb")
        self._buf = bytearray()
        self._chunks = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._buf += data
        while len(self._buf) >= CHUNK:
            self._seal(bytes(self._buf[:CHUNK]))
            del self._buf[:CHUNK]
        return len(data)

    def _seal(self, chunk: bytes) -> None:
        nonce = self._chunks.to_bytes(12, "big")
        sealed = self._aead.encrypt(nonce, chunk, b"spool")
        try:
            self._file.write(struct.pack(">I", len(sealed)) + sealed)
            self._file.flush()
        except OSError as exc:
            raise StorageError(describe_os_error(exc, self.path)) from exc
        self._chunks += 1

    def publish(self, dest: Path, *, force: bool = False) -> None:
        """Decrypt into ``dest``: written whole (temp name, fsync, rename) or not at all. The name is
        given as ``fsutil.place_output`` does: never over anything without ``force``, never over
        what is not a regular file (``dest`` was checked by ``fsutil.check_output_path`` first)."""
        if self._buf:
            self._seal(bytes(self._buf))
            self._buf.clear()
        self._file.close()

        def decrypt_into(out) -> None:
            with open(self.path, "rb") as src:
                for n in range(self._chunks):
                    size = struct.unpack(">I", src.read(4))[0]
                    out.write(self._aead.decrypt(n.to_bytes(12, "big"), src.read(size), b"spool"))

        try:
            write_atomically(dest, decrypt_into, place=lambda tmp, d: place_output(tmp, d, force=force),
                             suffix=".partial")
        finally:
            self.discard()

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self._file.close()
        with contextlib.suppress(OSError):
            self.path.unlink()


def sweep(folder: Path) -> int:
    """Remove spools a crash left behind (unreadable: their keys died with the process)."""
    n = 0
    for p in Path(folder).glob(PREFIX + "*.enc"):
        with contextlib.suppress(OSError):
            p.unlink()
            n += 1
    return n
