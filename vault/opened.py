"""An unlocked vault: its connection, key slots and vault key, and what sign-in reported."""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import crypto, kdf
from .db import dbapi2, transaction
from .errors import AuthenticationError, IntegrityError
from .i18n import translate
from .keyslots import KeySlots
from .lockfile import VaultLock


@dataclass
class SignInReport:
    failed_attempts: int = 0          # failures for this user since their last sign-in
    failed_attempts_other: int = 0    # failures for unknown users since the last sign-in
    last_signin_at: str | None = None
    used_recovery_code: bool = False
    recovery_codes_left: int = 0
    migrated_from: int | None = None
    failures: list[dict] = field(default_factory=list)
    stale_slots_removed: list[str] = field(default_factory=list)  # user ids: older slots than the ledger's


class OpenVault:
    """An unlocked vault: a connection on this thread, and the vault key until ``close()``."""

    def __init__(self, folder: Path, conn: dbapi2.Connection, keyslots: KeySlots, vault_key: bytearray,
                 lock: VaultLock, user_id: str | None):
        self.folder = Path(folder)
        self.conn = conn
        self.keyslots = keyslots
        self._vault_key: bytearray | None = vault_key
        self._lock = lock
        self.user_id = user_id
        self.report = SignInReport()

    @property
    def user_id(self) -> str | None:
        """The signed-in user (None while a vault is being made or opened with the recovery key);
        also the author of the sync changes this connection records."""
        return self._user_id

    @user_id.setter
    def user_id(self, value: str | None) -> None:
        self._user_id = value
        state = getattr(self.conn, "sync", None)
        if state is not None:
            state.user_id = value

    @property
    def vault_id(self) -> str:
        return self.keyslots.vault_id

    @property
    def is_open(self) -> bool:
        return self._vault_key is not None

    def vault_key(self) -> bytearray:
        if self._vault_key is None:
            raise AuthenticationError(translate("Errors", "The vault is locked."))
        return self._vault_key

    def subkey(self, label: bytes) -> bytes:
        return crypto.hkdf(self.vault_key(), label)

    def transaction(self):
        return transaction(self.conn)

    def secret(self, name: str) -> bytes:
        row = self.conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise IntegrityError(translate("Errors", "The vault has no {name}.").format(name=name))
        return bytes(row[0])

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.secret("signing_private_key"))

    def recovery_identity(self) -> str:
        return self.secret("recovery_identity").decode("ascii")

    def save_keyslots(self) -> None:
        self.keyslots.save(self.folder, self.vault_key())

    def close(self) -> None:
        """Lock: close the connection, wipe the vault key, release the lock file."""
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        crypto.wipe(self._vault_key)
        self._vault_key = None
        self._lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()



def vault_kdf_params(vault: OpenVault) -> kdf.KdfParams:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'kdf_params'").fetchone()
    return kdf.KdfParams.from_json(json.loads(row[0])) if row else kdf.FLOOR

