"""The revocation ledger: facts that must survive a restore of an older backup.

Each fact is small and holds no secret and no personal data (ids, counters and times):

- ``{"kind": "erasure", "customer_id", "at"}``: a person was erased (GDPR);
- ``{"kind": "credential", "user_id", "slot_version", "at"}``: the user's key slot was replaced
  (password change or reset, new authenticator, re-enabling): slots older than
  ``slot_version`` must not open the vault any more;
- ``{"kind": "user.disabled", "user_id", "slot_version", "at"}``: the account was disabled.

Per user the fact with the highest ``slot_version`` wins (a disable bumps the version too, and
so does re-enabling); at the same version ``user.disabled`` wins. Erasures are a union.

Where the ledger lives (each copy is authenticated, so a forged fact is refused; a deleted copy
only removes one of several sources):

- in the encrypted database: ``erasure_ledger`` and ``credential_ledger`` (the source of truth);
- in ``erasure-ledger.json`` beside the vault (HMAC with a key from the vault key);
- in every backup manifest (inside the encrypted, signed archive);
- as ``<vault id>.crmledger`` at every backup location, signed with the vault's Ed25519 key
  (anyone with the pinned public key can check it), merged and rewritten at every backup.

A restore gathers all of them, merges them and re-applies what the restored database lacks
(``app.ledger``).
"""
from __future__ import annotations

import base64
import contextlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from . import clock, crypto
from .crypto import canonical, fingerprint
from .errors import CrmError, IntegrityError, StorageError
from .fsutil import JsonFile
from .i18n import translate

LEDGER_FILE = "erasure-ledger.json"
LABEL_LEDGER = b"vaultcrm/erasure-ledger/v1"
OBJECT_SUFFIX = ".crmledger"
KIND_OBJECT = "vaultcrm-revocation-ledger"
DOMAIN_OBJECT = b"vaultcrm-revocation-ledger-v1\n"
USER_KINDS = {"credential": "active", "user.disabled": "disabled"}


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class UserFact:
    version: int
    status: str  # active | disabled
    at: str

    def rank(self) -> tuple[int, int]:
        return (self.version, 1 if self.status == "disabled" else 0)


class Facts:
    def __init__(self) -> None:
        self.erasures: dict[int, str] = {}
        self.users: dict[str, UserFact] = {}

    def add_erasure(self, customer_id: int, at: str) -> None:
        cid = int(customer_id)
        if cid not in self.erasures or str(at) < self.erasures[cid]:
            self.erasures[cid] = str(at)

    def add_user(self, user_id: str, version: int, status: str, at: str) -> None:
        fact = UserFact(int(version), status, str(at))
        old = self.users.get(user_id)
        if old is None or fact.rank() > old.rank():
            self.users[str(user_id)] = fact

    def merge(self, other: Facts | None) -> Facts:
        if other is not None:
            for cid, at in other.erasures.items():
                self.add_erasure(cid, at)
            for uid, f in other.users.items():
                self.add_user(uid, f.version, f.status, f.at)
        return self

    def __len__(self) -> int:
        return len(self.erasures) + len(self.users)

    def to_list(self) -> list[dict]:
        out: list[dict] = [{"kind": "erasure", "customer_id": cid, "at": at} for cid, at in sorted(self.erasures.items())]
        kinds = {v: k for k, v in USER_KINDS.items()}
        out += [{"kind": kinds[f.status], "user_id": uid, "slot_version": f.version, "at": f.at}
                for uid, f in sorted(self.users.items())]
        return out

    @classmethod
    def from_list(cls, items) -> Facts:
        """Facts from a manifest or a ledger object; raises ValueError if malformed. Unknown kinds
        (from a newer app) are skipped."""
        facts = cls()
        if not isinstance(items, list):
            raise ValueError("ledger facts")
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("at"), str):
                raise ValueError("ledger fact")
            kind = item.get("kind")
            if kind == "erasure":
                if not isinstance(item.get("customer_id"), int) or isinstance(item["customer_id"], bool):
                    raise ValueError("erasure fact")
                facts.add_erasure(item["customer_id"], item["at"])
            elif kind in USER_KINDS:
                v = item.get("slot_version")
                if not isinstance(item.get("user_id"), str) or not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    raise ValueError("user fact")
                facts.add_user(item["user_id"], v, USER_KINDS[kind], item["at"])
        return facts

    def counts(self) -> dict:
        return {"erasures": len(self.erasures),
                "disabled_users": sum(1 for f in self.users.values() if f.status == "disabled"),
                "credentials": sum(1 for f in self.users.values() if f.status == "active")}


# ----------------------------------------------------------------------------- the database
def collect(conn) -> Facts:
    """The ledger as the database holds it."""
    facts = Facts()
    for cid, at in conn.execute("SELECT customer_id, min(erased_at) FROM erasure_ledger GROUP BY customer_id"):
        facts.add_erasure(cid, at)
    for uid, version, status, at in conn.execute("SELECT user_id, slot_version, status, at FROM credential_ledger"):
        facts.add_user(uid, version, status, at)
    for uid, at in conn.execute("SELECT id, COALESCE(password_changed_at, created_at) FROM users"
                                " WHERE status = 'disabled'"):
        facts.add_user(uid, 0, "disabled", at)  # disabled without a ledger row: outranks an active version 0
    return facts


def user_fact(conn, user_id: str) -> UserFact:
    """The database's newest fact for one user (version 0, its status, when it has no row)."""
    row = conn.execute("SELECT slot_version, status, at FROM credential_ledger WHERE user_id = ?", (user_id,)).fetchone()
    if row is not None:
        return UserFact(int(row[0]), row[1], row[2])
    u = conn.execute("SELECT status FROM users WHERE id = ?", (user_id,)).fetchone()
    return UserFact(0, u[0] if u else "active", "")


def bump(conn, user_id: str, status: str, at: str | None = None) -> int:
    """Inside the caller's transaction: the user's slot version goes up by one (a new slot, or
    none for a disabled account); returns the new version."""
    version = user_fact(conn, user_id).version + 1
    put_user(conn, user_id, version, status, at or clock.iso())
    return version


def put_user(conn, user_id: str, version: int, status: str, at: str) -> None:
    conn.execute("INSERT INTO credential_ledger (user_id, slot_version, status, at) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT(user_id) DO UPDATE SET slot_version = excluded.slot_version,"
                 " status = excluded.status, at = excluded.at", (user_id, int(version), status, at))


# ----------------------------------------------------------------------------- the file beside the vault
def _file_key(vault_key) -> bytes:
    return crypto.hkdf(vault_key, LABEL_LEDGER)


def read_file(folder: Path, vault_key, vault_id: str) -> Facts:
    """``erasure-ledger.json`` (empty when missing); IntegrityError when damaged or forged."""
    path = Path(folder) / LEDGER_FILE
    try:
        data = JsonFile(path).read()
    except StorageError as exc:  # unreadable: as damaged (the caller tells and heals)
        raise IntegrityError(_damaged(path)) from exc
    if data is None:
        return Facts()
    try:
        body = {"vault_id": data["vault_id"], "entries": data["entries"]}
        if "users" in data:  # files written before user facts existed have no such key
            body["users"] = data["users"]
        mac = data["mac"]
    except (KeyError, TypeError) as exc:
        raise IntegrityError(_damaged(path)) from exc
    want = crypto.hmac_sha256(_file_key(vault_key), _canonical(body)).hex()
    if not hmac.compare_digest(want, str(mac)) or body["vault_id"] != vault_id:
        raise IntegrityError(translate("Errors", "{path} was modified outside the app (its MAC does not match)."
                                       ).format(path=path))
    facts = Facts()
    try:
        for e in body["entries"]:
            facts.add_erasure(int(e["customer_id"]), str(e["erased_at"]))
        for u in body.get("users", []):
            facts.add_user(str(u["user_id"]), int(u["slot_version"]), str(u["status"]), str(u["at"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise IntegrityError(_damaged(path)) from exc
    return facts


def _damaged(path: Path) -> str:
    return translate("Errors", "{path} is damaged.").format(path=path)


def write_file(folder: Path, vault_key, vault_id: str, facts: Facts) -> None:
    body = {"vault_id": vault_id,
            "entries": [{"customer_id": cid, "erased_at": at} for cid, at in sorted(facts.erasures.items())],
            "users": [{"user_id": uid, "slot_version": f.version, "status": f.status, "at": f.at}
                      for uid, f in sorted(facts.users.items())]}
    mac = crypto.hmac_sha256(_file_key(vault_key), _canonical(body)).hex()
    JsonFile(Path(folder) / LEDGER_FILE).write({**body, "mac": mac}, indent=1)


def sync_file(conn, folder: Path, vault_key, vault_id: str, *, keep_damaged: bool = False) -> Facts:
    """Write the database's ledger merged with the file's (facts the database lacks, e.g. just
    after restoring an old copy by hand, are kept). A damaged file is replaced, or left alone
    with ``keep_damaged`` (for investigation). Returns the merged facts."""
    facts = collect(conn)
    try:
        facts.merge(read_file(folder, vault_key, vault_id))
    except IntegrityError:
        if keep_damaged:
            return facts
    write_file(folder, vault_key, vault_id, facts)
    return facts


def required_versions(conn, folder: Path, vault_key, vault_id: str) -> dict[str, UserFact]:
    """Per user, the newest fact from the database and the file beside it (a damaged file is
    ignored here: the database still holds its own record)."""
    facts = collect(conn)
    with contextlib.suppress(IntegrityError):
        facts.merge(read_file(folder, vault_key, vault_id))
    return facts.users


# ----------------------------------------------------------------------------- the signed object at a location
def object_name(vault_id: str) -> str:
    return f"{vault_id}{OBJECT_SUFFIX}"


def sign_object(facts: Facts, vault_id: str, signing_key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    signed = {"vault_id": vault_id, "created": clock.iso(), "facts": facts.to_list()}
    raw = signing_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    doc = {"format": 1, "kind": KIND_OBJECT, "signed": signed, "public_key": base64.b64encode(raw).decode(),
           "fingerprint": fingerprint(raw),
           "signature": base64.b64encode(signing_key.sign(DOMAIN_OBJECT + canonical(signed))).decode()}
    return json.dumps(doc, indent=1, sort_keys=True).encode() + b"\n"


def parse_object(raw: bytes, vault_id: str, public_key_b64: str) -> Facts:
    """Check the object's signature against the pinned key; IntegrityError if anything is off."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != 1 or doc.get("kind") != KIND_OBJECT:
            raise ValueError("kind")
        signed = doc["signed"]
        if doc["public_key"] != public_key_b64:
            raise IntegrityError(translate("Errors", "The ledger at the backup location is signed by another key;"
                                                     " ignored."))
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64)).verify(
            base64.b64decode(doc["signature"]), DOMAIN_OBJECT + canonical(signed))
        if signed.get("vault_id") != vault_id:
            raise ValueError("vault id")
        return Facts.from_list(signed["facts"])
    except IntegrityError:
        raise
    except InvalidSignature:
        raise IntegrityError(translate("Errors", "The ledger at the backup location does not match its signature;"
                                                 " ignored.")) from None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IntegrityError(translate("Errors", "The ledger at the backup location is damaged ({reason})."
                                       ).format(reason=exc)) from None


def read_object(target, vault_id: str, public_key_b64: str) -> Facts | None:
    """The signed ledger at ``target`` (None when there is none); IntegrityError when forged."""
    name = object_name(vault_id)
    if name not in {e["name"] for e in target.ls()}:
        return None
    return parse_object(target.get_bytes(name, limit=64 << 20), vault_id, public_key_b64)


def publish_object(target, vault_id: str, facts: Facts, signing_key, public_key_b64: str) -> Facts:
    """Merge ``facts`` with the object already at ``target`` (when its signature is good) and
    write it back atomically (temp name + rename, or one PUT). Returns what was written."""
    merged = Facts().merge(facts)
    with contextlib.suppress(CrmError):
        merged.merge(read_object(target, vault_id, public_key_b64))
    target.put_bytes(object_name(vault_id), sign_object(merged, vault_id, signing_key), replace=True)
    return merged
