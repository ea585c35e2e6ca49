"""This vault as a device of a book (``docs/SYNC.md``, "Device identity"): a device id (a random
UUID), an age X25519 identity (segments are encrypted to its recipient) and an Ed25519 signing
key, kept in ``sync_state`` inside the encrypted database. A vault restored from a backup gets
a new identity (``become_new_device``), so it never reuses the sequence numbers of the device
it was copied from. The caller holds the transaction.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .. import clock
from ..errors import ConflictError
from ..i18n import translate
from . import hlc


@dataclass(frozen=True)
class Device:
    book_id: str | None
    device_id: str
    age_identity: str
    signing_key: bytes
    last_seq: int

    @property
    def recipient(self) -> str:
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def private_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_key)

    def public_key(self) -> Ed25519PublicKey:
        return self.private_key().public_key()


def _new_keys() -> tuple[str, str, bytes]:
    identity = pyrage.x25519.Identity.generate()
    key = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                     serialization.NoEncryption())
    return str(uuid.uuid4()), str(identity), key


def device(conn) -> Device | None:
    """This vault's device identity, or None if it never became one."""
    row = conn.execute("SELECT book_id, device_id, age_identity, signing_key, last_seq FROM sync_state"
                       " WHERE id = 1").fetchone()
    if row is None or row[1] is None:
        return None
    return Device(row[0], row[1], row[2], bytes(row[3]), int(row[4]))


def in_book(conn) -> bool:
    row = conn.execute("SELECT book_id FROM sync_state WHERE id = 1").fetchone()
    return row is not None and row[0] is not None


def join_book(conn, book_id: str, *, location: str | None = None) -> Device:
    """Make this vault a device of ``book_id`` (new id and keys): from now on every write of a
    synced table is captured. ConflictError if it already belongs to a book."""
    if in_book(conn):
        raise ConflictError(translate("Errors", "This vault already belongs to a team book."))
    device_id, identity, key = _new_keys()
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("UPDATE sync_state SET book_id = ?, device_id = ?, age_identity = ?, signing_key = ?, last_seq = 0,"
                 " schema = ?, location = ?, joined_at = ? WHERE id = 1",
                 (book_id, device_id, identity, key, schema, location, clock.iso()))
    return device(conn)


def become_new_device(conn) -> Device | None:
    """After a restore: a new device id and keys. Changes still waiting in the outbox are
    re-stamped by the new device (one new stamp per old one, in order) and the versions follow;
    changes the old device published stay its own: its segments up to ``last_seq`` are marked
    applied here, so this vault fetches the old device's later segments like anyone else's.
    None if the vault is not a device."""
    old = device(conn)
    if old is None:
        return None
    device_id, identity, key = _new_keys()
    former = json.loads(conn.execute("SELECT former_devices FROM sync_state WHERE id = 1").fetchone()[0] or "[]")
    conn.execute("UPDATE sync_state SET device_id = ?, age_identity = ?, signing_key = ?, last_seq = 0,"
                 " former_devices = ? WHERE id = 1",
                 (device_id, identity, key, json.dumps([*former, old.device_id])))
    conn.execute("INSERT INTO sync_peers (device, seq) VALUES (?, ?) ON CONFLICT(device) DO UPDATE"
                 " SET seq = max(seq, excluded.seq)", (old.device_id, old.last_seq))
    conn.execute("DELETE FROM sync_outbox WHERE published IS NOT NULL")
    _restamp(conn, device_id)
    return device(conn)


def _restamp(conn, device_id: str) -> None:
    last = conn.execute("SELECT last_hlc FROM sync_state WHERE id = 1").fetchone()[0]
    new_clock = hlc.Clock(device_id, last)
    mapping = {}
    for (old,) in conn.execute("SELECT DISTINCT hlc FROM sync_outbox ORDER BY hlc").fetchall():
        mapping[old] = new_clock.now()
    for old, new in mapping.items():
        conn.execute("UPDATE sync_versions SET hlc = ?, device = ? WHERE hlc = ?", (new, device_id, old))
        conn.execute("UPDATE sync_versions SET replaced = ? WHERE replaced = ?", (new, old))
        conn.execute("UPDATE sync_outbox SET replaced = ? WHERE replaced = ?", (new, old))
        conn.execute("UPDATE sync_outbox SET hlc = ?, device = ? WHERE hlc = ?", (new, device_id, old))
    if mapping:
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1", (max(mapping.values()),))
