"""The tamper-evident audit log. Services call ``record``; the package re-exports its public names.

Each entry is a row of ``audit_log`` (migration 0003)::

    hash(n) = HMAC-SHA256(audit_key, hash(n-1) || canonical(entry n))
    canonical(entry) = compact JSON of [seq, at, user_id, username, action, entity, entity_id,
                                        person_id, details]
    audit_key = HKDF-SHA256(VK, "vaultcrm/audit-chain/v1"), hash(0) = 32 zero bytes

``seq`` is in the hashed data, so removing, inserting or reordering entries breaks the chain at
the first entry out of place; ``verify`` names it. Sign-in verifies only the entries after the
last verified checkpoint (``audit_checkpoint``); ``verify(full=True)`` walks everything.

Personal values: when ``person_id`` is given, ``details`` are sealed (AES-256-GCM) with that
person's own random key (``person_keys``, wrapped with HKDF(VK, LABEL_PERSON_KEYS)); the stored
details keep only the names of their keys. ``shred_person_key`` (erasure) deletes the key: the
chain still verifies and the values can no longer be read.

Honest limit: anyone holding the vault key (any user's password opens it) can recompute the
whole chain. The chain shows edits made without it (or by a careless tool), and the chain head
in every signed backup manifest (``chain_head``) pins history up to that backup.

Modules: ``chain`` (canonical entries, the HMAC chain, walking it), ``keys`` (sub-keys, person
keys, sealed details), ``log`` (appending), ``anchors`` (heads already shown: the checkpoint, the
head beside the vault, signed backups), ``verification``, ``signin`` (sign-in hooks),
``actions``, ``filters``, ``masking``, ``query`` (the viewer) and ``export``.
"""
from __future__ import annotations

from .actions import ACTIONS
from .anchors import HEAD_FILE, LABEL_AUDIT_HEAD, note_head
from .chain import GENESIS, canonical_json, chain_head, verify_chain
from .export import export
from .keys import audit_key, forget_keys, person_key, shred_person_key
from .log import flush_refusals, record, record_reveal
from .masking import MASK, SENSITIVE_FIELDS, mask_sensitive
from .query import entries_about, filter_choices, query
from .signin import after_signin, move_signin_failures
from .verification import verify, verify_since_checkpoint

__all__ = ["ACTIONS", "GENESIS", "HEAD_FILE", "LABEL_AUDIT_HEAD", "MASK", "SENSITIVE_FIELDS", "after_signin",
           "audit_key", "canonical_json", "chain_head", "entries_about", "export", "filter_choices",
           "flush_refusals", "forget_keys", "mask_sensitive", "move_signin_failures", "note_head", "person_key",
           "query", "record", "record_reveal", "shred_person_key", "verify", "verify_chain",
           "verify_since_checkpoint"]
