"""The outbox side of sync: what local writes recorded (``vault/sync/triggers.py`` records it in
the same transaction as every write of a synced table), read as changes, and the switch that
stops capture while remote changes are applied."""
from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

from vault.db import transaction


def _change(row) -> dict:
    return {"table": row["tbl"], "uid": row["uid"], "field": row["field"],
            "value": None if row["value"] is None else json.loads(row["value"]),
            "hlc": row["hlc"], "device": row["device"], "user": row["user_id"], "replaced": row["replaced"],
            "op": row["op"]}


def waiting(conn, limit: int | None = None, through: str | None = None) -> list[dict]:
    """Changes not yet published, oldest first, in the segment format's change shape
    (``table``, ``uid``, ``field``, ``value``, ``hlc``, ``device``, ``user``, ``replaced``, ``op``);
    ``through``: only those stamped at or before it (a whole transaction's changes)."""
    sql = "SELECT * FROM sync_outbox WHERE published IS NULL" + (" AND hlc <= ?" if through else "") + " ORDER BY seq"
    params: tuple = (through,) if through else ()
    rows = conn.execute(sql + (" LIMIT ?" if limit else ""), params + ((limit,) if limit else ())).fetchall()
    return [_change(r) for r in rows]


def waiting_count(conn) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_outbox WHERE published IS NULL").fetchone()[0])


@contextlib.contextmanager
def applying(conn) -> Iterator[None]:
    """A transaction in which writes are not captured (remote changes being applied): the flag
    lives in ``sync_state`` inside the transaction, so a crash or an error rolls it back too."""
    with transaction(conn):
        conn.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
        try:
            yield
        finally:
            conn.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
