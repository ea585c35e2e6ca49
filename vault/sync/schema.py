"""Which tables and columns sync (``docs/SYNC.md``, "Data model"), declared once: the capture
triggers (``vault/sync/triggers.py``), the canonical dump and the merge read this.

Every synced row has a ``uid``. ``fields`` are the columns a change can carry; a column in
``refs`` holds a local integer id and travels as the uid of the row it points to (the user
columns need no translation: ``users.id`` is a UUID and a user's uid equals it). ``local`` are
the columns that never leave the device (local keys, optimistic-concurrency counters, password,
TOTP and sign-in state). A test checks that every column of a synced table is in exactly one
of ``key``/``fields``/``local``, so a new column must be classified before it ships.

``natural`` (SQL over ``NEW``) gives rows a name-based uid every device computes alike, where a
natural key identifies the row (a setting's key, a tag's folded name, a customer's tag link);
otherwise a new row's uid is a fresh UUIDv7.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: the pseudo-field of a row's existence: set on create, tombstone on delete, erase on erasure
ROW = "*"


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]                 # the local primary key (finds the row in the uid trigger)
    fields: tuple[str, ...]              # synced columns, in declaration order
    local: tuple[str, ...] = ()          # never synced
    refs: dict[str, str] = field(default_factory=dict)   # column -> table of the local id it holds
    natural: str | None = None           # SQL text over NEW: the natural key of a name-based uid
    uid_is: str | None = None            # SQL text over NEW: the uid itself (users: their id)
    fill: dict[str, str] = field(default_factory=dict)   # column -> SQL over NEW, set with the uid
    when: str | None = None              # SQL condition over NEW/OLD rows: capture only these rows
    quiet: tuple[str, ...] = ()          # bookkeeping fields: concurrent edits never make a conflict
    derived: tuple[str, ...] = ()        # fields computed from others (sort keys, list columns)

    @property
    def uid_sql(self) -> str:
        """The SQL giving a new row's uid (inside a trigger, over NEW)."""
        if self.uid_is:
            return self.uid_is
        natural = self.natural or "NULL"
        return f"sync_uid('{self.name}', {natural})"

    def ref_sql(self, column: str, row: str = "NEW") -> str:
        """The SQL giving the value a change carries for ``column`` of ``row``."""
        target = self.refs.get(column)
        if target is None:
            return f"{row}.{column}"
        return f"(SELECT uid FROM {target} WHERE id = {row}.{column})"


_STAMPS = ("created_at", "created_by", "updated_at", "updated_by")

TABLES: tuple[Table, ...] = (
    Table("profiles", ("id",), ("name", "scope", "permissions", "builtin", "description"),
          natural="CASE WHEN NEW.builtin THEN NEW.name END"),
    Table("users", ("id",), ("username", "display_name", "profile_id", "status", "created_at"),
          local=("must_change_password", "totp_secret", "totp_last_step", "last_signin_at", "password_changed_at"),
          refs={"profile_id": "profiles"}, uid_is="NEW.id"),
    Table("settings", ("key",), ("key", "value", "updated_at", "updated_by"), natural="NEW.key",
          when="NEW.key NOT LIKE 'backup.%' AND NEW.key NOT LIKE 'retention.%'",
          quiet=("updated_at", "updated_by")),
    Table("customers", ("id",),
          ("kind", "display_name", "sort_name", "given_name", "family_name", "company_id", "company_name",
           "company_sort", "job_title", "status", "owner_id", "notes", "email", "phone", "city", "city_sort",
           "last_contact_at", *_STAMPS, "deleted_at", "deleted_by", "merged_into", "erased_at"),
          local=("import_id", "version"), refs={"company_id": "customers", "merged_into": "customers"},
          quiet=("updated_at", "updated_by"),
          derived=("sort_name", "company_sort", "email", "phone", "city", "city_sort", "last_contact_at")),
    Table("customer_emails", ("id",), ("customer_id", "position", "label", "email", "email_norm"),
          refs={"customer_id": "customers"}, derived=("email_norm",)),
    Table("customer_phones", ("id",), ("customer_id", "position", "label", "original", "e164", "phone_norm"),
          refs={"customer_id": "customers"}, derived=("e164", "phone_norm")),
    Table("customer_addresses", ("id",),
          ("customer_id", "position", "label", "street", "postcode", "city", "region", "country"),
          refs={"customer_id": "customers"}),
    Table("tags", ("id",), ("name",), natural="lower(NEW.name)"),
    Table("customer_tags", ("customer_id", "tag_id"), ("customer_id", "tag_id"),
          refs={"customer_id": "customers", "tag_id": "tags"},
          natural="(SELECT uid FROM customers WHERE id = NEW.customer_id) || '/' ||"
                  " (SELECT uid FROM tags WHERE id = NEW.tag_id)"),
    Table("custom_fields", ("id",), ("key", "label", "type", "choices", "sensitive", "position"),
          natural="NEW.key"),
    Table("customer_custom_values", ("customer_id", "field_id"), ("customer_id", "field_id", "value"),
          refs={"customer_id": "customers", "field_id": "custom_fields"},
          natural="(SELECT uid FROM customers WHERE id = NEW.customer_id) || '/' ||"
                  " (SELECT uid FROM custom_fields WHERE id = NEW.field_id)"),
    Table("customer_sensitive", ("customer_id",),
          ("customer_id", "tax_id", "date_of_birth", "bank_account", "confidential_notes"),
          refs={"customer_id": "customers"}, natural="(SELECT uid FROM customers WHERE id = NEW.customer_id)"),
    Table("deals", ("id",),
          ("customer_id", "title", "amount_minor", "currency", "stage", "expected_close", "closed_at", "owner_id",
           "notes", *_STAMPS),
          local=("version",), refs={"customer_id": "customers"}, quiet=("updated_at", "updated_by")),
    Table("deal_items", ("id",), ("deal_id", "position", "product", "quantity", "unit_price_minor"),
          refs={"deal_id": "deals"}),
    Table("interactions", ("id",),
          ("customer_id", "deal_id", "kind", "occurred_at", "user_id", "summary", "created_at", "created_by"),
          refs={"customer_id": "customers", "deal_id": "deals"}),
    Table("purchase_preferences", ("id",), ("customer_id", "category", "preference", "notes", "created_at"),
          refs={"customer_id": "customers"}),
    Table("consents", ("id",),
          ("customer_id", "purpose", "lawful_basis", "source", "given_at", "recorded_by", "withdrawn_at",
           "withdrawn_by"),
          refs={"customer_id": "customers"}),
    Table("restrictions", ("customer_id",), ("customer_id", "reason", "since", "by_user"),
          refs={"customer_id": "customers"}, natural="(SELECT uid FROM customers WHERE id = NEW.customer_id)"),
    Table("erasure_ledger", ("id",), ("customer_uid", "erased_at", "erased_by", "reason"),
          local=("customer_id", "reapplied"),
          fill={"customer_uid": "(SELECT uid FROM customers WHERE id = NEW.customer_id)"}),
    Table("tasks", ("id",),
          ("title", "due_date", "due_time", "remind_at", "owner_id", "customer_id", "deal_id", "priority", "notes",
           "repeat", "done_at", "done_by", *_STAMPS),
          local=("version",), refs={"customer_id": "customers", "deal_id": "deals"},
          quiet=("remind_at", "updated_at", "updated_by")),
    # attachments (migration 0011): metadata, and the content as base64 text chunks (a BLOB cannot
    # travel as a JSON change value; docs/SYNC.md, "Attachments")
    Table("attachments", ("id",),
          ("customer_id", "deal_id", "name", "media_type", "size", "sha256", "chunks", "created_at", "created_by"),
          refs={"customer_id": "customers", "deal_id": "deals"}),
    Table("attachment_chunks", ("id",), ("attachment_id", "position", "data"), refs={"attachment_id": "attachments"}),
)

BY_NAME = {t.name: t for t in TABLES}
