"""The bin and erasing for good: secure deletion (zeroed pages, a truncated WAL), purging deleted
records (by hand, or when their undo window is over), and listing the bin."""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from vault import clock

from .. import audit
from ..session import Session
from ..settings import VaultSettings
from .rows import customer_row


@contextlib.contextmanager
def secure_deletion(session: Session) -> Iterator[None]:
    """A transaction that leaves nothing of what it deletes or overwrites: SQLite's
    ``secure_delete`` is on for its length (freed cells, overflow and freelist pages are zeroed;
    the full-text index's own 'secure-delete' option, migration 0006, removes the terms from its
    segments), and once it has committed, a WAL checkpoint copies the new pages into ``vault.db``
    and truncates ``vault.db-wal``, whose older frames still hold the pages as they were.
    Used by privacy erasure and by the bin's purge. Inside an outer transaction it joins it and
    the outer caller owns the checkpoint (``checkpoint_wal``)."""
    conn = session.conn
    outer = conn.in_transaction
    before = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with session.vault.transaction():
            yield
    finally:
        conn.execute(f"PRAGMA secure_delete = {before}")
    if not outer:
        checkpoint_wal(conn)


def checkpoint_wal(conn) -> bool:
    """Copy the WAL into the database and truncate it to nothing. Returns False when a reader
    kept it from completing (the frames are then overwritten by later transactions instead)."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy


def drop_tag_links(conn, cid: int) -> None:
    """Remove a customer's tags, and the tags nobody else carries (a tag can be personal: a
    nickname, a family name, a home town)."""
    tag_ids = [r[0] for r in conn.execute("SELECT tag_id FROM customer_tags WHERE customer_id = ?", (cid,))]
    conn.execute("DELETE FROM customer_tags WHERE customer_id = ?", (cid,))
    for tid in tag_ids:
        conn.execute("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customer_tags WHERE tag_id = ?)",
                     (tid, tid))


def hard_delete(session: Session, ids: list[int]) -> int:
    """Really delete (rows, contact details, tags only they carried, interactions, deals, consents,
    index entries) and shred each person's audit key so the personal values sealed in the audit
    log can no longer be read. Internal: callers check permissions and run it inside
    ``secure_deletion`` (freed space zeroed, the WAL truncated after the commit)."""
    conn = session.conn
    for cid in ids:
        audit.shred_person_key(session, str(cid), conn=conn)
    n = 0
    for cid in ids:
        conn.execute("DELETE FROM customers_fts WHERE rowid = ?", (cid,))
        drop_tag_links(conn, cid)
        n += conn.execute("DELETE FROM customers WHERE id = ?", (cid,)).rowcount
    return n


def purge_customer(session: Session, customer_id: int) -> None:
    """Erase one deleted record for good (no undo). Needs customers.delete; a record not yet in
    the bin needs privacy.manage as well (privacy erasure)."""
    session.require("customers.delete")
    row = customer_row(session, customer_id, deleted=None)
    if row["deleted_at"] is None:
        session.require("privacy.manage")
    with secure_deletion(session):
        hard_delete(session, [row["id"]])
        audit.record(session, "customer.purge", entity="customer", entity_id=row["id"])


def purge_deleted(session: Session, *, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Erase records deleted more than ``records.purge_after_days`` ago (or ``days``), in the
    session's scope. Returns how many."""
    session.require("customers.delete")
    return _purge(session, now=now, days=days, own_only=not session.scope_all, automatic=False)


def purge_expired(session: Session, *, now: dt.datetime | None = None) -> int:
    """Housekeeping: erase every record whose undo window (``records.purge_after_days``) is over,
    whoever deleted it and whoever is signed in: the window is the vault's policy, not a user's
    action, so it needs no permission. Run at every sign-in and hourly while the app is open;
    audited as ``customer.purge`` with ``automatic``. Returns how many."""
    return _purge(session, now=now, days=None, own_only=False, automatic=True)


def undo_window(session: Session) -> dt.timedelta:
    """How long a deleted record stays in the bin (``records.purge_after_days``)."""
    return dt.timedelta(days=int(VaultSettings(session).get("records.purge_after_days")))


def _purge(session: Session, *, now: dt.datetime | None, days: int | None, own_only: bool, automatic: bool) -> int:
    if days is None:
        days = undo_window(session).days
    now = now or clock.utcnow()
    cutoff = (now - dt.timedelta(days=days)).isoformat(timespec="seconds")
    sql = "SELECT id FROM customers WHERE deleted_at IS NOT NULL AND deleted_at < ?"
    args: list = [cutoff]
    if own_only:
        sql += " AND owner_id = ?"
        args.append(session.user_id)
    ids = [r[0] for r in session.conn.execute(sql, args)]
    if not ids:
        return 0
    with secure_deletion(session):
        n = hard_delete(session, ids)
        details = {"count": n, "ids": ids[:1000], "older_than_days": days}
        if automatic:
            details["automatic"] = True
        audit.record(session, "customer.purge", entity="customer", details=details)
    return n


def deleted_customers(session: Session) -> list[dict]:
    """The bin: deleted records that can still be restored, each with ``purge_at``: when its undo
    window ends and ``purge_expired`` erases it for good."""
    session.require("customers.read")
    window = undo_window(session)
    sql = ("SELECT id, display_name, company_name, deleted_at, deleted_by, merged_into FROM customers"
           " WHERE deleted_at IS NOT NULL")
    args: list = []
    if not session.scope_all:
        sql += " AND owner_id = ?"
        args.append(session.user_id)
    rows = [dict(r) for r in session.conn.execute(sql + " ORDER BY deleted_at DESC, id DESC", args)]
    for r in rows:
        try:
            r["purge_at"] = (dt.datetime.fromisoformat(r["deleted_at"]) + window).isoformat(timespec="seconds")
        except ValueError:
            r["purge_at"] = None
    return rows
