"""What the desktop app shows of team sync besides the round itself (``app.ops.sync``): whether
this vault is in a team and where it stands, the team's devices (administrators), the open
conflicts with the record and the people they concern, and the customers they touch (the badge).
The same services the command line calls; every permission is checked here or below."""
from __future__ import annotations

import contextlib
import threading
from dataclasses import replace

from vault.backup.location import LocalTarget
from vault.errors import StorageError
from vault.i18n import translate
from vault.jobs import JobContext
from vault.sync.schema import BY_NAME

from ..errors import CrmError, user_message
from ..session import Session
from ..setting_keys import read_vault
from ..sync import conflicts, devices, invitations
from ..sync.rows import customer_of
from ..sync.state import book, open_book_location
from . import devices as ops_devices
from . import sync as ops_sync
from .changes import Changes

#: at lock and exit, a round gets this long before it is cancelled and the vault locks anyway
LOCK_ROUND_SECONDS = 10.0


def overview(session: Session) -> dict | None:
    """None outside a team; else the last round's time, the local changes waiting, the automatic
    round interval (minutes), the open conflicts, the customers they touch and whether this user
    manages the team's devices."""
    conn = session.conn
    b = book(conn, required=False)
    if b is None:
        return None
    flagged = sorted(conflicted_customers(session)) if session.can("customers.read") else []
    open_conflicts = conn.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]
    return {"last_sync": b.last_sync, "pending": waiting_records(conn), "location": b.location,
            "interval": int(read_vault(conn, "sync.interval_minutes")), "conflicts": int(open_conflicts),
            "flagged": flagged, "devices": session.can("users.manage"),
            "read_conflicts": session.can("customers.read")}


def waiting_records(conn) -> int:
    """The records with changes not published yet (a new customer with an e-mail address is two;
    the outbox holds one change per field)."""
    return int(conn.execute("SELECT count(*) FROM (SELECT DISTINCT tbl, uid FROM sync_outbox"
                            " WHERE published IS NULL)").fetchone()[0])


def _customer(conn, table: str, uid: str) -> tuple[int, str] | None:
    t = BY_NAME.get(table)
    owner = customer_of(conn, t, uid, {}) if t is not None else None
    row = conn.execute("SELECT id, display_name FROM customers WHERE uid = ?", (owner,)).fetchone() \
        if owner else None
    return None if row is None else (int(row[0]), row[1] or "")


def conflicted_customers(session: Session) -> set[int]:
    """The local ids of the customers open conflicts touch."""
    session.require("customers.read")
    conn = session.conn
    out = set()
    for tbl, uid in conn.execute("SELECT DISTINCT tbl, uid FROM sync_conflicts WHERE resolved_at IS NULL"):
        found = _customer(conn, tbl, uid)
        if found is not None:
            out.add(found[0])
    return out


def conflict_rows(session: Session) -> list[dict]:
    """``list_conflicts`` (newest first, sensitive values masked for who may not read them) with
    the customer each concerns and the names of the two users whose edits met."""
    rows = conflicts.list_conflicts(session)
    conn = session.conn
    names = dict(conn.execute("SELECT id, display_name FROM users"))
    for r in rows:
        users = conn.execute("SELECT kept_user, other_user FROM sync_conflicts WHERE id = ?", (r["id"],)).fetchone()
        r["kept_user"] = names.get(users[0], users[0]) if users else None
        r["other_user"] = names.get(users[1], users[1]) if users else None
        found = _customer(conn, r["table"], r["record_uid"])
        r["customer_id"], r["customer"] = found if found else (None, "")
    return rows


def resolve_many(session: Session, conflict_ids: list[int], keep: str) -> Changes:
    """Resolve each conflict (``app.ops.sync.resolve_conflict``: audited, synced like any edit),
    one transaction each; the result says how many were resolved and which could not be (why)."""
    out = Changes()
    failed = []
    for cid in conflict_ids:
        try:
            out = out | ops_sync.resolve_conflict(session, int(cid), keep)
        except CrmError as exc:
            failed.append({"id": int(cid), "reason": user_message(exc)})
    return replace(out, lists=True, result={"resolved": len(conflict_ids) - len(failed), "failed": failed})


def device_list(session: Session) -> list[dict]:
    """Every device on the roster and every waiting join request (administrators only)."""
    session.require("users.manage")
    return invitations.list_devices(session)


def revoke_device(session: Session, device_id: str) -> dict:
    return devices.revoke(session, device_id)


def approve_device(session: Session, device_id: str) -> Changes:
    """``app.ops.devices.approve`` (administrators only): the approval, then a round so the new
    laptop can download the book at once (``result``: the approval, ``round_error`` if that round
    could not reach the location)."""
    session.require("users.manage")
    return ops_devices.approve(session, device_id)


def sync_round(session: Session, job: JobContext | None = None) -> Changes:
    """``app.ops.sync.sync`` after one check the round itself cannot make: a folder location that
    is not there (a drive or share not connected) is unreachable, not an empty book."""
    b = book(session.conn)
    target = open_book_location(session, b.location)
    try:
        if isinstance(target, LocalTarget) and not target.dir.is_dir():
            try:
                target.dir.stat()
            except OSError as exc:
                raise StorageError(translate("Errors", "The team's sync folder {path} is not there (is its drive or"
                                                       " share connected?).").format(path=target.dir)) from exc
            raise StorageError(translate("Errors", "{path} is not a folder.").format(path=target.dir))
    finally:
        target.close()
    return ops_sync.sync(session, job)


def round_before_lock(session: Session, seconds: float = LOCK_ROUND_SECONDS) -> dict | None:
    """A bounded round at lock or exit: cancelled after ``seconds`` (the lock goes on either way);
    its failure is left for the next round, never raised. None when the vault is in no team."""
    if book(session.conn, required=False) is None:
        return None
    job = JobContext()
    timer = threading.Timer(seconds, job.cancel)
    timer.daemon = True
    timer.start()
    try:
        with contextlib.suppress(CrmError, OSError):
            return sync_round(session, job).result
        return None
    finally:
        timer.cancel()
