"""The viewer's query: entries filtered, paged, opened (sealed details) and masked."""
from __future__ import annotations

import json

from .actions import label
from .chain import _COLUMNS
from .filters import _where
from .keys import _open_details
from .masking import _sensitive_fields, mask_sensitive


def _present(session, row, can_sensitive: bool, fields: frozenset[str] | None = None) -> dict:
    details = json.loads(row["details"]) if row["details"] else None
    erased = False
    if row["person_id"] and isinstance(details, dict) and "sealed" in details:
        opened = _open_details(session, row["person_id"], details)
        if opened is None:
            erased = True
            details = {k: "[erased]" for k in details.get("keys", [])}
        else:
            details = opened
    if details is not None and not can_sensitive:
        details = mask_sensitive(details, fields if fields is not None else _sensitive_fields(session.conn))
    out = {"seq": row["seq"], "at": row["at"], "user": row["username"], "user_id": row["user_id"],
           "action": row["action"], "entity": row["entity"], "entity_id": row["entity_id"],
           "person_id": row["person_id"], "details": details, "hash": bytes(row["hash"]).hex()}
    if erased:
        out["erased"] = True
    return out


def query(session, *, user: str | None = None, action: str | None = None, customer: str | None = None,
          since: str | None = None, until: str | None = None, limit: int | None = 100, offset: int = 0,
          before_seq: int | None = None, newest_first: bool = True) -> dict:
    """The viewer's query (``audit.read``). Filters: user (name or id), action (exact, or a
    prefix ending in ``*`` like ``customer.*``), customer id, time range [since, until) in ISO.
    Paging: ``limit`` (None: all)/``offset``, or ``before_seq`` (keyset, newest first). Personal values are
    decrypted when the person's key exists (``"[erased]"`` after erasure); sensitive fields are
    masked without ``sensitive.read``. Returns ``{"entries": [...], "total": n}``."""
    session.require("audit.read")
    limit = -1 if limit is None else max(0, int(limit))
    where, params = _where(session, user=user, action=action, customer=customer, since=since, until=until)
    total = session.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]
    if before_seq is not None:
        where += (" AND" if where else " WHERE") + " seq < ?"
        params = [*params, int(before_seq)]
    order = "DESC" if newest_first else "ASC"
    rows = session.conn.execute(f"SELECT {_COLUMNS} FROM audit_log{where} ORDER BY seq {order} LIMIT ? OFFSET ?",
                                (*params, limit, max(0, int(offset)))).fetchall()
    can_sensitive = session.can("sensitive.read")
    fields = None if can_sensitive else _sensitive_fields(session.conn)
    return {"entries": [_present(session, r, can_sensitive, fields) for r in rows], "total": total}


def entries_about(session, person_id: str, *, limit: int = 1000, offset: int = 0) -> list[dict]:
    """Entries about one person, oldest first, decrypted (for the subject access export). Needs
    ``privacy.manage`` or ``audit.read``. Sensitive fields are masked without ``sensitive.read``
    like in every other view: exporting a person's data does not let a profile read what it
    otherwise may not (a complete export needs a profile with both atoms)."""
    if not session.can("privacy.manage"):
        session.require("audit.read")
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE person_id = ? OR (entity = 'customer' AND entity_id = ?)"
        " ORDER BY seq LIMIT ? OFFSET ?", (str(person_id), str(person_id), int(limit), int(offset))).fetchall()
    can_sensitive = session.can("sensitive.read")
    fields = None if can_sensitive else _sensitive_fields(session.conn)
    return [_present(session, r, can_sensitive, fields) for r in rows]


def filter_choices(session) -> dict:
    """For the viewer's filter boxes: the actions present in the log (with labels) and the users."""
    session.require("audit.read")
    actions = [r[0] for r in session.conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
    people = session.conn.execute("SELECT id, username FROM users ORDER BY username COLLATE NOCASE").fetchall()
    return {"actions": [{"action": a, "label": label(a)} for a in actions],
            "users": [{"user_id": r[0], "user": r[1]} for r in people]}
