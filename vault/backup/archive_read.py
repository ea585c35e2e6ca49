"""Reading a ``.crmbak`` archive (the format: ``archive``): the hashing reader of the
ciphertext, age decryption, and the parser of the tar stream inside (nothing trusted until age
has authenticated the whole stream)."""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pyrage

from ..errors import IntegrityError
from ..i18n import translate
from . import faults
from .archive import (
    BUFFER,
    CHUNK,
    MEMBERS,
    SMALL_LIMIT,
    Progress,
    ReadAhead,
    abandon_buffered,
    check_cancel,
    detach_buffered,
)


class HashingReader(io.RawIOBase):
    """Reads ``source`` in chunks on a helper thread (``ReadAhead``), hashing and counting the
    ciphertext as it goes; cancel checks and progress stay on the caller's thread. ``close()``
    stops the helper: call it before ``source`` is closed."""

    def __init__(self, source, *, progress: Progress | None = None, cancel=None):
        self.source = source
        self.sha = hashlib.sha256()
        self.size = 0
        self.progress = progress
        self.cancel = cancel
        self.error: BaseException | None = None
        self._buf = memoryview(b"")
        self._ahead = ReadAhead(self._chunks(), "vaultcrm-archive-read")

    def _chunks(self) -> Iterator[bytes]:  # on the helper thread
        while True:
            data = self.source.read(BUFFER)
            if not data:
                return
            self.sha.update(data)
            yield data

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            check_cancel(self.cancel)
            if not len(self._buf):
                self._buf = memoryview(next(self._ahead, b""))
            n = min(len(b), len(self._buf))
            b[:n] = self._buf[:n]
            self._buf = self._buf[n:]
            self.size += n
            if self.progress:
                self.progress(self.size)
            return n
        except BaseException as exc:
            self.error = exc
            raise

    def drain(self) -> None:
        """Read to the end (what age did not need: trailing bytes after the last chunk), so the
        hash covers every byte."""
        buf = bytearray(CHUNK)
        while self.readinto(memoryview(buf)):
            pass

    def close(self) -> None:
        self._ahead.close()
        super().close()

    def hexdigest(self) -> str:
        return self.sha.hexdigest()


class TarParser(io.RawIOBase):
    """Receives the decrypted tar stream: small members stay in memory, ``vault.db`` goes to
    ``dest/vault.db`` (the SQLCipher copy: still encrypted with the snapshot key). Every member
    is hashed. Nothing here is trusted until age has authenticated the whole stream."""

    def __init__(self, dest: Path | None, *, fsync: bool = True):
        self.dest = dest
        self.fsync = fsync
        self.members: dict[str, dict] = {}
        self.small: dict[str, bytes] = {}
        self.error: BaseException | None = None
        self._buf = bytearray()
        self._left = 0
        self._pad = 0
        self._cur: str | None = None
        self._fh = None
        self._sha = None
        self._acc: bytearray | None = None
        self._ended = False
        self._zero_blocks = 0
        self._seen = 0
        self._fault_done = False

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if self.error is not None:  # the first error tells what is wrong; later data is not parsed
            raise self.error
        try:
            self._feed(memoryview(b))
            return len(b)
        except BaseException as exc:
            self.error = exc
            raise

    def _feed(self, mv: memoryview) -> None:
        while len(mv):
            if self._ended:
                return
            if self._left > 0:
                n = min(self._left, len(mv))
                chunk = mv[:n]
                self._sha.update(chunk)
                if self._fh is not None:
                    self._fh.write(chunk)
                elif self._acc is not None:
                    self._acc += chunk
                self._left -= n
                self._seen += n
                if self._seen >= 64 * 1024 and not self._fault_done:
                    self._fault_done = True
                    faults.point("restore-decrypt-mid")
                mv = mv[n:]
                if self._left == 0:
                    self._finish_member()
                continue
            if self._pad > 0:
                n = min(self._pad, len(mv))
                self._pad -= n
                mv = mv[n:]
                continue
            need = tarfile.BLOCKSIZE - len(self._buf)
            self._buf += mv[:need]
            mv = mv[need:]
            if len(self._buf) == tarfile.BLOCKSIZE:
                block, self._buf = bytes(self._buf), bytearray()
                self._header(block)

    def _header(self, block: bytes) -> None:
        if block == b"\0" * tarfile.BLOCKSIZE:
            self._zero_blocks += 1
            if self._zero_blocks == 2:
                self._ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except tarfile.TarError as exc:
            raise IntegrityError(translate("Errors", "The archive's tar stream is damaged ({reason}).").format(
                reason=exc)) from None
        if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            # our writer never needs one (short names, members far below 8 GiB but vault.db): an
            # extended header is a tar made elsewhere or altered, whatever it says about the next member
            raise IntegrityError(translate("Errors", "The archive holds an extended tar header (pax or GNU), which"
                                           " this app never writes: it was not made by VaultCRM or has been altered."))
        if info.name not in MEMBERS:
            raise IntegrityError(translate("Errors", "Unexpected member in the archive: {name}.").format(
                name=repr(info.name[:80])))
        if info.name in self.members:
            raise IntegrityError(translate("Errors", "{name} appears twice in the archive.").format(name=info.name))
        if not info.isreg():
            raise IntegrityError(translate("Errors", "{name} in the archive is not a regular file.").format(
                name=info.name))
        if info.name != "vault.db" and info.size > SMALL_LIMIT:
            raise IntegrityError(translate("Errors", "{name} in the archive is too large ({size} bytes; at most"
                                                     " {limit}): not a backup this app made.").format(
                name=info.name, size=f"{info.size:,}", limit=f"{SMALL_LIMIT:,}"))
        self._cur = info.name
        self._left = info.size
        self._pad = (-info.size) % tarfile.BLOCKSIZE
        self._sha = hashlib.sha256()
        if info.name == "vault.db" and self.dest is not None:
            fd = os.open(str(self.dest / "vault.db"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            self._fh = open(fd, "wb", buffering=CHUNK)
        elif info.name != "vault.db":
            self._acc = bytearray()
        self.members[info.name] = {"size": info.size}
        if info.size == 0:
            self._finish_member()

    def _finish_member(self) -> None:
        self.members[self._cur]["sha256"] = self._sha.hexdigest()
        if self._fh is not None:
            self._fh.flush()
            if self.fsync:
                os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
        if self._acc is not None:
            self.small[self._cur] = bytes(self._acc)
            self._acc = None
        self._cur = None

    def close_files(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    @property
    def complete(self) -> bool:
        return self._ended and self._cur is None


def decrypt(reader: HashingReader, parser: TarParser, identity: str) -> None:
    """Decrypt ``reader`` with the recovery identity into ``parser``; raises IntegrityError if age
    refuses (wrong key, flipped byte, truncation) or the tar inside is not ours."""
    try:
        ident = pyrage.x25519.Identity.from_str(identity.strip())
    except Exception:
        from ..errors import AuthenticationError

        raise AuthenticationError(translate("Errors", "That is not a valid recovery key (AGE-SECRET-KEY-1…).")
                                  ) from None
    src = io.BufferedReader(reader, buffer_size=BUFFER)
    dst = io.BufferedWriter(parser, buffer_size=BUFFER)  # the parser sees 256 KiB writes, not 8 KiB ones
    try:
        try:
            pyrage.decrypt_io(src, dst, [ident])
            detach_buffered(dst)
        except BaseException:
            abandon_buffered(dst)
            raise
        finally:
            with contextlib.suppress(Exception):
                src.detach()
    except Exception as exc:
        parser.close_files()
        for side in (reader, parser):
            err = getattr(side, "error", None)
            if err is not None:
                raise err from None
        if "no matching keys" in str(exc).lower() or "no identity" in str(exc).lower():
            from ..errors import AuthenticationError

            raise AuthenticationError(translate("Errors", "The recovery key does not open this archive.")) from None
        raise IntegrityError(translate("Errors", "The archive is damaged or was modified: age refused to decrypt it"
                                                 " ({reason}).").format(reason=exc)) from None
    finally:
        parser.close_files()
    if not parser.complete:
        raise IntegrityError(translate("Errors", "The archive's tar stream is incomplete."))


