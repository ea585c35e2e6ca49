"""``keyslots.json``: per-user Argon2id key slots, the recovery slot, the signing public key.

Layout (format 1)::

    {"format": 1, "vault_id": "...", "created": "...",
     "signing_public_key": b64, "signing_key_fingerprint": "SHA256:...",
     "recovery_recipient": "age1...", "recovery_slot": b64(age ciphertext of VK),
     "slots": [{"slot_id", "user_tag", "user_id_hint", "version", "kdf": {...}, "salt", "nonce", "box"}],
     "mac": hex}

A slot box is AES-256-GCM(KEK = Argon2id(password, salt)) over the JSON of
{vault_key, totp_secret, user_id}, with ``vault_id|slot_id|v<version>`` as associated data
(``vault_id|slot_id`` for slots made before versions, which count as version 0). ``version``
counts the user's slot changes; the database keeps the newest (``credential_ledger``) and unlock
refuses an older slot, so a replayed copy of this file cannot undo a password change. While a
slot change is under way (or after one was killed) a user has two slots: the current one and
the pending newer one; sign-in uses the one whose version the database holds. Editing
``version`` breaks the box (associated data) and the MAC. ``user_tag``
lets sign-in find the one slot to try without storing the user name in plaintext (see
SECURITY.md). ``mac`` is HMAC-SHA256 with a key HKDF'd from VK over the canonical JSON of the
rest; it is checked after every unlock.
"""
from __future__ import annotations

import copy
import hashlib
import hmac
import json
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import crypto, kdf
from .errors import AuthenticationError, IntegrityError
from .fsutil import atomic_write
from .i18n import translate

FILENAME = "keyslots.json"
FORMAT = 1


def canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def normalise_username(name: str) -> str:
    return unicodedata.normalize("NFKC", name or "").strip().casefold()


def user_tag(vault_id: str, username: str) -> str:
    return hashlib.sha256(f"vaultcrm-slot-v1|{vault_id}|{normalise_username(username)}".encode()).hexdigest()


@dataclass
class SlotSecrets:
    vault_key: bytearray
    totp_secret: str
    user_id: str
    slot_version: int = 0

    def wipe(self) -> None:
        crypto.wipe(self.vault_key)


@dataclass
class KeySlots:
    vault_id: str
    created: str
    signing_public_key: str = ""
    signing_key_fingerprint: str = ""
    recovery_recipient: str = ""
    recovery_slot: str = ""
    slots: list[dict] = field(default_factory=list)
    mac: str = ""

    def copy(self) -> KeySlots:
        """A deep copy: changes are made on a copy and swapped in once saved."""
        return copy.deepcopy(self)

    # -- (de)serialisation ---------------------------------------------------------------
    def body(self) -> dict:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "created": self.created,
            "signing_public_key": self.signing_public_key,
            "signing_key_fingerprint": self.signing_key_fingerprint,
            "recovery_recipient": self.recovery_recipient,
            "recovery_slot": self.recovery_slot,
            "slots": self.slots,
        }

    def to_bytes(self) -> bytes:
        data = self.body()
        data["mac"] = self.mac
        return json.dumps(data, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("unknown format")
            slots = data["slots"]
            if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
                raise ValueError("slots")
            return cls(
                vault_id=str(data["vault_id"]),
                created=str(data["created"]),
                signing_public_key=str(data["signing_public_key"]),
                signing_key_fingerprint=str(data["signing_key_fingerprint"]),
                recovery_recipient=str(data["recovery_recipient"]),
                recovery_slot=str(data["recovery_slot"]),
                slots=slots,
                mac=str(data["mac"]),
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise IntegrityError(translate("Errors", "keyslots.json is damaged and cannot be read.")) from exc

    @classmethod
    def load(cls, folder: Path) -> KeySlots:
        path = Path(folder) / FILENAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise IntegrityError(translate("Errors", "{path} is missing: this folder is not a vault, or it is"
                                                     " incomplete.").format(path=path)) from None
        return cls.from_bytes(raw)

    def save(self, folder: Path, vault_key: bytes | bytearray) -> None:
        self.mac = self.compute_mac(vault_key)
        atomic_write(Path(folder) / FILENAME, self.to_bytes())

    # -- MAC ------------------------------------------------------------------------------
    def compute_mac(self, vault_key: bytes | bytearray) -> str:
        key = crypto.hkdf(vault_key, crypto.LABEL_KEYSLOTS_MAC)
        return crypto.hmac_sha256(key, canonical(self.body())).hex()

    def check_mac(self, vault_key: bytes | bytearray) -> None:
        if not hmac.compare_digest(self.compute_mac(vault_key), self.mac):
            raise IntegrityError(translate("Errors", "keyslots.json has been modified outside the app (its MAC does"
                                                     " not match)."))

    # -- slots ----------------------------------------------------------------------------
    def find_slot(self, username: str) -> dict | None:
        """The user's newest slot (see ``find_slots``)."""
        found = self.find_slots(username)
        return found[0] if found else None

    def find_slots(self, username: str) -> list[dict]:
        """The user's slots, newest version first: one, or two while a slot change is under way
        (or was killed) — the current slot and the pending one (``put_pending``)."""
        tag = user_tag(self.vault_id, username)
        found = [s for s in self.slots if hmac.compare_digest(str(s.get("user_tag", "")), tag)]
        return sorted(found, key=_version_or_zero, reverse=True)

    def remove_user(self, user_id: str) -> bool:
        hint = _user_id_hint(self.vault_id, user_id)
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.get("user_id_hint") != hint]
        return len(self.slots) != before

    def make_slot(self, username: str, password: bytes | bytearray, secrets: SlotSecrets,
                  params: kdf.KdfParams, version: int = 1) -> dict:
        params.check_floor()
        slot_id = uuid.uuid4().hex
        salt = kdf.new_salt()
        kek = kdf.derive(password, salt, params)
        try:
            payload = json.dumps({
                "vault_key": crypto.b64e(secrets.vault_key),
                "totp_secret": secrets.totp_secret,
                "user_id": secrets.user_id,
            }).encode()
            nonce, box = crypto.seal(kek, payload, self._aad(slot_id, version))
        finally:
            crypto.wipe(kek)
        return {
            "slot_id": slot_id,
            "version": int(version),
            "user_tag": user_tag(self.vault_id, username),
            "user_id_hint": _user_id_hint(self.vault_id, secrets.user_id),
            "kdf": params.to_json(),
            "salt": crypto.b64e(salt),
            "nonce": crypto.b64e(nonce),
            "box": crypto.b64e(box),
        }

    def put_slot(self, slot: dict) -> None:
        """Add a slot, replacing any slot of the same user."""
        self.slots = [s for s in self.slots if s.get("user_id_hint") != slot["user_id_hint"]
                      and s.get("user_tag") != slot["user_tag"]]
        self.slots.append(slot)

    def put_pending(self, slot: dict) -> None:
        """Add the new slot of a slot change *beside* the user's current one (written before the
        database commit; sign-in uses whichever slot's version the database holds). Earlier
        pending slots of the same user (as new or newer) are dropped."""
        version = _version_or_zero(slot)
        self.slots = [s for s in self.slots if not (s.get("user_id_hint") == slot["user_id_hint"]
                                                    and _version_or_zero(s) >= version)]
        self.slots.append(slot)

    def open_slot(self, slot: dict, password: bytes | bytearray) -> SlotSecrets:
        try:
            params = kdf.KdfParams.from_json(slot["kdf"])
            salt = crypto.b64d(slot["salt"])
            nonce = crypto.b64d(slot["nonce"])
            box = crypto.b64d(slot["box"])
            slot_id = str(slot["slot_id"])
            version = slot_version(slot)
        except (KeyError, ValueError, TypeError) as exc:
            raise IntegrityError(translate("Errors", "A key slot in keyslots.json is damaged.")) from exc
        kek = kdf.derive(password, salt, params)
        try:
            payload = bytearray(crypto.open_box(kek, nonce, box, self._aad(slot_id, version)))
        finally:
            crypto.wipe(kek)
        try:
            data = json.loads(payload)
            secrets = SlotSecrets(bytearray(crypto.b64d(data["vault_key"])), data["totp_secret"], data["user_id"],
                                  version)
        except (ValueError, KeyError, TypeError) as exc:
            raise IntegrityError(translate("Errors", "A key slot opened but its contents are malformed.")) from exc
        finally:
            crypto.wipe(payload)
        if len(secrets.vault_key) != crypto.KEY_LEN:
            raise IntegrityError(translate("Errors", "A key slot holds a vault key of the wrong length."))
        return secrets

    def _aad(self, slot_id: str, version: int = 0) -> bytes:
        # version 0: a slot made before versions existed (its box was sealed without one)
        return f"{self.vault_id}|{slot_id}".encode() + (f"|v{version}".encode() if version else b"")

    def slot_of(self, user_id: str) -> dict | None:
        """The user's newest slot."""
        found = self.slots_of(user_id)
        return found[0] if found else None

    def slots_of(self, user_id: str) -> list[dict]:
        """The user's slots, newest version first."""
        hint = _user_id_hint(self.vault_id, user_id)
        return sorted((s for s in self.slots if s.get("user_id_hint") == hint), key=_version_or_zero, reverse=True)


def slot_version(slot: dict) -> int:
    """The slot's version (0: made before versions). Raises ValueError if it is not a count."""
    version = slot.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValueError("slot version")
    return version


def _version_or_zero(slot: dict) -> int:
    try:
        return slot_version(slot)
    except ValueError:
        return 0


def _user_id_hint(vault_id: str, user_id: str) -> str:
    return hashlib.sha256(f"vaultcrm-uid-v1|{vault_id}|{user_id}".encode()).hexdigest()[:32]


def dummy_derive(params: kdf.KdfParams = kdf.FLOOR) -> None:
    """Spend the time of one slot opening, for unknown users (no timing oracle)."""
    kdf.derive(b"dummy", b"\0" * kdf.SALT_LEN, params)


def refuse() -> AuthenticationError:
    return AuthenticationError(translate("Errors", "Sign-in refused: wrong user name, password or code."))
