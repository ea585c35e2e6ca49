"""Masking sensitive values in audit views."""
from __future__ import annotations

from typing import Any

from vault.db import sqlite_error

MASK = "••••"

# Fields masked in audit views for profiles without ``sensitive.read`` (anything under a
# "sensitive" key too); holds app.records.validation.SENSITIVE_FIELDS (tests/test_architecture.py).
SENSITIVE_FIELDS = frozenset({"tax_id", "date_of_birth", "dob", "bank_account", "iban", "confidential_notes",
                              "notes_confidential", "confidential", "sensitive"})


def _sensitive_fields(conn=None) -> frozenset[str]:
    """The built-in list (which holds the records' ``validation.SENSITIVE_FIELDS``: a test checks)
    and custom fields marked sensitive."""
    extra: set[str] = set()
    if conn is not None:
        try:
            extra |= {r[0] for r in conn.execute("SELECT key FROM custom_fields WHERE sensitive != 0")}
        except sqlite_error:  # no custom_fields table in this schema
            pass
    return SENSITIVE_FIELDS | frozenset(extra)


def mask_sensitive(value: Any, fields: frozenset[str] | None = None) -> Any:
    """Replace the values of sensitive fields (at any depth; also ``{"field": name, …}`` records)."""
    fields = _sensitive_fields() if fields is None else fields
    if isinstance(value, dict):
        if value.get("field") in fields:
            return {k: (v if k == "field" else MASK) for k, v in value.items()}
        return {k: (MASK if k in fields and v not in (None, "") else mask_sensitive(v, fields))
                for k, v in value.items()}
    if isinstance(value, list):
        return [mask_sensitive(v, fields) for v in value]
    return value
