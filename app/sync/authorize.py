"""Which permission an incoming change needs (``docs/SYNC.md``, "Permissions of the author").

A receiving device checks every change against the author device's profile in the roster version
in force at the change's stamp: a Support laptop running a modified client cannot change deals,
grant itself a profile or erase a customer. The map follows the services' own ``require`` calls
(``app/records``, ``app/privacy.py``, ``app/users.py``, ``app/profiles.py``, settings); any one of
a change's atoms suffices.
"""
from __future__ import annotations

from vault.sync.schema import ROW

RECORDS = ("customers.create", "customers.update", "customers.import")
CONTACTS = (*RECORDS, "contacts.update")
DELETE = ("customers.delete",)
PRIVACY = ("privacy.manage",)

#: table -> atoms for any change of it (customers are finer: ``_customers``)
TABLES: dict[str, tuple[str, ...]] = {
    "profiles": ("profiles.manage", "users.manage"),
    "users": ("users.manage",),
    "settings": ("settings.manage",),
    "customer_emails": CONTACTS,
    "customer_phones": CONTACTS,
    "customer_addresses": CONTACTS,
    "tags": RECORDS,
    "customer_tags": RECORDS,
    "custom_fields": ("settings.manage",),
    "customer_custom_values": RECORDS,
    "customer_sensitive": RECORDS,
    "deals": ("deals.write",),
    "deal_items": ("deals.write",),
    "interactions": ("interactions.write",),
    "purchase_preferences": ("customers.update",),
    "consents": PRIVACY,
    "restrictions": PRIVACY,
    "erasure_ledger": PRIVACY,
    "tasks": ("interactions.write",),
    "attachments": ("customers.update", "deals.write"),
    "attachment_chunks": ("customers.update", "deals.write"),
}

_CONTACT_COLUMNS = {"email", "phone", "city", "city_sort"}
_DELETE_COLUMNS = {"deleted_at", "deleted_by", "merged_into"}
_QUIET = {"updated_at", "updated_by"}


def _customers(field: str, op: str) -> tuple[str, ...]:
    if op == "erase" or field == "erased_at":
        return PRIVACY
    if field == ROW:
        return DELETE + PRIVACY if op == "delete" else RECORDS
    if field in _DELETE_COLUMNS:
        return DELETE + PRIVACY
    if field == "last_contact_at":
        return (*RECORDS, "interactions.write")
    if field in _CONTACT_COLUMNS or field in _QUIET:
        return (*CONTACTS, "interactions.write", *DELETE, *PRIVACY)
    return RECORDS + PRIVACY


def atoms(table: str, field: str, op: str) -> tuple[str, ...]:
    """The atoms of which the author needs one for this change."""
    if table == "customers":
        return _customers(field, op)
    base = TABLES.get(table, ())
    if op == "delete" and (table.startswith("customer_") or table in ("tasks", "attachments", "attachment_chunks")):
        # a purge or an erasure removes a customer's rows with it
        return base + DELETE + PRIVACY
    if table in ("deals", "interactions", "deal_items", "purchase_preferences", "consents", "restrictions") \
            and field in ("title", "notes", "summary", "source", "reason"):
        return base + PRIVACY  # an erasure blanks these texts
    return base


def allowed(entry, table: str, field: str, op: str) -> bool:
    """Whether the roster ``entry`` (``vault.sync.roster.Device``) may make this change."""
    if entry is None:
        return False
    return any(entry.may(a) for a in atoms(table, field, op))
