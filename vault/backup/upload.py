"""The upload protocol (``publish``): write to a hidden temporary name, check the size, read it
back and compare the SHA-256, then rename to the final name; S3 has no rename, so there the
archive is one multipart upload to the final name, completed last (an unfinished multipart upload
is invisible), then read back. The ``.sig`` file is written last, the same way. Only archives with
a valid signature are listed as good; stale partial files are removed later (``cleanup_stale``).
A target that refuses deletes still takes backups (the leftovers are simply never listed)."""
from __future__ import annotations

import time
from collections.abc import Callable

from ..errors import IntegrityError, StorageError
from ..fsutil import describe_os_error
from ..i18n import translate
from . import faults
from .archive import sha256_stream
from .archive_write import HashingWriter
from .location import PARTIAL, S3Target, Target, partial_name


def hash_remote(target: Target, name: str, cancel=None, progress=None) -> tuple[str, int]:
    with target.open_read(name) as fh:
        return sha256_stream(fh, cancel, progress)


def publish(target: Target, name: str, produce: Callable[[HashingWriter], None], *,
            progress: Callable[[str, int, int], None] | None = None, cancel=None) -> tuple[str, int]:
    """Write an archive with ``produce(writer)`` under ``name`` following the upload protocol.
    Returns (sha256, size) of what was read back. On any failure nothing is left under ``name``."""
    def prog(phase):
        return (lambda n: progress(phase, n, 0)) if progress else None

    tmp = partial_name(name) if target.atomic_rename else name
    published = False
    try:
        with target.writer(tmp) as fh:
            w = HashingWriter(fh, progress=prog("upload"), cancel=cancel, fault_after=64 * 1024)
            produce(w)
        faults.point("upload-done")
        size = target.size(tmp)
        if size != w.size:
            raise StorageError(translate("Errors", "The location stored {stored} bytes of {size}: upload incomplete."
                                         ).format(stored=size, size=w.size))
        digest, n = hash_remote(target, tmp, cancel, prog("read-back"))
        if digest != w.hexdigest() or n != w.size:
            raise IntegrityError(translate("Errors", "The archive read back from the location differs from what"
                                                     " was sent."))
        faults.point("read-back-done")
        if target.atomic_rename:
            existing = {e["name"] for e in target.ls()}
            if name in existing:
                raise StorageError(translate("Errors", "{name} already exists at {url}.").format(
                    name=name, url=target.url))
            target.rename(tmp, name)
            published = True
            if target.size(name) != w.size:
                raise StorageError(translate("Errors", "The archive changed size when it was renamed."))
        published = True
        faults.point("archive-published")
        return digest, n
    except BaseException as exc:
        target.delete(tmp)
        if published and target.atomic_rename:
            target.delete(name)
        if isinstance(exc, OSError):
            raise StorageError(translate("Errors", "Writing the backup failed: {reason}").format(
                reason=describe_os_error(exc, target.url))) from exc
        if isinstance(exc, Exception) and not isinstance(exc, StorageError | IntegrityError) and \
                type(exc).__module__.split(".")[0] in ("asyncssh", "botocore", "httpx", "webdav4", "s3fs"):
            raise StorageError(translate("Errors", "Writing the backup to {url} failed: {reason}.").format(
                url=target.url, reason=exc)) from exc
        raise


def publish_signature(target: Target, name: str, data: bytes) -> None:
    sig = name + ".sig" if not name.endswith(".sig") else name
    try:
        target.put_bytes(sig, data)
        if target.get_bytes(sig) != data:
            target.delete(sig)
            raise IntegrityError(translate("Errors", "The signature read back from the location differs from what"
                                                     " was sent."))
    except OSError as exc:
        raise StorageError(translate("Errors", "Writing the signature failed: {reason}").format(
            reason=describe_os_error(exc, target.url))) from exc


def cleanup_stale(target: Target, *, prefix: str = "", older_than: float = 3600.0, now: float | None = None,
                  keep: set[str] | None = None) -> list[str]:
    """Remove partial uploads and unsigned archives left by a killed run (older than
    ``older_than`` seconds; only names starting with ``prefix``). Refused deletes are ignored."""
    now = time.time() if now is None else now  # compared with file times: the file system's clock
    entries = target.ls()
    names = {e["name"] for e in entries}
    removed = []
    for e in entries:
        n = e["name"]
        stem = n[1:] if n.startswith(".") else n
        if prefix and not stem.startswith(prefix):
            continue
        stale = PARTIAL in n or (n.endswith(".crmbak") and n + ".sig" not in names)
        if not stale or (keep and n in keep):
            continue
        if e.get("mtime") is not None and now - e["mtime"] < older_than:
            continue
        if target.delete(n):
            removed.append(n)
    if isinstance(target, S3Target) and prefix:
        removed += target.abort_stale_uploads(prefix, older_than, now)
    return removed
