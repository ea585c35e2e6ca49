"""Paged, sorted, filtered customer lists for a lazy table model (fetch by offset).

The first call for a (filter, sort) walks one covering index and keeps the ordered ids (8 bytes
each: 8 MB at a million rows); every page after that is a slice plus one primary-key lookup
of ``limit`` rows, so any page, anywhere in the list, costs the same. The cache is dropped when
``records_state.generation`` moves (triggers bump it on every update or delete of customers,
and ``bump`` after inserts), so a list is never stale.
"""
from __future__ import annotations

import weakref
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from vault.errors import ValidationError
from vault.i18n import translate

from ..session import Session
from .fold import fts_query

# sort key -> (ORDER BY expression (ascending), index hint)
SORTS: dict[str, str] = {
    "name": "c.sort_name, c.id",
    "company": "c.company_sort, c.sort_name, c.id",
    "city": "c.city_sort, c.sort_name, c.id",
    "status": "c.status, c.sort_name, c.id",
    "owner": "c.owner_id, c.sort_name, c.id",
    "updated": "c.updated_at, c.id",
    "created": "c.id",  # ids grow with creation time
    "last_contact": "c.last_contact_at, c.id",
    "id": "c.id",
}
COLUMNS = ("id", "kind", "display_name", "company_name", "email", "phone", "city", "status", "owner_id",
           "owner_name", "last_contact_at", "updated_at", "version")


@dataclass(frozen=True)
class CustomerFilter:
    """What the list shows. ``query``: full-text (prefix, accent-insensitive). ``statuses``:
    any of. ``tag``: has this tag. ``owner_id``: owned by. ``contacted_after/before``: last
    interaction (ISO date/time); ``never_contacted``: no interaction yet. ``company_id``: people of
    a company. ``deleted``: the bin instead of live records."""

    query: str = ""
    statuses: tuple[str, ...] = ()
    tag: str = ""
    owner_id: str | None = None
    contacted_after: str | None = None
    contacted_before: str | None = None
    never_contacted: bool = False
    company_id: int | None = None
    kind: str | None = None
    deleted: bool = False
    extra: tuple = field(default=(), compare=True)


@dataclass
class Page:
    total: int          # rows in the whole filtered list
    offset: int
    rows: list[dict]    # display columns, in order
    generation: int     # changes whenever the list may have changed: reset the model then


_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_MAX_CACHED = 4


class _Cache:
    def __init__(self):
        self.generation = -1
        self.lists: OrderedDict = OrderedDict()


def bump(conn) -> None:
    """Mark every cached list stale (after inserting customers or tags; updates and deletes
    bump it through triggers)."""
    conn.execute("UPDATE records_state SET generation = generation + 1 WHERE id = 1")


def generation(conn) -> int:
    return int(conn.execute("SELECT generation FROM records_state WHERE id = 1").fetchone()[0])


def _where(session: Session, f: CustomerFilter) -> tuple[str, list, str]:
    where = ["c.deleted_at IS NOT NULL" if f.deleted else "c.deleted_at IS NULL"]
    args: list = []
    join = ""
    if not session.scope_all:
        where.append("c.owner_id = ?")
        args.append(session.user_id)
    if f.query:
        q = fts_query(f.query)
        if q is None:
            where.append("0")
        else:
            join = " JOIN customers_fts ON customers_fts.rowid = c.id"
            where.append("customers_fts MATCH ?")
            args.append(q)
    if f.statuses:
        where.append(f"c.status IN ({', '.join('?' * len(f.statuses))})")
        args += list(f.statuses)
    if f.tag:
        where.append("c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                     " WHERE t.name = ?)")
        args.append(f.tag)
    if f.owner_id:
        where.append("c.owner_id = ?")
        args.append(f.owner_id)
    if f.contacted_after:
        where.append("c.last_contact_at >= ?")
        args.append(f.contacted_after)
    if f.contacted_before:
        where.append("c.last_contact_at < ?")
        args.append(f.contacted_before)
    if f.never_contacted:
        where.append("c.last_contact_at IS NULL")
    if f.company_id is not None:
        where.append("c.company_id = ?")
        args.append(int(f.company_id))
    if f.kind:
        where.append("c.kind = ?")
        args.append(f.kind)
    return " AND ".join(where), args, join


def _order(sort: str) -> str:
    desc = sort.startswith("-")
    key = sort.lstrip("-")
    expr = SORTS.get(key)
    if expr is None:
        raise ValidationError(translate("Errors", "Cannot sort by {key}.").format(key=repr(key)),
                              fields={"sort": translate("Errors", "one of {choices}").format(choices=", ".join(SORTS))})
    if desc:
        expr = ", ".join(f"{part} DESC" for part in expr.split(", "))
    return expr


def customer_ids(session: Session, f: CustomerFilter | None = None, sort: str = "name") -> array:
    """All ids of the filtered list, in order (cached until the next write)."""
    session.require("customers.read")
    f = f or CustomerFilter()
    if not isinstance(f.statuses, tuple) or not isinstance(f.extra, tuple):
        f = replace(f, statuses=tuple(f.statuses or ()), extra=tuple(f.extra or ()))
    conn = session.conn
    cache = _caches.get(session.vault)
    if cache is None:
        cache = _caches[session.vault] = _Cache()
    gen = generation(conn)
    if gen != cache.generation:
        cache.lists.clear()
        cache.generation = gen
    key = (session.user_id, session.scope_all, f, sort)
    ids = cache.lists.get(key)
    if ids is None:
        where, args, join = _where(session, f)
        ids = array("q")
        cur = conn.execute(f"SELECT c.id FROM customers c{join} WHERE {where} ORDER BY {_order(sort)}", args)
        while True:
            chunk = cur.fetchmany(50_000)
            if not chunk:
                break
            ids.extend(r[0] for r in chunk)
        cache.lists[key] = ids
        while len(cache.lists) > _MAX_CACHED:
            cache.lists.popitem(last=False)
    else:
        cache.lists.move_to_end(key)
    return ids


def customer_count(session: Session, f: CustomerFilter | None = None, sort: str = "name") -> int:
    return len(customer_ids(session, f, sort))


def rows_for(conn, ids) -> list[dict]:
    """Display columns for these ids, in the same order."""
    ids = list(ids)
    if not ids:
        return []
    found = {}
    for r in conn.execute(
            "SELECT c.id, c.kind, c.display_name, c.company_name, c.email, c.phone, c.city, c.status, c.owner_id,"
            " u.display_name AS owner_name, c.last_contact_at, c.updated_at, c.version FROM customers c"
            f" LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN ({', '.join('?' * len(ids))})", ids):
        found[r[0]] = dict(zip(COLUMNS, r, strict=True))
    return [found[i] for i in ids if i in found]


def customer_page(session: Session, f: CustomerFilter | None = None, sort: str = "name", offset: int = 0,
                  limit: int = 100) -> Page:
    """One page of the list: rows ``offset`` .. ``offset + limit`` (display columns only; no
    sensitive field is among them). Not audited per page: opening a record is."""
    ids = customer_ids(session, f, sort)
    offset = max(0, int(offset))
    limit = max(0, min(int(limit), 1000))
    return Page(len(ids), offset, rows_for(session.conn, ids[offset:offset + limit]), generation(session.conn))
