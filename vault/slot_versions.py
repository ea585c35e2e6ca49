"""Slot versions: the credential ledger a key slot is checked against at unlock, and keeping
``keyslots.json`` consistent with the users the database says are active."""
from __future__ import annotations

import contextlib

from . import clock, ledger
from .db import dbapi2
from .errors import IntegrityError, StorageError
from .keyslots import _user_id_hint, slot_version
from .opened import OpenVault


def bump_slot_version(conn: dbapi2.Connection, user_id: str, status: str) -> int:
    """Inside the caller's transaction (e.g. disabling a user): every slot the user had is now
    older than the ledger's version for them, so no copy of one opens the vault again."""
    return ledger.bump(conn, user_id, status, clock.iso())


def has_ledger(conn: dbapi2.Connection) -> bool:
    """The schema has the credential ledger (migration 7); older schemas exist only in tests."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'credential_ledger'"
                        ).fetchone() is not None


def sync_ledger_file(vault: OpenVault) -> None:
    """Mirror the database's revocation ledger into the file beside the vault (best effort: the
    database stays the record, and the next change writes the file again)."""
    if not has_ledger(vault.conn):
        return
    with contextlib.suppress(StorageError, OSError, IntegrityError):
        ledger.sync_file(vault.conn, vault.folder, vault.vault_key(), vault.vault_id)


def stale_slot_users(vault: OpenVault) -> list[str]:
    """Users with a slot in ``keyslots.json`` older than the ledger (database and the file
    beside it) knows: a replayed older copy of the file, or the old slot a slot change killed
    after its database commit left beside the new one."""
    if not has_ledger(vault.conn):
        return []
    facts = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id)
    return [uid for uid, fact in facts.items()
            if any(_version(slot) < fact.version for slot in vault.keyslots.slots_of(uid))]


def reconcile_slots(vault: OpenVault) -> int:
    """Remove slots of users who are not active in the database (a crash between a database
    commit and the slots file write), slots older than the ledger's version for their user
    (listed in ``vault.report.stale_slots_removed``) and slots newer than it (the pending slot of
    a change whose database commit never happened). Returns how many were removed."""
    stale = stale_slot_users(vault)
    facts = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id) \
        if has_ledger(vault.conn) else {}
    wanted = {_user_id_hint(vault.vault_id, r[0]): facts[r[0]].version if r[0] in facts else None
              for r in vault.conn.execute("SELECT id FROM users WHERE status = 'active'")}
    slots = vault.keyslots.copy()
    before = len(slots.slots)
    slots.slots = [s for s in slots.slots if s.get("user_id_hint") in wanted
                   and wanted[s.get("user_id_hint")] in (None, _version(s))]
    removed = before - len(slots.slots)
    vault.report.stale_slots_removed = sorted(stale)
    if removed:
        with contextlib.suppress(StorageError):  # a read-only folder: try again next time
            slots.save(vault.folder, vault.vault_key())
            vault.keyslots = slots
    return removed


def _version(slot: dict) -> int:
    """The slot's version; -1 (older than any) if it is not a count."""
    try:
        return slot_version(slot)
    except ValueError:
        return -1
