"""Sub-keys of the open vault (cached per vault) and each person's own key for sealed details."""
from __future__ import annotations

import base64
import json
import os
import weakref

from vault import clock, crypto
from vault.errors import AuthenticationError, IntegrityError
from vault.i18n import translate

from .chain import canonical_json

_keys: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cache(vault) -> dict:
    if not vault.is_open:
        _keys.pop(vault, None)
        raise AuthenticationError(translate("Errors", "The vault is locked. Sign in again."))
    entry = _keys.get(vault)
    if entry is None:
        entry = {"audit": vault.subkey(crypto.LABEL_AUDIT_CHAIN), "wrap": vault.subkey(crypto.LABEL_PERSON_KEYS),
                 "persons": {}}
        _keys[vault] = entry
    return entry


def audit_key(vault) -> bytes:
    return _cache(vault)["audit"]


def forget_keys(vault) -> None:
    """Drop cached sub-keys (at lock)."""
    _keys.pop(vault, None)


def _person_aad(person_id: str) -> bytes:
    return b"vaultcrm/person-key/" + str(person_id).encode()


def person_key(session, person_id: str, *, create: bool = False, conn=None) -> bytes | None:
    """The person's key (None if there is none, e.g. after erasure, and ``create`` is False)."""
    cache = _cache(session.vault)
    person_id = str(person_id)
    if person_id in cache["persons"]:
        return cache["persons"][person_id]
    conn = conn or session.conn
    row = conn.execute("SELECT nonce, wrapped FROM person_keys WHERE person_id = ?", (person_id,)).fetchone()
    if row is not None:
        try:
            key = crypto.open_box(cache["wrap"], bytes(row[0]), bytes(row[1]), _person_aad(person_id))
        except AuthenticationError:
            raise IntegrityError(translate("Errors", "The key of person {id} does not open (modified outside the"
                                                     " app).").format(id=person_id)) from None
    elif create:
        key = os.urandom(32)
        nonce, wrapped = crypto.seal(cache["wrap"], key, _person_aad(person_id))
        conn.execute("INSERT INTO person_keys (person_id, nonce, wrapped, created_at) VALUES (?, ?, ?, ?)",
                     (person_id, nonce, wrapped, clock.iso()))
    else:
        return None
    cache["persons"][person_id] = key
    return key


def shred_person_key(session, person_id: str, *, conn=None) -> bool:
    """Erasure: delete the person's key so their sealed audit values can never be read again.
    Returns whether a key existed. The caller checks ``privacy.manage`` and records the erasure."""
    conn = conn or session.conn
    person_id = str(person_id)
    _cache(session.vault)["persons"].pop(person_id, None)
    # every connection has secure_delete on (vault.db.connect): the freed key bytes are zeroed
    cur = conn.execute("DELETE FROM person_keys WHERE person_id = ?", (person_id,))
    return cur.rowcount > 0


def _seal_details(session, conn, person_id: str, details: dict) -> dict:
    key = person_key(session, person_id, create=True, conn=conn)
    nonce, ct = crypto.seal(key, canonical_json(details).encode(), _person_aad(person_id))
    return {"keys": sorted(details), "sealed": base64.b64encode(nonce + ct).decode("ascii")}


def _open_details(session, person_id: str, stored: dict) -> dict | None:
    key = person_key(session, person_id)
    if key is None:
        return None
    raw = base64.b64decode(stored["sealed"])
    try:
        return json.loads(crypto.open_box(key, raw[:12], raw[12:], _person_aad(person_id)))
    except (AuthenticationError, ValueError):
        return None
