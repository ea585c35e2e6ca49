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

This module: the format's constants and what both directions share; writing is in
``archive_write`` (tar, encrypt), reading in ``archive_read`` (decrypt, the tar parser).
"""
from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from collections.abc import Callable, Iterator

from ..jobs import JobContext

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


def detach_buffered(buffered) -> None:
    """Flush an ``io.Buffered*`` wrapper and let go of its raw stream (which stays open)."""
    buffered.flush()
    buffered.detach()


def abandon_buffered(buffered) -> None:
    """After a failure: drop the wrapper without flushing into a stream that failed."""
    with contextlib.suppress(Exception):
        buffered.detach()



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
