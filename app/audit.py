"""Audit log entry point. Services call ``record``; the hash chain lives in this module.

(Foundation stub: the permissions/audit issue replaces the body with the hash-chained log.)
"""
from __future__ import annotations

from typing import Any


def record(session, action: str, *, entity: str | None = None, entity_id: str | None = None,
           details: dict[str, Any] | None = None, person_id: str | None = None, conn=None) -> None:
    """Append one entry. ``person_id``: personal values in ``details`` are encrypted with that
    person's key. ``conn``: defaults to the session's connection (joins its transaction)."""
    return None
