"""Compaction (``docs/SYNC.md``, "Acknowledgements and compaction"): an active device that may
manage privacy or users, at the end of a round in which it applied normally,

1. publishes a snapshot when one is due: an erasure is newer than its newest snapshot, or
   ``COMPACT_SEGMENTS`` segments arrived since (counted from ``sync_peers``, no listing);
2. after publishing, deletes every older snapshot (of any device) and its parts;
3. deletes the segments its newest snapshot covers that every active device has acknowledged
   (``acks``; a revoked device's acknowledgement is not waited for, a stale one's is).

What it published and deleted is kept in this vault (``vault_secrets`` row ``sync.compaction``:
``{"snapshot": stamp, "covers": {device: seq}, "deleted": {device: seq}}``, and during an
erasure pass ``erasure``, ``need``, ``clean_at``, ``final``), so an idle round reads no acknowledgement
and lists nothing."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from vault.backup.location import Target
from vault.db import transaction
from vault.jobs import JobContext
from vault.sync import hlc, layout, transport
from vault.sync.roster import Roster

from . import acks
from .snapshot import covers, publish_snapshot
from .state import Book

KEY = "sync.compaction"
COMPACTORS = ("privacy.manage", "users.manage")
#: segments applied or published since this device's newest snapshot that make a new one due
COMPACT_SEGMENTS = 500
_PART = re.compile(rf"({layout.STAMP_RE})-({layout.UUID_RE})-({layout.NUMBER_RE})\.part")


@dataclass
class Compaction:
    snapshot: str | None = None          # the snapshot published by this round, if any
    reason: str | None = None            # "erasure" | "segments" | "roster"
    deleted_segments: int = 0
    deleted_snapshots: int = 0
    waiting_for: list[str] = field(default_factory=list)  # active devices whose acks hold segments back


def may_compact(latest: Roster, device_id: str) -> bool:
    me = latest.device(device_id)
    return me is not None and me.active and any(me.may(a) for a in COMPACTORS)


def state(conn) -> dict:
    """This device's compaction record; a vault copied or restored from another device's starts
    afresh (the record names the device it belongs to)."""
    device = conn.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0]
    row = conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (KEY,)).fetchone()
    st = json.loads(row[0]) if row else {}
    if st.get("device") != device:
        st = {"device": device, "snapshot": None, "covers": {}, "deleted": {}}
    return st


def _save(conn, st: dict) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO vault_secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE"
                     " SET value = excluded.value", (KEY, json.dumps(st, sort_keys=True)))


def _erased(conn) -> str | None:
    return conn.execute("SELECT max(hlc) FROM sync_versions WHERE tbl = 'erasure_ledger' AND field = '*'").fetchone()[0]


def due(conn, b: Book, st: dict) -> str | None:
    """Why a new snapshot is due, or None: an erasure newer than the newest snapshot (it starts
    an erasure pass), an erasure pass going on and something new since the last snapshot (or
    every device acknowledged the erasure: the last snapshot of the pass), or piled-up segments."""
    erased = _erased(conn)
    if erased and (st["snapshot"] is None or erased > st["snapshot"]):
        st.update(erasure=erased, need=covers(conn, b), clean_at=None, final=None)
        return "erasure"
    now = covers(conn, b)
    grown = any(s > int(st["covers"].get(d, 0)) for d, s in now.items())
    if st.get("erasure") and (grown or (st.get("clean_at") and not st.get("final"))):
        if st.get("clean_at"):
            st["final"] = "next"
        return "erasure"
    if sum(max(0, s - int(st["covers"].get(d, 0))) for d, s in now.items()) >= COMPACT_SEGMENTS:
        return "segments"
    return None


def _erasure_progress(st: dict, acked: dict[str, dict], latest: Roster, me: str, now: str) -> None:
    """An erasure pass: once every active device acknowledged everything this device held when
    it met the erasure (``need``: so it applied the erasure, and its later segments hold nothing
    of the person), the next snapshot is the pass's last; the pass ends when everything that
    snapshot covers is deleted from the location."""
    if not st.get("erasure"):
        return
    need = {d: int(s) for d, s in st.get("need", {}).items()}

    def applied(device: str) -> bool:
        seen = acked.get(device, {}).get("seen")
        return device == me or (seen is not None and all(seen.get(x, 0) >= s for x, s in need.items() if x != device))

    if not st.get("clean_at") and all(applied(d.id) for d in latest.devices() if d.active):
        st["clean_at"] = now
    final = st.get("final")
    if final and final != "next" and all(int(st["deleted"].get(d, 0)) >= int(s) for d, s in st["covers"].items()):
        st.update(erasure=None, clean_at=None, final=None)


def new_snapshot(conn, target: Target, b: Book, latest: Roster, job: JobContext, out: Compaction,
                 after: str | None = None) -> str:
    """Publish a snapshot (stamped after ``after`` if given), record it, delete the older ones."""
    with transaction(conn):
        c = hlc.Clock(b.device_id, conn.execute("SELECT last_hlc FROM sync_state WHERE id = 1").fetchone()[0])
        if after:
            c.observe(after)
        stamp = c.now()
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1", (stamp,))
    cov = covers(conn, b)
    path = publish_snapshot(conn, target, b, latest, stamp, job)
    st = state(conn)
    st.update(snapshot=stamp, covers=cov)
    if st.get("final") == "next":
        st["final"] = stamp
    _save(conn, st)
    out.snapshot = path
    out.deleted_snapshots += delete_older_snapshots(target, b.book_id, stamp)
    return path


def delete_older_snapshots(target: Target, book_id: str, stamp: str) -> int:
    """Every snapshot (manifest and parts, any device's) stamped before ``stamp``; parts of an
    unfinished snapshot too. Returns how many manifests went."""
    folder = transport.at(target, layout.snapshots_dir(book_id))
    gone = 0
    for name, kind in transport.list_entries(target, layout.snapshots_dir(book_id)):
        if kind != "file":
            continue
        snap, part = layout.parse_snapshot_name(name), _PART.fullmatch(name)
        older = (snap is not None and snap.hlc < stamp) or (part is not None and part[1] < stamp)
        if older and folder.delete(name) and snap is not None:
            gone += 1
    return gone


def delete_acknowledged(target: Target, b: Book, latest: Roster, out: Compaction, conn) -> None:
    """Delete the segments the newest snapshot covers that every active device acknowledged."""
    st = state(conn)
    cov, deleted = {d: int(s) for d, s in st["covers"].items()}, {d: int(s) for d, s in st["deleted"].items()}
    if not any(s > deleted.get(d, 0) for d, s in cov.items()) and not st.get("erasure"):
        return
    acked = acks.read_all(target, b.book_id, latest)
    seen = {d: a["seen"] for d, a in acked.items()}
    seen[b.device_id] = cov  # this device has applied what its snapshot covers
    active = [d.id for d in latest.devices() if d.active]
    for device, covered in cov.items():
        limit = covered
        for other in active:
            if other != device:
                has = int(seen.get(other, {}).get(device, 0))
                if has < limit and other not in out.waiting_for:
                    out.waiting_for.append(other)
                limit = min(limit, has)
        sub = transport.at(target, layout.device_dir(b.book_id, device))
        for seq in range(deleted.get(device, 0) + 1, limit + 1):
            if sub.delete(layout.basename(layout.segment_path(b.book_id, device, seq))):
                out.deleted_segments += 1
        deleted[device] = max(deleted.get(device, 0), limit)
    st["deleted"] = deleted
    _erasure_progress(st, acked, latest, b.device_id, hlc.Clock(b.device_id).now())
    _save(conn, st)


def run(session, target: Target, b: Book, latest: Roster, job: JobContext) -> Compaction:
    """The compaction step of a round (see the module's doc)."""
    out = Compaction()
    conn = session.conn
    if not may_compact(latest, b.device_id):
        return out
    st = state(conn)
    out.reason = due(conn, b, st)
    _save(conn, st)
    if out.reason is not None:
        job.check()
        new_snapshot(conn, target, b, latest, job, out)
    delete_acknowledged(target, b, latest, out, conn)
    return out
