"""Customer records: create, read, update (optimistic concurrency), soft delete, undo, purge.

Every call takes a ``Session`` and checks it: the permission atom (``session.require``) and the
record scope (a profile with scope ``own`` reaches only customers it owns). Sensitive fields
are masked (``••••``) for sessions without ``sensitive.read``. Reads, changes and deletes are
audited; personal values in audit details are sealed with the customer's key (``person_id``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import locale
from collections.abc import Iterator
from typing import Any

from vault import clock
from vault.errors import ConflictError, NotFoundError, ValidationError

from .. import audit
from ..session import Session
from ..settings import VaultSettings
from .fold import fold
from .listing import bump
from .rows import check_processing_allowed, customer_row, scope_ok
from .validation import MASK, SENSITIVE_FIELDS, Clean, clean_customer

CONTACT_KEYS = ("emails", "phones", "addresses")
PLAIN_KEYS = ("kind", "display_name", "given_name", "family_name", "company_name", "company_id", "job_title",
              "status", "owner_id", "notes", "tags", "custom")


# ----------------------------------------------------------------------------- helpers
def default_region(session: Session) -> str | None:
    """Region for phone numbers typed without +country: the vault setting, else the locale."""
    region = ""
    try:
        region = VaultSettings(session).get("records.phone_region")
    except KeyError:
        pass
    if region:
        return region.upper()
    loc = (locale.getlocale()[0] or "")
    if "_" in loc:
        return loc.split("_")[1][:2].upper()
    return None


def custom_field_specs(conn) -> dict[str, dict]:
    return {r["key"]: {"id": r["id"], "label": r["label"], "type": r["type"], "choices": json.loads(r["choices"]),
                       "sensitive": bool(r["sensitive"])}
            for r in conn.execute("SELECT * FROM custom_fields ORDER BY position, id")}


def guard_custom(session: Session, custom, specs: dict) -> dict | None:
    """Drop masked placeholders sent back unchanged; refuse sensitive custom fields to a session
    that cannot see them."""
    if not isinstance(custom, dict):
        return custom
    custom = {k: v for k, v in custom.items() if v != MASK}
    if not session.can("sensitive.read"):
        hidden = [k for k, v in custom.items() if v not in (None, "") and specs.get(k, {}).get("sensitive")]
        if hidden:
            raise session.refuse("Your profile cannot see sensitive fields, so it cannot fill them in either ("
                                 + ", ".join(hidden) + ").", atom="sensitive.read")
    return custom


def fts_values(c: Clean) -> tuple[str, ...]:
    """The folded, non-sensitive text that goes into the full-text index."""
    phones = []
    for p in c.phones:
        digits = "".join(ch for ch in p.original if ch.isdigit())
        # as typed, international, and national without the trunk 0: 0612…, 33612…, 612… all match
        phones += [digits, (p.e164 or "").lstrip("+"), p.national]
    return (
        fold(" ".join(x for x in (c.display_name, c.given_name, c.family_name) if x)),
        fold(c.company_name),
        fold(" ".join(e for _, e in c.emails)),
        " ".join(dict.fromkeys(p for p in phones if p)),
        fold(" ".join(f"{a.city} {a.postcode}" for a in c.addresses)),
        fold(" ".join(c.tags)),
        fold(c.notes),
    )


def reindex(conn, customer_id: int, c: Clean | None) -> None:
    conn.execute("DELETE FROM customers_fts WHERE rowid = ?", (customer_id,))
    if c is not None:
        conn.execute("INSERT INTO customers_fts (rowid, name, company, emails, phones, city, tags, notes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (customer_id, *fts_values(c)))


class TagCache:
    def __init__(self, conn):
        self.conn = conn
        self.ids = {fold(r[1]): r[0] for r in conn.execute("SELECT id, name FROM tags")}

    def id(self, name: str) -> int:
        key = fold(name)
        tid = self.ids.get(key)
        if tid is None:
            row = self.conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            tid = row[0] if row else self.conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
            self.ids[key] = tid
        return tid


def main_columns(c: Clean) -> dict[str, Any]:
    city = c.addresses[0].city if c.addresses else ""
    return {
        "kind": c.kind, "display_name": c.display_name, "sort_name": c.sort_name, "given_name": c.given_name,
        "family_name": c.family_name, "company_id": c.company_id, "company_name": c.company_name,
        "company_sort": fold(c.company_name), "job_title": c.job_title, "status": c.status,
        "owner_id": c.owner_id, "notes": c.notes, "email": c.emails[0][1] if c.emails else "",
        "phone": c.phones[0].original if c.phones else "", "city": city, "city_sort": fold(city),
    }


def write_children(conn, cid: int, c: Clean, tags: TagCache, custom_ids: dict[str, int],
                   which: tuple[str, ...] = ("emails", "phones", "addresses", "tags", "custom", "sensitive"),
                   replace: bool = True) -> None:
    if "emails" in which:
        if replace:
            conn.execute("DELETE FROM customer_emails WHERE customer_id = ?", (cid,))
        conn.executemany("INSERT INTO customer_emails (customer_id, position, label, email, email_norm)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [(cid, i, label, e, e.lower()) for i, (label, e) in enumerate(c.emails)])
    if "phones" in which:
        if replace:
            conn.execute("DELETE FROM customer_phones WHERE customer_id = ?", (cid,))
        conn.executemany("INSERT INTO customer_phones (customer_id, position, label, original, e164, phone_norm)"
                         " VALUES (?, ?, ?, ?, ?, ?)",
                         [(cid, i, p.label, p.original, p.e164, p.norm) for i, p in enumerate(c.phones)])
    if "addresses" in which:
        if replace:
            conn.execute("DELETE FROM customer_addresses WHERE customer_id = ?", (cid,))
        conn.executemany("INSERT INTO customer_addresses (customer_id, position, label, street, postcode, city,"
                         " region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [(cid, i, a.label, a.street, a.postcode, a.city, a.region, a.country)
                          for i, a in enumerate(c.addresses)])
    if "tags" in which:
        if replace:
            conn.execute("DELETE FROM customer_tags WHERE customer_id = ?", (cid,))
        conn.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
                         [(cid, tags.id(t)) for t in c.tags])
    if "custom" in which:
        for key, value in c.custom.items():
            if value == "":
                conn.execute("DELETE FROM customer_custom_values WHERE customer_id = ? AND field_id = ?",
                             (cid, custom_ids[key]))
            else:
                conn.execute("INSERT INTO customer_custom_values (customer_id, field_id, value) VALUES (?, ?, ?)"
                             " ON CONFLICT DO UPDATE SET value = excluded.value", (cid, custom_ids[key], value))
    if "sensitive" in which and c.sensitive:
        conn.execute("INSERT OR IGNORE INTO customer_sensitive (customer_id) VALUES (?)", (cid,))
        for k, v in c.sensitive.items():
            assert k in SENSITIVE_FIELDS
            conn.execute(f"UPDATE customer_sensitive SET {k} = ? WHERE customer_id = ?", (v, cid))


# ----------------------------------------------------------------------------- reading
def load(conn, cid: int) -> dict:
    """The full record, unmasked (internal: callers mask)."""
    row = conn.execute(
        "SELECT c.*, u.display_name AS owner_name FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
        " WHERE c.id = ?", (cid,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no customer {cid}.")
    rec = {k: row[k] for k in ("id", "kind", "display_name", "given_name", "family_name", "company_id",
                               "company_name", "job_title", "status", "owner_id", "owner_name", "notes",
                               "last_contact_at", "created_at", "created_by", "updated_at", "updated_by",
                               "version", "deleted_at", "merged_into", "import_id")}
    rec["emails"] = [{"label": r[0], "value": r[1]} for r in conn.execute(
        "SELECT label, email FROM customer_emails WHERE customer_id = ? ORDER BY position, id", (cid,))]
    rec["phones"] = [{"label": r[0], "value": r[1], "e164": r[2]} for r in conn.execute(
        "SELECT label, original, e164 FROM customer_phones WHERE customer_id = ? ORDER BY position, id", (cid,))]
    rec["addresses"] = [dict(r) for r in conn.execute(
        "SELECT label, street, postcode, city, region, country FROM customer_addresses WHERE customer_id = ?"
        " ORDER BY position, id", (cid,))]
    rec["tags"] = [r[0] for r in conn.execute(
        "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ?"
        " ORDER BY t.name COLLATE NOCASE", (cid,))]
    rec["custom"] = {r[0]: r[1] for r in conn.execute(
        "SELECT f.key, v.value FROM customer_custom_values v JOIN custom_fields f ON f.id = v.field_id"
        " WHERE v.customer_id = ? ORDER BY f.position, f.id", (cid,))}
    srow = conn.execute("SELECT * FROM customer_sensitive WHERE customer_id = ?", (cid,)).fetchone()
    rec["sensitive"] = {k: (srow[k] if srow else "") for k in SENSITIVE_FIELDS}
    return rec


def mask(session: Session, rec: dict, specs: dict | None = None) -> dict:
    """Mask sensitive values (and sensitive custom fields) unless the session may read them."""
    if session.can("sensitive.read"):
        rec["masked"] = False
        return rec
    rec["sensitive"] = {k: (MASK if v else "") for k, v in rec["sensitive"].items()}
    specs = specs if specs is not None else custom_field_specs(session.conn)
    rec["custom"] = {k: (MASK if v and specs.get(k, {}).get("sensitive") else v) for k, v in rec["custom"].items()}
    rec["masked"] = True
    return rec


def get_customer(session: Session, customer_id: int, *, include_deleted: bool = False, audited: bool = True) -> dict:
    """A customer's detail view (masked as needed). Audited as a view; ``audited=False`` only for a
    view that follows the user's own change to a record already open (its view was audited)."""
    session.require("customers.read")
    row = customer_row(session, customer_id, deleted=None if include_deleted else False)
    rec = mask(session, load(session.conn, row["id"]))
    if audited:
        audit.record(session, "customer.view", entity="customer", entity_id=row["id"])
    return rec


def _input_of(rec: dict) -> dict:
    """A loaded record as input for clean_customer."""
    return {**{k: rec[k] for k in PLAIN_KEYS}, "emails": rec["emails"],
            "phones": [{"label": p["label"], "value": p["value"]} for p in rec["phones"]],
            "addresses": rec["addresses"], "sensitive": dict(rec["sensitive"])}


# ----------------------------------------------------------------------------- writing
def _check_owner(session: Session, owner_id: str | None) -> str | None:
    if owner_id is None:
        return session.user_id
    if not session.scope_all and owner_id != session.user_id:
        raise session.refuse("Your profile can only own its own records; you cannot give one to someone else.",
                             atom="scope")
    if session.conn.execute("SELECT 1 FROM users WHERE id = ?", (owner_id,)).fetchone() is None:
        raise ValidationError("owner: no such user", fields={"owner_id": "no such user"})
    return owner_id


def _link_company(session: Session, c: Clean, self_id: int | None = None) -> None:
    if c.company_id is None:
        return
    if c.kind == "company" or c.company_id == self_id:
        raise ValidationError("company: a company cannot belong to a company",
                              fields={"company_id": "only a person can belong to a company"})
    row = session.conn.execute("SELECT kind, display_name, deleted_at, owner_id FROM customers WHERE id = ?",
                               (c.company_id,)).fetchone()
    if row is None or row["deleted_at"] is not None or row["kind"] != "company" or \
            not scope_ok(session, row["owner_id"]):
        raise ValidationError("company: no such company", fields={"company_id": "no such company"})
    c.company_name = row["display_name"]


def create_customer(session: Session, data: dict) -> int:
    """Create a customer from ``data`` (see validation.clean_customer); returns its id."""
    session.require("customers.create")
    conn = session.conn
    specs = custom_field_specs(conn)
    if "custom" in data:
        data = {**data, "custom": guard_custom(session, data["custom"], specs)}
    c = clean_customer(data, region=default_region(session), custom_fields=specs)
    if any(v for v in c.sensitive.values()) and not session.can("sensitive.read"):
        raise session.refuse("Your profile cannot see sensitive fields, so it cannot fill them in either.",
                             atom="sensitive.read")
    c.owner_id = _check_owner(session, c.owner_id)
    _link_company(session, c)
    now = clock.iso()
    cols = main_columns(c)
    with session.vault.transaction():
        cur = conn.execute(
            f"INSERT INTO customers ({', '.join(cols)}, created_at, created_by, updated_at, updated_by)"
            f" VALUES ({', '.join('?' * len(cols))}, ?, ?, ?, ?)",
            (*cols.values(), now, session.user_id, now, session.user_id))
        cid = cur.lastrowid
        write_children(conn, cid, c, TagCache(conn), {k: s["id"] for k, s in specs.items()}, replace=False)
        reindex(conn, cid, c)
        bump(conn)
        after = {k: v for k, v in _input_of(load(conn, cid)).items() if v not in ("", None, [], {})}
        after["sensitive"] = sorted(k for k, v in c.sensitive.items() if v)  # names only, not the values
        audit.record(session, "customer.create", entity="customer", entity_id=cid,
                     details={"after": after}, person_id=str(cid))
    return cid


def _allowed_keys(session: Session, keys: set[str]) -> None:
    plain = keys & set(PLAIN_KEYS)
    contact = keys & set(CONTACT_KEYS)
    if plain or "sensitive" in keys:
        session.require("customers.update")
    if contact and not session.can("customers.update"):
        session.require("contacts.update")


def update_customer(session: Session, customer_id: int, changes: dict, expected_version: int) -> int:
    """Apply ``changes`` (only the keys given) if the record is still at ``expected_version``.

    Raises ConflictError when someone else changed it since it was opened (nothing is
    overwritten), ValidationError with per-field messages. Returns the new version."""
    session.require("customers.read")
    changes = dict(changes)
    for k in SENSITIVE_FIELDS:  # sensitive values may come flat or under "sensitive"
        if k in changes:
            changes.setdefault("sensitive", {})[k] = changes.pop(k)
    unknown = set(changes) - set(PLAIN_KEYS) - set(CONTACT_KEYS) - {"sensitive"}
    if unknown:
        raise ValidationError(f"unknown fields: {', '.join(sorted(unknown))}",
                              fields={k: "unknown field" for k in unknown})
    if "sensitive" in changes:
        changes["sensitive"] = {k: v for k, v in changes["sensitive"].items() if v != MASK}
        if not changes["sensitive"]:
            del changes["sensitive"]
        elif not session.can("sensitive.read"):
            raise session.refuse("Your profile cannot see sensitive fields, so it cannot change them.",
                                 atom="sensitive.read")
    if "custom" in changes:
        changes["custom"] = guard_custom(session, changes["custom"], custom_field_specs(session.conn))
    _allowed_keys(session, set(changes))
    check_processing_allowed(session, customer_id, "change")
    conn = session.conn
    row = customer_row(session, customer_id)
    cid = row["id"]
    if int(row["version"]) != int(expected_version):
        raise _conflict(session, row)
    before = load(conn, cid)
    specs = custom_field_specs(conn)
    merged = _input_of(before)
    merged.update({k: v for k, v in changes.items() if k not in ("sensitive", "custom")})
    merged["sensitive"] = {**before["sensitive"], **changes.get("sensitive", {})}
    merged["custom"] = {**before["custom"], **changes.get("custom", {})}
    if "company_id" in changes and "company_name" not in changes and changes["company_id"] in (None, ""):
        merged["company_name"] = ""
    if "display_name" not in changes and ({"given_name", "family_name"} & set(changes)) and before["kind"] == "person":
        merged["display_name"] = ""  # recompute from the new names
    c = clean_customer(merged, region=default_region(session), custom_fields=specs)
    if "owner_id" in changes:
        c.owner_id = _check_owner(session, changes["owner_id"] or None)
    _link_company(session, c, cid)
    new = _input_of({**before, **_as_loaded(c)})
    diff = {k: {"before": merged_v, "after": new[k]} for k, merged_v in _input_of(before).items()
            if new.get(k) != merged_v}
    if not diff:
        return int(row["version"])
    now = clock.iso()
    cols = main_columns(c)
    with session.vault.transaction():
        cur = conn.execute(
            f"UPDATE customers SET {', '.join(f'{k} = ?' for k in cols)}, updated_at = ?, updated_by = ?,"
            " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
            (*cols.values(), now, session.user_id, cid, int(expected_version)))
        if cur.rowcount != 1:
            raise _conflict(session, conn.execute("SELECT * FROM customers WHERE id = ?", (cid,)).fetchone())
        which = tuple(k for k in ("emails", "phones", "addresses", "tags", "custom", "sensitive") if k in diff)
        write_children(conn, cid, c, TagCache(conn), {k: s["id"] for k, s in specs.items()}, which=which)
        reindex(conn, cid, c)
        if "display_name" in diff and c.kind == "company":
            _rename_company_members(conn, cid, c.display_name)
        audit.record(session, "customer.update", entity="customer", entity_id=cid,
                     details={"changes": diff, "version": int(expected_version) + 1}, person_id=str(cid))
    return int(expected_version) + 1


def _as_loaded(c: Clean) -> dict:
    return {"kind": c.kind, "display_name": c.display_name, "given_name": c.given_name,
            "family_name": c.family_name, "company_id": c.company_id, "company_name": c.company_name,
            "job_title": c.job_title, "status": c.status, "owner_id": c.owner_id, "notes": c.notes,
            "tags": c.tags, "custom": {k: v for k, v in c.custom.items() if v != ""},
            "emails": [{"label": lab, "value": e} for lab, e in c.emails],
            "phones": [{"label": p.label, "value": p.original} for p in c.phones],
            "addresses": [a.__dict__.copy() for a in c.addresses],
            "sensitive": {k: c.sensitive.get(k, "") for k in SENSITIVE_FIELDS}}


def _rename_company_members(conn, company_id: int, name: str) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM customers WHERE company_id = ?", (company_id,))]
    conn.execute("UPDATE customers SET company_name = ?, company_sort = ? WHERE company_id = ?",
                 (name, fold(name), company_id))
    for mid in ids:
        conn.execute("UPDATE customers_fts SET company = ? WHERE rowid = ?", (fold(name), mid))


def _conflict(session: Session, row) -> ConflictError:
    who = session.conn.execute("SELECT display_name FROM users WHERE id = ?", (row["updated_by"],)).fetchone()
    if row["deleted_at"] is not None:
        return ConflictError(f"{row['display_name']} was deleted by someone else; your changes were not saved.",
                             current_version=row["version"])
    return ConflictError(
        f"{row['display_name']} was changed by {who[0] if who else 'someone else'} at {row['updated_at']} since you"
        " opened it. Your changes were not saved: reload the record and make them again.",
        current_version=row["version"])


def delete_customer(session: Session, customer_id: int, expected_version: int | None = None) -> None:
    """Soft delete: the record leaves lists and search at once and can be restored until it is
    purged (``records.purge_after_days``)."""
    session.require("customers.delete")
    row = customer_row(session, customer_id)
    check_processing_allowed(session, row["id"], "delete")
    if expected_version is not None and int(row["version"]) != int(expected_version):
        raise _conflict(session, row)
    with session.vault.transaction():
        session.conn.execute("UPDATE customers SET deleted_at = ?, deleted_by = ?, version = version + 1"
                             " WHERE id = ?", (clock.iso(), session.user_id, row["id"]))
        reindex(session.conn, row["id"], None)
        audit.record(session, "customer.delete", entity="customer", entity_id=row["id"])


def restore_customer(session: Session, customer_id: int) -> None:
    """Undo a delete (while the record is still in the bin)."""
    session.require("customers.delete")
    row = customer_row(session, customer_id, deleted=True)
    check_processing_allowed(session, row["id"], "restore")
    conn = session.conn
    with session.vault.transaction():
        conn.execute("UPDATE customers SET deleted_at = NULL, deleted_by = NULL, merged_into = NULL,"
                     " version = version + 1 WHERE id = ?", (row["id"],))
        reindex(conn, row["id"], clean_of(conn, row["id"]))
        audit.record(session, "customer.restore", entity="customer", entity_id=row["id"])


def clean_of(conn, cid: int) -> Clean:
    """A stored record as a Clean (for re-indexing); trusts stored values."""
    rec = load(conn, cid)
    c = Clean(**{k: rec[k] for k in ("kind", "display_name", "given_name", "family_name", "company_name",
                                     "company_id", "job_title", "status", "owner_id", "notes", "tags")})
    from .validation import Address, Phone, normalise_phone

    c.emails = [(e["label"], e["value"]) for e in rec["emails"]]
    c.phones = []
    for p in rec["phones"]:
        n = normalise_phone(p["e164"]) if p["e164"] else None
        c.phones.append(Phone(p["label"], p["value"], p["e164"], p["e164"] or "", n.national if n else ""))
    c.addresses = [Address(**a) for a in rec["addresses"]]
    return c


@contextlib.contextmanager
def secure_deletion(session: Session) -> Iterator[None]:
    """A transaction that leaves nothing of what it deletes or overwrites: SQLite's
    ``secure_delete`` is on for its length (freed cells, overflow and freelist pages are zeroed;
    the full-text index's own 'secure-delete' option, migration 0006, removes the terms from its
    segments), and once it has committed, a WAL checkpoint copies the new pages into ``vault.db``
    and truncates ``vault.db-wal``, whose older frames still hold the pages as they were.
    Used by privacy erasure and by the bin's purge. Inside an outer transaction it joins it and
    the outer caller owns the checkpoint (``checkpoint_wal``)."""
    conn = session.conn
    outer = conn.in_transaction
    before = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with session.vault.transaction():
            yield
    finally:
        conn.execute(f"PRAGMA secure_delete = {before}")
    if not outer:
        checkpoint_wal(conn)


def checkpoint_wal(conn) -> bool:
    """Copy the WAL into the database and truncate it to nothing. Returns False when a reader
    kept it from completing (the frames are then overwritten by later transactions instead)."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy


def drop_tag_links(conn, cid: int) -> None:
    """Remove a customer's tags, and the tags nobody else carries (a tag can be personal: a
    nickname, a family name, a home town)."""
    tag_ids = [r[0] for r in conn.execute("SELECT tag_id FROM customer_tags WHERE customer_id = ?", (cid,))]
    conn.execute("DELETE FROM customer_tags WHERE customer_id = ?", (cid,))
    for tid in tag_ids:
        conn.execute("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customer_tags WHERE tag_id = ?)",
                     (tid, tid))


def hard_delete(session: Session, ids: list[int]) -> int:
    """Really delete (rows, contact details, tags only they carried, interactions, deals, consents,
    index entries) and shred each person's audit key so the personal values sealed in the audit
    log can no longer be read. Internal: callers check permissions and run it inside
    ``secure_deletion`` (freed space zeroed, the WAL truncated after the commit)."""
    conn = session.conn
    for cid in ids:
        audit.shred_person_key(session, str(cid), conn=conn)
    n = 0
    for cid in ids:
        conn.execute("DELETE FROM customers_fts WHERE rowid = ?", (cid,))
        drop_tag_links(conn, cid)
        n += conn.execute("DELETE FROM customers WHERE id = ?", (cid,)).rowcount
    return n


def purge_customer(session: Session, customer_id: int) -> None:
    """Erase one deleted record for good (no undo). Needs customers.delete; a record not yet in
    the bin needs privacy.manage as well (privacy erasure)."""
    session.require("customers.delete")
    row = customer_row(session, customer_id, deleted=None)
    if row["deleted_at"] is None:
        session.require("privacy.manage")
    with secure_deletion(session):
        hard_delete(session, [row["id"]])
        audit.record(session, "customer.purge", entity="customer", entity_id=row["id"])


def purge_deleted(session: Session, *, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Erase records deleted more than ``records.purge_after_days`` ago (or ``days``), in the
    session's scope. Returns how many."""
    session.require("customers.delete")
    return _purge(session, now=now, days=days, own_only=not session.scope_all, automatic=False)


def purge_expired(session: Session, *, now: dt.datetime | None = None) -> int:
    """Housekeeping: erase every record whose undo window (``records.purge_after_days``) is over,
    whoever deleted it and whoever is signed in: the window is the vault's policy, not a user's
    action, so it needs no permission. Run at every sign-in and hourly while the app is open;
    audited as ``customer.purge`` with ``automatic``. Returns how many."""
    return _purge(session, now=now, days=None, own_only=False, automatic=True)


def undo_window(session: Session) -> dt.timedelta:
    """How long a deleted record stays in the bin (``records.purge_after_days``)."""
    return dt.timedelta(days=int(VaultSettings(session).get("records.purge_after_days")))


def _purge(session: Session, *, now: dt.datetime | None, days: int | None, own_only: bool, automatic: bool) -> int:
    if days is None:
        days = undo_window(session).days
    now = now or clock.utcnow()
    cutoff = (now - dt.timedelta(days=days)).isoformat(timespec="seconds")
    sql = "SELECT id FROM customers WHERE deleted_at IS NOT NULL AND deleted_at < ?"
    args: list = [cutoff]
    if own_only:
        sql += " AND owner_id = ?"
        args.append(session.user_id)
    ids = [r[0] for r in session.conn.execute(sql, args)]
    if not ids:
        return 0
    with secure_deletion(session):
        n = hard_delete(session, ids)
        details = {"count": n, "ids": ids[:1000], "older_than_days": days}
        if automatic:
            details["automatic"] = True
        audit.record(session, "customer.purge", entity="customer", details=details)
    return n


def deleted_customers(session: Session) -> list[dict]:
    """The bin: deleted records that can still be restored, each with ``purge_at``: when its undo
    window ends and ``purge_expired`` erases it for good."""
    session.require("customers.read")
    window = undo_window(session)
    sql = ("SELECT id, display_name, company_name, deleted_at, deleted_by, merged_into FROM customers"
           " WHERE deleted_at IS NOT NULL")
    args: list = []
    if not session.scope_all:
        sql += " AND owner_id = ?"
        args.append(session.user_id)
    rows = [dict(r) for r in session.conn.execute(sql + " ORDER BY deleted_at DESC, id DESC", args)]
    for r in rows:
        try:
            r["purge_at"] = (dt.datetime.fromisoformat(r["deleted_at"]) + window).isoformat(timespec="seconds")
        except ValueError:
            r["purge_at"] = None
    return rows


# ----------------------------------------------------------------------------- custom fields
def define_custom_field(session: Session, key: str, label: str, type: str = "text",
                        choices: list[str] | None = None, sensitive: bool = False) -> int:
    import re

    session.require("settings.manage")
    errors = {}
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", key or ""):
        errors["key"] = "lower-case letters, digits and _ (start with a letter)"
    if type not in ("text", "number", "date", "choice"):
        errors["type"] = "text, number, date or choice"
    if type == "choice" and not choices:
        errors["choices"] = "a choice field needs choices"
    if not (label or "").strip():
        errors["label"] = "a label is needed"
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    conn = session.conn
    if conn.execute("SELECT 1 FROM custom_fields WHERE key = ?", (key,)).fetchone():
        raise ValidationError(f"a custom field {key!r} exists already", fields={"key": "exists already"})
    with session.vault.transaction():
        pos = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM custom_fields").fetchone()[0]
        fid = conn.execute("INSERT INTO custom_fields (key, label, type, choices, sensitive, position)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           (key, label.strip(), type, json.dumps(list(choices or [])), int(sensitive), pos)).lastrowid
        audit.record(session, "custom_field.define", entity="custom_field", entity_id=fid,
                     details={"key": key, "type": type, "sensitive": sensitive})
    return fid


def list_custom_fields(session: Session) -> list[dict]:
    session.require("customers.read")
    return [{"key": k, **{x: v for x, v in s.items() if x != "id"}} for k, s in custom_field_specs(session.conn).items()]
