"""The capture triggers of migration 0008 (and of any later migration that changes a synced
table), generated from ``vault.sync.schema``. Run ``python -m vault.sync.triggers`` to print
them; the SQL is pasted into the migration, which stays static. ``tests/test_sync_data.py``
checks that the triggers in a migrated vault are exactly these.

Per synced table ``t``:
- ``sync_t_ai`` AFTER INSERT: gives the row its uid (always, in a book or not) and, in a book,
  records the row's existence (field ``*``) and every field;
- ``sync_t_au`` AFTER UPDATE OF the synced fields, in a book: one change per changed field
  (``OLD.f IS NOT NEW.f``, compared byte for byte);
- ``sync_t_ad`` AFTER DELETE, in a book: a tombstone (field ``*``, op ``delete``).
"In a book" is read from ``sync_state`` (a book id, and not applying remote changes), so a vault
outside a book pays one look-up per write and records nothing. ``sync_outbox``'s own trigger
keeps ``sync_versions`` and ``sync_state.last_hlc`` up to date in the same transaction.
"""
from __future__ import annotations

from .schema import ROW, TABLES, Table

IN_BOOK = "s.id = 1 AND s.book_id IS NOT NULL AND s.applying = 0"
IN_BOOK_WHEN = "(SELECT book_id IS NOT NULL AND applying = 0 FROM sync_state WHERE id = 1)"
_COLUMNS = "INSERT INTO sync_outbox (tbl, uid, field, value, hlc, device, user_id, replaced, op)"
_UPSERT = ("ON CONFLICT (tbl, uid, field, hlc) DO UPDATE SET value = excluded.value,"
           " op = CASE WHEN sync_outbox.op = 'erase' THEN 'erase' ELSE excluded.op END")


def _record(table: str, uid: str, changes: str, op: str, extra_from: str = "", extra_where: str = "") -> str:
    """One INSERT … SELECT of the changes (rows of ``field``, ``value``) into the outbox."""
    return (f"    {_COLUMNS}\n"
            f"    SELECT '{table}', {uid}, c.field, c.value, sync_hlc(s.last_hlc, s.device_id), s.device_id,"
            f" sync_user(),\n"
            f"           (SELECT v.hlc FROM sync_versions v WHERE v.tbl = '{table}' AND v.uid = {uid}"
            f" AND v.field = c.field), '{op}'\n"
            f"    FROM sync_state s{extra_from}, (\n{changes}) c\n"
            f"    WHERE {IN_BOOK}{extra_where}\n"
            f"    {_UPSERT};\n")


def _key_match(t: Table, row: str = "NEW") -> str:
    return " AND ".join(f"{k} = {row}.{k}" for k in t.key)


def _value(t: Table, column: str) -> str:
    if column in t.fill:
        return f"json_quote({t.fill[column]})"
    return f"json_quote({t.ref_sql(column)})"


def insert_trigger(t: Table) -> str:
    sets = ", ".join([f"uid = {t.uid_sql}", *(f"{c} = {sql}" for c, sql in t.fill.items())])
    uid = f"(SELECT uid FROM {t.name} WHERE {_key_match(t)})"
    rows = [f"        SELECT '{ROW}' AS field, 'true' AS value"]
    rows += [f"        UNION ALL SELECT '{c}', {_value(t, c)}" for c in t.fields]
    when = f" AND {t.when}" if t.when else ""
    body = f"    UPDATE {t.name} SET {sets} WHERE {_key_match(t)} AND uid IS NULL;\n"
    body += _record(t.name, uid, "\n".join(rows) + "\n    ", "set", extra_where=when)
    if t.name == "erasure_ledger":
        body += erase_statements()
    return f"CREATE TRIGGER sync_{t.name}_ai AFTER INSERT ON {t.name}\nBEGIN\n{body}END;\n"


def update_trigger(t: Table) -> str:
    rows = [f"        SELECT '{c}' AS field, {_value(t, c)} AS value WHERE OLD.{c} IS NOT NEW.{c} COLLATE BINARY"
            for c in t.fields if c not in t.fill]
    changes = "\n        UNION ALL\n".join(rows) + "\n    "
    when = IN_BOOK_WHEN + (f" AND {t.when}" if t.when else "")
    columns = ", ".join(c for c in t.fields if c not in t.fill)
    return (f"CREATE TRIGGER sync_{t.name}_au AFTER UPDATE OF {columns} ON {t.name}\nWHEN {when}\nBEGIN\n"
            f"{_record(t.name, 'NEW.uid', changes, 'set')}END;\n")


def delete_trigger(t: Table) -> str:
    when = IN_BOOK_WHEN + (f" AND {t.when.replace('NEW.', 'OLD.')}" if t.when else "")
    changes = f"        SELECT '{ROW}' AS field, NULL AS value\n    "
    return (f"CREATE TRIGGER sync_{t.name}_ad AFTER DELETE ON {t.name}\nWHEN {when}\nBEGIN\n"
            f"{_record(t.name, 'OLD.uid', changes, 'delete')}END;\n")


def erase_statements() -> str:
    """In ``erasure_ledger``'s insert trigger: the erasure itself (customers, ``*``, op ``erase``),
    then the waiting changes are coalesced: a change superseded by a later one of the same field,
    or of a row deleted later, is dropped, so the person's earlier values never leave the device.
    The change kept inherits the ``replaced`` of the oldest waiting change of its field."""
    erase = _record("customers", "r.uid", f"        SELECT '{ROW}' AS field, NULL AS value\n    ", "erase",
                    extra_from=", customers r", extra_where=" AND r.id = NEW.customer_id")
    same = "o.tbl = n.tbl AND o.uid = n.uid AND o.field = n.field AND o.published IS NULL"
    return erase + (
        f"    UPDATE sync_outbox AS n SET replaced = (SELECT o.replaced FROM sync_outbox o WHERE {same}"
        f" ORDER BY o.seq LIMIT 1)\n"
        f"    WHERE n.published IS NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE {same} AND o.seq > n.seq);\n"
        f"    DELETE FROM sync_outbox AS o WHERE o.published IS NULL AND EXISTS (\n"
        f"        SELECT 1 FROM sync_outbox n WHERE n.tbl = o.tbl AND n.uid = o.uid AND n.seq > o.seq\n"
        f"        AND (n.field = o.field OR (n.field = '{ROW}' AND n.op IN ('delete', 'erase'))));\n")


OUTBOX_TRIGGER = """CREATE TRIGGER sync_outbox_ai AFTER INSERT ON sync_outbox
BEGIN
    INSERT INTO sync_versions (tbl, uid, field, hlc, device, replaced)
    VALUES (NEW.tbl, NEW.uid, NEW.field, NEW.hlc, NEW.device, NEW.replaced)
    ON CONFLICT (tbl, uid, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device,
    replaced = excluded.replaced WHERE excluded.hlc > sync_versions.hlc;
    UPDATE sync_state SET last_hlc = NEW.hlc WHERE id = 1 AND (last_hlc IS NULL OR last_hlc < NEW.hlc);
END;
"""


def all_triggers() -> list[str]:
    out = [OUTBOX_TRIGGER]
    for t in TABLES:
        out += [insert_trigger(t), update_trigger(t), delete_trigger(t)]
    return out


def uid_fill(t: Table) -> str:
    """The migration's statement giving existing rows their uid (parents before children)."""
    sets = ", ".join([f"uid = {t.uid_sql.replace('NEW.', '')}",
                      *(f"{c} = {sql.replace('NEW.', f'{t.name}.')}" for c, sql in t.fill.items())])
    return f"UPDATE {t.name} SET {sets};\n"


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    print("\n".join(all_triggers()))
