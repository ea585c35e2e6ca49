"""Devices, roster chains and changes for the sync mechanics tests (vault/sync/): real age X25519
identities and Ed25519 keys, made per test (cheap, no vault needed)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault.sync import roster as rs

T0 = 1_750_000_000_000  # wall ms of the tests' first stamp
SCHEMA = 8


def new_id() -> str:
    return str(uuid.uuid4())


def stamp(ms: int, device: str, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:04x}-{device}"


@dataclass
class Dev:
    name: str
    permissions: list[str]
    id: str = field(default_factory=new_id)
    user_uid: str = field(default_factory=new_id)
    identity: pyrage.x25519.Identity = field(default_factory=pyrage.x25519.Identity.generate)
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)

    def entry(self, by: str | None = None, at: int = T0) -> dict:
        return rs.device_entry(device=self.id, user_uid=self.user_uid, user_name=self.name,
                               profile="Administrator" if "*" in self.permissions else "Sales",
                               permissions=self.permissions, age_recipient=str(self.identity.to_public()),
                               public_key=self.key.public_key(), added_at=stamp(at, by or self.id),
                               added_by=by or self.id)

    def secret(self) -> str:
        return str(self.identity)

    def change(self, ms: int, value: object = "Ada", field: str = "name", counter: int = 0) -> dict:
        return {"table": "customers", "uid": new_id(), "field": field, "value": value,
                "hlc": stamp(ms, self.id, counter), "device": self.id, "user": self.user_uid,
                "replaced": None, "op": "set"}


class Book:
    """A book with a signed roster chain: ``admin`` made the genesis; ``versions`` [(json, sig)]."""

    def __init__(self, admin: Dev, *others: Dev):
        self.id = new_id()
        self.admin = admin
        raw, sig = rs.sign_version(rs.genesis(self.id, admin.entry(), stamp(T0, admin.id)), admin.key)
        self.versions = [(raw, sig)]
        self.fingerprint = rs.genesis_fingerprint(raw)
        if others:
            self.add(admin, *others)

    @property
    def latest(self) -> rs.Roster:
        return rs.verify_chain(self.versions, self.fingerprint, self.id)[-1]

    def publish(self, signer: Dev, devices: list[dict], ms: int) -> None:
        doc = rs.successor(self.latest, devices, stamp(ms, signer.id), signer.id)
        self.versions.append(rs.sign_version(doc, signer.key))

    def add(self, signer: Dev, *devs: Dev, ms: int = T0 + 1000) -> None:
        entries = [d.entry for d in self.latest.devices()]
        self.publish(signer, entries + [d.entry(by=signer.id, at=ms) for d in devs], ms)

    def revoke(self, signer: Dev, dev: Dev, ms: int, after_seq: int | None = None) -> None:
        entries = [rs.revoke_entry(d.entry, at=stamp(ms, signer.id), by=signer.id, after_seq=after_seq)
                   if d.id == dev.id else d.entry for d in self.latest.devices()]
        self.publish(signer, entries, ms)


# ----------------------------------------------------------------------------- a real vault's book
def start_book(session, url, **open_kw) -> tuple[str, str, str]:
    """Make ``session``'s vault the first device of a new book at ``url`` (what ``sync init`` does
    for the roster: join_book, the genesis version signed by this device, published, pinned).
    Returns (book id, device id, genesis fingerprint)."""
    import json

    from app.sync import devices
    from vault.backup.targets import open_target
    from vault.sync import identity, layout, pin, transport

    conn = session.conn
    book = new_id()
    with session.vault.transaction():
        dev = identity.join_book(conn, book, location=str(url))
        at = devices.stamp(conn)
        perms = json.loads(conn.execute("SELECT permissions FROM profiles WHERE id = ?",
                                        (session.profile.id,)).fetchone()[0])
        entry = rs.device_entry(device=dev.device_id, user_uid=session.user_id, user_name=session.username,
                                profile=session.profile.name, permissions=perms, age_recipient=dev.recipient,
                                public_key=dev.public_key(), added_at=at, added_by=dev.device_id)
        raw, sig = rs.sign_version(rs.genesis(book, entry, at), dev.private_key())
        pin.pin(conn, rs.genesis_fingerprint(raw))
    target = open_target(str(url), create=True, **open_kw)
    transport.publish_once(target, layout.roster_path(book, 1), raw)
    transport.publish_once(target, layout.roster_sig_path(book, 1), sig)
    target.close()
    return book, dev.device_id, rs.genesis_fingerprint(raw)
