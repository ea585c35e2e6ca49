"""Create, unlock and lock a vault folder: the one name the app uses for these.

A vault is a folder holding ``vault.db`` (SQLCipher 4, raw 32-byte key), ``keyslots.json``,
``vault.lock`` and the sign-in sidecar. See docs/SECURITY.md for the key hierarchy.

The work is done by one module per concern, re-exported here for the app and the tests:
``creation`` (a new vault), ``opened`` (an unlocked vault), ``user_slots`` (users and their
key slots), ``slot_versions`` (the credential ledger a slot is checked against) and ``signin``
(unlocking with a password and code, or with the recovery key).
"""
from __future__ import annotations

from .creation import Creation, create_vault, fingerprint, kdf_json
from .opened import OpenVault, SignInReport, vault_kdf_params
from .signin import StaleSlotError, unlock, unlock_with_recovery_key
from .slot_versions import bump_slot_version, reconcile_slots, stale_slot_users, sync_ledger_file
from .user_slots import (
    RECOVERY_CODE_COUNT,
    Enrolment,
    add_user,
    new_recovery_codes,
    new_recovery_codes_for,
    normalise_password,
    remove_user_slot,
    rewrap_user_slot,
    verify_password,
)

__all__ = [
    "RECOVERY_CODE_COUNT", "Creation", "Enrolment", "OpenVault", "SignInReport", "StaleSlotError", "add_user",
    "bump_slot_version", "create_vault", "fingerprint", "kdf_json", "new_recovery_codes", "new_recovery_codes_for",
    "normalise_password", "reconcile_slots", "remove_user_slot", "rewrap_user_slot", "stale_slot_users",
    "sync_ledger_file", "unlock", "unlock_with_recovery_key", "vault_kdf_params", "verify_password",
]
