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
from vault.jobs import JobContext
from vault.sync import hlc, layout, snapshot_format, transport
from vault.sync.roster import Roster
from vault.sync.schema import BY_NAME, ROW, TABLES
from vault.sync.segment import SegmentRefused

from .. import audit
from . import capture, compaction, merge, rows
from .apply import Applied, Waiting, _Segment
from .snapshot import book_cache
from .snapshot_load import Loader
from .state import Book

MANAGER = "users.manage"


def snapshot_names(target: Target, book_id: str) -> list[layout.SnapshotName]:
    """The snapshots on the location, newest first."""
    names = [layout.parse_snapshot_name(n) for n, kind in
             transport.list_entries(target, layout.snapshots_dir(book_id)) if kind == "file"]
    return sorted((n for n in names if n is not None), key=lambda n: n.hlc, reverse=True)


def needs_snapshot(conn, names: list[layout.SnapshotName], device_id: str, genesis: str | None = None) -> bool:
    """Whether this device has not got the book yet: it did not make it (the genesis version's
    signer), has applied nothing of it, and no snapshot of its own is on the location (compaction
    may have replaced the one ``sync init`` made)."""
    if device_id == genesis or conn.execute("SELECT 1 FROM sync_peers LIMIT 1").fetchone() is not None:
        return False
    return not any(n.device == device_id for n in names)


def candidates(names: list[layout.SnapshotName], latest: Roster, device_id: str) -> list[layout.SnapshotName]:
    """Snapshots a device may start from, newest first: made by a device active in ``latest``
    that may manage users (an administrator's), not by this device."""
    out = []
    for n in names:
        maker = latest.device(n.device)
        if n.device != device_id and maker is not None and maker.active and maker.may(MANAGER):
            out.append(n)
    return out


def report(session, out: Applied, name: layout.SnapshotName, reason: str) -> None:
    """A snapshot this device cannot use for another reason than not being one of its recipients
    yet: listed in the round's ``refused``, audited; the round alerts."""
    where = f"{name.hlc}-{name.device}.snap"
    out.refused.append({"device": name.device, "segment": where, "reason": reason})
    audit.record(session, "sync.refused", entity="sync_snapshot", entity_id=where, details={"reason": reason})


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


def _load(session, target: Target, b: Book, versions: list[Roster], m: snapshot_format.Manifest,
          out: Applied, job: JobContext) -> None:
    """Apply snapshot ``m`` part by part in ONE transaction (capture off); ``sync_peers`` from its
    covers. A refused part, a future stamp or a cancel rolls everything back."""
    conn = session.conn
    with book_cache(conn), capture.applying(conn):
        loader = Loader(_Snapshot(session, versions, m.device, 0, [], out), versions, m.device, m.hlc)
        for n in range(1, len(m.parts) + 1):
            job.check()
            job.progress("snapshot", n - 1, len(m.parts))
            for row in snapshot_format.read_part(m, n, _part(target, b, m, n), [b.device.age_identity]):
                loader.add(row)
        loader.finish()
        hlc.Clock(b.device_id).receive(loader.top)
        conn.executemany("INSERT INTO sync_peers (device, seq, last_seen) VALUES (?, ?, ?) ON CONFLICT (device)"
                         " DO UPDATE SET seq = max(seq, excluded.seq)",
                         [(d, int(s), clock.iso()) for d, s in m.covers.items() if d != b.device_id])
        conn.execute("UPDATE sync_state SET last_hlc = ? WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < ?)",
                     (loader.top, loader.top))


def _part(target: Target, b: Book, m: snapshot_format.Manifest, n: int) -> bytes:
    name = snapshot_format.part_name(m.hlc, m.device, n)
    try:
        return transport.fetch(target, f"{layout.snapshots_dir(b.book_id)}/{name}")
    except FileNotFoundError:
        try:  # the whole snapshot went meanwhile (a newer one replaced it): try again next round
            transport.fetch(target, layout.snapshot_path(b.book_id, m.hlc, m.device))
        except FileNotFoundError:
            raise
        raise snapshot_format.refused("damaged", name) from None


def load_first(session, target: Target, b: Book, versions: list[Roster], out: Applied,
               job: JobContext | None = None) -> bool:
    """Start this device from the book's newest usable snapshot if it needs one. False when it
    needs one and none is usable yet: the round then applies no segment (they would name rows it
    lacks). A snapshot refused for any reason but "not encrypted to this device" is reported."""
    conn, job = session.conn, job or JobContext()
    names = snapshot_names(target, b.book_id)
    if not needs_snapshot(conn, names, b.device_id, versions[0].doc["signer"]):
        return True
    for n in candidates(names, versions[-1], b.device_id):
        try:
            data = transport.fetch(target, layout.snapshot_path(b.book_id, n.hlc, n.device))
            m = snapshot_format.decode(data, book=b.book_id, hlc=n.hlc, device=n.device, roster=versions[-1],
                                       identities=[b.device.age_identity], schema=b.schema)
            _load(session, target, b, versions, m, out, job)
            return True
        except FileNotFoundError:
            continue  # gone meanwhile (compacted): an older or newer one
        except SegmentRefused as exc:
            if exc.reason != "not-recipient":
                report(session, out, n, exc.reason)
        except hlc.FutureStamp:
            report(session, out, n, "future")
    return False


def publish_if_due(conn, target: Target, b: Book, latest: Roster, job: JobContext | None = None) -> str | None:
    """An active administrator's device publishes a snapshot encrypted to ``latest`` when the
    roster changed after the newest snapshot (a device joined or left). Returns its path; the
    older snapshots go (``compaction.new_snapshot``)."""
    me = latest.device(b.device_id)
    if me is None or not me.active or not me.may(MANAGER):
        return None
    names = snapshot_names(target, b.book_id)
    made_at = latest.doc["made_at"]
    if names and names[0].hlc >= made_at:
        return None
    return compaction.new_snapshot(conn, target, b, latest, job or JobContext(), compaction.Compaction("roster"),
                                   after=made_at)
