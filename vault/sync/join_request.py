"""Join requests and invitation codes (``docs/SYNC.md``, "Devices"): the mechanics, no vault.

A device that is not on the roster yet asks to join by publishing ``requests/<device-id>.json``
(``layout.request_path``), canonical JSON of exactly these keys::

    {"format": 1, "kind": "join" | "rejoin", "book", "device", "user": {"uid", "name"},
     "age": "age1…", "ed25519": base64 of the raw public key, "invitation": id or null,
     "former": [device ids this vault had before: a restored vault], "made_at": ISO time,
     "sig": base64 Ed25519 by the requesting device's own key,
     "mac": base64 HMAC-SHA256 with the invitation's code key, or null (no invitation)}

Both ``sig`` and ``mac`` cover ``DOMAIN || SHA-256(canonical body)``, the body being the document
without ``sig`` and ``mac``: the signature proves the device holds the key it asks the roster to
trust; the MAC proves the requester knew the one-time code of the invitation (the invitation
file alone does not hold it). The code is 8 characters of Crockford base32 (40 bits, shown as
``ABCD-EFGH``); its key is scrypt(code, salt || invitation id) (n = 2^14, r = 8): a stolen file
plus a request seen on the location leave an offline search of 2^40 scrypt runs.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..crypto import canonical, fingerprint
from ..errors import IntegrityError, UsageError
from ..i18n import translate
from .layout import is_uuid

FORMAT = 1
SIG_DOMAIN = b"vaultcrm/sync-join/v1\x00"
MAC_DOMAIN = b"vaultcrm/sync-join-mac/v1\x00"
KINDS = ("join", "rejoin")
MAX_REQUEST_BYTES = 16 << 10
_KEYS = {"format", "kind", "book", "device", "user", "age", "ed25519", "invitation", "former", "made_at", "sig",
         "mac"}
# Crockford's base32: no I, L, O, U (typed as 1, 1, 0 and refused)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8


class RequestRefused(IntegrityError):
    """A join request failed a check; ``reason`` is a short code (``malformed``, ``book``, ``moved``,
    ``signature``, ``code``, …)."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message, reason=reason, **details)
        self.reason = reason


# ----------------------------------------------------------------------------- the one-time code
def new_code() -> str:
    """A fresh one-time code, grouped for reading aloud: ``ABCD-EFGH``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str:
    """The code as typed (any case, spaces or dashes, O for 0, I or L for 1) → its 8 characters."""
    s = "".join(str(text or "").split()).replace("-", "").upper().translate(str.maketrans("OIL", "011"))
    if len(s) != CODE_LENGTH or any(ch not in ALPHABET for ch in s):
        raise UsageError(translate("Errors", "The invitation code is 8 letters and digits, like ABCD-EFGH."))
    return s


def code_key(code: str, salt: bytes, invitation: str) -> bytes:
    """The MAC key of an invitation: scrypt over the normalised code."""
    kdf = Scrypt(salt=salt + invitation.encode("ascii"), length=32, n=2**14, r=8, p=1)
    return kdf.derive(normalise_code(code).encode("ascii"))


# ----------------------------------------------------------------------------- making a request
def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def _digest(body: dict) -> bytes:
    return hashlib.sha256(canonical(body)).digest()


def make(*, kind: str, book: str, device: str, user_uid: str, user_name: str, age_recipient: str,
         key: Ed25519PrivateKey, invitation: str | None, mac_key: bytes | None, made_at: str,
         former: list[str] | None = None) -> bytes:
    """The bytes of a request, signed by ``key`` (the requesting device's) and MAC'd with
    ``mac_key`` (the invitation's code key; None without an invitation)."""
    body = {"format": FORMAT, "kind": kind, "book": book, "device": device,
            "user": {"uid": user_uid, "name": user_name}, "age": age_recipient,
            "ed25519": public_key_text(key.public_key()), "invitation": invitation,
            "former": list(former or []), "made_at": made_at}
    digest = _digest(body)
    mac = None if mac_key is None else base64.b64encode(hmac.new(mac_key, MAC_DOMAIN + digest, "sha256").digest())
    doc = {**body, "sig": base64.b64encode(key.sign(SIG_DOMAIN + digest)).decode(),
           "mac": None if mac is None else mac.decode()}
    parse(canonical(doc), book, device)  # never publish what a reader would refuse
    return canonical(doc)


# ----------------------------------------------------------------------------- reading one
@dataclass(frozen=True)
class Request:
    doc: dict
    raw: bytes

    @property
    def device(self) -> str:
        return self.doc["device"]

    @property
    def user_uid(self) -> str:
        return self.doc["user"]["uid"]

    @property
    def user_name(self) -> str:
        return self.doc["user"]["name"]

    @property
    def invitation(self) -> str | None:
        return self.doc["invitation"]

    @property
    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.doc["ed25519"]))

    @property
    def body(self) -> dict:
        return {k: v for k, v in self.doc.items() if k not in ("sig", "mac")}

    @property
    def fingerprint(self) -> str:
        """What an administrator compares with the requesting laptop's screen before approving a
        request without an invitation: a fingerprint of its device id and both public keys."""
        return fingerprint(canonical({"age": self.doc["age"], "device": self.device, "ed25519": self.doc["ed25519"]}))

    def verify_signature(self) -> None:
        try:
            self.public_key.verify(base64.b64decode(self.doc["sig"], validate=True), SIG_DOMAIN + _digest(self.body))
        except (InvalidSignature, binascii.Error, ValueError):
            raise RequestRefused(translate("Errors", "The join request of device {device} is not signed by the key"
                                                     " it names; refused.").format(device=self.device),
                                 "signature") from None

    def verify_mac(self, mac_key: bytes) -> None:
        want = hmac.new(mac_key, MAC_DOMAIN + _digest(self.body), "sha256").digest()
        try:
            got = base64.b64decode(self.doc["mac"] or "", validate=True)
        except (binascii.Error, ValueError):
            got = b""
        if not hmac.compare_digest(want, got):
            raise RequestRefused(translate("Errors", "The join request of device {device} was not made with the"
                                                     " invitation's one-time code (a wrong code, or a request edited"
                                                     " on the location); refused.").format(device=self.device),
                                 "code")


def _well_formed(doc: object) -> bool:
    return (isinstance(doc, dict) and set(doc) == _KEYS and doc["format"] == FORMAT and doc["kind"] in KINDS
            and is_uuid(doc["book"]) and is_uuid(doc["device"]) and isinstance(doc["user"], dict)
            and set(doc["user"]) == {"uid", "name"} and is_uuid(doc["user"]["uid"])
            and isinstance(doc["user"]["name"], str) and 0 < len(doc["user"]["name"]) <= 64
            and isinstance(doc["age"], str) and isinstance(doc["ed25519"], str) and isinstance(doc["sig"], str)
            and (doc["invitation"] is None or is_uuid(doc["invitation"]))
            and (doc["mac"] is None or isinstance(doc["mac"], str)) and (doc["mac"] is None) == (doc["invitation"] is None)
            and isinstance(doc["former"], list) and all(is_uuid(f) for f in doc["former"])
            and isinstance(doc["made_at"], str) and len(doc["made_at"]) <= 40)


def parse(raw: bytes, book: str, device: str) -> Request:
    """A request read from ``requests/<device>.json`` of ``book``: refused unless canonical, of
    exactly the format's keys and types, with valid keys, of this book and of the device its
    name says. The signature and the MAC are checked by the caller (``verify_*``)."""
    try:
        if len(raw) > MAX_REQUEST_BYTES:
            raise ValueError("too large")
        doc = json.loads(raw.decode("utf-8"))
        if not _well_formed(doc) or canonical(doc) != raw:
            raise ValueError("not the format")
        pyrage.x25519.Recipient.from_str(doc["age"])
        if len(base64.b64decode(doc["ed25519"], validate=True)) != 32:
            raise ValueError("bad key")
    except (ValueError, UnicodeDecodeError, TypeError, binascii.Error, pyrage.RecipientError):
        raise RequestRefused(translate("Errors", "The join request of device {device} is malformed; refused."
                                       ).format(device=device), "malformed") from None
    if doc["book"] != book:
        raise RequestRefused(translate("Errors", "The join request of device {device} is for another book; refused."
                                       ).format(device=device), "book")
    if doc["device"] != device:
        raise RequestRefused(translate("Errors", "The join request found as {device} names another device;"
                                                 " refused.").format(device=device), "moved")
    return Request(doc, raw)
