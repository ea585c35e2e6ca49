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
    """Users whose slot in ``keyslots.json`` is older than the ledger (database and the file
    beside it) knows: a replayed older copy of the file, or a crash between the database commit
    and the file write of a slot change."""
    if not has_ledger(vault.conn):
        return []
    facts = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id)
    stale = []
    for uid, fact in facts.items():
        slot = vault.keyslots.slot_of(uid)
        if slot is None:
            continue
        try:
            if slot_version(slot) < fact.version:
                stale.append(uid)
        except ValueError:
            stale.append(uid)
    return stale


def reconcile_slots(vault: OpenVault) -> int:
    """Remove slots of users who are not active in the database (a crash between a database
    commit and the slots file write), and slots older than the ledger's version for their user
    (listed in ``vault.report.stale_slots_removed``). Returns how many were removed."""
    stale = set(stale_slot_users(vault))
    active = {_user_id_hint(vault.vault_id, r[0])
              for r in vault.conn.execute("SELECT id FROM users WHERE status = 'active'") if r[0] not in stale}
    slots = vault.keyslots.copy()
    before = len(slots.slots)
    slots.slots = [s for s in slots.slots if s.get("user_id_hint") in active]
    removed = before - len(slots.slots)
    vault.report.stale_slots_removed = sorted(stale)
    if removed:
        with contextlib.suppress(StorageError):  # a read-only folder: try again next time
            slots.save(vault.folder, vault.vault_key())
            vault.keyslots = slots
    return removed

