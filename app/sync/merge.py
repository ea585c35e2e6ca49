"""The merge rule of one field (``docs/SYNC.md``, "The merge rule and conflicts").

Per field the highest (hlc, device) wins everywhere: a stamp ends with its device id, so comparing
stamps as strings is that order. Every field's current version is in ``sync_versions`` with the
stamp it replaced. Of two versions W (higher) and L (lower), L is concurrent with W (a conflict)
unless W's author had seen L: ``W.replaced == L``; otherwise it is a conflict when W's base is
older than L (``W.replaced < L``: W's author never saw L) or L's base is older than W's
(``L.replaced < W.replaced``: L was made without the value W's author started from). Equal
values never conflict, nor do bookkeeping fields (``Table.quiet``).

A device records at most one open conflict per (field, losing device): a newer losing value of
the same device replaces the older one's record, and a winner's own later change moves the
record's kept side to it (or closes it, when the losing device made it after seeing the winner).
A conflict's id is derived from its content (record, field, losing stamp), the same on every device.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from vault.crypto import canonical
from vault.sync import hlc as hlcs


def json_text(value) -> str:
    """A value as the one JSON text every device writes for it."""
    return canonical(value).decode("utf-8")


def version(conn, tbl: str, uid: str, field: str) -> tuple[str, str | None] | None:
    """(hlc, replaced) of the field's current version, or None."""
    row = conn.execute("SELECT hlc, replaced FROM sync_versions WHERE tbl = ? AND uid = ? AND field = ?",
                       (tbl, uid, field)).fetchone()
    return None if row is None else (row[0], row[1])


def set_version(conn, c: dict) -> None:
    conn.execute("INSERT INTO sync_versions (tbl, uid, field, hlc, device, replaced) VALUES (?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (tbl, uid, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device,"
                 " replaced = excluded.replaced WHERE excluded.hlc > sync_versions.hlc",
                 (c["table"], c["uid"], c["field"], c["hlc"], c["device"], c["replaced"]))


def concurrent(w_replaced: str | None, l_hlc: str, l_replaced: str | None) -> bool:
    """Whether the lower version (``l_hlc``, based on ``l_replaced``) is concurrent with the higher
    one (based on ``w_replaced``)."""
    if w_replaced == l_hlc:
        return False
    return (w_replaced or "") < l_hlc or (l_replaced or "") < (w_replaced or "")


def _iso(stamp: str) -> str:
    ms = hlcs.parse(stamp).wall
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="milliseconds")


def conflict_id(tbl: str, uid: str, field: str, other_hlc: str) -> int:
    """A conflict's id, from its content alone: the record, the field and the losing version's
    stamp. Every device gives the same conflict the same id, whatever its own history."""
    digest = hashlib.sha256(f"{tbl}\n{uid}\n{field}\n{other_hlc}".encode()).digest()
    return int.from_bytes(digest[:6], "big")


def record(conn, tbl: str, uid: str, field: str, kept: tuple, other: tuple) -> bool:
    """Record (or update) the open conflict of ``field``: ``kept``/``other`` are (value, hlc, user).
    Returns True if a new conflict was recorded. A newer losing value of the same device takes
    the record over under its own id; a closed record of the same losing version opens again."""
    (k_value, k_hlc, k_user), (o_value, o_hlc, o_user) = kept, other
    o_device, k_device = hlcs.parse(o_hlc).device, hlcs.parse(k_hlc).device
    at = _iso(max(k_hlc, o_hlc))
    row = conn.execute("SELECT id, other_hlc FROM sync_conflicts WHERE tbl = ? AND uid = ? AND field = ?"
                       " AND other_device = ? AND resolved_at IS NULL", (tbl, uid, field, o_device)).fetchone()
    if row is not None and o_hlc <= row[1]:
        conn.execute("UPDATE sync_conflicts SET kept = ?, kept_hlc = ?, kept_device = ?, kept_user = ?,"
                     " at = max(at, ?) WHERE id = ?", (json_text(k_value), k_hlc, k_device, k_user, at, row[0]))
        return False
    cid = conflict_id(tbl, uid, field, o_hlc)
    if row is not None:  # the newer losing value replaces the older one's record
        at = max(at, conn.execute("SELECT at FROM sync_conflicts WHERE id = ?", (row[0],)).fetchone()[0])
        conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (row[0],))
    conn.execute("INSERT INTO sync_conflicts (id, tbl, uid, field, kept, other, kept_hlc, kept_device, kept_user,"
                 " other_hlc, other_device, other_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET kept = excluded.kept, kept_hlc = excluded.kept_hlc,"
                 " kept_device = excluded.kept_device, kept_user = excluded.kept_user, other = excluded.other,"
                 " other_user = excluded.other_user, at = max(at, excluded.at), resolved_at = NULL,"
                 " resolved_by = NULL, resolution = NULL",
                 (cid, tbl, uid, field, json_text(k_value), json_text(o_value), k_hlc, k_device, k_user, o_hlc,
                  o_device, o_user, at))
    return row is None


def follow(conn, c: dict) -> None:
    """A winning change ``c`` replaced the kept value of open conflicts of its field: the record
    follows it, or closes when the losing device made it (it had seen the conflict)."""
    rows = conn.execute("SELECT id, other, other_device FROM sync_conflicts WHERE tbl = ? AND uid = ? AND field = ?"
                        " AND kept_hlc = ? AND resolved_at IS NULL",
                        (c["table"], c["uid"], c["field"], c["replaced"])).fetchall()
    for cid, other, other_device in rows:
        if other_device == c["device"] or json.loads(other) == c["value"]:
            conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                         (_iso(c["hlc"]), c["user"], "other" if json.loads(other) == c["value"] else "kept", cid))
        else:
            conn.execute("UPDATE sync_conflicts SET kept = ?, kept_hlc = ?, kept_device = ?, kept_user = ?,"
                         " at = max(at, ?) WHERE id = ?",
                         (json_text(c["value"]), c["hlc"], c["device"], c["user"], _iso(c["hlc"]), cid))


def superseded(conn, c: dict, base: str | None) -> None:
    """Change ``c`` of another device was made from ``base``: an open conflict whose losing value
    is ``base`` closes (its author's device moved on from it), as on the devices that never
    recorded it because they had seen ``c``'s author move on first."""
    if not base:
        return
    rows = conn.execute("SELECT id, other FROM sync_conflicts WHERE tbl = ? AND uid = ? AND field = ?"
                        " AND other_hlc = ? AND other_device != ? AND resolved_at IS NULL",
                        (c["table"], c["uid"], c["field"], base, c["device"])).fetchall()
    for cid, other in rows:
        conn.execute("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                     (_iso(c["hlc"]), c["user"], "other" if json.loads(other) == c["value"] else "kept", cid))
