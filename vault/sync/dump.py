"""The canonical dump of a book (``docs/SYNC.md``, "Canonical dump"): every synced row, by table
and uid, with its synced fields only and every local integer id replaced by the uid it points to,
one canonical JSON line per row (sorted keys, no spaces, UTF-8). Two devices that hold the same
book give byte-identical dumps; the convergence tests compare them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

from ..crypto import canonical
from .schema import TABLES, Table


def _select(t: Table) -> str:
    columns = ", ".join(f"{t.ref_sql(c, 'r')} AS {c}" if c in t.refs else f"r.{c}" for c in t.fields)
    return f"SELECT r.uid, {columns} FROM {t.name} r ORDER BY r.uid"


def rows(conn, tables: tuple[Table, ...] = TABLES) -> Iterator[dict]:
    """Every synced row as a dict: ``table``, ``uid`` and its fields."""
    for t in sorted(tables, key=lambda t: t.name):
        for row in conn.execute(_select(t)):
            yield {"table": t.name, "uid": row[0], "fields": dict(zip(t.fields, tuple(row)[1:], strict=True))}


def dump(conn) -> bytes:
    """The canonical dump: one line per row, tables by name, rows by uid."""
    return b"".join(canonical(r) + b"\n" for r in rows(conn))


def digest(conn) -> str:
    return hashlib.sha256(dump(conn)).hexdigest()
