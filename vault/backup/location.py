"""Backup locations: a folder-like place holding archives, over fsspec (remote) or the local
file system (a folder: also mounted shares and synced folders). Opened by ``targets.open_target``."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import posixpath
import secrets
from pathlib import Path

from ..errors import IntegrityError, StorageError, UsageError
from ..fsutil import describe_os_error, fsync_dir
from ..i18n import translate
from . import faults
from .archive import CHUNK

PARTIAL = ".partial-"  # in the names of uploads not yet complete


def partial_name(name: str) -> str:
    return f".{name}{PARTIAL}{secrets.token_hex(4)}"


def _mtime(info: dict) -> float | None:
    for k in ("mtime", "LastModified", "modified", "created"):
        v = info.get(k)
        if v is None:
            continue
        if isinstance(v, int | float):
            return float(v)
        if isinstance(v, dt.datetime):
            return v.timestamp()
        with contextlib.suppress(ValueError, TypeError):
            return dt.datetime.fromisoformat(str(v)).timestamp()
    return None


class Target:
    """A folder-like location holding archives. Names are plain file names (no slashes)."""

    atomic_rename = True
    kind = "folder"

    def __init__(self, url: str, fs, root: str):
        self.url = url
        self.fs = fs
        self.root = root.rstrip("/") if root not in ("/", "") else root

    def path(self, name: str) -> str:
        if "/" in name or name in ("", ".", ".."):
            raise UsageError(translate("Errors", "Not a file name: {name}.").format(name=repr(name)))
        return posixpath.join(self.root, name) if self.root else name

    def display(self, name: str) -> str:
        return self.url.rstrip("/") + "/" + name

    def _wrap(self, exc: BaseException, what: str) -> StorageError:
        """``what`` (translated, no full stop: "Cannot read x") and why, as one StorageError."""
        if isinstance(exc, OSError) and exc.errno:
            return StorageError(translate("Errors", "{what}: {reason}").format(
                what=what, reason=describe_os_error(exc, self.url)))
        return StorageError(translate("Errors", "{what} at {url}: {reason}.").format(what=what, url=self.url,
                                                                                      reason=exc))

    # -- operations ----------------------------------------------------------------------
    def ensure(self) -> None:
        try:
            if not self.fs.exists(self.root):
                self.fs.makedirs(self.root, exist_ok=True)
        except Exception as exc:
            raise self._wrap(exc, translate("Errors", "Cannot create the backup folder")) from exc

    def ls(self) -> list[dict]:
        try:
            entries = self.fs.ls(self.root, detail=True)
        except FileNotFoundError:
            return []
        except Exception as exc:
            raise self._wrap(exc, translate("Errors", "Cannot list the backup location")) from exc
        out = []
        for e in entries:
            if e.get("type") not in ("file", None):
                continue
            name = posixpath.basename(str(e["name"]).rstrip("/"))
            out.append({"name": name, "size": int(e.get("size") or 0), "mtime": _mtime(e)})
        return out

    def size(self, name: str) -> int:
        try:
            return int(self.fs.size(self.path(name)))
        except Exception as exc:
            raise self._wrap(exc, translate("Errors", "Cannot read the size of {name}").format(name=name)) from exc

    def open_read(self, name: str):
        try:
            return self.fs.open(self.path(name), "rb", block_size=CHUNK * 4)
        except FileNotFoundError:
            raise IntegrityError(translate("Errors", "{name} is missing.").format(name=self.display(name))) from None
        except Exception as exc:
            raise self._wrap(exc, translate("Errors", "Cannot read {name}").format(name=name)) from exc

    def get_bytes(self, name: str, limit: int = 1 << 20) -> bytes:
        with self.open_read(name) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise IntegrityError(translate("Errors", "{name} is implausibly large.").format(name=name))
        return data

    @contextlib.contextmanager
    def writer(self, name: str):
        """A binary file for writing ``name``; on an exception the partial write is abandoned."""
        fh = self.fs.open(self.path(name), "wb")
        try:
            yield fh
        except BaseException:
            with contextlib.suppress(Exception):
                if hasattr(fh, "discard"):
                    fh.discard()
                else:
                    fh.close()
            raise
        fh.close()

    def rename(self, src: str, dst: str, *, replace: bool = False) -> None:
        self.fs.mv(self.path(src), self.path(dst))

    def delete(self, name: str) -> bool:
        """False when the target refuses (append-only storage) or the file is gone."""
        try:
            self.fs.rm_file(self.path(name))
            return True
        except Exception:
            return False

    def put_bytes(self, name: str, data: bytes, *, replace: bool = False) -> None:
        """Publish a small file atomically (temp + rename, or one PUT). ``replace``: an existing
        file of that name is replaced (the ledger object), else refused (signatures)."""
        if self.atomic_rename:
            tmp = partial_name(name)
            try:
                with self.writer(tmp) as fh:
                    fh.write(data)
                faults.point("sig-written")
                self.rename(tmp, name, replace=replace)
            except BaseException:
                self.delete(tmp)
                raise
        else:
            with self.writer(name) as fh:
                fh.write(data)

    def close(self) -> None:
        pass


class LocalTarget(Target):
    """A folder: plain files, fsynced, renamed atomically, folder fsynced."""

    kind = "folder"

    def __init__(self, url: str, root: Path):
        from fsspec.implementations.local import LocalFileSystem

        super().__init__(url, LocalFileSystem(), str(root))
        self.dir = Path(root)

    def display(self, name: str) -> str:
        return str(self.dir / name)

    def ensure(self) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(translate("Errors", "Cannot create the backup folder: {reason}").format(
                reason=describe_os_error(exc, self.dir))) from exc

    def ls(self) -> list[dict]:
        try:
            with os.scandir(self.dir) as it:
                return [{"name": e.name, "size": e.stat().st_size, "mtime": e.stat().st_mtime}
                        for e in it if e.is_file(follow_symlinks=False)]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StorageError(translate("Errors", "Cannot list the backup folder: {reason}").format(
                reason=describe_os_error(exc, self.dir))) from exc

    def size(self, name: str) -> int:
        try:
            self.path(name)  # validates the name
            return (self.dir / name).stat().st_size
        except OSError as exc:
            raise self._wrap(exc, translate("Errors", "Cannot read the size of {name}").format(name=name)) from exc

    def open_read(self, name: str):
        self.path(name)
        try:
            return open(self.dir / name, "rb")
        except FileNotFoundError:
            raise IntegrityError(translate("Errors", "{name} is missing.").format(name=self.display(name))) from None
        except OSError as exc:
            raise self._wrap(exc, translate("Errors", "Cannot read {name}").format(name=name)) from exc

    @contextlib.contextmanager
    def writer(self, name: str):
        self.path(name)
        try:
            fd = os.open(str(self.dir / name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise self._wrap(exc, translate("Errors", "Cannot write {name}").format(name=name)) from exc
        with open(fd, "wb", buffering=CHUNK) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())

    def rename(self, src: str, dst: str, *, replace: bool = False) -> None:
        self.path(src)
        self.path(dst)
        if not replace and (self.dir / dst).exists():
            raise StorageError(translate("Errors", "{name} already exists at {url}.").format(name=dst, url=self.url))
        os.replace(self.dir / src, self.dir / dst)
        with contextlib.suppress(OSError):
            fsync_dir(self.dir)

    def delete(self, name: str) -> bool:
        try:
            (self.dir / self.path(name)).unlink()
            return True
        except OSError:
            return False


class S3Target(Target):
    atomic_rename = False
    kind = "s3"

    def abort_stale_uploads(self, prefix: str, older_than: float, now: float) -> list[str]:
        """Multipart uploads of a killed backup are invisible but cost storage: abort ours."""
        bucket, _, key_prefix = self.root.partition("/")
        full = (key_prefix.rstrip("/") + "/" if key_prefix else "") + prefix
        out = []
        try:
            resp = self.fs.call_s3("list_multipart_uploads", Bucket=bucket, Prefix=full)
        except Exception:
            return out
        for up in resp.get("Uploads", []):
            started = up.get("Initiated")
            age = now - started.timestamp() if isinstance(started, dt.datetime) else older_than
            if age < older_than:
                continue
            with contextlib.suppress(Exception):
                self.fs.call_s3("abort_multipart_upload", Bucket=bucket, Key=up["Key"], UploadId=up["UploadId"])
                out.append(posixpath.basename(up["Key"]) + " (unfinished upload)")
        return out


class SFTPTarget(Target):
    kind = "sftp"

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.fs.client.close()


class WebdavTarget(Target):
    kind = "webdav"

