"""Conflicts sync recorded (``docs/SYNC.md``, "Conflicts"): listing them, newest first, and
resolving one. Keeping ``kept`` only closes it; keeping ``other`` writes the other value as a new
local change, which is captured and syncs like any edit (a conflict on ``deleted_at`` restores the
record from the bin). Both are audited."""
from __future__ import annotations

import json

from vault import clock
from vault.errors import NotFoundError, PolicyError, UsageError
from vault.i18n import translate
from vault.sync.schema import BY_NAME

from .. import audit
from ..records.storage import clean_of, reindex
from ..records.validation import MASK
from ..session import Session
from . import authorize
from .rows import local_values


def _view(session: Session, r) -> dict:
    kept, other = json.loads(r["kept"]), json.loads(r["other"])
    if r["tbl"] == "customer_sensitive" and not session.can("sensitive.read"):
        kept, other = (MASK if kept else kept), (MASK if other else other)
    return {"id": r["id"], "record_uid": r["uid"], "table": r["tbl"], "field": r["field"], "kept": kept,
            "other": other, "kept_from": r["kept_device"], "other_from": r["other_device"], "at": r["at"],
            "resolved_at": r["resolved_at"], "resolution": r["resolution"]}


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[dict]:
    """Conflicts, newest first (``customers.read``)."""
    session.require("customers.read")
    sql = "SELECT * FROM sync_conflicts" + ("" if include_resolved else " WHERE resolved_at IS NULL")
    return [_view(session, r) for r in session.conn.execute(sql + " ORDER BY at DESC, id DESC")]


def _row(session: Session, conflict_id: int):
    r = session.conn.execute("SELECT * FROM sync_conflicts WHERE id = ?", (int(conflict_id),)).fetchone()
    if r is None:
        raise NotFoundError(translate("Errors", "There is no conflict {id}.").format(id=conflict_id))
    if r["resolved_at"] is not None:
        raise PolicyError(translate("Errors", "Conflict {id} was already resolved.").format(id=conflict_id))
    return r


def _write_other(session: Session, r) -> set[int]:
    """Write the other value as a local change (captured); returns the customers touched."""
    conn = session.conn
    t = BY_NAME[r["tbl"]]
    values = {r["field"]: json.loads(r["other"])}
    if r["field"] == "deleted_at":  # restore from the bin
        values["deleted_by"] = None
    row = local_values(conn, t, values, drop_dangling=True)
    sets = ", ".join(f"{c} = ?" for c in row)
    extra = ", version = version + 1" if t.name in ("customers", "deals") else ""
    cur = conn.execute(f"UPDATE {t.name} SET {sets}{extra} WHERE uid = ?", (*row.values(), r["uid"]))
    if cur.rowcount != 1:
        raise NotFoundError(translate("Errors", "The record of conflict {id} is no longer here.").format(id=r["id"]))
    if t.name == "customers":
        found = conn.execute("SELECT id, deleted_at, erased_at FROM customers WHERE uid = ?", (r["uid"],)).fetchone()
        reindex(conn, found[0], None if found[1] or found[2] else clean_of(conn, found[0]))
        return {found[0]}
    return set()


def resolve(session: Session, conflict_id: int, keep: str) -> tuple[object, set[int]]:
    """Resolve one conflict by keeping ``kept`` or ``other``; returns (the value now held, the
    local customer ids changed)."""
    if keep not in ("kept", "other"):
        raise UsageError(translate("Errors", "Keep either kept or other."))
    session.require("customers.read")
    r = _row(session, conflict_id)
    if keep == "other":
        atoms = authorize.atoms(r["tbl"], r["field"], "set")
        if not any(session.can(a) for a in atoms):
            session.require(atoms[0])
    touched: set[int] = set()
    with session.vault.transaction():
        if keep == "other":
            touched = _write_other(session, r)
        session.conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?"
                             " WHERE id = ?", (clock.iso(), session.user_id, keep, r["id"]))
        audit.record(session, "sync.conflict_resolve", entity="sync_conflict", entity_id=r["id"],
                     details={"table": r["tbl"], "uid": r["uid"], "field": r["field"], "keep": keep})
    return json.loads(r[keep]), touched
