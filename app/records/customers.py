"""Customer records: create, read, update (optimistic concurrency), soft delete, undo, purge.

Every call takes a ``Session`` and checks it: the permission atom (``session.require``) and the
record scope (a profile with scope ``own`` reaches only customers it owns). Sensitive fields
are masked (``••••``) for sessions without ``sensitive.read``. Reads, changes and deletes are
audited; personal values in audit details are sealed with the customer's key (``person_id``).
"""
from __future__ import annotations

import locale

from vault import clock
from vault.errors import ConflictError, ValidationError
from vault.i18n import translate

from .. import audit
from ..session import Session
from ..setting_keys import phone_region
from .custom_fields import custom_field_specs, define_custom_field, guard_custom, list_custom_fields
from .listing import bump
from .purging import (
    checkpoint_wal,
    deleted_customers,
    drop_tag_links,
    hard_delete,
    purge_customer,
    purge_deleted,
    purge_expired,
    secure_deletion,
    undo_window,
)
from .rows import check_processing_allowed, customer_row, scope_ok
from .storage import (
    TagCache,
    _rename_company_members,
    clean_of,
    fts_values,
    load,
    main_columns,
    reindex,
    write_children,
)
from .validation import MASK, SENSITIVE_FIELDS, Clean, clean_customer

# Public here: this module's own functions, and (moved to storage, custom_fields and purging) the
# names the many callers still use as ``customers.load``, ``customers.purge_customer`` and the like.
__all__ = ["CONTACT_KEYS", "PLAIN_KEYS", "TagCache", "checkpoint_wal", "clean_of", "create_customer",
           "custom_field_specs", "default_region", "define_custom_field", "delete_customer", "deleted_customers",
           "drop_tag_links", "fts_values", "get_customer", "guard_custom", "hard_delete", "list_custom_fields",
           "load", "main_columns", "mask", "purge_customer", "purge_deleted", "purge_expired", "reindex",
           "restore_customer", "secure_deletion", "undo_window", "update_customer", "write_children"]

CONTACT_KEYS = ("emails", "phones", "addresses")
PLAIN_KEYS = ("kind", "display_name", "given_name", "family_name", "company_name", "company_id", "job_title",
              "status", "owner_id", "notes", "tags", "custom")


# ----------------------------------------------------------------------------- helpers
def default_region(session: Session) -> str | None:
    """Region for phone numbers typed without +country: the vault's setting (or its country), else the locale."""
    region = phone_region(session.conn)
    if region:
        return region.upper()
    loc = (locale.getlocale()[0] or "")
    if "_" in loc:
        return loc.split("_")[1][:2].upper()
    return None


# ----------------------------------------------------------------------------- reading
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
        raise session.refuse(translate("Errors", "Your profile can only own its own records; you cannot give one to"
                                                 " someone else."), atom="scope")
    if session.conn.execute("SELECT 1 FROM users WHERE id = ?", (owner_id,)).fetchone() is None:
        raise ValidationError(translate("Errors", "owner: no such user"),
                              fields={"owner_id": translate("Errors", "no such user")})
    return owner_id


def _link_company(session: Session, c: Clean, self_id: int | None = None) -> None:
    if c.company_id is None:
        return
    if c.kind == "company" or c.company_id == self_id:
        raise ValidationError(translate("Errors", "company: a company cannot belong to a company"),
                              fields={"company_id": translate("Errors", "only a person can belong to a company")})
    row = session.conn.execute("SELECT kind, display_name, deleted_at, owner_id FROM customers WHERE id = ?",
                               (c.company_id,)).fetchone()
    if row is None or row["deleted_at"] is not None or row["kind"] != "company" or \
            not scope_ok(session, row["owner_id"]):
        raise ValidationError(translate("Errors", "company: no such company"),
                              fields={"company_id": translate("Errors", "no such company")})
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
        raise session.refuse(translate("Errors", "Your profile cannot see sensitive fields, so it cannot fill them in"
                                                 " either."), atom="sensitive.read")
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
    changes = _checked_changes(session, changes)
    _allowed_keys(session, set(changes))
    check_processing_allowed(session, customer_id, "change")
    conn = session.conn
    row = customer_row(session, customer_id)
    cid = row["id"]
    if int(row["version"]) != int(expected_version):
        raise _conflict(session, row)
    before = load(conn, cid)
    specs = custom_field_specs(conn)
    c = clean_customer(_merged_input(before, changes), region=default_region(session), custom_fields=specs)
    if "owner_id" in changes:
        c.owner_id = _check_owner(session, changes["owner_id"] or None)
    _link_company(session, c, cid)
    new = _input_of({**before, **_as_loaded(c)})
    diff = {k: {"before": merged_v, "after": new[k]} for k, merged_v in _input_of(before).items()
            if new.get(k) != merged_v}
    if not diff:
        return int(row["version"])
    with session.vault.transaction():
        _write_update(session, cid, c, specs, diff, int(expected_version))
        audit.record(session, "customer.update", entity="customer", entity_id=cid,
                     details={"changes": diff, "version": int(expected_version) + 1}, person_id=str(cid))
    return int(expected_version) + 1


def _checked_changes(session: Session, changes: dict) -> dict:
    """The changes with sensitive values gathered under "sensitive", masked placeholders sent
    back unchanged dropped; refuses unknown fields and sensitive ones the session cannot see."""
    changes = dict(changes)
    for k in SENSITIVE_FIELDS:  # sensitive values may come flat or under "sensitive"
        if k in changes:
            changes.setdefault("sensitive", {})[k] = changes.pop(k)
    unknown = set(changes) - set(PLAIN_KEYS) - set(CONTACT_KEYS) - {"sensitive"}
    if unknown:
        raise ValidationError(translate("Errors", "Unknown fields: {fields}.").format(fields=", ".join(sorted(unknown))),
                              fields={k: translate("Errors", "unknown field") for k in unknown})
    if "sensitive" in changes:
        changes["sensitive"] = {k: v for k, v in changes["sensitive"].items() if v != MASK}
        if not changes["sensitive"]:
            del changes["sensitive"]
        elif not session.can("sensitive.read"):
            raise session.refuse(translate("Errors", "Your profile cannot see sensitive fields, so it cannot change"
                                                     " them."), atom="sensitive.read")
    if "custom" in changes:
        changes["custom"] = guard_custom(session, changes["custom"], custom_field_specs(session.conn))
    return changes


def _merged_input(before: dict, changes: dict) -> dict:
    """The stored record with the changes applied, as input for clean_customer."""
    merged = _input_of(before)
    merged.update({k: v for k, v in changes.items() if k not in ("sensitive", "custom")})
    merged["sensitive"] = {**before["sensitive"], **changes.get("sensitive", {})}
    merged["custom"] = {**before["custom"], **changes.get("custom", {})}
    if "company_id" in changes and "company_name" not in changes and changes["company_id"] in (None, ""):
        merged["company_name"] = ""
    if "display_name" not in changes and ({"given_name", "family_name"} & set(changes)) and before["kind"] == "person":
        merged["display_name"] = ""  # recompute from the new names
    return merged


def _write_update(session: Session, cid: int, c: Clean, specs: dict, diff: dict, expected_version: int) -> None:
    """Inside the caller's transaction: the new main columns (only if still at ``expected_version``),
    the changed child rows, the index, and a company's new name on its members."""
    conn = session.conn
    cols = main_columns(c)
    cur = conn.execute(
        f"UPDATE customers SET {', '.join(f'{k} = ?' for k in cols)}, updated_at = ?, updated_by = ?,"
        " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
        (*cols.values(), clock.iso(), session.user_id, cid, expected_version))
    if cur.rowcount != 1:
        raise _conflict(session, conn.execute("SELECT * FROM customers WHERE id = ?", (cid,)).fetchone())
    which = tuple(k for k in ("emails", "phones", "addresses", "tags", "custom", "sensitive") if k in diff)
    write_children(conn, cid, c, TagCache(conn), {k: s["id"] for k, s in specs.items()}, which=which)
    reindex(conn, cid, c)
    if "display_name" in diff and c.kind == "company":
        _rename_company_members(conn, cid, c.display_name)


def _as_loaded(c: Clean) -> dict:
    return {"kind": c.kind, "display_name": c.display_name, "given_name": c.given_name,
            "family_name": c.family_name, "company_id": c.company_id, "company_name": c.company_name,
            "job_title": c.job_title, "status": c.status, "owner_id": c.owner_id, "notes": c.notes,
            "tags": c.tags, "custom": {k: v for k, v in c.custom.items() if v != ""},
            "emails": [{"label": lab, "value": e} for lab, e in c.emails],
            "phones": [{"label": p.label, "value": p.original} for p in c.phones],
            "addresses": [a.__dict__.copy() for a in c.addresses],
            "sensitive": {k: c.sensitive.get(k, "") for k in SENSITIVE_FIELDS}}


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
        # updated_at too: in a team book its change names the last edit this device had seen
        # (``replaced``), so a receiver tells an edit made concurrently with the delete (docs/SYNC.md)
        now = clock.iso()
        session.conn.execute("UPDATE customers SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?,"
                             " version = version + 1 WHERE id = ?", (now, session.user_id, now, session.user_id,
                                                                     row["id"]))
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
