"""The book's devices (``docs/SYNC.md``, "Devices"): this vault's view of its book (location,
pinned genesis, the verified roster), new roster versions signed by this device, the device list
and revocation. Invitations and approval: ``invitations``; joining: ``joining``.

A new roster version is first kept in the vault (``vault_secrets`` row ``sync.roster.pending``,
in the same transaction as what it records, e.g. the invitation marked used), then published
(``publish_pending``): a crash or an unreachable location leaves it pending, and the next
``publish_pending`` (the next device command or sync round) publishes it.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
from dataclasses import dataclass

from vault import clock
from vault.backup import credentials
from vault.backup.location import LocalTarget, Target
from vault.backup.targets import open_target
from vault.crypto import canonical
from vault.db import transaction
from vault.errors import ConflictError, IntegrityError, NotFoundError, PolicyError
from vault.i18n import translate
from vault.sync import identity, layout, pin, transport
from vault.sync import roster as rs
from vault.sync.transport import AlreadyPublished

from .. import audit
from ..setting_keys import read_vault
from . import acks

PENDING = "sync.roster.pending"


def not_a_device() -> ConflictError:
    return ConflictError(translate("Errors", "This vault is not a device of a team book (run sync init, or device"
                                             " join on a new laptop)."))


@dataclass
class Book:
    """This vault's book as the location shows it now: the roster chain verified against the pin."""
    conn: object
    device: identity.Device
    location: str
    fingerprint: str
    target: Target
    rosters: list[rs.Roster]

    @property
    def id(self) -> str:
        return self.device.book_id

    @property
    def latest(self) -> rs.Roster:
        return self.rosters[-1]

    def me(self) -> rs.Device | None:
        return self.latest.device(self.device.device_id)


def location_of(conn) -> tuple[identity.Device, str, str]:
    """(this device, the location URL, the pinned genesis fingerprint); ConflictError outside a book."""
    dev = identity.device(conn)
    row = conn.execute("SELECT location FROM sync_state WHERE id = 1").fetchone()
    fingerprint = pin.pinned(conn)
    if dev is None or dev.book_id is None or not row or not row[0]:
        raise not_a_device()
    if fingerprint is None:
        raise IntegrityError(translate("Errors", "This device has no pinned roster fingerprint; it cannot check the"
                                                 " team's roster."))
    return dev, row[0], fingerprint


def open_location(conn, url: str, *, s3_endpoint: str | None = None, trust_host_key: bool = False) -> Target:
    """The sync location at ``url``, with credentials from the keyring or the vault (as backups)."""
    return open_target(url, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key,
                       secret_lookup=credentials.vault_lookup(conn) if conn is not None else None)


def open_book(session, *, s3_endpoint: str | None = None, trust_host_key: bool = False) -> Book:
    """This vault's book, its roster read from the location and verified (``RosterRefused`` else)."""
    conn = session.conn
    dev, url, fingerprint = location_of(conn)
    target = open_location(conn, url, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    rosters = rs.verify_chain(transport.read_roster(target, dev.book_id), fingerprint, dev.book_id)
    book = Book(conn, dev, url, fingerprint, target, rosters)
    publish_pending(book)
    return book


def require_manager(session, book: Book) -> rs.Device:
    """This device must be active on the roster with ``users.manage`` to sign a new version."""
    me = book.me()
    if me is None or not me.active or not me.may(rs.MANAGE):
        raise session.refuse(translate("Errors", "This device may not change the team's roster (it is not an active"
                                                 " administrator's device on it)."), atom="users.manage",
                             entity="device", entity_id=book.device.device_id, why="roster")
    return me


def stamp(conn) -> str:
    """A new clock stamp of this device (the transaction's stamp inside a transaction)."""
    s = conn.execute("SELECT sync_hlc(last_hlc, device_id) FROM sync_state WHERE id = 1").fetchone()[0]
    conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < ?)", (s, s))
    return s


# ----------------------------------------------------------------------------- new roster versions
def new_version(session, book: Book, make_entries, record) -> rs.Roster:
    """Sign roster version n+1 with the entries ``make_entries(stamp)`` returns, keep it pending
    together with ``record(conn)`` (marks and audit entries: one transaction), then publish it.
    Returns the new verified version."""
    conn = session.conn
    with transaction(conn):
        at = stamp(conn)
        doc = rs.successor(book.latest, make_entries(at), at, book.device.device_id)
        raw, sig = rs.sign_version(doc, book.device.private_key())
        value = canonical({"version": doc["version"], "json": base64.b64encode(raw).decode(),
                           "sig": base64.b64encode(sig).decode()})
        conn.execute("INSERT INTO vault_secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE"
                     " SET value = excluded.value", (PENDING, value))
        record(conn)
    publish_pending(book)
    return book.latest


def _pending(conn) -> tuple[int, bytes, bytes] | None:
    row = conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (PENDING,)).fetchone()
    if row is None:
        return None
    doc = json.loads(bytes(row[0]))
    return int(doc["version"]), base64.b64decode(doc["json"]), base64.b64decode(doc["sig"])


def _publish_file(target: Target, path: str, data: bytes) -> bool:
    """Publish once; True if the file is there with these bytes (already, or now)."""
    try:
        transport.publish_once(target, path, data)
        return True
    except AlreadyPublished:
        return transport.fetch(target, path) == data


def publish_pending(book: Book) -> bool:
    """Publish the roster version this device signed and kept pending, if any; True if one was
    published. A version another administrator published first under the same number is
    dropped with a ConflictError (do the change again)."""
    conn = book.conn
    pending = _pending(conn)
    if pending is None:
        return False
    n, raw, sig = pending
    published = n <= book.latest.version and book.rosters[n - 1].raw == raw
    if not published and n == book.latest.version + 1:
        published = _publish_file(book.target, layout.roster_path(book.id, n), raw) and \
            _publish_file(book.target, layout.roster_sig_path(book.id, n), sig)
        if published:
            book.rosters = rs.verify_chain(transport.read_roster(book.target, book.id), book.fingerprint, book.id)
    if not published and n == book.latest.version + 1:
        raise IntegrityError(translate("Errors", "Roster version {version} is half published on the sync location;"
                                                 " it stays pending here.").format(version=n))
    with transaction(conn):
        conn.execute("DELETE FROM vault_secrets WHERE name = ?", (PENDING,))
    if not published:
        raise ConflictError(translate("Errors", "Another administrator changed the team's roster at the same time;"
                                                " your change (roster version {version}) was not published. Do it"
                                                " again.").format(version=n))
    return True


# ----------------------------------------------------------------------------- revocation
def visible_seq(target: Target, book: str, device: str) -> int:
    """The highest seq of ``device`` readable on the location without a gap from 1, or from its
    first visible one when compaction deleted those before it (0: none)."""
    seqs = transport.list_device_segments(target, book, device)
    last = seqs[0] - 1 if seqs else 0
    for seq in seqs:
        if seq != last + 1:
            break
        last = seq
    return last


def revoke(session, device_id: str, **location) -> dict:
    """Roster version n+1 marking ``device_id`` revoked at this device's clock, accepting its
    segments only up to the last one visible now (``after_seq``). Audited."""
    session.require("users.manage")
    book = open_book(session, **location)
    require_manager(session, book)
    target = book.latest.device(device_id)
    if target is None:
        raise NotFoundError(translate("Errors", "Device {device} is not on the team's roster.").format(device=device_id))
    if not target.active:
        raise ConflictError(translate("Errors", "Device {device} is revoked already.").format(device=device_id))
    if device_id == book.device.device_id:
        raise PolicyError(translate("Errors", "A device cannot revoke itself; revoke it from another administrator's"
                                              " device."))
    after = visible_seq(book.target, book.id, device_id)

    def entries(at: str) -> list[dict]:
        return [rs.revoke_entry(d.entry, at=at, by=book.device.device_id, after_seq=after)
                if d.id == device_id else d.entry for d in book.latest.devices()]

    def record(conn) -> None:
        audit.record(session, "device.revoke", entity="device", entity_id=device_id,
                     details={"user": target.entry["user"]["name"], "after_seq": after})

    new_version(session, book, entries, record)
    return {"device_id": device_id, "state": "revoked", "after_seq": after}


# ----------------------------------------------------------------------------- the device list
def file_time(target: Target, path: str) -> float | None:
    """The location's modification time of ``path`` (seconds since the epoch), None if unknown."""
    rel_dir, _, name = path.rpartition("/")
    sub = transport.at(target, rel_dir)
    try:
        if isinstance(sub, LocalTarget):
            return os.stat(sub.dir / name).st_mtime
        info = sub.fs.info(sub.path(name))
    except Exception:  # noqa: BLE001 - missing, or a server that will not say
        return None
    for key in ("mtime", "modified", "LastModified", "last_modified", "created"):
        value = info.get(key)
        if isinstance(value, dt.datetime):
            return value.timestamp()
        if isinstance(value, int | float) and value > 0:
            return float(value)
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
    return None


def iso_time(seconds: float | None) -> str | None:
    return None if seconds is None else dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")


def _stamp_seconds(stamp_text: str) -> float:
    return int(stamp_text[:13]) / 1000


def device_rows(book: Book, stale_days: int) -> list[dict]:
    """One row per roster device: state, last seen, how far behind, stale."""
    devices = book.latest.devices()
    last = {d.id: visible_seq(book.target, book.id, d.id) for d in devices}
    now = clock.now()
    rows = []
    for d in devices:
        seen = [t for t in (file_time(book.target, layout.segment_path(book.id, d.id, last[d.id])) if last[d.id]
                            else None, file_time(book.target, layout.ack_path(book.id, d.id))) if t is not None]
        ack = acks.read(book.target, book.id, d.id, book.latest)
        behind = None if ack is None else sum(max(0, last[o] - ack["seen"].get(o, 0)) for o in last if o != d.id)
        since = max(seen) if seen else _stamp_seconds(d.entry["added"]["at"])
        rows.append({"device": d.id, "user": d.entry["user"]["name"], "user_uid": d.user_uid,
                     "profile": d.entry["profile"]["name"], "state": "active" if d.active else "revoked",
                     "last_seen": iso_time(max(seen)) if seen else None, "last_seq": last[d.id], "behind": behind,
                     "stale": d.active and now - since > stale_days * 86400, "this": d.id == book.device.device_id,
                     "added_at": iso_time(_stamp_seconds(d.entry["added"]["at"])),
                     "revoked_at": iso_time(_stamp_seconds(d.revoked["at"])) if d.revoked else None})
    return rows


def stale_days(conn) -> int:
    return int(read_vault(conn, "sync.stale_days"))
