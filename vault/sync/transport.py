"""Publishing and fetching sync files on a location opened by ``vault.backup.targets.open_target``
(a folder, SFTP, WebDAV, S3), with the paths of ``layout``.

``publish_once`` writes a file that must never change once visible (a segment, a roster version,
a snapshot); it refuses when the name already exists and never leaves a partial file under the
final name. Per kind (``docs/SYNC.md``, "Transport"):

- folder: write a hidden temporary file (``O_EXCL``, fsync), then ``link()`` it to the final name
  (the kernel refuses an existing name), unlink the temporary name, fsync the folder;
- SFTP: write the temporary file, then the protocol's plain RENAME (not the ``posix-rename``
  extension, which overwrites): OpenSSH's server links and unlinks, refusing an existing name;
- WebDAV: upload the temporary file, then ``MOVE`` with ``Overwrite: F`` (412 if the name exists);
- S3: no rename, so one ``PUT`` to the final name (atomic: a PUT is visible whole or not at all)
  with ``If-None-Match: *``, after a HEAD that refuses an existing name (servers that ignore the
  header still refuse what existed before the HEAD).

Then the file is read back and compared byte for byte. Temporary names start with a dot and carry
``.partial-``; no ``layout.parse_*`` accepts them, so a kill mid-publish leaves nothing a reader
takes for a file.
"""
from __future__ import annotations

import contextlib
import errno
import os
import posixpath
from collections.abc import Iterator

from ..backup.location import PARTIAL, LocalTarget, S3Target, SFTPTarget, Target, WebdavTarget, partial_name
from ..errors import IntegrityError, StorageError
from ..fsutil import describe_os_error, fsync_dir
from ..i18n import translate
from . import layout

MAX_FILE = (64 << 20) + 4096


class AlreadyPublished(StorageError):
    """The name is taken on the location: a file there is never replaced."""

    def __init__(self, message: str, path: str, **details):
        super().__init__(message, path=path, **details)
        self.path = path


# ----------------------------------------------------------------------------- folders of a target
def at(target: Target, rel_dir: str) -> Target:
    """The same location, rooted at ``rel_dir`` (a ``/``-separated relative folder) below it."""
    rel_dir = rel_dir.strip("/")
    if not rel_dir:
        return target
    if any(p in ("", ".", "..") for p in rel_dir.split("/")):
        raise ValueError(f"not a relative folder: {rel_dir!r}")
    url = target.url.rstrip("/") + "/" + rel_dir
    if isinstance(target, LocalTarget):
        return LocalTarget(url, target.dir / rel_dir)
    root = posixpath.join(target.root, rel_dir) if target.root else rel_dir
    return type(target)(url, target.fs, root)


def list_entries(target: Target, rel_dir: str) -> list[tuple[str, str]]:
    """(name, "file" | "directory") of what ``rel_dir`` holds; a missing folder holds nothing."""
    sub = at(target, rel_dir)
    if isinstance(sub, LocalTarget):
        try:
            with os.scandir(sub.dir) as it:
                return [(e.name, "directory" if e.is_dir(follow_symlinks=False) else
                         "file" if e.is_file(follow_symlinks=False) else "other") for e in it]
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as exc:
            raise StorageError(translate("Errors", "Cannot list the sync location: {reason}").format(
                reason=describe_os_error(exc, sub.dir))) from exc
    try:
        entries = sub.fs.ls(sub.root, detail=True)
    except FileNotFoundError:
        return []
    except Exception as exc:
        raise StorageError(translate("Errors", "Cannot list the sync location {url}: {reason}.").format(
            url=sub.url, reason=exc)) from exc
    return [(layout.basename(str(e["name"])), str(e.get("type") or "file")) for e in entries]


def _files(target: Target, rel_dir: str) -> list[str]:
    return [n for n, kind in list_entries(target, rel_dir) if kind == "file"]


# ----------------------------------------------------------------------------- publishing
def _taken(path: str, url: str) -> AlreadyPublished:
    return AlreadyPublished(translate("Errors", "{name} already exists at {url}; a published file is never"
                                                " replaced.").format(name=path, url=url), path)


def _publish_local(sub: LocalTarget, name: str, data: bytes, path: str) -> None:
    tmp = partial_name(name)
    try:
        with sub.writer(tmp) as fh:
            fh.write(data)
        try:
            os.link(sub.dir / tmp, sub.dir / name)
        except FileExistsError:
            raise _taken(path, sub.url) from None
        except OSError as exc:  # a file system without hard links (FAT, some SMB shares)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            sub.rename(tmp, name)  # refuses an existing name (checked, then renamed)
    finally:
        sub.delete(tmp)
    with contextlib.suppress(OSError):
        fsync_dir(sub.dir)


def _sftp_rename(sub: SFTPTarget, src: str, dst: str) -> None:
    from fsspec.asyn import sync

    async def rename():
        async with sub.fs._pool.get() as channel:
            await channel.rename(src, dst)  # SSH_FXP_RENAME: never overwrites (not posix-rename)

    sync(sub.fs.loop, rename)


def _present(sub: Target, name: str) -> bool:
    try:
        sub.fs.info(sub.path(name))
        return True
    except FileNotFoundError:
        return False


def _publish_renaming(sub: Target, name: str, data: bytes, path: str) -> None:
    tmp = partial_name(name)
    moved = False
    try:
        with sub.writer(tmp) as fh:
            fh.write(data)
        if sub.fs.exists(sub.path(name)):
            raise _taken(path, sub.url)
        try:
            if isinstance(sub, WebdavTarget):
                from webdav4.client import ResourceAlreadyExists

                try:
                    sub.fs.client.move(sub.path(tmp), sub.path(name), overwrite=False)
                except ResourceAlreadyExists:
                    raise _taken(path, sub.url) from None
            else:
                _sftp_rename(sub, sub.path(tmp), sub.path(name))
            moved = True
        except AlreadyPublished:
            raise
        except Exception:
            if _present(sub, name):  # OpenSSH answers a plain "Failure" to a rename onto a name
                raise _taken(path, sub.url) from None
            raise
    finally:
        if not moved:
            sub.delete(tmp)


def _publish_s3(sub: S3Target, name: str, data: bytes, path: str) -> None:
    full = sub.path(name)
    if sub.fs.exists(full):
        raise _taken(path, sub.url)
    bucket, _, key = full.partition("/")
    try:
        sub.fs.call_s3("put_object", Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")
    except FileExistsError:  # s3fs's translation of 412 Precondition Failed
        raise _taken(path, sub.url) from None
    sub.fs.invalidate_cache()


def publish_once(target: Target, path: str, data: bytes) -> None:
    """Write ``data`` at ``path`` (relative to the location, from ``layout``) once: refused with
    ``AlreadyPublished`` when the name exists; nothing partial is ever visible under ``path``.
    The published file is read back and compared."""
    rel_dir, _, name = path.rpartition("/")
    sub = at(target, rel_dir)
    try:
        if not isinstance(sub, S3Target):
            sub.ensure()
        if isinstance(sub, LocalTarget):
            _publish_local(sub, name, data, path)
        elif isinstance(sub, S3Target):
            _publish_s3(sub, name, data, path)
        else:
            _publish_renaming(sub, name, data, path)
    except (AlreadyPublished, IntegrityError):
        raise
    except OSError as exc:
        raise StorageError(translate("Errors", "Publishing {name} failed: {reason}").format(
            name=path, reason=describe_os_error(exc, target.url))) from exc
    except StorageError:
        raise
    except Exception as exc:
        raise StorageError(translate("Errors", "Publishing {name} to {url} failed: {reason}.").format(
            name=path, url=target.url, reason=exc)) from exc
    if fetch(target, path) != data:
        raise IntegrityError(translate("Errors", "{name} read back from the sync location differs from what was"
                                                 " sent.").format(name=path))


# ----------------------------------------------------------------------------- reading
def fetch(target: Target, path: str, limit: int = MAX_FILE) -> bytes:
    """The bytes of ``path``; a missing file is ``FileNotFoundError``."""
    rel_dir, _, name = path.rpartition("/")
    sub = at(target, rel_dir)
    try:
        if isinstance(sub, LocalTarget):
            with open(sub.dir / name, "rb") as fh:
                data = fh.read(limit + 1)
        else:
            with sub.fs.open(sub.path(name), "rb") as fh:
                data = fh.read(limit + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StorageError(translate("Errors", "Cannot read {name}: {reason}").format(
            name=path, reason=describe_os_error(exc, target.url))) from exc
    except Exception as exc:
        if "not found" in str(exc).lower() or "404" in str(exc):
            raise FileNotFoundError(path) from exc
        raise StorageError(translate("Errors", "Cannot read {name} at {url}: {reason}.").format(
            name=path, url=target.url, reason=exc)) from exc
    if len(data) > limit:
        raise IntegrityError(translate("Errors", "{name} is implausibly large.").format(name=path))
    return data


def list_devices(target: Target, book: str) -> list[str]:
    """The device folders under ``changes/`` (canonical ids only)."""
    return sorted(n for n, kind in list_entries(target, layout.changes_dir(book))
                  if kind == "directory" and layout.parse_device_dir_name(n))


def list_device_segments(target: Target, book: str, device: str) -> list[int]:
    """The seqs of ``changes/<device>/`` in order; temporary uploads and junk names are ignored."""
    seqs = (layout.parse_segment_name(n) for n in _files(target, layout.device_dir(book, device)))
    return sorted(s for s in seqs if s is not None)


def read_segments(target: Target, book: str, device: str, from_seq: int = 1) -> Iterator[tuple[int, bytes]]:
    """(seq, bytes) of a device's segments from ``from_seq`` in order, stopping at the first gap
    (a seq not visible yet: the rest waits for the next round)."""
    want = from_seq
    for seq in list_device_segments(target, book, device):
        if seq < want:
            continue
        if seq != want:
            return
        try:
            data = fetch(target, layout.segment_path(book, device, seq))
        except FileNotFoundError:
            return
        yield seq, data
        want += 1


def read_roster(target: Target, book: str) -> list[tuple[bytes, bytes]]:
    """[(json, sig)] of roster versions 1, 2, … up to the first version not wholly visible."""
    names = set(_files(target, layout.roster_dir(book)))
    out: list[tuple[bytes, bytes]] = []
    n = 1
    while f"{n}.json" in names and f"{n}.json.sig" in names:
        try:
            out.append((fetch(target, layout.roster_path(book, n)), fetch(target, layout.roster_sig_path(book, n))))
        except FileNotFoundError:
            break
        n += 1
    return out


def sweep_partials(target: Target, rel_dir: str) -> list[str]:
    """Remove temporary uploads a killed publish left in ``rel_dir`` (only ``.…partial-…`` names:
    every device sweeps only its own folder)."""
    sub = at(target, rel_dir)
    gone = []
    for name in _files(target, rel_dir):
        if name.startswith(".") and PARTIAL in name and sub.delete(name):
            gone.append(name)
    return gone
