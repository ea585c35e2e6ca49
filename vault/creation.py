"""Creating a vault: the folder, the database and its secrets, the recovery slot and the first user."""
from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import clock, crypto, kdf, migrations
from .db import DB_FILENAME, connect, dbapi2, transaction
from .errors import PolicyError, StorageError
from .i18n import translate
from .keyslots import KeySlots
from .lockfile import VaultLock
from .opened import OpenVault
from .passwords import check_password
from .user_slots import Enrolment, add_user


@dataclass
class Creation:
    vault_id: str
    recovery_key: str
    signing_key_fingerprint: str
    enrolment: Enrolment


def create_vault(
    folder: Path | str,
    username: str,
    password: str,
    *,
    display_name: str | None = None,
    kdf_params: kdf.KdfParams | None = None,
    seed: Callable[[dbapi2.Connection], int] | None = None,
    schema_version: int | None = None,
    user_id: str | None = None,
) -> tuple[OpenVault, Creation]:
    """Create a vault in an empty or missing folder. ``seed(conn)`` returns the first user's
    profile id (the app seeds profiles there). ``user_id``: the first user's id when they already
    have one in a team book (``device join``). Returns the open vault and what to show once."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise PolicyError(translate("Errors", "{folder} is not empty; a new vault needs an empty or missing folder."
                                    ).format(folder=folder))
    check_password(password, username=username)  # before anything is made on disk
    made_folder = _make_folder(folder)
    params = (kdf_params or kdf.calibrate()).check_floor()
    lock = VaultLock(folder).acquire()
    vault_key = crypto.random_key()
    try:
        identity = pyrage.x25519.Identity.generate()
        signing = Ed25519PrivateKey.generate()
        keyslots = _new_keyslots(vault_key, identity, signing)
        conn = connect(folder / DB_FILENAME, vault_key, create=True)
        migrations.migrate(conn, schema_version)  # schema_version: tests/old_vaults.py makes old vaults
        vault = OpenVault(folder, conn, keyslots, vault_key, lock, None)
        with transaction(conn):
            _store_secrets(conn, keyslots, params, identity, signing)
            profile_id = seed(conn) if seed else _default_profile(conn)
            enrolment = add_user(vault, username, password, profile_id=profile_id,
                                 display_name=display_name, params=params, save=False, user_id=user_id)
        vault.user_id = enrolment.user_id
        vault.save_keyslots()
    except BaseException:
        lock.release()
        crypto.wipe(vault_key)
        _remove_half_made(folder, made_folder)
        raise
    return vault, Creation(keyslots.vault_id, str(identity), keyslots.signing_key_fingerprint, enrolment)


def _make_folder(folder: Path) -> bool:
    """Create the vault folder (owner only); True if it did not exist before."""
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    except OSError as exc:
        raise StorageError(translate("Errors", "Cannot create {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror)) from exc
    return made_folder


def _new_keyslots(vault_key: bytearray, identity, signing: Ed25519PrivateKey) -> KeySlots:
    """The key slots file of a new vault: its id, signing public key and recovery slot (no user yet)."""
    public_raw = signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KeySlots(
        vault_id=str(uuid.uuid4()),
        created=clock.iso(),
        signing_public_key=crypto.b64e(public_raw),
        signing_key_fingerprint=fingerprint(public_raw),
        recovery_recipient=str(identity.to_public()),
        recovery_slot=crypto.b64e(pyrage.encrypt(bytes(vault_key), [identity.to_public()])),
    )


def _store_secrets(conn: dbapi2.Connection, keyslots: KeySlots, params: kdf.KdfParams, identity,
                   signing: Ed25519PrivateKey) -> None:
    """Inside the creation transaction: the vault's meta rows and its private keys."""
    _put_meta(conn, "vault_id", keyslots.vault_id)
    _put_meta(conn, "created", keyslots.created)
    _put_meta(conn, "kdf_params", kdf_json(params))
    conn.execute("INSERT INTO vault_secrets VALUES ('recovery_identity', ?)", (str(identity).encode(),))
    conn.execute(
        "INSERT INTO vault_secrets VALUES ('signing_private_key', ?)",
        (signing.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption()),),
    )


def _remove_half_made(folder: Path, made_folder: bool) -> None:
    """Leave nothing half-made behind after a failed creation: the folder was empty."""
    for name in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", "keyslots.json", "vault.lock"):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    if made_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _default_profile(conn: dbapi2.Connection) -> int:
    conn.execute("INSERT INTO profiles (name, scope, permissions, builtin) VALUES ('Administrator', 'all', '[\"*\"]', 1)")
    return int(conn.execute("SELECT id FROM profiles WHERE name = 'Administrator'").fetchone()[0])


def fingerprint(public_raw: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(public_raw).digest()).decode().rstrip("=")


def kdf_json(params: kdf.KdfParams) -> str:
    return json.dumps(params.to_json(), sort_keys=True)



def _put_meta(conn: dbapi2.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))

