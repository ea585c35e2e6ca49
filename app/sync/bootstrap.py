"""A joined device's first round starts from a snapshot, and administrators keep one readable by
every device (``docs/SYNC.md``, "Joining from a snapshot").

``load_first``: a device that has applied nothing from the book (no ``sync_peers`` row) and never
made a snapshot itself reads the newest snapshot it can verify and decrypt, made by an active
device of the latest roster that may manage users, applies it in one transaction like a segment
(merge rule, the maker's permissions) and sets ``sync_peers`` from its ``covers`` map; the round
then applies the segments after it. ``publish_if_due``: an administrator's round publishes a fresh
snapshot (encrypted to the latest roster) when the roster changed after the newest snapshot."""
from __future__ import annotations

from vault import clock
from vault.backup.location import Target
from vault.db import transaction
from vault.sync import hlc, layout, snapshot_format, transport
from vault.sync.roster import Roster
from vault.sync.schema import BY_NAME, ROW, TABLES
from vault.sync.segment import SegmentRefused

from . import capture, merge, rows
from .apply import Applied, Waiting, _Segment
from .snapshot import publish_snapshot
from .state import Book

MANAGER = "users.manage"


def snapshot_names(target: Target, book_id: str) -> list[layout.SnapshotName]:
    """The snapshots on the location, newest first."""
    names = [layout.parse_snapshot_name(n) for n, kind in
             transport.list_entries(target, layout.snapshots_dir(book_id)) if kind == "file"]
    return sorted((n for n in names if n is not None), key=lambda n: n.hlc, reverse=True)


def needs_snapshot(conn, names: list[layout.SnapshotName], device_id: str) -> bool:
    if conn.execute("SELECT 1 FROM sync_peers LIMIT 1").fetchone() is not None:
        return False
    return not any(n.device == device_id for n in names)


def newest_readable(target: Target, b: Book, latest: Roster,
                    names: list[layout.SnapshotName]) -> snapshot_format.Snapshot | None:
    """The newest snapshot by an active administrator's device that verifies and is encrypted to
    this device; None when there is none yet (an administrator's next round makes one)."""
    for n in names:
        maker = latest.device(n.device)
        if n.device == b.device_id or maker is None or not maker.active or not maker.may(MANAGER):
            continue
        data = transport.fetch(target, layout.snapshot_path(b.book_id, n.hlc, n.device))
        try:
            return snapshot_format.decode(data, book=b.book_id, hlc=n.hlc, device=n.device, roster=latest,
                                          identities=[b.device.age_identity], schema=b.schema)
        except SegmentRefused:
            continue
    return None


class _Snapshot(_Segment):
    """A snapshot's changes: one group per row (all its fields, whatever their stamps), parents
    before children (the schema's table order), rows naming a row not written yet retried."""

    def run(self) -> None:
        order = {t.name: i for i, t in enumerate(TABLES)}
        groups: dict[tuple[str, str], list[dict]] = {}
        for c in self.changes:
            groups.setdefault((c["table"], c["uid"]), []).append(c)
        pending = sorted(groups.values(), key=lambda g: (order.get(g[0]["table"], -1), g[0]["uid"]))
        while pending:
            left = [g for g in pending if not self._try(g)]
            if len(left) == len(pending):
                for g in left:
                    self._refuse(g, "dangling")
                break
            pending = left
        self._reindex()

    def _wins(self, t, c: dict, force: bool) -> bool:
        """A field this device holds with the same value and no stamp (a copy of the vault, or a
        row both had before the book): only its stamp is recorded, nothing is counted."""
        conn = self.conn
        if not force and merge.version(conn, t.name, c["uid"], c["field"]) is None and \
                merge.json_text(rows.local_value(conn, t, c["uid"], c["field"])) == merge.json_text(c["value"]):
            merge.set_version(conn, c)
            return False
        return super()._wins(t, c, force)

    def _try(self, g: list[dict]) -> bool:
        t = BY_NAME.get(g[0]["table"])
        if t is None:
            self._refuse(g, "unknown-table")
            return True
        g = sorted(g, key=lambda c: c["field"] != ROW)  # the row's own change first: its stamp leads
        self.conn.execute("SAVEPOINT snapshot_row")
        try:
            self._row(t, g)
        except Waiting:
            self.conn.execute("ROLLBACK TO snapshot_row")
            self.conn.execute("RELEASE snapshot_row")
            return False
        self.conn.execute("RELEASE snapshot_row")
        return True


def load_first(session, target: Target, b: Book, versions: list[Roster], out: Applied) -> bool:
    """Start this device from the book's snapshot if it needs one. False when it needs one and
    none is readable yet: the round then applies no segment (they would name rows it lacks)."""
    conn = session.conn
    names = snapshot_names(target, b.book_id)
    if not needs_snapshot(conn, names, b.device_id):
        return True
    snap = newest_readable(target, b, versions[-1], names)
    if snap is None:
        return False
    top = max([snap.hlc, *(c["hlc"] for c in snap.changes)])
    hlc.Clock(b.device_id).receive(top)
    with capture.applying(conn):
        _Snapshot(session, versions, snap.device, 0, snap.changes, out).run()
        conn.executemany("INSERT INTO sync_peers (device, seq, last_seen) VALUES (?, ?, ?) ON CONFLICT (device)"
                         " DO UPDATE SET seq = max(seq, excluded.seq)",
                         [(d, int(s), clock.iso()) for d, s in snap.covers.items() if d != b.device_id])
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < ?)",
                     (top, top))
    return True


def publish_if_due(conn, target: Target, b: Book, latest: Roster) -> str | None:
    """An active administrator's device publishes a snapshot encrypted to ``latest`` when the
    roster changed after the newest snapshot (a device joined or left). Returns its path."""
    me = latest.device(b.device_id)
    if me is None or not me.active or not me.may(MANAGER):
        return None
    names = snapshot_names(target, b.book_id)
    made_at = latest.doc["made_at"]
    if names and names[0].hlc >= made_at:
        return None
    with transaction(conn):
        c = hlc.Clock(b.device_id, conn.execute("SELECT last_hlc FROM sync_state WHERE id = 1").fetchone()[0])
        c.observe(made_at)
        stamp = c.now()
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1", (stamp,))
    return publish_snapshot(conn, target, b, latest, stamp)
