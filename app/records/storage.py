"""One customer's rows: the main columns, contact details, tags, custom and sensitive values, the
full-text index; reading them back (``load``, ``clean_of``). Internal: callers check permissions."""
from __future__ import annotations

from typing import Any

from vault.errors import NotFoundError
from vault.i18n import translate

from .fold import fold
from .validation import SENSITIVE_FIELDS, Clean


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


def load(conn, cid: int) -> dict:
    """The full record, unmasked (internal: callers mask)."""
    row = conn.execute(
        "SELECT c.*, u.display_name AS owner_name FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
        " WHERE c.id = ?", (cid,)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no customer {id}.").format(id=cid))
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


def _rename_company_members(conn, company_id: int, name: str) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM customers WHERE company_id = ?", (company_id,))]
    conn.execute("UPDATE customers SET company_name = ?, company_sort = ? WHERE company_id = ?",
                 (name, fold(name), company_id))
    for mid in ids:
        conn.execute("UPDATE customers_fts SET company = ? WHERE rowid = ?", (fold(name), mid))
