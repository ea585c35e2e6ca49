"""Backup locations through fsspec, and the upload protocol.

URLs: a plain path or ``file://`` (a folder: also mounted shares and synced folders),
``sftp://user@host:port/path`` (sshfs/asyncssh; the server's host key is pinned on first use in
``known_hosts`` in the user's config folder, only when the caller says so, and a changed key is
refused), ``webdav://`` / ``webdavs://user@host:port/path`` (webdav4), ``s3://bucket/prefix``
(s3fs; endpoint from the caller or ``AWS_ENDPOINT_URL``).

Upload protocol (``publish``): write to a hidden temporary name, check the size, read it back
and compare the SHA-256, then rename to the final name; S3 has no rename, so there the archive
is one multipart upload to the final name, completed last (an unfinished multipart upload is
invisible), then read back. The ``.sig`` file is written last, the same way. Only archives with
a valid signature are listed as good; stale partial files are removed later. A target that
refuses deletes still takes backups (the leftovers are simply never listed).
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import posixpath
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import IntegrityError, StorageError, UsageError
from ..fsutil import describe_os_error, fsync_dir
from ..paths import config_dir
from . import credentials, faults
from .archive import CHUNK, HashingWriter, sha256_stream
from .errors import HostKeyChanged, HostKeyUnknown

PARTIAL = ".partial-"
TrustHostKey = bool | Callable[[str, int, str], bool]


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
            raise UsageError(f"not a file name: {name!r}")
        return posixpath.join(self.root, name) if self.root else name

    def display(self, name: str) -> str:
        return self.url.rstrip("/") + "/" + name

    def _wrap(self, exc: BaseException, what: str) -> StorageError:
        if isinstance(exc, OSError) and exc.errno:
            return StorageError(f"{what}: {describe_os_error(exc, self.url)}")
        return StorageError(f"{what} at {self.url}: {exc}")

    # -- operations ----------------------------------------------------------------------
    def ensure(self) -> None:
        try:
            if not self.fs.exists(self.root):
                self.fs.makedirs(self.root, exist_ok=True)
        except Exception as exc:
            raise self._wrap(exc, "cannot create the backup folder") from exc

    def ls(self) -> list[dict]:
        try:
            entries = self.fs.ls(self.root, detail=True)
        except FileNotFoundError:
            return []
        except Exception as exc:
            raise self._wrap(exc, "cannot list the backup location") from exc
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
            raise self._wrap(exc, f"cannot read the size of {name}") from exc

    def open_read(self, name: str):
        try:
            return self.fs.open(self.path(name), "rb", block_size=CHUNK * 4)
        except FileNotFoundError:
            raise IntegrityError(f"{self.display(name)} is missing") from None
        except Exception as exc:
            raise self._wrap(exc, f"cannot read {name}") from exc

    def get_bytes(self, name: str, limit: int = 1 << 20) -> bytes:
        with self.open_read(name) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise IntegrityError(f"{name} is implausibly large")
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
            raise StorageError(f"cannot create the backup folder: {describe_os_error(exc, self.dir)}") from exc

    def ls(self) -> list[dict]:
        try:
            with os.scandir(self.dir) as it:
                return [{"name": e.name, "size": e.stat().st_size, "mtime": e.stat().st_mtime}
                        for e in it if e.is_file(follow_symlinks=False)]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StorageError(f"cannot list the backup folder: {describe_os_error(exc, self.dir)}") from exc

    def size(self, name: str) -> int:
        try:
            self.path(name)  # validates the name
            return (self.dir / name).stat().st_size
        except OSError as exc:
            raise self._wrap(exc, f"cannot read the size of {name}") from exc

    def open_read(self, name: str):
        self.path(name)
        try:
            return open(self.dir / name, "rb")
        except FileNotFoundError:
            raise IntegrityError(f"{self.display(name)} is missing") from None
        except OSError as exc:
            raise self._wrap(exc, f"cannot read {name}") from exc

    @contextlib.contextmanager
    def writer(self, name: str):
        self.path(name)
        try:
            fd = os.open(str(self.dir / name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise self._wrap(exc, f"cannot write {name}") from exc
        with open(fd, "wb", buffering=CHUNK) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())

    def rename(self, src: str, dst: str, *, replace: bool = False) -> None:
        self.path(src)
        self.path(dst)
        if not replace and (self.dir / dst).exists():
            raise StorageError(f"{dst} already exists at {self.url}")
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


# ----------------------------------------------------------------------------- opening
def is_remote(url: str) -> bool:
    return urlsplit(str(url)).scheme in ("sftp", "webdav", "webdavs", "s3")


def split_archive_url(url: str) -> tuple[str, str]:
    """``…/dir/NAME.crmbak`` → (``…/dir``, ``NAME.crmbak``)."""
    url = str(url).rstrip("/")
    if is_remote(url):
        head, _, name = url.rpartition("/")
        if "://" not in head or head.endswith("://") or head.endswith(":"):
            if urlsplit(url).scheme == "s3" and head.count("/") == 2:
                return head, name
            raise UsageError(f"{url} does not name an archive inside a location")
        return head, name
    p = Path(url[7:] if url.startswith("file://") else url)
    return str(p.parent), p.name


def credential_key(url: str) -> str:
    """The keyring entry name for a location: scheme://user@host:port (no path, no secret)."""
    u = urlsplit(url)
    if u.scheme == "s3":
        return f"s3://{u.hostname or ''}"
    port = f":{u.port}" if u.port else ""
    user = f"{unquote(u.username)}@" if u.username else ""
    return f"{u.scheme}://{user}{u.hostname or ''}{port}"


def open_target(url: str, *, s3_endpoint: str | None = None, trust_host_key: TrustHostKey = False,
                secret_lookup: credentials.SecretLookup | None = None, create: bool = False) -> Target:
    url = str(url)
    u = urlsplit(url)
    if u.scheme in ("", "file") or (len(u.scheme) == 1 and os.name == "nt"):
        root = Path(unquote(u.path) if u.scheme == "file" else url).expanduser().absolute()
        target: Target = LocalTarget(url, root)
    elif u.scheme == "sftp":
        target = _open_sftp(url, u, trust_host_key, secret_lookup)
    elif u.scheme in ("webdav", "webdavs"):
        target = _open_webdav(url, u, secret_lookup)
    elif u.scheme == "s3":
        target = _open_s3(url, u, s3_endpoint, secret_lookup)
    else:
        raise UsageError(f"unsupported backup location {url!r}: use a folder, sftp://, webdav(s):// or s3://")
    if create:
        target.ensure()
    return target


def _open_webdav(url, u, secret_lookup) -> Target:
    from webdav4.fsspec import WebdavFileSystem

    if not u.hostname:
        raise UsageError(f"{url}: no host")
    scheme = "https" if u.scheme == "webdavs" else "http"
    port = f":{u.port}" if u.port else ""
    base = f"{scheme}://{u.hostname}{port}"
    auth = None
    if u.username:
        if u.password:
            raise UsageError("never put a password in the URL: it is stored in the keyring (backup-login)")
        key = credential_key(url)
        secret = credentials.lookup(key, secret_lookup) or os.environ.get("VAULTCRM_WEBDAV_PASSWORD")
        if secret is None:
            raise StorageError(f"no password for {key}: store it once with `backup-login {key}`")
        auth = (unquote(u.username), secret)
    fs = WebdavFileSystem(base, auth=auth, timeout=60)
    return WebdavTarget(url, fs, unquote(u.path).strip("/") or "")


def _open_s3(url, u, endpoint, secret_lookup) -> Target:
    import s3fs

    bucket = u.hostname or u.netloc
    if not bucket:
        raise UsageError(f"{url}: no bucket")
    kwargs: dict = {"skip_instance_cache": True, "use_listings_cache": False}
    endpoint = endpoint or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        kwargs["endpoint_url"] = endpoint
    stored = credentials.lookup(credential_key(url), secret_lookup)
    if stored and ":" in stored and not os.environ.get("AWS_ACCESS_KEY_ID"):
        kwargs["key"], kwargs["secret"] = stored.split(":", 1)
    fs = s3fs.S3FileSystem(**kwargs)
    root = f"{bucket}/{u.path.strip('/')}".rstrip("/")
    return S3Target(url, fs, root)


# -- SFTP and host keys -----------------------------------------------------------------------
def known_hosts_path() -> Path:
    return config_dir() / "known_hosts"


def _host_pattern(host: str, port: int) -> str:
    return host if port == 22 else f"[{host}]:{port}"


def pinned_host_keys(host: str, port: int) -> list[str]:
    pattern = _host_pattern(host, port)
    try:
        lines = known_hosts_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [ln for ln in lines if ln.split(" ", 1)[0] == pattern]


def fetch_host_key(host: str, port: int) -> tuple[str, str]:
    """(known_hosts line, SHA256 fingerprint) of the server's host key, without trusting it."""
    import asyncssh

    async def get():
        return await asyncio.wait_for(asyncssh.get_server_host_key(host, port), 20)

    try:
        key = asyncio.run(get())
    except Exception as exc:
        raise StorageError(f"cannot reach the SFTP server {host}:{port} ({exc})") from exc
    line = f"{_host_pattern(host, port)} {key.export_public_key('openssh').decode().strip().split(' comment')[0]}"
    parts = line.split()
    return " ".join(parts[:3]), key.get_fingerprint("sha256")


def trust_host(host: str, port: int, line: str) -> None:
    path = known_hosts_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _open_sftp(url, u, trust_host_key, secret_lookup) -> Target:
    import asyncssh
    import sshfs

    host, port = u.hostname, u.port or 22
    if not host:
        raise UsageError(f"{url}: no host")
    if u.password:
        raise UsageError("never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring")
    if not pinned_host_keys(host, port):
        line, fp = fetch_host_key(host, port)
        ok = trust_host_key(host, port, fp) if callable(trust_host_key) else bool(trust_host_key)
        if not ok:
            raise HostKeyUnknown(
                f"the SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fp}. "
                "Check it with the server's administrator, then confirm it once (--trust-host-key)",
                host=host, port=port, fingerprint=fp, key_line=line)
        trust_host(host, port, line)
    kwargs: dict = {"port": port, "known_hosts": str(known_hosts_path()), "skip_instance_cache": True,
                    "connect_timeout": 30}
    if u.username:
        kwargs["username"] = unquote(u.username)
    secret = credentials.lookup(credential_key(url), secret_lookup)
    if secret:
        kwargs["password"] = secret
    try:
        fs = sshfs.SSHFileSystem(host, **kwargs)
    except (asyncssh.HostKeyNotVerifiable, asyncssh.KeyExchangeFailed) as exc:
        raise HostKeyChanged(
            f"the SFTP server {host}:{port} presented a host key that differs from the one pinned in "
            f"{known_hosts_path()}: refused (the server was reinstalled, or someone is intercepting)"
        ) from exc
    except asyncssh.PermissionDenied as exc:
        raise StorageError(f"the SFTP server {host}:{port} refused the login: load your key into the SSH "
                           "agent or ~/.ssh, or store a password with backup-login") from exc
    except (OSError, asyncssh.Error) as exc:
        raise StorageError(f"cannot connect to the SFTP server {host}:{port} ({exc})") from exc
    path = unquote(u.path) or "."
    return SFTPTarget(url, fs, path)


# ----------------------------------------------------------------------------- protocol
def partial_name(name: str) -> str:
    return f".{name}{PARTIAL}{secrets.token_hex(4)}"


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
            raise StorageError(f"the location stored {size} bytes of {w.size}: upload incomplete")
        digest, n = hash_remote(target, tmp, cancel, prog("read-back"))
        if digest != w.hexdigest() or n != w.size:
            raise IntegrityError("the archive read back from the location differs from what was sent")
        faults.point("read-back-done")
        if target.atomic_rename:
            existing = {e["name"] for e in target.ls()}
            if name in existing:
                raise StorageError(f"{name} already exists at {target.url}")
            target.rename(tmp, name)
            published = True
            if target.size(name) != w.size:
                raise StorageError("the archive changed size when it was renamed")
        published = True
        faults.point("archive-published")
        return digest, n
    except BaseException as exc:
        target.delete(tmp)
        if published and target.atomic_rename:
            target.delete(name)
        if isinstance(exc, OSError):
            raise StorageError(f"writing the backup failed: {describe_os_error(exc, target.url)}") from exc
        if isinstance(exc, Exception) and not isinstance(exc, StorageError | IntegrityError) and \
                type(exc).__module__.split(".")[0] in ("asyncssh", "botocore", "httpx", "webdav4", "s3fs"):
            raise StorageError(f"writing the backup to {target.url} failed: {exc}") from exc
        raise


def publish_signature(target: Target, name: str, data: bytes) -> None:
    sig = name + ".sig" if not name.endswith(".sig") else name
    try:
        target.put_bytes(sig, data)
        if target.get_bytes(sig) != data:
            target.delete(sig)
            raise IntegrityError("the signature read back from the location differs from what was sent")
    except OSError as exc:
        raise StorageError(f"writing the signature failed: {describe_os_error(exc, target.url)}") from exc


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
