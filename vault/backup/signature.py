"""The ``.crmbak.sig`` file and the pinned signer keys.

Layout (format 1)::

    {"format": 1, "kind": "vaultcrm-backup-signature",
     "signed": {"archive", "sha256", "size", "created", "vault_id", "user", "app_version",
                "schema_version", "rows", "audit_chain_head", "sequence", "previous"},
     "public_key": b64 Ed25519, "fingerprint": "SHA256:…", "signature": b64}

``signature`` is Ed25519 over ``DOMAIN + canonical(signed)``. ``previous`` is the
``sig_hash`` (SHA-256 of the canonical signed part) of the previous backup of this vault to the
same target, and ``sequence`` counts them, so a deleted or replaced archive shows as a gap.

Which public key is trusted (the *pin*), in this order: the key in the vault's
``keyslots.json`` when a vault folder is given, or the key whose fingerprint the user typed
from the recovery sheet (``--signer-fingerprint``); else the key pinned on this machine for that
vault id (``backup-signers.json`` in the user's config folder, written whenever this machine makes
or checks a backup against the vault); else, trust on first use: the key named in the newest
signature for that vault id is pinned, and the check says so. A signature by any other key is
refused.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..crypto import canonical, fingerprint
from ..errors import CrmError, IntegrityError
from ..fsutil import JsonFile
from ..i18n import translate
from ..paths import config_dir

DOMAIN = b"vaultcrm-backup-signature-v1\n"
DOMAIN_PRUNED = b"vaultcrm-backup-pruned-v1\n"
SIG_FORMAT = 1


def sig_hash(signed: dict) -> str:
    return hashlib.sha256(canonical(signed)).hexdigest()


KIND_SIG = "vaultcrm-backup-signature"
KIND_PRUNED = "vaultcrm-backup-pruned"  # tombstone: the archive was removed by retention, on purpose


def sign(signed: dict, key: Ed25519PrivateKey, kind: str = KIND_SIG) -> bytes:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    doc = {
        "format": SIG_FORMAT,
        "kind": kind,
        "signed": signed,
        "public_key": base64.b64encode(raw).decode(),
        "fingerprint": fingerprint(raw),
        "signature": base64.b64encode(key.sign((DOMAIN if kind == KIND_SIG else DOMAIN_PRUNED)
                                                + canonical(signed))).decode(),
    }
    return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def parse(raw: bytes, kind: str = KIND_SIG) -> dict:
    """Parse a signature file (no trust decision yet). Raises IntegrityError."""
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != SIG_FORMAT or doc.get("kind") != kind:
            raise ValueError("not a backup signature")
        signed = doc["signed"]
        fields = (("archive", str), ("sha256", str), ("size", int), ("vault_id", str), ("sequence", int),
                  ("created", str)) if kind == KIND_SIG else (("archive", str), ("sig_hash", str),
                                                             ("vault_id", str))
        for k, t in fields:
            if not isinstance(signed.get(k), t):
                raise ValueError(k)
        base64.b64decode(doc["public_key"], validate=True)
        base64.b64decode(doc["signature"], validate=True)
        return doc
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise IntegrityError(translate("Errors", "The signature file is damaged ({reason}).").format(
            reason=exc)) from None


def check(doc: dict, pinned_public_b64: str) -> None:
    """Signature valid AND made by the pinned key; else IntegrityError."""
    if doc["public_key"] != pinned_public_b64:
        raise IntegrityError(translate("Errors", "Signed by a key that is not this vault's signing key"
                                                 " ({fingerprint}); refused.").format(
            fingerprint=doc.get("fingerprint")))
    try:
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(pinned_public_b64))
        domain = DOMAIN if doc.get("kind", KIND_SIG) == KIND_SIG else DOMAIN_PRUNED
        pub.verify(base64.b64decode(doc["signature"]), domain + canonical(doc["signed"]))
    except (InvalidSignature, ValueError):
        raise IntegrityError(translate("Errors", "The signature does not match the backup's description; refused."
                                       )) from None


# ----------------------------------------------------------------------------- pins
class SignerPins:
    """``backup-signers.json``: vault id → pinned Ed25519 public key (public data only)."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "backup-signers.json"
        self.file = JsonFile(self.path, what="the pinned backup signers")

    def _load(self) -> dict:
        try:
            return self.file.read_dict()
        except CrmError:  # damaged or unreadable: as if nothing was pinned (the vault's own key re-pins)
            return {}

    def get(self, vault_id: str) -> dict | None:
        entry = self._load().get(vault_id)
        return entry if isinstance(entry, dict) and isinstance(entry.get("public_key"), str) else None

    def pin(self, vault_id: str, public_key_b64: str, how: str, *, replace: bool = False) -> None:
        data = self._load()
        if vault_id in data and data[vault_id].get("public_key") == public_key_b64:
            return
        if vault_id in data and not replace:
            raise IntegrityError(translate("Errors", "Vault {vault_id} is already pinned to another signing key;"
                                                     " refused.").format(vault_id=vault_id))
        data[vault_id] = {"public_key": public_key_b64,
                          "fingerprint": fingerprint(base64.b64decode(public_key_b64)), "how": how}
        self.file.write(data, sort_keys=True, make_folder=True)


def resolve_pin(vault_id: str, *, vault_public_key: str | None = None, pins: SignerPins | None = None,
                first_use_key: str | None = None, how: str | None = None,
                authoritative: bool = False) -> tuple[str | None, str]:
    """Return (public key b64, how it is trusted) for ``vault_id``; (None, reason) if none.
    ``authoritative``: ``vault_public_key`` comes from an unlocked vault (MAC-checked key slots),
    so it replaces a conflicting pin; a key read from a folder without a secret does not."""
    pins = pins or SignerPins()
    how = how or translate("Backups", "the vault's keyslots.json")
    entry = pins.get(vault_id)
    if vault_public_key:
        if entry and entry["public_key"] != vault_public_key and authoritative:
            with contextlib.suppress(Exception):
                pins.pin(vault_id, vault_public_key, "vault", replace=True)
            return vault_public_key, how
        if entry and entry["public_key"] != vault_public_key:
            raise IntegrityError(translate("Errors", "This machine pinned another signing key for this vault;"
                                                     " refused."))
        with contextlib.suppress(Exception):
            pins.pin(vault_id, vault_public_key, "vault")
        return vault_public_key, how
    if entry:
        return entry["public_key"], translate("Backups", "pinned on this machine ({fingerprint})").format(
            fingerprint=entry["fingerprint"])
    if first_use_key:
        with contextlib.suppress(Exception):
            pins.pin(vault_id, first_use_key, "first-use")
        fp = fingerprint(base64.b64decode(first_use_key))
        return first_use_key, translate("Backups", "trusted on first use ({fingerprint}): compare it with the"
                                                   " fingerprint on the recovery sheet").format(fingerprint=fp)
    return None, translate("Backups", "no pinned key")
