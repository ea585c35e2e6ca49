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


RANK_LIMIT = 2000


def search_ids(session: Session, query: str, limit: int = 50, offset: int = 0) -> list[int]:
    """Ids of live customers in scope matching ``query``, best match first. No audit entry.

    Ranking (bm25) has to score every match, so a very broad query (``RANK_LIMIT`` matches or
    more, e.g. two letters) returns matches in record order (oldest first) instead: a person
    refines such a query anyway, and it keeps every search fast at a million customers.
    (Record order, not newest first: FTS5 walks a doclist backwards far more slowly under
    SQLCipher's memory security; see docs/BENCHMARKS.md.)"""
    session.require("customers.read")
    q = fts_query(query)
    if q is None:
        return []
    limit = max(0, min(int(limit), 10_000))
    return [r[0] for r in session.conn.execute(*search_sql(q, limit, int(offset), session))]


def search_sql(q: str, limit: int, offset: int, session: Session | None = None, table: str = "customers_fts",
               conn=None) -> tuple[str, tuple]:
    """The SQL (and arguments) for an FTS match: ranked, unless the match is too broad."""
    if session is None or session.scope_all:
        base = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
        args: tuple = (q,)
        rank = "rank"
        plain = "rowid"
    else:
        base = (f"SELECT f.rowid FROM {table} f JOIN customers c ON c.id = f.rowid"
                f" WHERE {table} MATCH ? AND c.owner_id = ?")
        args = (q, session.user_id)
        rank = "f.rank"
        plain = "f.rowid"
    conn = conn if conn is not None else session.conn
    broad = conn.execute(f"SELECT count(*) FROM ({base} LIMIT {RANK_LIMIT})", args).fetchone()[0] >= RANK_LIMIT
    return f"{base} ORDER BY {plain if broad else rank} LIMIT ? OFFSET ?", (*args, limit, offset)


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
