"""The tamper-evident audit log. Services call ``record``; the hash chain lives here.

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
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hmac
import io
import json
import os
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vault import clock, crypto
from vault.backup import credentials
from vault.backup.targets import open_target
from vault.backup.verify import Catalog
from vault.db import sqlite_error, transaction
from vault.errors import AuthenticationError, CrmError, IntegrityError, UsageError
from vault.fsutil import JsonFile, check_output_path, write_output

from . import alert_rules
from .setting_keys import read_vault

GENESIS = bytes(32)
MASK = "••••"

# The actions the app records (the viewer offers them as filters; services may add more).
ACTIONS: dict[str, str] = {
    "vault.create": "Vault created",
    "signin": "Signed in",
    "signin.failed": "Failed sign-in",
    "lock": "Locked",
    "unlock": "Unlocked again after a lock",
    "recovery.unlock": "Opened with the recovery key",
    "customer.view": "Viewed a customer",
    "customer.reveal": "Revealed a sensitive field",
    "customer.search": "Searched customers",
    "customer.restore": "Restored a deleted customer",
    "customer.purge": "Erased deleted customers for good",
    "custom_field.define": "Defined a custom field",
    "customer.create": "Created a customer",
    "customer.update": "Changed a customer",
    "customer.delete": "Deleted a customer",
    "customer.import": "Imported customers",
    "customer.import_undo": "Undid an import",
    "customer.export": "Exported customers",
    "backup.run": "Backup",
    "backup.verify": "Backup verified",
    "backup.restore": "Restored a backup",
    "backup.prune": "Pruned old backups",
    "backup.credentials": "Stored backup credentials",
    "user.add": "Added a user",
    "user.disable": "Disabled a user",
    "user.enable": "Re-enabled a user",
    "user.reset_password": "Reset a password",
    "user.reset_totp": "Reset an authenticator enrolment",
    "user.set_profile": "Changed a user's profile",
    "user.password_change": "Changed own password",
    "user.totp_change": "Changed own authenticator enrolment",
    "user.recover": "Reset with the recovery key",
    "profile.create": "Created a profile",
    "profile.update": "Changed a profile",
    "profile.delete": "Deleted a profile",
    "settings.change": "Changed a setting",
    "audit.verify": "Verified the audit log",
    "audit.export": "Exported the audit log",
    "alert.acknowledge": "Acknowledged an alert",
    "permission.denied": "Refused: not allowed",
    "privacy.subject_export": "Subject access export",
    "privacy.erase": "Erased a person",
    "privacy.erase.reapplied": "Erasure re-applied after a restore",
    "privacy.consent.record": "Consent recorded",
    "privacy.consent.withdraw": "Consent withdrawn",
    "privacy.restrict": "Processing restricted",
    "privacy.unrestrict": "Restriction lifted",
    "privacy.retention.rule": "Retention rule changed",
    "privacy.retention.apply": "Retention rules applied",
    "privacy.processing_record": "Record of processing generated",
}

# Fields masked in audit views for profiles without ``sensitive.read`` (anything under a
# "sensitive" key too); holds app.records.validation.SENSITIVE_FIELDS (tests/test_architecture.py).
SENSITIVE_FIELDS = frozenset({"tax_id", "date_of_birth", "dob", "bank_account", "iban", "confidential_notes",
                              "notes_confidential", "confidential", "sensitive"})

_COLUMNS = "seq, at, user_id, username, action, entity, entity_id, person_id, details, hash"
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def canonical_json(value: Any) -> str:
    return _encode(value)


# ----------------------------------------------------------------------------- keys (cached per open vault)
_keys: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cache(vault) -> dict:
    if not vault.is_open:
        _keys.pop(vault, None)
        raise AuthenticationError("The vault is locked. Sign in again.")
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
            raise IntegrityError(f"the key of person {person_id} does not open (modified outside the app)") from None
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


# ----------------------------------------------------------------------------- append
def _hash(key: bytes, prev: bytes, fields: Iterable[Any]) -> bytes:
    return hmac.digest(key, prev + _encode(list(fields)).encode("utf-8"), "sha256")


def record(session, action: str, *, entity: str | None = None, entity_id: str | None = None,
           details: dict[str, Any] | None = None, person_id: str | None = None, conn=None) -> int:
    """Append one entry; returns its ``seq``. ``person_id``: ``details`` are sealed with that
    person's key. ``conn``: defaults to the session's connection (joins its transaction, so a
    rolled-back change leaves no entry). Security alert rules run on the new entry."""
    if getattr(session, "pending_refusals", None) and not session.conn.in_transaction:
        flush_refusals(session)  # refusals made inside a transaction that has ended: before this entry
    conn = conn or session.conn
    key = audit_key(session.vault)
    entity_id = None if entity_id is None else str(entity_id)
    person_id = None if person_id is None else str(person_id)
    user_id = session.user_id
    username = session.username
    at = clock.iso()
    with transaction(conn):
        if details is not None and person_id is not None:
            stored = canonical_json(_seal_details(session, conn, person_id, details))
        else:
            stored = None if details is None else canonical_json(details)
        head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(head[0]) + 1, bytes(head[1])) if head else (1, GENESIS)
        if getattr(session, "audit_first_seq", None) is None:
            session.audit_first_seq = seq  # this session's first entry (anchors older than it that fail: cut)
        fields = (seq, at, user_id, username, action, entity, entity_id, person_id, stored)
        conn.execute("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, person_id,"
                     " details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*fields, _hash(key, prev, fields)))
        alert_rules.on_entry(session, conn, {"seq": seq, "at": at, "user_id": user_id, "username": username,
                                        "action": action, "entity": entity, "entity_id": entity_id,
                                        "details": details or {}})
    return seq


def flush_refusals(session) -> None:
    """Write the session's pending permission refusals (``Session.refuse``) as
    ``permission.denied`` entries, each in its own small transaction. Not inside an open
    transaction (the caller's, which may roll back: they wait for the next entry or the lock),
    not when the vault is locked, never recursively; a failure to write keeps them pending and
    never hides the refusal itself."""
    pending = getattr(session, "pending_refusals", None)
    if not pending or getattr(session, "_flushing_refusals", False) or not session.is_open \
            or session.vault.conn.in_transaction:
        return
    session._flushing_refusals = True
    try:
        while pending:
            r = pending[0]
            try:
                record(session, "permission.denied", entity=r["entity"], entity_id=r["entity_id"],
                       details=r["details"])
            except (CrmError, sqlite_error):
                return
            pending.pop(0)
    finally:
        session._flushing_refusals = False


def record_reveal(session, customer_id, field: str) -> int:
    """The UI shows a sensitive value that was hidden behind "Reveal": needs ``sensitive.read``;
    records which field of which customer (not the value)."""
    session.require("sensitive.read")
    return record(session, "customer.reveal", entity="customer", entity_id=str(customer_id),
                  details={"field": str(field)})


def chain_head(conn) -> dict:
    """For the backup manifest: ``{"seq": last seq (0 if empty), "hash": hex, "entries": count}``."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if row is None:
        return {"seq": 0, "hash": GENESIS.hex(), "entries": count}
    return {"seq": int(row[0]), "hash": bytes(row[1]).hex(), "entries": count}


# ----------------------------------------------------------------------------- verify
def verify_chain(conn, key: bytes, *, after_seq: int = 0, after_hash: bytes = GENESIS,
                 batch: int = 20000) -> dict:
    """Walk the chain from the entry after ``after_seq`` (whose hash is ``after_hash``).
    Returns ``{ok, entries (checked), first_bad (seq or None), reason, head_seq, head_hash}``."""
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq", (after_seq,))
    prev = after_hash
    expected = after_seq + 1
    checked = 0
    digest, encode, same = hmac.digest, _encode, hmac.compare_digest
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            break
        for row in rows:
            if row[0] != expected:
                return _bad(expected, checked, "entry missing or out of order (sequence has a gap)", prev)
            h = digest(key, prev + encode(list(row[:9])).encode("utf-8"), "sha256")
            stored = row[9]
            if not isinstance(stored, bytes) or not same(h, stored):
                return _bad(expected, checked, "entry changed, or an entry before it removed or reordered", prev)
            prev = h
            expected += 1
            checked += 1
    return {"ok": True, "entries": checked, "first_bad": None, "reason": None, "head_seq": expected - 1,
            "head_hash": prev}


def _bad(seq: int, checked: int, reason: str, prev: bytes) -> dict:
    return {"ok": False, "entries": checked, "first_bad": seq, "reason": reason, "head_seq": seq - 1,
            "head_hash": prev}


def _checkpoint(conn) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, hash FROM audit_checkpoint WHERE id = 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS)


# ----------------------------------------------------------------------------- anchors (a cut-off tail)
# A chain that verifies can still be a prefix: whoever holds the vault key can delete the newest
# entries. Three heads the log has already shown must still be in it, unchanged: the verified
# point in the database (never lowered), the head recorded beside the vault at every lock
# (``audit-head.json``, MAC'd with a key from VK), and, on demand, the chain head in the newest
# signed backup at each backup location the vault knows. A log shorter than any of them, or with
# another entry at that place, is broken.
HEAD_FILE = "audit-head.json"
LABEL_AUDIT_HEAD = b"vaultcrm/audit-head/v1"


def _head_mac(vault, body: dict) -> str:
    return hmac.new(vault.subkey(LABEL_AUDIT_HEAD), canonical_json(body).encode(), "sha256").hexdigest()


def _read_head_file(session) -> dict | None:
    path = Path(session.vault.folder) / HEAD_FILE
    label = "the head recorded beside the vault"
    try:
        doc = JsonFile(path).read()
        if doc is None:
            return None
        body = {k: doc[k] for k in ("vault_id", "seq", "hash", "at")}
        good = hmac.compare_digest(str(doc.get("mac", "")), _head_mac(session.vault, body)) \
            and body["vault_id"] == session.vault.vault_id
        anchor = {"source": "beside", "label": label, "seq": int(body["seq"]), "hash": bytes.fromhex(body["hash"]),
                  "at": str(body["at"])}
    except (CrmError, ValueError, KeyError, TypeError, AttributeError):
        good = False
    if not good:
        return {"source": "beside", "label": label, "seq": 0, "hash": None, "at": None,
                "detail": f"not compared: {HEAD_FILE} was changed outside the app (damaged, or its MAC does not match)"}
    return anchor


def note_head(session, *, heal: bool = False) -> None:
    """Record the log's head beside the vault (at lock, after a good check). Never lowered, and
    never written over a head the log no longer holds: that file is the evidence. A file changed
    outside the app is replaced only at lock (``heal``), so the session's checks still report it.
    Never fails."""
    try:
        if not session.is_open:
            return
        conn = session.conn
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return
        old = _read_head_file(session)
        if old is not None and old["hash"] is None and not heal:
            return
        if old is not None and old["hash"] is not None:
            held = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (old["seq"],)).fetchone()
            if int(row[0]) <= old["seq"] or held is None or not hmac.compare_digest(bytes(held[0]), old["hash"]):
                return
        body = {"vault_id": session.vault.vault_id, "seq": int(row[0]), "hash": bytes(row[1]).hex(), "at": clock.iso()}
        body["mac"] = _head_mac(session.vault, body)
        JsonFile(Path(session.vault.folder) / HEAD_FILE).write(body, indent=None)
    except (CrmError, sqlite_error, OSError):
        pass  # a read-only folder: the database's verified point and the backups still anchor


def _backup_anchors(session) -> list[dict]:
    """The chain head signed into the newest backup at each location the vault knows (the
    setting and the locations it has backed up to). Needs no secret: the ``.sig`` file."""
    urls = {read_vault(session.conn, "backup.target_url") or ""}
    try:
        urls |= {r[0] for r in session.conn.execute("SELECT DISTINCT target FROM backup_history")}
    except sqlite_error:
        pass
    out = []
    vid = session.vault.vault_id
    for url in sorted(u for u in urls if u):
        try:
            target = open_target(url, secret_lookup=credentials.vault_lookup(session.conn))
            cat = Catalog(target, vault_public_key=session.vault.keyslots.signing_public_key,
                          vault_id=vid, authoritative=True)
            info = cat.newest(vid)
            if info is None:
                continue
            head = info.signed.get("audit_chain_head") or {}
            out.append({"source": "backup", "label": f"the signed backup {info.name}", "seq": int(head["seq"]),
                        "hash": bytes.fromhex(head["hash"]), "at": str(info.signed.get("created"))})
        except Exception as exc:  # noqa: BLE001 - an unreachable location is told, never fatal
            out.append({"source": "backup", "label": f"the backups at {url}", "seq": 0, "hash": None, "at": None,
                        "detail": f"not compared: {getattr(exc, 'message', '') or exc.__class__.__name__}"})
    return out


def _anchors(session, *, remote: bool) -> list[dict]:
    row = session.conn.execute("SELECT seq, hash, verified_at FROM audit_checkpoint WHERE id = 1").fetchone()
    out = []
    if row is not None:
        out.append({"source": "checkpoint", "label": "the verified point", "seq": int(row[0]),
                    "hash": bytes(row[1]), "at": row[2]})
    beside = _read_head_file(session)
    if beside is not None:
        out.append(beside)
    if remote:
        out += _backup_anchors(session)
    return out


def _when(text) -> str | None:
    try:
        return _parse_time(text, "time")
    except (UsageError, TypeError):
        return None


def _cut_point(conn, anchor: dict, first_seq: int | None) -> int:
    """Where the log stops being what the anchor saw: the first entry up to the anchor's seq
    written after the anchor was recorded (by time, or by this session), else the end."""
    points = []
    at = _when(anchor["at"])
    if at:
        row = conn.execute("SELECT min(seq) FROM audit_log WHERE seq <= ? AND at > ?", (anchor["seq"], at)).fetchone()
        if row[0] is not None:
            points.append(int(row[0]))
    if first_seq is not None and first_seq <= anchor["seq"]:
        points.append(first_seq)  # this session's entries came after any anchor that fails
    if points:
        return min(points)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
    return last + 1 if last < anchor["seq"] else anchor["seq"]


def _check_anchors(session, anchors: list[dict]) -> tuple[int, str] | None:
    """Compare each anchor with the log; returns (first_bad, reason) of the earliest cut."""
    conn = session.conn
    restore = conn.execute("SELECT seq, at FROM audit_log WHERE action = 'backup.restore'"
                           " ORDER BY seq DESC LIMIT 1").fetchone()
    first_seq = getattr(session, "audit_first_seq", None)
    cut = None
    for a in anchors:
        if a["hash"] is None or a["seq"] <= 0:
            a["ok"] = None
            continue
        at = _when(a["at"])
        if a["source"] != "checkpoint" and restore is not None and a["seq"] >= restore[0] and at and at <= restore[1]:
            a["ok"] = None  # a restore replaced the history after the restored backup, on purpose
            a["detail"] = (f"not compared: the restore at entry {restore[0]} ({restore[1]}) replaced the history"
                           f" it showed")
            continue
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (a["seq"],)).fetchone()
        if row is not None and hmac.compare_digest(bytes(row[0]), a["hash"]):
            a["ok"], a["detail"] = True, f"the log still holds entry {a['seq']}"
            continue
        point = _cut_point(conn, a, first_seq)
        what = "no longer has it" if row is None else "has another entry there"
        a["ok"] = False
        a["detail"] = (f"entries from {point} on were removed or replaced (log cut or rewritten): {a['label']}"
                       f" ({a['at']}) showed entry {a['seq']}, and the log {what}")
        if cut is None or point < cut[0]:
            cut = (point, a["detail"])
    return cut


def _merge(result: dict, cut: tuple[int, str] | None) -> dict:
    if cut is None or (not result["ok"] and result["first_bad"] <= cut[0]):
        return result
    return {**result, "ok": False, "first_bad": cut[0], "reason": cut[1]}


def _verify(session, *, full: bool, remote: bool = False) -> dict:
    conn = session.conn
    key = audit_key(session.vault)
    anchors = _anchors(session, remote=remote)
    cut = _check_anchors(session, anchors)
    cp_seq, cp_hash = (0, GENESIS) if full else _checkpoint(conn)
    if cp_seq:
        # the checkpointed entry must still be there, unchanged (recomputed from its predecessor)
        cur = conn.cursor()
        cur.row_factory = None
        row = cur.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (cp_seq,)).fetchone()
        before = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (cp_seq - 1,)).fetchone()
        prev = GENESIS if cp_seq == 1 else (bytes(before[0]) if before else b"")
        if row is None or not hmac.compare_digest(_hash(key, prev, row[:9]), cp_hash) or \
                not hmac.compare_digest(bytes(row[9]), cp_hash):
            result = {"ok": False, "entries": 0, "first_bad": cp_seq, "head_seq": cp_seq - 1, "head_hash": b"",
                      "reason": "the last verified entry was removed or changed (log truncated or rewritten)"}
            return _after_verify(session, _merge(result, cut), full, cp_seq, anchors)
    result = verify_chain(conn, key, after_seq=cp_seq, after_hash=cp_hash)
    return _after_verify(session, _merge(result, cut), full, cp_seq, anchors)


def _after_verify(session, result: dict, full: bool, from_seq: int, anchors: list[dict] = ()) -> dict:
    conn = session.conn
    if result["ok"]:  # an intact chain has no gaps: its length is the last seq (no full count)
        total = result["head_seq"]
    else:
        total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    out = {"ok": result["ok"], "entries": total, "checked": result["entries"], "first_bad": result["first_bad"],
           "reason": result["reason"], "mode": "full" if full else "incremental", "from_seq": from_seq,
           "anchors": [{"source": a["source"], "seq": a["seq"], "ok": a.get("ok"), "detail": a.get("detail", "")}
                       for a in anchors]}
    if result["ok"]:
        if result["head_seq"] > 0:
            with transaction(conn):  # the verified point only ever moves forward
                conn.execute("INSERT INTO audit_checkpoint (id, seq, hash, verified_at) VALUES (1, ?, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
                             " verified_at = excluded.verified_at WHERE excluded.seq > audit_checkpoint.seq",
                             (result["head_seq"], result["head_hash"], clock.iso()))
        note_head(session)
    else:
        bad = conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (result["first_bad"],)).fetchone()
        out["first_bad_entry"] = None if bad is None else {
            "seq": bad["seq"], "at": bad["at"], "user": bad["username"], "action": bad["action"]}
        alert_rules.chain_broken(session, out)
    return out


def verify(session, *, full: bool = True) -> dict:
    """On demand (``audit.read``): walk the chain. ``{ok, entries, first_bad, reason, …}``;
    ``first_bad`` is the seq of the first entry that is not what was written (None if intact)."""
    session.require("audit.read")
    out = _verify(session, full=full, remote=full)
    record(session, "audit.verify", details={"ok": out["ok"], "entries": out["entries"],
                                              "first_bad": out["first_bad"], "mode": out["mode"]})
    return out


def verify_since_checkpoint(session) -> dict:
    """At sign-in (no permission needed): only the entries after the last verified checkpoint."""
    return _verify(session, full=False)


# ----------------------------------------------------------------------------- sign-in hooks
def move_signin_failures(session) -> list[dict]:
    """Copy failed sign-ins (moved from the plaintext sidecar into ``signin_failures`` by the
    vault) into the audit log, once each. Returns what was moved."""
    conn = session.conn
    moved = []
    with transaction(conn):
        rows = conn.execute("SELECT f.id, f.at, f.user_id, f.reason, u.username FROM signin_failures f"
                            " LEFT JOIN users u ON u.id = f.user_id WHERE f.audited = 0 ORDER BY f.id").fetchall()
        for r in rows:
            # one reason for every failed sign-in (older vaults said whether the password or the
            # code was wrong, which tells that a password guess was right); "damaged": the
            # sidecar was found damaged and counted as one failure
            reason = "damaged" if r["reason"] == "damaged" else "refused"
            unknown = "(damaged failed-sign-in record)" if reason == "damaged" else "(unknown user name)"
            seq = _append_raw(session, conn, "signin.failed", user_id=r["user_id"],
                              username=r["username"] or unknown, entity="user",
                              entity_id=r["user_id"], details={"attempted_at": r["at"], "reason": reason})
            moved.append({"seq": seq, "user_id": r["user_id"], "username": r["username"], "at": r["at"],
                          "reason": reason})
        conn.execute("UPDATE signin_failures SET audited = 1 WHERE audited = 0")
    return moved


def _append_raw(session, conn, action, *, user_id, username, entity=None, entity_id=None, details=None) -> int:
    """An entry about someone other than the session's user (failed sign-ins)."""
    key = audit_key(session.vault)
    stored = None if details is None else canonical_json(details)
    head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(head[0]) + 1, bytes(head[1])) if head else (1, GENESIS)
    fields = (seq, clock.iso(), user_id, username, action, entity, entity_id, None, stored)
    conn.execute("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, person_id,"
                 " details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*fields, _hash(key, prev, fields)))
    return seq


def after_signin(session) -> dict:
    """Run right after a successful sign-in: move failed sign-ins in, verify the new part of the
    chain, evaluate the sign-in alert rules, and collect open alerts for administrators."""
    moved = move_signin_failures(session)
    check = verify_since_checkpoint(session)
    alert_rules.after_signin(session, moved)
    return {"failures_moved": len(moved), "audit": check}


# ----------------------------------------------------------------------------- query, export
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


def _parse_time(text: str | None, name: str) -> str | None:
    if text in (None, ""):
        return None
    try:
        t = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat(timespec="seconds")


def _where(session, *, user=None, action=None, customer=None, since=None, until=None) -> tuple[str, list]:
    clauses, params = [], []
    if user:
        row = session.conn.execute("SELECT id FROM users WHERE id = ? OR username = ?", (user, user)).fetchone()
        clauses.append("(user_id = ? OR username = ?)")
        params += [row[0] if row else user, user]
    if action:
        if action.endswith("*"):
            clauses.append("action LIKE ? ESCAPE '\\'")
            params.append(action[:-1].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        else:
            clauses.append("action = ?")
            params.append(action)
    if customer:
        clauses.append("(person_id = ? OR (entity = 'customer' AND entity_id = ?))")
        params += [str(customer), str(customer)]
    if not session.scope_all:
        # a profile limited to its own records sees entries about its own customers only
        about = "coalesce(person_id, CASE WHEN entity = 'customer' THEN entity_id END)"
        clauses.append(f"({about} IS NULL OR {about} IN (SELECT CAST(id AS TEXT) FROM customers WHERE owner_id = ?))")
        params.append(session.user_id or "")
    since, until = _parse_time(since, "since"), _parse_time(until, "until")
    if since:
        clauses.append("at >= ?")
        params.append(since)
    if until:
        clauses.append("at < ?")
        params.append(until)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _present(session, row, can_sensitive: bool, fields: frozenset[str] | None = None) -> dict:
    details = json.loads(row["details"]) if row["details"] else None
    erased = False
    if row["person_id"] and isinstance(details, dict) and "sealed" in details:
        opened = _open_details(session, row["person_id"], details)
        if opened is None:
            erased = True
            details = {k: "[erased]" for k in details.get("keys", [])}
        else:
            details = opened
    if details is not None and not can_sensitive:
        details = mask_sensitive(details, fields if fields is not None else _sensitive_fields(session.conn))
    out = {"seq": row["seq"], "at": row["at"], "user": row["username"], "user_id": row["user_id"],
           "action": row["action"], "entity": row["entity"], "entity_id": row["entity_id"],
           "person_id": row["person_id"], "details": details, "hash": bytes(row["hash"]).hex()}
    if erased:
        out["erased"] = True
    return out


def query(session, *, user: str | None = None, action: str | None = None, customer: str | None = None,
          since: str | None = None, until: str | None = None, limit: int | None = 100, offset: int = 0,
          before_seq: int | None = None, newest_first: bool = True) -> dict:
    """The viewer's query (``audit.read``). Filters: user (name or id), action (exact, or a
    prefix ending in ``*`` like ``customer.*``), customer id, time range [since, until) in ISO.
    Paging: ``limit`` (None: all)/``offset``, or ``before_seq`` (keyset, newest first). Personal values are
    decrypted when the person's key exists (``"[erased]"`` after erasure); sensitive fields are
    masked without ``sensitive.read``. Returns ``{"entries": [...], "total": n}``."""
    session.require("audit.read")
    limit = -1 if limit is None else max(0, int(limit))
    where, params = _where(session, user=user, action=action, customer=customer, since=since, until=until)
    total = session.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]
    if before_seq is not None:
        where += (" AND" if where else " WHERE") + " seq < ?"
        params = [*params, int(before_seq)]
    order = "DESC" if newest_first else "ASC"
    rows = session.conn.execute(f"SELECT {_COLUMNS} FROM audit_log{where} ORDER BY seq {order} LIMIT ? OFFSET ?",
                                (*params, limit, max(0, int(offset)))).fetchall()
    can_sensitive = session.can("sensitive.read")
    fields = None if can_sensitive else _sensitive_fields(session.conn)
    return {"entries": [_present(session, r, can_sensitive, fields) for r in rows], "total": total}


def entries_about(session, person_id: str, *, limit: int = 1000, offset: int = 0) -> list[dict]:
    """Entries about one person, oldest first, decrypted (for the subject access export). Needs
    ``privacy.manage`` or ``audit.read``. Sensitive fields are masked without ``sensitive.read``
    like in every other view: exporting a person's data does not let a profile read what it
    otherwise may not (a complete export needs a profile with both atoms)."""
    if not session.can("privacy.manage"):
        session.require("audit.read")
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE person_id = ? OR (entity = 'customer' AND entity_id = ?)"
        " ORDER BY seq LIMIT ? OFFSET ?", (str(person_id), str(person_id), int(limit), int(offset))).fetchall()
    can_sensitive = session.can("sensitive.read")
    fields = None if can_sensitive else _sensitive_fields(session.conn)
    return [_present(session, r, can_sensitive, fields) for r in rows]


def filter_choices(session) -> dict:
    """For the viewer's filter boxes: the actions present in the log (with labels) and the users."""
    session.require("audit.read")
    actions = [r[0] for r in session.conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
    people = session.conn.execute("SELECT id, username FROM users ORDER BY username COLLATE NOCASE").fetchall()
    return {"actions": [{"action": a, "label": ACTIONS.get(a, a)} for a in actions],
            "users": [{"user_id": r[0], "user": r[1]} for r in people]}


def export(session, path: str | Path, *, fmt: str = "json", force: bool = False, **filters) -> dict:
    """Write the (filtered) log to a file for an incident report; the export is itself audited.
    ``fmt``: ``json`` (a list of entries with the verification result) or ``csv``. ``path`` is
    checked first (``vault.fsutil.check_output_path``: never in a vault folder, never a device or
    folder, an existing file only with ``force``)."""
    session.require("audit.read")
    if fmt not in ("json", "csv"):
        raise UsageError("the audit log exports as json or csv")
    path = check_output_path(path, force=force, vault_folders=[session.vault.folder])
    entries = query(session, limit=None, newest_first=False, **filters)["entries"]
    check = _verify(session, full=True)
    if fmt == "json":
        data = json.dumps({"vault_id": session.vault.vault_id, "exported_at": clock.iso(),
                           "exported_by": session.username, "filters": {k: v for k, v in filters.items() if v},
                           "chain": {k: check[k] for k in ("ok", "entries", "first_bad", "reason")},
                           "entries": entries}, indent=2, ensure_ascii=False).encode("utf-8")
    else:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["seq", "at", "user", "action", "entity", "entity_id", "person_id", "details", "hash"])
        for e in entries:
            w.writerow([e["seq"], e["at"], e["user"], e["action"], e["entity"] or "", e["entity_id"] or "",
                        e["person_id"] or "", "" if e["details"] is None else json.dumps(e["details"],
                                                                                         ensure_ascii=False),
                        e["hash"]])
        data = buf.getvalue().encode("utf-8")
    path = write_output(path, data, force=force, vault_folders=[session.vault.folder])
    record(session, "audit.export", details={"rows": len(entries), "format": fmt,
                                              "filters": {k: v for k, v in filters.items() if v}})
    return {"exported": len(entries), "path": str(path), "chain_ok": check["ok"]}
