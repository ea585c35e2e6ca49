"""One sync round (``docs/SYNC.md``, "The round"), a job: sweep our own temporary uploads, fetch
and verify the roster chain (pinned genesis; a revoked device stops), publish the outbox, apply
every other device's segments in order (stopping at a gap, at a refused segment, or at a segment
that names rows of a device not applied yet, retried while the round makes progress), write this
device's signed acknowledgement, and record the round."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from vault import clock
from vault import ledger as vledger
from vault.backup.location import Target
from vault.crypto import canonical
from vault.db import transaction
from vault.errors import AuthenticationError, ConflictError, IntegrityError
from vault.i18n import translate
from vault.jobs import JobContext
from vault.sync import hlc, layout, segment, snapshot_format, transport
from vault.sync.roster import Roster

from .. import audit
from ..alert_rules import raise_alert
from ..records.purging import checkpoint_wal
from . import bootstrap, compaction, devices
from .acks import ACK_DOMAIN, write_ack  # noqa: F401 (the round's public names)
from .apply import Applied, Waiting, apply_segment
from .publish import publish
from .state import Book, book, chain, open_book_location

#: ``vault_secrets`` row holding the last round's clock warnings (``sync status`` shows them)
WARNINGS_KEY = "sync.warnings"



@dataclass
class RoundResult:
    published: int = 0
    applied: Applied = field(default_factory=Applied)
    refused: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    compaction: compaction.Compaction = field(default_factory=compaction.Compaction)

    def as_dict(self) -> dict:
        c = self.compaction
        return {"published": self.published, "applied": self.applied.changes, "segments": self.applied.segments,
                "conflicts": self.applied.conflicts, "refused": self.refused + self.applied.refused,
                "warnings": self.warnings,
                "compaction": {"snapshot": c.snapshot, "reason": c.reason, "deleted_segments": c.deleted_segments,
                               "deleted_snapshots": c.deleted_snapshots, "waiting_for": c.waiting_for}}

    def warn(self, kind: str, device: str, minutes: int) -> None:
        """A clock warning (``kind``: ``clock-ahead`` for a device whose stamps are ahead of this
        computer's clock, ``clock-location`` for this computer against the location's file times)."""
        for w in self.warnings:
            if (w["kind"], w["device"]) == (kind, device):
                w["minutes"] = max(w["minutes"], minutes, key=abs)
                return
        self.warnings.append({"kind": kind, "device": device, "minutes": minutes})


def check_member(latest: Roster, device_id: str) -> None:
    entry = latest.device(device_id)
    if entry is None:
        raise AuthenticationError(translate("Errors", "This device is not on the book's roster: an administrator has"
                                                      " to approve it first."))
    if not entry.active:
        raise AuthenticationError(translate("Errors", "This device was revoked from the team book; it can no longer"
                                                      " sync."))


class _Apply:
    """Fetching and applying the other devices' segments."""

    def __init__(self, session, target: Target, b: Book, versions: list[Roster], job: JobContext, result):
        self.s, self.target, self.b, self.versions, self.job, self.r = session, target, b, versions, job, result
        self.latest = versions[-1]
        self.blocked: set[str] = set()
        self.covers: dict[str, int] | None = None

    def peers(self) -> list[str]:
        return [d.id for d in self.latest.devices() if d.id != self.b.device_id]

    def run(self) -> None:
        progress = True
        while progress:
            progress = False
            for device in self.peers():
                if device not in self.blocked and self._device(device):
                    progress = True

    def _device(self, device: str) -> bool:
        """Apply what is new from ``device``; True if anything was applied."""
        conn = self.s.conn
        row = conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (device,)).fetchone()
        done = False
        for seq, data in self._segments(device, (row[0] if row else 0) + 1):
            self.job.check()
            self.job.progress("apply", self.r.applied.segments, None)
            try:
                seg = segment.decode(data, book=self.b.book_id, device=device, seq=seq, roster=self.latest,
                                     identities=[self.b.device.age_identity], schema=self.b.schema)
                hlc.Clock(self.b.device_id).receive(seg.header.hlc_max)
                ahead = hlc.parse(seg.header.hlc_max).wall - hlc.wall_ms()
                if ahead > hlc.WARN_SKEW_MS:
                    self.r.warn("clock-ahead", device, ahead // 60_000)
                applied = apply_segment(self.s, self.versions, device, seq, seg.changes, data, self.r.applied,
                                        hlc_max=seg.header.hlc_max)
            except segment.SchemaTooNew:
                raise
            except segment.SegmentRefused as exc:
                self._refused(device, seq, exc.reason)
                return done
            except hlc.FutureStamp:
                self._refused(device, seq, "future")
                return done
            except Waiting:
                return done
            done = done or applied
        return done

    def _segments(self, device: str, want: int):
        """(seq, bytes) from ``want`` in order, stopping at a gap (a segment not visible yet). When
        ``want`` is missing and the newest snapshot covers it, it was compacted away before this
        device applied it: refused ``compacted`` (reported each round, never a silent wait)."""
        seqs = [s for s in transport.list_device_segments(self.target, self.b.book_id, device) if s >= want]
        if seqs and seqs[0] > want and self._seen_before(device, want, seqs[0]):
            want = seqs[0]  # applied already (a record that went back): compacted since, nothing lost
        elif seqs and seqs[0] > want and self._covered(device) >= want:
            self._refused(device, want, "compacted")
            return
        for seq in seqs:
            if seq != want:
                return
            try:
                data = transport.fetch(self.target, layout.segment_path(self.b.book_id, device, seq))
            except FileNotFoundError:
                return
            yield seq, data
            want += 1

    def _seen_before(self, device: str, want: int, first: int) -> bool:
        """Whether this device applied every segment from ``want`` to before ``first`` already
        (``sync_seen``); if so ``sync_peers`` moves up to them."""
        conn = self.s.conn
        n = conn.execute("SELECT count(*) FROM sync_seen WHERE device = ? AND seq >= ? AND seq < ?",
                         (device, want, first)).fetchone()[0]
        if n != first - want:
            return False
        with transaction(conn):
            conn.execute("UPDATE sync_peers SET seq = max(seq, ?) WHERE device = ?", (first - 1, device))
        return True

    def _covered(self, device: str) -> int:
        """What the newest snapshot this device can read covers of ``device`` (0: none)."""
        if self.covers is None:
            self.covers = {}
            names = bootstrap.snapshot_names(self.target, self.b.book_id)
            with contextlib.suppress(IndexError, FileNotFoundError, segment.SegmentRefused, IntegrityError):
                n = names[0]
                m = snapshot_format.decode(
                    transport.fetch(self.target, layout.snapshot_path(self.b.book_id, n.hlc, n.device)),
                    book=self.b.book_id, hlc=n.hlc, device=n.device, roster=self.latest,
                    identities=[self.b.device.age_identity], schema=self.b.schema)
                self.covers = m.covers
        return int(self.covers.get(device, 0))

    def _refused(self, device: str, seq: int, reason: str) -> None:
        self.blocked.add(device)
        self.r.refused.append({"device": device, "segment": seq, "reason": reason})
        audit.record(self.s, "sync.refused", entity="sync_segment", entity_id=f"{device}/{seq}",
                     details={"reason": reason})


def _location_skew(target: Target, b: Book, result: RoundResult) -> None:
    """This computer's clock against the location's time (the file time of the ack just written)."""
    written = devices.file_time(target, layout.ack_path(b.book_id, b.device_id))
    if written is not None and abs(skew := hlc.skew_ms(int(written * 1000))) > hlc.WARN_SKEW_MS:
        result.warn("clock-location", b.device_id, int(skew / 60_000))


def _finish(session, result: RoundResult) -> None:
    conn = session.conn
    refused = result.refused + result.applied.refused
    with transaction(conn):
        conn.execute("UPDATE sync_state SET last_sync = ? WHERE id = 1", (clock.iso(),))
        conn.execute("INSERT INTO vault_secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE"
                     " SET value = excluded.value", (WARNINGS_KEY, canonical(result.warnings).decode("utf-8")))
        audit.record(session, "sync.round", details=result.as_dict() | {"refused": len(refused)})
        if refused:
            raise_alert(session, conn, "sync_refused", translate(
                "Alerts", "Sync refused %n segment(s) or change(s) from other devices; the rest was applied.", None,
                len(refused)), details={"refused": refused[:50]})
    if result.applied.erased:
        v = session.vault
        vledger.sync_file(conn, v.folder, v.vault_key(), v.vault_id)
        with contextlib.suppress(Exception):
            checkpoint_wal(conn)


def run_round(session, job: JobContext | None = None, **location) -> RoundResult:
    """One round. ``location``: options for opening it (``s3_endpoint``, ``trust_host_key``)."""
    job = job or JobContext()
    conn = session.conn
    b = book(conn)
    target = open_book_location(session, b.location, **location)
    try:
        job.progress("roster", 0, None)
        transport.sweep_partials(target, layout.device_dir(b.book_id, b.device_id))
        versions = chain(target, b)
        with contextlib.suppress(ConflictError):  # another administrator's version came first: redo it
            if devices.publish_pending(devices.Book(conn, b.device, b.location, b.fingerprint, target, versions)):
                versions = chain(target, b)
        check_member(versions[-1], b.device_id)
        result = RoundResult()
        result.published = publish(session, target, b, versions[-1], job)
        b = book(conn)
        if bootstrap.load_first(session, target, b, versions, result.applied, job):  # else: no book yet
            _Apply(session, target, b, versions, job, result).run()
            job.check()
            bootstrap.publish_if_due(conn, target, book(conn), versions[-1], job)
            result.compaction = compaction.run(session, target, book(conn), versions[-1], job)
        write_ack(session, target, b)
        _location_skew(target, b, result)
    finally:
        target.close()
    _finish(session, result)
    return result
