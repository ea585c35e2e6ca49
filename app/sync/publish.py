"""Publishing this device's waiting changes (``docs/SYNC.md``, "Publishing"): the outbox becomes
the next segments (seq = last_seq + 1, …), encrypted to the roster's active devices, published once;
then the rows are marked published and ``last_seq`` advances in one transaction. A crash after the
file became visible and before the vault recorded it is found at the next publish: the name is
taken (``AlreadyPublished``), the file is fetched, checked to be this device's own, and recorded."""
from __future__ import annotations

from vault.backup.location import Target
from vault.db import transaction
from vault.errors import IntegrityError
from vault.i18n import translate
from vault.jobs import JobContext
from vault.sync import layout, segment, transport
from vault.sync.roster import Roster
from vault.sync.schema import BY_NAME

from . import capture, merge, rows
from .state import Book

#: changes per segment (a transaction's changes are never split: a segment may hold more)
SEGMENT_CHANGES = 5000
#: bytes of change values per segment (attachment chunks are large): a batch ends before the
#: transaction that would pass it (one bigger transaction goes alone), so a segment stays within the
#: format's limits (docs/SYNC.md, "Attachments")
SEGMENT_BYTES = 16 << 20


def _next_batch(conn) -> list[dict]:
    sizes = conn.execute("SELECT hlc, coalesce(length(value), 0) FROM sync_outbox WHERE published IS NULL"
                         " ORDER BY seq LIMIT ?", (SEGMENT_CHANGES,)).fetchall()
    if not sizes:
        return []
    total, through, current, done = 0, sizes[-1][0], None, None
    for hlc, size in sizes:
        if hlc != current:  # a new transaction (its changes share one stamp)
            done, current = current, hlc
        total += size
        if total > SEGMENT_BYTES:
            through = done if done is not None else hlc
            break
    else:
        if len(sizes) < SEGMENT_CHANGES:
            return capture.waiting(conn)
    return capture.waiting(conn, through=through)


def _with_erasures(conn, changes: list[dict]) -> list[dict]:
    """An erasure's own field changes were coalesced away with everything else of the person
    (``triggers.erase_statements``): the erase goes out with the anonymised shell's values as they
    are here (no personal data), stamped like it, so every device holds the same shell."""
    t = BY_NAME["customers"]
    out: list[dict] = []
    for c in changes:
        if c["op"] == "erase" and c["table"] == "customers" and rows.exists(conn, t, c["uid"]):
            out += [{**c, "field": f, "value": rows.local_value(conn, t, c["uid"], f), "replaced": None, "op": "set"}
                    for f in t.fields]
        out.append(c)
    return out


def _record(conn, seq: int, changes: list[dict]) -> None:
    with transaction(conn):
        conn.executemany("UPDATE sync_outbox SET published = ? WHERE published IS NULL AND tbl = ? AND uid = ?"
                         " AND field = ? AND hlc = ?",
                         [(seq, c["table"], c["uid"], c["field"], c["hlc"]) for c in changes])
        conn.execute("UPDATE sync_state SET last_seq = max(last_seq, ?) WHERE id = 1", (seq,))
        for c in changes:  # as every other device does on applying them: the conflicts they replace follow
            if c["replaced"] and c["op"] == "set" and c["field"] != "*":
                merge.follow(conn, c)


def _recover(target: Target, b: Book, latest: Roster, seq: int) -> list[dict]:
    """The changes of our own segment ``seq`` found on the location (a publish that crashed
    before the vault recorded it). IntegrityError if it is not ours."""
    path = layout.segment_path(b.book_id, b.device_id, seq)
    data = transport.fetch(target, path)
    seg = segment.decode(data, book=b.book_id, device=b.device_id, seq=seq, roster=latest,
                         identities=[b.device.age_identity], schema=b.schema)
    return seg.changes


def publish(session, target: Target, b: Book, latest: Roster, job: JobContext | None = None) -> int:
    """Publish every waiting change; returns how many changes were published."""
    conn = session.conn
    if latest.device(b.device_id) is None:
        raise IntegrityError(translate("Errors", "This device is not on the book's roster yet: an administrator"
                                                 " has to approve it before it can publish."))
    published = 0
    seq = int(conn.execute("SELECT last_seq FROM sync_state WHERE id = 1").fetchone()[0])
    while True:
        if job is not None:
            job.check()
        changes = _next_batch(conn)
        if not changes:
            return published
        seq += 1
        data = segment.encode(book=b.book_id, device=b.device_id, seq=seq, schema=b.schema,
                              changes=_with_erasures(conn, changes),
                              recipients=latest.recipients(), key=b.device.private_key())
        if job is not None:
            job.progress("publish", published, None)
        try:
            transport.publish_once(target, layout.segment_path(b.book_id, b.device_id, seq), data)
        except transport.AlreadyPublished:
            changes = _recover(target, b, latest, seq)  # ours, from a run that did not record it
        _record(conn, seq, changes)
        published += len(changes)
