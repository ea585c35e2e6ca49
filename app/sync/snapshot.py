"""Starting a book and snapshots of it (``docs/SYNC.md``, "Starting a book" and "Snapshots").

``start_book``: this vault becomes the first device of a new book at a location: a new book id,
the genesis roster version (this device, its user and profile, its keys; signed by itself), the
pinned fingerprint and the location in ``sync_state``, and a snapshot of the whole book (every
synced row, one line each, with the stamps of the versions its fields hold, or one genesis stamp
for what was there before the book) under ``snapshots/``, written in parts (``snapshot_format``)."""
from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

from vault.backup.location import Target
from vault.jobs import JobContext
from vault.sync import hlc, identity, layout, roster, snapshot_format, transport
from vault.sync.roster import Roster
from vault.sync.schema import ROW, TABLES, Table

from .state import Book, book


def _select(t: Table, where: str) -> str:
    """Rows of ``t`` in uid order; only the rows that sync (a device's own backup settings stay)."""
    columns = ", ".join(t.ref_sql(c, "r") if c in t.refs else f"r.{c}" for c in t.fields)
    if t.when:
        where = f"({where}) AND ({t.when.replace('NEW.', 'r.')})"
    return f"SELECT r.uid, {columns} FROM {t.name} r WHERE {where} ORDER BY r.uid"


def _passes(t: Table) -> list[str]:
    """Rows pointing to no row of their own table first (companies before their people), so a
    reader meets parents first; each pass in uid order (merged with ``sync_versions``)."""
    own = [c for c, target in t.refs.items() if target == t.name]
    if not own:
        return ["1"]
    free = " AND ".join(f"r.{c} IS NULL" for c in own)
    return [free, f"NOT ({free})"]


def table_rows(conn, t: Table, genesis: str) -> Iterator[bytes]:
    """The snapshot lines of table ``t``: every row with the stamps of the versions its fields
    hold (``sync_versions``, read alongside in uid order), ``genesis`` for what no change touched."""
    for where in _passes(t):
        versions = conn.execute("SELECT uid, field, hlc, replaced FROM sync_versions WHERE tbl = ? ORDER BY uid",
                                (t.name,))
        v = versions.fetchone()
        for row in conn.execute(_select(t, where)):
            uid = row[0]
            while v is not None and v[0] < uid:
                v = versions.fetchone()
            held: dict[str, tuple] = {}
            while v is not None and v[0] == uid:
                held[v[1]] = (v[2], v[3])
                v = versions.fetchone()
            top = held.get(ROW, (genesis, None))[0]
            stamps = {f: s for f, (s, _) in held.items() if f != ROW and f in t.fields and s != top}
            replaced = {f: r for f, (_, r) in held.items() if r and (f == ROW or f in t.fields)}
            yield snapshot_format.row_line(t.name, uid, top, dict(zip(t.fields, tuple(row)[1:], strict=True)),
                                           stamps, replaced)


#: the page cache while a whole book is read or written at once (KiB; restored after)
BOOK_CACHE_KIB = 256 << 10


@contextlib.contextmanager
def book_cache(conn) -> Iterator[None]:
    """A page cache that holds a whole book's tables and indexes while a snapshot is written or
    loaded (rows are read in uid order, not in the table's order), bounded, restored after."""
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-BOOK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")


def covers(conn, b: Book) -> dict[str, int]:
    peers = {r[0]: int(r[1]) for r in conn.execute("SELECT device, seq FROM sync_peers")}
    peers[b.device_id] = b.device.last_seq
    return peers


def publish_snapshot(conn, target: Target, b: Book, latest: Roster, stamp: str, job: JobContext | None = None) -> str:
    """Write the snapshot of the whole book at ``stamp`` (this device's), parts first, the manifest
    last; returns the manifest's path."""
    job = job or JobContext()
    folder = layout.snapshots_dir(b.book_id)

    def put_part(n: int, data: bytes) -> None:
        job.check()
        job.progress("snapshot", n, None)
        transport.publish_once(target, f"{folder}/{snapshot_format.part_name(stamp, b.device_id, n)}", data)

    w = snapshot_format.Writer(book=b.book_id, device=b.device_id, hlc=stamp, schema=b.schema, covers=covers(conn, b),
                               recipients=latest.recipients(), key=b.device.private_key(), put_part=put_part)
    with book_cache(conn):
        for t in TABLES:
            for line in table_rows(conn, t, stamp):
                w.add(line)
    path = layout.snapshot_path(b.book_id, stamp, b.device_id)
    transport.publish_once(target, path, w.finish())
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
