"""What the backup use cases share: the DB-thread call, the app version, the secret lookup, opening
a location with it, the vault's signing key and the time stamps of archives."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from vault.backup import credentials
from vault.backup.location import Target
from vault.backup.targets import open_target
from vault.keyslots import KeySlots
from vault.version import app_version  # noqa: F401 (re-exported: the backup manifest's app_version)

DbCall = Callable[..., object]  # runs fn(*args) on the session's thread and returns its result


def run_here(fn, *args):
    return fn(*args)


def vault_secret_lookup(session) -> Callable[[str], str | None]:
    """Secrets kept inside the vault (for machines without a keyring)."""
    return credentials.vault_lookup(session.conn)


def open_location(url: str, session=None, **kw) -> Target:
    lookup = vault_secret_lookup(session) if session is not None else None
    return open_target(url, secret_lookup=lookup, **kw)


def vault_public_key(vault_folder=None, session=None) -> str | None:
    if session is not None:
        return session.vault.keyslots.signing_public_key
    if vault_folder:
        return KeySlots.load(Path(vault_folder)).signing_public_key
    return None


def parse_time(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))

