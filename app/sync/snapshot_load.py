"""Loading a snapshot's rows into a device that has not got the book yet (``docs/SYNC.md``,
"Snapshots in parts"), inside the caller's one applying transaction, part after part.

A row this device holds in no form (no row, no version of its existence) whose references all
resolve is written in bulk: ``executemany`` per table with local ids assigned here, its field
versions likewise, the maker's permissions checked once per table. Everything else (rows held
already, rows naming one not written yet, users and profiles whose names may collide, the erasure
ledger, a vault that erased someone) takes the row-by-row path of ``bootstrap._Snapshot`` (the merge
rule), and a row still waiting for its parent is retried at the end."""
from __future__ import annotations

from collections import defaultdict

import phonenumbers

from vault.sync.schema import BY_NAME, ROW, TABLES, Table

from ..records.storage import fts_values
from ..records.validation import Address, Clean, Phone, normalise_phone
from . import authorize
from .rows import USER_FKS
from .state import in_force

#: rows of these tables always go row by row (names to make room for, local ids to look up)
ROW_BY_ROW = frozenset({"profiles", "users", "erasure_ledger"})
BATCH = 2000
_VERSION_SQL = ("INSERT INTO sync_versions (tbl, uid, field, hlc, device, replaced) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (tbl, uid, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device,"
                " replaced = excluded.replaced WHERE excluded.hlc > sync_versions.hlc")


def changes_of(r: dict) -> list[dict]:
    """A snapshot row as the changes of the segment format (its existence first)."""
    top, stamps, replaced = r["hlc"], r["stamps"], r["replaced"]
    out = [{"table": r["table"], "uid": r["uid"], "field": ROW, "value": True, "hlc": top, "device": top[-36:],
            "user": None, "replaced": replaced.get(ROW), "op": "set"}]
    for f, value in r["fields"].items():
        s = stamps.get(f, top)
        out.append({"table": r["table"], "uid": r["uid"], "field": f, "value": value, "hlc": s, "device": s[-36:],
                    "user": None, "replaced": replaced.get(f), "op": "set"})
    return out


class Loader:
    """Feed ``add(row)`` with every row of every part, then ``finish()``. ``slow`` is the
    row-by-row applier (a ``bootstrap._Snapshot``): ``slow._try(changes)`` is False when the row
    waits for another."""

    def __init__(self, slow, versions, maker: str, hlc: str):
        self.slow, self.conn, self.out = slow, slow.conn, slow.out
        conn = self.conn
        self.author = in_force(versions, maker, hlc)
        self.erased_here = conn.execute("SELECT 1 FROM erasure_ledger LIMIT 1").fetchone() is not None
        targets = {target for t in TABLES for target in t.refs.values()}
        self.ids = {x: dict(conn.execute(f"SELECT uid, id FROM {x}").fetchall()) for x in sorted(targets)}
        self.users = {r[0] for r in conn.execute("SELECT id FROM users")}
        self.known: dict[str, set[str]] = {}
        self.next_id: dict[str, int] = {}
        self.may: dict[str, bool] = {}
        self.table: Table | None = None
        self.rows: list[tuple] = []
        self.versions: list[tuple] = []
        self.pending: list[list[dict]] = []
        self.top = self.hlc = hlc
        self.unversioned = False  # a row the maker holds no version of went row by row
        self.fresh: list[int] = []  # local ids of the customers written in bulk (indexed in bulk)
        self.fresh_uids: set[str] = set()

    # ------------------------------------------------------------------------- per table, once
    def _known(self, t: Table) -> set[str]:
        if t.name not in self.known:
            self.known[t.name] = {r[0] for r in self.conn.execute(
                f"SELECT uid FROM {t.name} UNION SELECT uid FROM sync_versions WHERE tbl = ? AND field = ?",
                (t.name, ROW))}
            if t.key == ("id",):
                self.next_id[t.name] = int(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {t.name}")
                                           .fetchone()[0]) + 1
            self.may[t.name] = all(authorize.allowed(self.author, t.name, f, "set") for f in (ROW, *t.fields))
        return self.known[t.name]

    # ------------------------------------------------------------------------- rows
    def add(self, r: dict) -> None:
        self.top = max(self.top, r["hlc"], *r["stamps"].values())
        t = BY_NAME.get(r["table"])
        if t is None or not self._fast(t, r):
            self._slow(r)

    def _fast(self, t: Table, r: dict) -> bool:
        if t.name in ROW_BY_ROW or self.erased_here or set(r["fields"]) != set(t.fields):
            return False
        known = self._known(t)
        uid = r["uid"]
        if uid in known or not self.may[t.name]:
            return False
        values = dict(r["fields"])
        for column, target in t.refs.items():
            if values[column] is not None:
                local = self.ids[target].get(values[column])
                if local is None:
                    return False
                values[column] = local
        if any(values[c] is not None and values[c] not in self.users for c in USER_FKS.get(t.name, ())):
            return False
        if self.table is not t:
            self.flush()
            self.table = t
        row = [uid, *(values[f] for f in t.fields)]
        if t.key == ("id",):
            row.insert(0, self.next_id[t.name])
            if t.name in self.ids:
                self.ids[t.name][uid] = self.next_id[t.name]
            self.next_id[t.name] += 1
        self.rows.append(tuple(row))
        known.add(uid)
        self._versions(t, r)
        self.out.changes += 1 + len(t.fields)
        if t.name == "customers":
            self.fresh.append(row[0])
            self.fresh_uids.add(uid)
        elif t.refs.get("customer_id") == "customers" and r["fields"]["customer_id"] not in self.fresh_uids:
            self.slow.touched.add(r["fields"]["customer_id"])
        if len(self.rows) >= BATCH:
            self.flush()
        return True

    def _versions(self, t: Table, r: dict) -> None:
        """The versions the maker holds: every field's, at the row's stamp unless its own differs;
        none but the differing ones for a row stamped with the snapshot's own stamp (the maker
        holds no version of it: a row from before the book)."""
        top, stamps, replaced, uid = r["hlc"], r["stamps"], r["replaced"], r["uid"]
        if top == self.hlc:
            self.versions += [(t.name, uid, f, s, s[-36:], replaced.get(f)) for f, s in stamps.items()]
        elif not stamps and not replaced:
            device = top[-36:]
            self.versions.append((t.name, uid, ROW, top, device, None))
            self.versions += [(t.name, uid, f, top, device, None) for f in t.fields]
        else:
            self.versions.append((t.name, uid, ROW, top, top[-36:], replaced.get(ROW)))
            for f in t.fields:
                s = stamps.get(f, top)
                self.versions.append((t.name, uid, f, s, s[-36:], replaced.get(f)))

    def flush(self) -> None:
        t = self.table
        if t is not None and self.rows:
            columns = (["id"] if t.key == ("id",) else []) + ["uid", *t.fields]
            self.conn.executemany(f"INSERT INTO {t.name} ({', '.join(columns)}) VALUES"
                                  f" ({', '.join('?' * len(columns))})", self.rows)
            self.versions.sort()
            self.conn.executemany(_VERSION_SQL, self.versions)
        self.rows, self.versions = [], []

    def _slow(self, r: dict) -> None:
        self.flush()
        self.unversioned = self.unversioned or r["hlc"] == self.hlc
        g = changes_of(r)
        if self._try(g):
            return
        self.pending.append(g)

    def _try(self, g: list[dict]) -> bool:
        if not self.slow._try(g):
            return False
        table, uid = g[0]["table"], g[0]["uid"]
        if table in self.ids:
            row = self.conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).fetchone()
            if row is not None:
                self.ids[table][uid] = row[0]
        if table == "users":
            self.users.add(uid)
        if table == "erasure_ledger":
            self.out.erased += 1  # the round rewrites the ledger file beside the vault
        if table in self.known:
            self.known[table].add(uid)
        return True

    def finish(self) -> None:
        """Write what is batched, retry the rows that waited (refused ``dangling`` once no
        progress is made), and rebuild the full-text index of every customer written."""
        self.flush()
        pending = self.pending
        while pending:
            left = [g for g in pending if not self._try(g)]
            if len(left) == len(pending):
                for g in left:
                    self.slow._refuse(g, "dangling")
                break
            pending = left
        if self.unversioned:  # the row-by-row path stamped them with the snapshot's stamp: no change has it
            self.conn.execute("DELETE FROM sync_versions WHERE hlc = ?", (self.hlc,))
        fresh = set(self.fresh)
        self.slow.touched = {u for u in self.slow.touched if self.ids["customers"].get(u) not in fresh}
        self.slow._reindex()
        index(self.conn, self.fresh)
        self.out.customers.update(self.fresh)


def _national(e164: str) -> str:
    """The national significant number of an E.164 number, as ``normalise_phone`` gives it (the
    country code is a prefix-free 1–3 digit code), without parsing the number again."""
    for n in (1, 2, 3):
        if int(e164[1:1 + n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE and e164[1 + n:].isdigit():
            return str(int(e164[1 + n:]))
    return normalise_phone(e164).national


def _by_customer(conn, sql: str, low: int, high: int) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for row in conn.execute(sql, (low, high)):
        out[row[0]].append(row[1:])
    return out


def index(conn, cids: list[int], chunk: int = 5000) -> None:
    """The full-text index entries of customers written in bulk (new here: nothing to delete),
    from what the vault holds, as ``storage.reindex(conn, id, clean_of(conn, id))`` writes them:
    one query per table per ``chunk`` of ids instead of one per customer and table."""
    cids = sorted(cids)
    for i in range(0, len(cids), chunk):
        part = cids[i:i + chunk]
        low, high = part[0], part[-1]
        emails = _by_customer(conn, "SELECT customer_id, label, email FROM customer_emails WHERE customer_id"
                                    " BETWEEN ? AND ? ORDER BY customer_id, position, id", low, high)
        phones = _by_customer(conn, "SELECT customer_id, label, original, e164 FROM customer_phones WHERE"
                                    " customer_id BETWEEN ? AND ? ORDER BY customer_id, position, id", low, high)
        places = _by_customer(conn, "SELECT customer_id, label, street, postcode, city, region, country FROM"
                                    " customer_addresses WHERE customer_id BETWEEN ? AND ?"
                                    " ORDER BY customer_id, position, id", low, high)
        tags = _by_customer(conn, "SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id ="
                                  " ct.tag_id WHERE ct.customer_id BETWEEN ? AND ?"
                                  " ORDER BY ct.customer_id, t.name COLLATE NOCASE", low, high)
        wanted = set(part)
        out = []
        for r in conn.execute("SELECT id, kind, display_name, given_name, family_name, company_name, notes,"
                              " deleted_at, erased_at FROM customers WHERE id BETWEEN ? AND ?", (low, high)):
            cid = r[0]
            if cid not in wanted or r[7] is not None or r[8] is not None:
                continue
            c = Clean(kind=r[1], display_name=r[2], given_name=r[3], family_name=r[4], company_name=r[5],
                      notes=r[6], emails=[(e[0], e[1]) for e in emails.get(cid, ())],
                      phones=[Phone(p[0], p[1], p[2], p[2] or "", _national(p[2]) if p[2] else "")
                              for p in phones.get(cid, ())],
                      addresses=[Address(*a) for a in places.get(cid, ())], tags=[t[0] for t in tags.get(cid, ())])
            out.append((cid, *fts_values(c)))
        conn.executemany("INSERT INTO customers_fts (rowid, name, company, emails, phones, city, tags, notes)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", out)
