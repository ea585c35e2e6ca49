"""Applying one verified segment (``docs/SYNC.md``, "Applying"): in ONE transaction with capture
off (``capture.applying``), idempotently (``sync_seen``/``sync_peers``), change by change: the
author's permissions in the roster version in force, erasure first and for ever, then the merge
rule per field (``merge``), rows written by uid (``rows``), and the full-text index of every
customer touched rebuilt from what the vault now holds."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from itertools import groupby

from vault import clock
from vault.sync import hlc as hlcs
from vault.sync.schema import BY_NAME, ROW, Table

from .. import audit
from ..records.erasure import ERASED
from ..records.storage import clean_of, reindex
from . import authorize, capture, merge, rows
from .rows import Dangling, Waiting
from .state import in_force

__all__ = ["Applied", "Dangling", "Waiting", "apply_segment", "seen"]

#: fields whose concurrent edits a delete of the record makes a conflict of (not bookkeeping)
_NOT_EDITS = {"deleted_at", "deleted_by", "merged_into", "updated_at", "updated_by", ROW}
_ERASE_CHILDREN = ("customer_emails", "customer_phones", "customer_addresses", "customer_custom_values",
                   "customer_sensitive", "purchase_preferences", "customer_tags", "tasks",
                   "attachments")


@dataclass
class Applied:
    """What a round applied: counts, refusals of single changes, local customer ids touched."""
    segments: int = 0
    changes: int = 0
    conflicts: int = 0
    refused: list[dict] = field(default_factory=list)
    customers: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    erased: int = 0


def seen(conn, device: str, seq: int) -> bool:
    return conn.execute("SELECT 1 FROM sync_seen WHERE device = ? AND seq = ?", (device, seq)).fetchone() is not None


class _Segment:
    def __init__(self, session, versions, device: str, seq: int, changes: list[dict], out: Applied):
        self.s, self.conn, self.versions = session, session.conn, versions
        self.device, self.seq, self.changes, self.out = device, seq, changes, out
        self.erasing = {c["uid"]: c["hlc"] for c in changes if c["op"] == "erase" and c["table"] == "customers"}
        self.touched: set[str] = set()
        self.superseded, self.base = _runs(changes)
        self.last_set: dict[tuple, dict] = {}  # (table, uid): {field: value of its last change here}
        for c in changes:
            if c["field"] != ROW and c["op"] == "set":
                self.last_set.setdefault((c["table"], c["uid"]), {})[c["field"]] = c["value"]

    def _user(self, stamp: str) -> str | None:
        """The name of the user whose device wrote ``stamp`` (the roster in force then), so the
        conflicts view names people, not device ids; the same on every device."""
        entry = in_force(self.versions, hlcs.parse(stamp).device, stamp)
        return entry.entry["user"]["name"] if entry is not None else None

    # ------------------------------------------------------------------------- one row's changes
    def run(self) -> None:
        for _, group in groupby(self.changes, key=lambda c: (c["table"], c["uid"], c["hlc"])):
            g = list(group)
            t = BY_NAME.get(g[0]["table"])
            if t is None:
                self._refuse(g, "unknown-table")
                continue
            self._row(t, g)
        for uid, stamp in self.erasing.items():
            self._erase_residue(uid, stamp)
        self._reindex()

    def _row(self, t: Table, g: list[dict]) -> None:
        uid, stamp = g[0]["uid"], g[0]["hlc"]
        values = {c["field"]: c["value"] for c in g if c["field"] != ROW}
        owner = rows.customer_of(self.conn, t, uid, values) if t.name != "erasure_ledger" else None
        force = owner is not None and self.erasing.get(owner) == stamp
        if owner is not None and not force and self._erased(owner):
            return  # erasure beats everything, for ever
        author = in_force(self.versions, self.device, stamp)
        allowed = []
        for c in g:
            if authorize.allowed(author, t.name, c["field"], c["op"]):
                allowed.append(c)
            else:
                self._refuse([c], "permission")
        if not allowed:
            return
        if owner is not None:
            self.touched.add(owner)
        star = next((c for c in allowed if c["field"] == ROW), None)
        try:
            if star is not None and star["op"] == "erase":
                merge.set_version(self.conn, star)
                self._shell(t, uid, star["hlc"], [c for c in allowed if c is not star])
            elif star is not None and star["op"] == "delete":
                self._delete(t, star, force)
            elif not rows.exists(self.conn, t, uid):
                self._absent(t, uid, stamp, allowed, star, force)
            else:
                self._present(t, uid, allowed, force)
        except Dangling:
            return  # its parent was deleted here: it goes with it

    def _shell(self, t: Table, uid: str, stamp: str, shell: list[dict]) -> None:
        """The erased record's anonymised shell, stamped like the erase. Two devices that erased
        the person without seeing each other: the later erasure's shell stands everywhere. A
        person erased before their record ever left the erasing device arrives as the shell
        alone: it is inserted, so every device holds the same one."""
        if rows.exists(self.conn, t, uid):
            v = merge.version(self.conn, t.name, uid, "erased_at")
            if v is not None and v[0] > stamp and rows.local_value(self.conn, t, uid, "erased_at") is not None:
                return
            self._present(t, uid, shell, True)
        elif shell:
            rows.insert(self.conn, t, uid, {c["field"]: c["value"] for c in shell})
            for c in shell:
                merge.set_version(self.conn, c)
            self.out.changes += len(shell)

    def _absent(self, t: Table, uid: str, stamp: str, changes: list[dict], star: dict | None, force: bool) -> None:
        v = merge.version(self.conn, t.name, uid, ROW)
        if star is None or force:
            if v is None and not force:
                raise Waiting(f"{t.name}/{uid}")
            return  # deleted here (a delete wins over an edit), or erased before it came
        if v is not None and v[0] > stamp:
            return  # deleted later
        values = {c["field"]: c["value"] for c in changes if c["field"] != ROW}
        # an erasure on the author's device coalesced its whole waiting outbox: a field changed
        # again after the insert lost its insert-time change; the later change (applied next) fills it
        values = self.last_set.get((t.name, uid), {}) | values
        rows.insert(self.conn, t, uid, values)
        for c in changes:
            merge.set_version(self.conn, c)
        self.out.changes += len(changes)

    def _present(self, t: Table, uid: str, changes: list[dict], force: bool) -> None:
        before = self._deletion(uid) if t.name == "customers" else None
        winners = {}
        for c in changes:
            if c["field"] == ROW:
                merge.set_version(self.conn, c)
            elif self._wins(t, c, force):
                winners[c["field"]] = c["value"]
        if before is not None:
            self._delete_vs_edit(t, uid, changes, winners, before)
        if winners:
            rows.update(self.conn, t, uid, winners)
            self.out.changes += len(winners)

    def _wins(self, t: Table, c: dict, force: bool) -> bool:
        conn = self.conn
        v = merge.version(conn, t.name, c["uid"], c["field"])
        if force or v is None:
            merge.set_version(conn, c)
            return True
        if c["hlc"] == v[0]:
            return False
        if id(c) in self.superseded:
            return False  # its author changed the field again in this segment: the run's last decides
        # a device always saw its own earlier writes: two versions by one device never conflict
        quiet = c["field"] in t.quiet or hlcs.parse(v[0]).device == c["device"]
        replaced = self.base.get(id(c), c["replaced"])
        if c["field"] not in t.quiet:
            merge.superseded(conn, c, replaced)
        local = rows.local_value(conn, t, c["uid"], c["field"])
        differ = merge.json_text(local) != merge.json_text(c["value"])
        if c["hlc"] > v[0]:
            if not quiet and differ and merge.concurrent(replaced, v[0], v[1]):
                merge.follow(conn, {**c, "replaced": v[0]})  # what the old winner kept, c keeps now
                self.out.conflicts += merge.record(conn, t.name, c["uid"], c["field"], (c["value"], c["hlc"], self._user(c["hlc"])),
                                                   (local, v[0], self._user(v[0])))
            elif replaced:
                merge.follow(conn, {**c, "replaced": replaced})
            merge.set_version(conn, c)
            return True
        if not quiet and differ and merge.concurrent(v[1], c["hlc"], replaced):
            self.out.conflicts += merge.record(conn, t.name, c["uid"], c["field"], (local, v[0], self._user(v[0])),
                                               (c["value"], c["hlc"], self._user(c["hlc"])))
        return False

    def _deletion(self, uid: str) -> tuple | None:
        """(deleted_at, its stamp, the last edit its deleter had seen) of a record in the bin here."""
        conn = self.conn
        deleted = conn.execute("SELECT deleted_at FROM customers WHERE uid = ?", (uid,)).fetchone()
        d = merge.version(conn, "customers", uid, "deleted_at")
        if not deleted or deleted[0] is None or d is None:
            return ()
        u = merge.version(conn, "customers", uid, "updated_at")
        seen = u[1] if u is not None and u[0] == d[0] and u[1] else (d[1] or "")
        return deleted[0], d[0], seen

    def _delete_vs_edit(self, t: Table, uid: str, changes: list[dict], winners: dict, before: tuple) -> None:
        """A record deleted on one device and edited on another without seeing each other stays
        deleted (in the bin) and the edit is a conflict on ``deleted_at`` (keeping ``other``
        restores it). The delete's ``updated_at`` change names (``replaced``) the last edit its
        device had seen: an edit stamped after that one is concurrent with the delete. Without it
        (the same second: the value did not change) the previous ``deleted_at`` version stands in,
        which may count an edit the deleter had seen: a conflict too many, never one too few."""
        conn = self.conn
        if winners.get("deleted_at"):
            d = next(c for c in changes if c["field"] == "deleted_at")
            stamp = d["hlc"]
            seen = next((c["replaced"] for c in changes if c["field"] == "updated_at" and c["replaced"]),
                        d["replaced"] or "")
            later = conn.execute(
                "SELECT max(hlc) FROM sync_versions WHERE tbl = 'customers' AND uid = ? AND hlc > ? AND device != ?"
                f" AND field NOT IN ({', '.join('?' * len(_NOT_EDITS))}) GROUP BY device",
                (uid, seen, self.device, *_NOT_EDITS)).fetchall()
            for (edit,) in later:
                self.out.conflicts += merge.record(conn, t.name, uid, "deleted_at",
                                                   (winners["deleted_at"], stamp, self._user(stamp)),
                                                   (None, edit, self._user(edit)))
            return
        if not before or "deleted_at" in winners:
            return
        deleted, stamp, seen = before
        edits = [c["hlc"] for c in changes if c["field"] not in _NOT_EDITS]
        if edits and max(edits) > seen and not max(edits).endswith(hlcs.parse(stamp).device):
            self.out.conflicts += merge.record(conn, t.name, uid, "deleted_at", (deleted, stamp, self._user(stamp)),
                                               (None, max(edits), self._user(max(edits))))

    def _delete(self, t: Table, star: dict, force: bool) -> None:
        v = merge.version(self.conn, t.name, star["uid"], ROW)
        merge.set_version(self.conn, star)
        if v is not None and v[0] > star["hlc"] and not force:
            return  # revived later (a newer set of a name-based row)
        cid = rows.delete(self.conn, t, star["uid"])
        if cid is not None:
            reindex(self.conn, cid, None)
            self.out.deleted.add(cid)
        self.out.changes += 1

    # ------------------------------------------------------------------------- erasure
    def _erased(self, customer_uid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM erasure_ledger WHERE customer_uid = ?",
                                 (customer_uid,)).fetchone() is not None

    def _erase_residue(self, uid: str, stamp: str) -> None:
        """What the eraser could not know: rows of the person made here concurrently go too, so
        every device holds the same anonymised shell; the person's audit key is shredded."""
        conn = self.conn
        row = conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return
        cid = row[0]
        self._drop_waiting(uid, cid)
        for table in _ERASE_CHILDREN:
            conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (cid,))
        known = {c["uid"] for c in self.changes if c["hlc"] == stamp}
        for table in ("interactions", "deals"):
            for (ruid,) in conn.execute(f"SELECT uid FROM {table} WHERE customer_id = ?", (cid,)).fetchall():
                if ruid not in known:
                    conn.execute(f"DELETE FROM {table} WHERE uid = ?", (ruid,))
        conn.execute("UPDATE interactions SET summary = ? WHERE customer_id = ?", (ERASED, cid))
        reindex(conn, cid, None)
        audit.shred_person_key(self.s, str(cid), conn=conn)
        self.out.erased += 1

    def _drop_waiting(self, uid: str, cid: int) -> None:
        """This device's own unpublished changes of the person never leave it."""
        conn = self.conn
        uids = [uid]
        for t in BY_NAME.values():
            if t.refs.get("customer_id") == "customers":
                uids += [r[0] for r in conn.execute(f"SELECT uid FROM {t.name} WHERE customer_id = ?", (cid,))]
        uids += [r[0] for r in conn.execute("SELECT i.uid FROM deal_items i JOIN deals d ON d.id = i.deal_id"
                                            " WHERE d.customer_id = ?", (cid,))]
        conn.executemany("DELETE FROM sync_outbox WHERE published IS NULL AND uid = ? AND op != 'erase'",
                         [(u,) for u in uids])  # its own erasure of the person still goes out

    # ------------------------------------------------------------------------- bookkeeping
    def _refuse(self, changes: list[dict], reason: str) -> None:
        for c in changes:
            self.out.refused.append({"device": self.device, "segment": self.seq, "reason": reason,
                                     "table": c["table"], "field": c["field"], "uid": c["uid"]})
            audit.record(self.s, "sync.refused", entity="sync_segment", entity_id=f"{self.device}/{self.seq}",
                         details={"reason": reason, "table": c["table"], "field": c["field"], "uid": c["uid"],
                                  "op": c["op"]})

    def _reindex(self) -> None:
        conn = self.conn
        for uid in sorted(self.touched):
            row = conn.execute("SELECT id, deleted_at, erased_at FROM customers WHERE uid = ?", (uid,)).fetchone()
            if row is None:
                continue
            self.out.customers.add(row[0])
            # an edit open on this record must not save over what just arrived (its version is stale)
            conn.execute("UPDATE customers SET version = version + 1 WHERE id = ?", (row[0],))
            if row[1] is not None:
                self.out.deleted.add(row[0])
            reindex(conn, row[0], None if row[1] or row[2] else clean_of(conn, row[0]))


def _runs(changes: list[dict]) -> tuple[set[int], dict[int, str | None]]:
    """An author's run of changes of one field in one segment, each replacing the one before
    (edited twice between rounds) is merged as its last change, based on the version the run
    started from: a device that gets the run in one segment then records the same conflicts as
    one that got its steps in several. Returns the ids of the passing changes and, for each run's
    last change, the run's base (``replaced`` of its first change)."""
    latest: dict[tuple, dict] = {}
    superseded: set[int] = set()
    base: dict[int, str | None] = {}
    for c in changes:
        if c["field"] == ROW or c["op"] != "set":
            continue
        key = (c["table"], c["uid"], c["field"])
        prev = latest.get(key)
        if prev is not None and prev["replaced"] is not None and c["replaced"] == prev["hlc"]:  # not an insert
            superseded.add(id(prev))
            base[id(c)] = base.pop(id(prev), prev["replaced"])
        latest[key] = c
    return superseded, base


def _applied_through(conn, device: str, seq: int) -> int:
    """The highest seq of ``device`` up to which every segment is applied here, now that ``seq``
    is (a segment served again, or ``sync_peers`` behind what ``sync_seen`` holds)."""
    row = conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (device,)).fetchone()
    through = row[0] if row else 0
    if seq > through + 1:
        return through
    through = max(through, seq)
    while seen(conn, device, through + 1):
        through += 1
    return through


def apply_segment(session, versions, device: str, seq: int, changes: list[dict], data: bytes,
                  out: Applied, *, hlc_max: str) -> bool:
    """Apply segment ``device``/``seq`` (decoded ``changes``; ``data``: the file) in one
    transaction. False if it was applied before. Raises ``Waiting`` (nothing kept) when it names a
    row of another device not received yet, or when its author's previous segment is not applied
    here yet (a location serving them out of order)."""
    conn = session.conn
    with capture.applying(conn):
        again = seen(conn, device, seq)
        if not again and seq > 1 and not seen(conn, device, seq - 1) and _applied_through(conn, device, seq) < seq:
            raise Waiting(f"{device}/{seq - 1}")  # in its author's order: the merge keeps one step of history
        if not again:
            _Segment(session, versions, device, seq, changes, out).run()
            conn.execute("INSERT INTO sync_seen (device, seq, digest, applied_at) VALUES (?, ?, ?, ?)",
                         (device, seq, hashlib.sha256(data).hexdigest(), clock.iso()))
        conn.execute("INSERT INTO sync_peers (device, seq, last_seen) VALUES (?, ?, ?) ON CONFLICT (device)"
                     " DO UPDATE SET seq = max(seq, excluded.seq), last_seen = excluded.last_seen",
                     (device, _applied_through(conn, device, seq), clock.iso()))
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < ?)",
                     (hlc_max, hlc_max))
    if again:
        return False
    out.segments += 1
    return True
