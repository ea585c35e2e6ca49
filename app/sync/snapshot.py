"""Starting a book and snapshots of it (``docs/SYNC.md``, "Starting a book" and "Snapshots").

``start_book``: this vault becomes the first device of a new book at a location: a new book id,
the genesis roster version (this device, its user and profile, its keys; signed by itself), the
pinned fingerprint and the location in ``sync_state``, and a snapshot of the whole book (every
synced row, every field, with the stamp of the version it holds, or one genesis stamp for what
was there before the book) under ``snapshots/``."""
from __future__ import annotations

import uuid

from vault.backup.location import Target
from vault.sync import dump, hlc, identity, layout, roster, snapshot_format, transport
from vault.sync.roster import Roster
from vault.sync.schema import ROW

from .state import Book, book


def book_changes(conn, genesis: str) -> list[dict]:
    """Every synced row as changes: its existence (``*``) and each field, stamped with the version
    the field holds (``sync_versions``), or ``genesis`` for what no change ever touched."""
    versions = {(r[0], r[1], r[2]): r[3] for r in conn.execute("SELECT tbl, uid, field, hlc FROM sync_versions")}
    out = []
    for row in dump.rows(conn):
        t, uid = row["table"], row["uid"]
        for field, value in [(ROW, True), *row["fields"].items()]:
            stamp = versions.get((t, uid, field), genesis)
            out.append({"table": t, "uid": uid, "field": field, "value": value, "hlc": stamp,
                        "device": hlc.parse(stamp).device, "user": None, "replaced": None, "op": "set"})
    return out


def covers(conn, b: Book) -> dict[str, int]:
    peers = {r[0]: int(r[1]) for r in conn.execute("SELECT device, seq FROM sync_peers")}
    peers[b.device_id] = b.device.last_seq
    return peers


def publish_snapshot(conn, target: Target, b: Book, latest: Roster, stamp: str) -> str:
    """Write the snapshot of the whole book at ``stamp`` (this device's); returns its path."""
    data = snapshot_format.encode(book=b.book_id, device=b.device_id, hlc=stamp, schema=b.schema,
                                  covers=covers(conn, b), changes=book_changes(conn, stamp),
                                  recipients=latest.recipients(), key=b.device.private_key())
    path = layout.snapshot_path(b.book_id, stamp, b.device_id)
    transport.publish_once(target, path, data)
    return path


def start_book(session, target: Target, url: str) -> dict:
    """Inside the caller's transaction: join a new book, publish the genesis roster and the first
    snapshot. Returns ``book_id``, ``device_id``, ``fingerprint``."""
    conn = session.conn
    dev = identity.join_book(conn, str(uuid.uuid4()), location=url)
    last = conn.execute("SELECT last_hlc FROM sync_state WHERE id = 1").fetchone()[0]
    stamp = hlc.Clock(dev.device_id, last).now()
    perms = sorted(session.profile.permissions)
    entry = roster.device_entry(device=dev.device_id, user_uid=session.user_id, user_name=session.username,
                                profile=session.profile.name, permissions=perms, age_recipient=dev.recipient,
                                public_key=dev.public_key(), added_at=stamp, added_by=dev.device_id)
    raw, sig = roster.sign_version(roster.genesis(dev.book_id, entry, stamp), dev.private_key())
    fingerprint = roster.genesis_fingerprint(raw)
    conn.execute("UPDATE sync_state SET fingerprint = ?, last_hlc = ? WHERE id = 1", (fingerprint, stamp))
    transport.publish_once(target, layout.roster_path(dev.book_id, 1), raw)
    transport.publish_once(target, layout.roster_sig_path(dev.book_id, 1), sig)
    b = book(conn)
    latest = roster.verify_chain([(raw, sig)], fingerprint, dev.book_id)[-1]
    publish_snapshot(conn, target, b, latest, stamp)
    return {"book_id": dev.book_id, "device_id": dev.device_id, "fingerprint": fingerprint}
