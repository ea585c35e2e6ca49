"""The ``.crmbak`` archive: the age format (X25519) around a tar of three members::

    keyslots.json   the vault's key slots at backup time (recovery slot included)
    vault.db        the SQLCipher snapshot keyed with the fresh key
    manifest.json   format, vault id, time, user, versions, row counts, member SHA-256s,
                    audit chain head, and the snapshot's fresh SQLCipher key (hex); last, so
                    the database is read once (hashed while it is archived)

Both directions stream through ``pyrage.encrypt_io``/``decrypt_io`` with small buffers, so
memory stays flat whatever the vault size. ``age -d -i recovery.txt X.crmbak | tar x`` reads it.

Speed: age reads and writes 8 KiB at a time; each of those calls is served from a 256 KiB
``io.Buffered*`` buffer (C), so our Python code runs once per 256 KiB instead of 32 times. On the
reading side a helper thread reads and hashes ahead of age (``ReadAhead``; age releases the GIL
while it works), which took about a third off both directions at 1 GB (see BENCHMARKS.md). Cancel
checks and progress callbacks stay on the caller's thread.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import tarfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pyrage

from ..errors import IntegrityError
from ..jobs import JobContext
from . import faults

FORMAT = 1
SUFFIX = ".crmbak"
SIG_SUFFIX = ".crmbak.sig"
MEMBERS = ("keyslots.json", "vault.db", "manifest.json")  # in this order; manifest last
SMALL_LIMIT = 4 * 1024 * 1024  # manifest.json and keyslots.json are kept in memory, capped
CHUNK = 1024 * 1024
RECORD = 10240
DEPTH = 8  # chunks a helper thread may read ahead of the caller
BUFFER = 256 * 1024  # the io.Buffered* wrappers around age and the archive reads: measured faster than 1 MiB

Progress = Callable[[int], None]


def check_cancel(cancel: JobContext | None) -> None:
    """``cancel`` is the running job's ``vault.jobs.JobContext`` (or None): raises ``Cancelled``."""
    if cancel is not None:
        cancel.check()


# ----------------------------------------------------------------------------- helper thread
_END = object()


class ReadAhead:
    """Iterates ``chunks`` on a helper thread, up to ``DEPTH`` items ahead of the caller; an
    exception from the iterator reaches the caller in its place. ``close()`` stops the thread
    (and closes the iterator there)."""

    def __init__(self, chunks: Iterator[bytes], name: str = "vaultcrm-read-ahead"):
        self._q: queue.Queue = queue.Queue(DEPTH)
        self._stop = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(chunks,), name=name, daemon=True)
        self._thread.start()

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=0.05)
                return True
            except queue.Full:
                pass
        return False

    def _run(self, chunks) -> None:
        try:
            for chunk in chunks:
                if not self._put(chunk):
                    break
            else:
                self._put(_END)
        except BaseException as exc:
            self._put(exc)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    close()

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        if self._done:
            raise StopIteration
        item = self._q.get()
        if item is _END or isinstance(item, BaseException):
            self._done = True
            if item is _END:
                raise StopIteration
            raise item
        return item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def _detach(buffered) -> None:
    """Flush an ``io.Buffered*`` wrapper and let go of its raw stream (which stays open)."""
    buffered.flush()
    buffered.detach()


def _abandon(buffered) -> None:
    """After a failure: drop the wrapper without flushing into a stream that failed."""
    with contextlib.suppress(Exception):
        buffered.detach()


# ----------------------------------------------------------------------------- writing
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
                        raise IntegrityError(f"{name} shrank while it was archived")
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
    raise IntegrityError(f"the archive could not be processed ({exc})") from exc


def recipients_from(strings: list[str]) -> list:
    out = []
    for s in strings:
        try:
            out.append(pyrage.x25519.Recipient.from_str(s.strip()))
        except Exception:
            raise IntegrityError(f"not an age X25519 recipient: {s[:20]}…") from None
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
            _detach(dst)
        finally:
            ahead.close()
    except Exception as exc:
        _abandon(dst)
        _reraise(exc, reader, sink)
    except BaseException:
        _abandon(dst)
        raise


# ----------------------------------------------------------------------------- reading
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
            raise IntegrityError(f"the archive's tar stream is damaged ({exc})") from None
        if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            # our writer never needs one (short names, members far below 8 GiB but vault.db): an
            # extended header is a tar made elsewhere or altered, whatever it says about the next member
            raise IntegrityError("the archive holds an extended tar header (pax or GNU), which this app never "
                                 "writes: it was not made by VaultCRM or has been altered")
        if info.name not in MEMBERS:
            raise IntegrityError(f"unexpected member in the archive: {info.name[:80]!r}")
        if info.name in self.members:
            raise IntegrityError(f"{info.name} appears twice in the archive")
        if not info.isreg():
            raise IntegrityError(f"{info.name} in the archive is not a regular file")
        if info.name != "vault.db" and info.size > SMALL_LIMIT:
            raise IntegrityError(f"{info.name} in the archive is too large ({info.size:,} bytes; "
                                 f"at most {SMALL_LIMIT:,}): not a backup this app made")
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

        raise AuthenticationError("that is not a valid recovery key (AGE-SECRET-KEY-1…)") from None
    src = io.BufferedReader(reader, buffer_size=BUFFER)
    dst = io.BufferedWriter(parser, buffer_size=BUFFER)  # the parser sees 256 KiB writes, not 8 KiB ones
    try:
        try:
            pyrage.decrypt_io(src, dst, [ident])
            _detach(dst)
        except BaseException:
            _abandon(dst)
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

            raise AuthenticationError("the recovery key does not open this archive") from None
        raise IntegrityError("the archive is damaged or was modified: age refused to decrypt it "
                             f"({exc})") from None
    finally:
        parser.close_files()
    if not parser.complete:
        raise IntegrityError("the archive's tar stream is incomplete")


def sha256_stream(fh, cancel=None, progress=None) -> tuple[str, int]:
    """SHA-256 and size of a readable stream, read in chunks (cancellable, with progress)."""
    sha = hashlib.sha256()
    size = 0
    while True:
        check_cancel(cancel)
        data = fh.read(CHUNK)
        if not data:
            break
        sha.update(data)
        size += len(data)
        if progress:
            progress(size)
    return sha.hexdigest(), size
