"""Writing a ``.crmbak`` archive (the format: ``archive``): the tar stream of the members, and
age encryption of it into a hashing sink."""
from __future__ import annotations

import hashlib
import io
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
    RECORD,
    Progress,
    ReadAhead,
    abandon_buffered,
    check_cancel,
    detach_buffered,
)


class _Chunks(io.RawIOBase):
    """A readable stream over a generator of byte chunks (pyrage pulls from it)."""

    def __init__(self, chunks: Iterator[bytes], progress: Progress | None = None):
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self._read = 0
        self._progress = progress
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            while self._pos >= len(self._buf):
                self._buf = next(self._chunks, b"")
                self._pos = 0
                if not self._buf:
                    return 0
            n = min(len(b), len(self._buf) - self._pos)
            b[:n] = self._buf[self._pos:self._pos + n]
            self._pos += n
            self._read += n
            if self._progress:
                self._progress(self._read)
            return n
        except BaseException as exc:
            self.error = exc
            raise


def tar_chunks(members: list, mtime: float, *, progress: Progress | None = None,
               cancel=None, hashes: dict | None = None) -> Iterator[bytes]:
    """A ustar stream of ``members``: (name, bytes | file path | callable returning bytes, which
    is called when its turn comes: the manifest goes last, with the hashes taken on the way).
    File members are read in 1 MiB chunks and their SHA-256 and size put in ``hashes``."""
    written = 0
    for name, source in members:
        if callable(source):
            source = source()
        info = tarfile.TarInfo(name)
        info.mode = 0o600
        info.mtime = int(mtime)
        info.size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
        yield info.tobuf(format=tarfile.USTAR_FORMAT)
        written += tarfile.BLOCKSIZE
        if isinstance(source, bytes):
            yield source
            written += len(source)
        else:
            left = info.size
            sha = hashlib.sha256()
            with open(source, "rb") as fh:
                while left > 0:
                    check_cancel(cancel)
                    data = fh.read(min(CHUNK, left))
                    if not data:
                        raise IntegrityError(translate("Errors", "{name} shrank while it was archived.").format(
                            name=name))
                    left -= len(data)
                    sha.update(data)
                    written += len(data)
                    if progress:
                        progress(written)
                    yield data
            if hashes is not None:
                hashes[name] = {"sha256": sha.hexdigest(), "size": info.size}
        pad = (-info.size) % tarfile.BLOCKSIZE
        if pad:
            yield b"\0" * pad
            written += pad
    end = b"\0" * (2 * tarfile.BLOCKSIZE)
    written += len(end)
    yield end + b"\0" * ((-written) % RECORD)


class HashingWriter(io.RawIOBase):
    """Counts and hashes what passes through to ``sink`` (a binary file object)."""

    def __init__(self, sink, *, progress: Progress | None = None, cancel=None, fault_after: int | None = None):
        self.sink = sink
        self.sha = hashlib.sha256()
        self.size = 0
        self.progress = progress
        self.cancel = cancel
        self.fault_after = fault_after
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        try:
            check_cancel(self.cancel)
            data = bytes(b)
            self.sink.write(data)
            self.sha.update(data)
            self.size += len(data)
            if self.fault_after is not None and self.size >= self.fault_after:
                self.fault_after = None
                faults.point("upload-mid")
            if self.progress:
                self.progress(self.size)
            return len(data)
        except BaseException as exc:
            self.error = exc
            raise

    def hexdigest(self) -> str:
        return self.sha.hexdigest()



def _reraise(exc: BaseException, *sides) -> None:
    for side in sides:
        err = getattr(side, "error", None)
        if err is not None:
            raise err from None
    raise IntegrityError(translate("Errors", "The archive could not be processed ({reason}).").format(
        reason=exc)) from exc


def recipients_from(strings: list[str]) -> list:
    out = []
    for s in strings:
        try:
            out.append(pyrage.x25519.Recipient.from_str(s.strip()))
        except Exception:
            raise IntegrityError(translate("Errors", "Not an age X25519 recipient: {start}…").format(
                start=s[:20])) from None
    return out


def encrypt(chunks: Iterator[bytes], sink: HashingWriter, recipients: list[str], *,
            progress: Progress | None = None) -> None:
    """Encrypt the tar ``chunks`` (produced on a helper thread: reading and hashing the snapshot)
    to ``recipients`` into ``sink``. ``progress(bytes of tar read)`` is called on this thread."""
    keys = recipients_from(recipients)
    ahead = ReadAhead(chunks, "vaultcrm-archive-tar")
    reader = _Chunks(ahead, progress)
    src = io.BufferedReader(reader, buffer_size=BUFFER)
    dst = io.BufferedWriter(sink, buffer_size=BUFFER)
    try:
        try:
            pyrage.encrypt_io(src, dst, keys)
            detach_buffered(dst)
        finally:
            ahead.close()
    except Exception as exc:
        abandon_buffered(dst)
        _reraise(exc, reader, sink)
    except BaseException:
        abandon_buffered(dst)
        raise


