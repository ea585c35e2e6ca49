"""Opening a backup location from its URL (the locations themselves: ``location``; the upload
protocol: ``upload``; SFTP host keys: ``hostkeys``).

URLs: a plain path or ``file://`` (a folder: also mounted shares and synced folders),
``sftp://user@host:port/path`` (sshfs/asyncssh; the server's host key is pinned on first use in
``known_hosts`` in the user's config folder, only when the caller says so, and a changed key is
refused), ``webdav://`` / ``webdavs://user@host:port/path`` (webdav4), ``s3://bucket/prefix``
(s3fs; endpoint from the caller or ``AWS_ENDPOINT_URL``).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import StorageError, UsageError
from ..i18n import translate
from . import credentials
from .errors import HostKeyChanged, HostKeyUnknown
from .hostkeys import fetch_host_key, known_hosts_path, pinned_host_keys, trust_host
from .location import LocalTarget, S3Target, SFTPTarget, Target, WebdavTarget

TrustHostKey = bool | Callable[[str, int, str], bool]


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
            raise UsageError(translate("Errors", "{url} does not name an archive inside a location.").format(url=url))
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
        raise UsageError(translate("Errors", "Unsupported backup location {url}: use a folder, sftp://,"
                                             " webdav(s):// or s3://.").format(url=repr(url)))
    if create:
        target.ensure()
    return target


def _no_host(url: str) -> str:
    return translate("Errors", "{url}: no host.").format(url=url)


def _open_webdav(url, u, secret_lookup) -> Target:
    from webdav4.fsspec import WebdavFileSystem

    if not u.hostname:
        raise UsageError(_no_host(url))
    scheme = "https" if u.scheme == "webdavs" else "http"
    port = f":{u.port}" if u.port else ""
    base = f"{scheme}://{u.hostname}{port}"
    auth = None
    if u.username:
        if u.password:
            raise UsageError(translate("Errors", "Never put a password in the URL: it is stored in the keyring"
                                                 " (backup-login)."))
        key = credential_key(url)
        secret = credentials.lookup(key, secret_lookup) or os.environ.get("VAULTCRM_WEBDAV_PASSWORD")
        if secret is None:
            raise StorageError(translate("Errors", "No password for {key}: store it once with `backup-login {key}`."
                                         ).format(key=key))
        auth = (unquote(u.username), secret)
    fs = WebdavFileSystem(base, auth=auth, timeout=60)
    return WebdavTarget(url, fs, unquote(u.path).strip("/") or "")


def _open_s3(url, u, endpoint, secret_lookup) -> Target:
    import s3fs

    bucket = u.hostname or u.netloc
    if not bucket:
        raise UsageError(translate("Errors", "{url}: no bucket.").format(url=url))
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



def _open_sftp(url, u, trust_host_key, secret_lookup) -> Target:
    import asyncssh
    import sshfs

    host, port = u.hostname, u.port or 22
    if not host:
        raise UsageError(_no_host(url))
    if u.password:
        raise UsageError(translate("Errors", "Never put a password in the URL: use an SSH key (agent or ~/.ssh) or"
                                             " the keyring."))
    if not pinned_host_keys(host, port):
        line, fp = fetch_host_key(host, port)
        ok = trust_host_key(host, port, fp) if callable(trust_host_key) else bool(trust_host_key)
        if not ok:
            raise HostKeyUnknown(
                translate("Errors", "The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is"
                                    " {fingerprint}. Check it with the server's administrator, then confirm it once"
                                    " (--trust-host-key).").format(host=host, port=port, fingerprint=fp),
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
        raise HostKeyChanged(translate(
            "Errors", "The SFTP server {host}:{port} presented a host key that differs from the one pinned in"
            " {file}: refused (the server was reinstalled, or someone is intercepting).").format(
            host=host, port=port, file=known_hosts_path())) from exc
    except asyncssh.PermissionDenied as exc:
        raise StorageError(translate("Errors", "The SFTP server {host}:{port} refused the login: load your key into"
                                               " the SSH agent or ~/.ssh, or store a password with backup-login."
                                     ).format(host=host, port=port)) from exc
    except (OSError, asyncssh.Error) as exc:
        raise StorageError(translate("Errors", "Cannot connect to the SFTP server {host}:{port} ({reason})."
                                     ).format(host=host, port=port, reason=exc)) from exc
    path = unquote(u.path) or "."
    return SFTPTarget(url, fs, path)


