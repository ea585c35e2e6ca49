"""SFTP host keys: pinned on first use in ``known_hosts`` in the user's config folder, only when
the caller says so; a changed key is refused (``targets._open_sftp``)."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

from ..errors import StorageError
from ..i18n import translate
from ..paths import config_dir


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
        raise StorageError(translate("Errors", "Cannot reach the SFTP server {host}:{port} ({reason}).").format(
            host=host, port=port, reason=exc)) from exc
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

