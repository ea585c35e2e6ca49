"""Acknowledgements (``docs/SYNC.md``, "Acknowledgements and compaction"): every round a device
replaces ``acks/<device>.json`` with what it has applied, signed by its key; compaction and the
device list read them, verified against the roster.

``acks/<device>.json`` is canonical JSON ``{"ack": {"format": 1, "book", "device", "at": stamp,
"seen": {other device: highest seq applied}}, "sig": base64 Ed25519 over ACK_DOMAIN ||
canonical(ack)}``."""
from __future__ import annotations

import base64
import binascii
import json

from cryptography.exceptions import InvalidSignature

from vault.backup.location import Target
from vault.crypto import canonical
from vault.errors import IntegrityError
from vault.sync import hlc, layout, transport
from vault.sync.roster import Roster

from .state import Book

ACK_DOMAIN = b"vaultcrm/sync-ack/v1\x00"
MAX_ACK = 1 << 20
ACK_KEYS = frozenset({"format", "book", "device", "at", "seen"})


def write_ack(session, target: Target, b: Book) -> None:
    """``acks/<device>.json``: signed, the highest seq applied from every other device (replaced
    each round; where the location will not rename over a name, WebDAV, the old one goes first)."""
    conn = session.conn
    seen = {r[0]: int(r[1]) for r in conn.execute("SELECT device, seq FROM sync_peers") if r[0] != b.device_id}
    last = conn.execute("SELECT last_hlc FROM sync_state WHERE id = 1").fetchone()[0]
    ack = {"format": 1, "book": b.book_id, "device": b.device_id, "at": hlc.Clock(b.device_id, last).now(),
           "seen": dict(sorted(seen.items()))}
    sig = b.device.private_key().sign(ACK_DOMAIN + canonical(ack))
    data = canonical({"ack": ack, "sig": base64.b64encode(sig).decode("ascii")})
    path = layout.ack_path(b.book_id, b.device_id)
    sub = transport.at(target, path.rpartition("/")[0])
    sub.ensure()
    name = path.rpartition("/")[2]
    try:
        sub.put_bytes(name, data, replace=True)
    except Exception:  # a location that will not rename over a name (WebDAV): the old ack goes first
        sub.delete(name)
        sub.put_bytes(name, data)


def parse(data: bytes, *, book: str, device: str, roster: Roster) -> dict | None:
    """The ack of ``device`` if it is well formed, of this book and device, and signed by that
    device's roster key: ``{"at": stamp, "seen": {device: seq}}``; None otherwise."""
    entry = roster.device(device)
    try:
        doc = json.loads(data)
        ack, sig = doc["ack"], base64.b64decode(doc["sig"], validate=True)
        if set(doc) != {"ack", "sig"} or not isinstance(ack, dict) or set(ack) != ACK_KEYS or ack["format"] != 1 \
                or (ack["book"], ack["device"]) != (book, device) or not layout.is_stamp(ack["at"]) \
                or not isinstance(ack["seen"], dict) or entry is None:
            return None
        if not all(layout.is_uuid(k) and type(v) is int and v >= 0 for k, v in ack["seen"].items()):
            return None
        entry.public_key.verify(sig, ACK_DOMAIN + canonical(ack))
    except (ValueError, KeyError, TypeError, binascii.Error, InvalidSignature):
        return None
    return {"at": ack["at"], "seen": dict(ack["seen"])}


def read(target: Target, book: str, device: str, roster: Roster) -> dict | None:
    """The verified ack of ``device`` on the location, or None (missing, unreadable, forged)."""
    try:
        data = transport.fetch(target, layout.ack_path(book, device), limit=MAX_ACK)
    except (FileNotFoundError, IntegrityError):
        return None
    return parse(data, book=book, device=device, roster=roster)


def read_all(target: Target, book: str, roster: Roster) -> dict[str, dict]:
    """Verified acks of every device on ``roster`` that has one."""
    out = {}
    for d in roster.devices():
        ack = read(target, book, d.id, roster)
        if ack is not None:
            out[d.id] = ack
    return out
