"""Writing remote values into the local tables: uids translated to local ids, rows inserted,
updated and deleted by uid, name collisions of profiles and users resolved alike on every device
(``docs/SYNC.md``, "Applying"). The caller holds the applying transaction and has decided (merge)
what to write."""
from __future__ import annotations

import json

from vault.sync.schema import ROW, Table

#: user columns a foreign key checks (users.id is the user's uid)
USER_FKS = {"customers": ("owner_id",), "deals": ("owner_id",), "interactions": ("user_id",),
            "tasks": ("owner_id",)}
#: unique names outside the uid: (table, column)
NAMES = {"profiles": "name", "users": "username"}
#: local columns a row needs that never travel
LOCAL_DEFAULTS = {"users": {"totp_secret": ""}}


class Waiting(Exception):
    """A change names a row this device has not received yet: the segment waits for the other
    device's segments (the round retries it)."""


class Dangling(Exception):
    """A change names a row that was deleted here: the row it belongs to goes with it."""


def exists(conn, t: Table, uid: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {t.name} WHERE uid = ?", (uid,)).fetchone() is not None


def local_value(conn, t: Table, uid: str, field: str):
    """A field's value as a change would carry it (local ids as uids), or None without the row."""
    row = conn.execute(f"SELECT json_quote({t.ref_sql(field, 'r')}) FROM {t.name} r WHERE r.uid = ?",
                       (uid,)).fetchone()
    return None if row is None else json.loads(row[0])


def _local_id(conn, target: str, uid):
    if uid is None:
        return None
    row = conn.execute(f"SELECT id FROM {target} WHERE uid = ?", (uid,)).fetchone()
    if row is not None:
        return row[0]
    seen = conn.execute("SELECT 1 FROM sync_versions WHERE tbl = ? AND uid = ? AND field = ?",
                        (target, uid, ROW)).fetchone()
    if seen is None:
        raise Waiting(f"{target}/{uid}")
    raise Dangling(f"{target}/{uid}")


def local_values(conn, t: Table, values: dict, *, drop_dangling: bool = False) -> dict:
    """``values`` with the uids of reference columns replaced by local ids. A reference to a row
    deleted here: None where the foreign key sets null on delete (a company), else ``Dangling``."""
    out = dict(values)
    for column, target in t.refs.items():
        if column in out:
            try:
                out[column] = _local_id(conn, target, out[column])
            except Dangling:
                if column not in ("company_id", "merged_into", "deal_id") and not drop_dangling:
                    raise
                out[column] = None
    for column in USER_FKS.get(t.name, ()):
        user = out.get(column)
        if user is not None and conn.execute("SELECT 1 FROM users WHERE id = ?", (user,)).fetchone() is None:
            raise Waiting(f"users/{user}")
    return out


def _make_room(conn, t: Table, uid: str, values: dict) -> None:
    """Two devices made a profile (or user name) of one name offline: the row with the greater
    uid takes the name with its uid's first 8 characters in brackets, on every device alike."""
    column = NAMES.get(t.name)
    if column is None or not values.get(column):
        return
    name = values[column]
    other = conn.execute(f"SELECT uid FROM {t.name} WHERE {column} = ? AND uid != ?", (name, uid)).fetchone()
    if other is None:
        return
    if other[0] > uid:
        conn.execute(f"UPDATE {t.name} SET {column} = ? WHERE uid = ?", (f"{name} ({other[0][:8]})", other[0]))
    else:
        values[column] = f"{name} ({uid[:8]})"


def insert(conn, t: Table, uid: str, values: dict) -> None:
    """Insert the row ``uid`` with its synced ``values`` (as a change carries them)."""
    row = local_values(conn, t, values)
    row.update(LOCAL_DEFAULTS.get(t.name, {}))
    if t.name == "users":  # a user's id is its uid (``schema.py``)
        row["id"] = uid
    if t.name == "erasure_ledger":
        found = conn.execute("SELECT id FROM customers WHERE uid = ?", (values.get("customer_uid"),)).fetchone()
        row["customer_id"] = found[0] if found else 0
    _make_room(conn, t, uid, row)
    columns = ["uid", *row]
    conn.execute(f"INSERT INTO {t.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                 (uid, *row.values()))


def update(conn, t: Table, uid: str, values: dict) -> None:
    row = local_values(conn, t, values, drop_dangling=True)
    _make_room(conn, t, uid, row)
    sets = ", ".join(f"{c} = ?" for c in row)
    conn.execute(f"UPDATE {t.name} SET {sets} WHERE uid = ?", (*row.values(), uid))


def delete(conn, t: Table, uid: str) -> int | None:
    """Delete the row (its children follow by the foreign keys); the local id of a customer."""
    cid = None
    if t.name == "customers":
        found = conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()
        cid = found[0] if found else None
    conn.execute(f"DELETE FROM {t.name} WHERE uid = ?", (uid,))
    return cid


def customer_of(conn, t: Table, uid: str, values: dict) -> str | None:
    """The uid of the customer a row belongs to (None for rows of no customer)."""
    if t.name == "customers":
        return uid
    if t.name == "deal_items":
        deal = values.get("deal_id") or _one(conn, "SELECT d.uid FROM deal_items i JOIN deals d ON d.id = i.deal_id"
                                                   " WHERE i.uid = ?", uid)
        return _one(conn, "SELECT c.uid FROM deals d JOIN customers c ON c.id = d.customer_id WHERE d.uid = ?", deal)
    if t.refs.get("customer_id") == "customers":
        return values.get("customer_id") or _one(
            conn, f"SELECT c.uid FROM {t.name} r JOIN customers c ON c.id = r.customer_id WHERE r.uid = ?", uid)
    return None


def _one(conn, sql: str, arg):
    if arg is None:
        return None
    row = conn.execute(sql, (arg,)).fetchone()
    return row[0] if row else None
