"""Full-text search over customers: names, company, emails, phones, city, tags, notes.

Accent- and case-insensitive (``jose`` finds José, ``lodz`` finds Łódź, ``strasse`` finds
Straße) because indexed text and queries go through the same ``fold``; every word is a prefix.
Sensitive fields are never indexed, so a search cannot match on a value the user cannot see.
"""
from __future__ import annotations

from .. import audit
from ..session import Session
from .fold import fts_query

RESULT_KEYS = ("id", "display_name", "company", "email", "phone")


def search_ids(session: Session, query: str, limit: int = 50, offset: int = 0) -> list[int]:
    """Ids of live customers in scope matching ``query``, best match first. No audit entry."""
    session.require("customers.read")
    q = fts_query(query)
    if q is None:
        return []
    limit = max(0, min(int(limit), 10_000))
    conn = session.conn
    if session.scope_all:
        sql = "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
        args = (q, limit, int(offset))
    else:
        sql = ("SELECT f.rowid FROM customers_fts f JOIN customers c ON c.id = f.rowid"
               " WHERE customers_fts MATCH ? AND c.owner_id = ? ORDER BY f.rank LIMIT ? OFFSET ?")
        args = (q, session.user_id, limit, int(offset))
    return [r[0] for r in conn.execute(sql, args)]


def search(session: Session, query: str, limit: int = 50, offset: int = 0) -> list[dict]:
    """``[{id, display_name, company, email, phone}]`` best match first (the CLI's ``search``)."""
    ids = search_ids(session, query, limit, offset)
    rows = []
    if ids:
        found = {r[0]: r for r in session.conn.execute(
            "SELECT id, display_name, company_name, email, phone FROM customers WHERE deleted_at IS NULL AND"
            f" id IN ({', '.join('?' * len(ids))})", ids)}
        rows = [dict(zip(RESULT_KEYS, found[i], strict=True)) for i in ids if i in found]
    # who looked for whom: the ids found, not the query text (which may hold personal data)
    audit.record(session, "customer.search", entity="customer",
                 details={"results": len(rows), "ids": [r["id"] for r in rows[:100]]})
    return rows
