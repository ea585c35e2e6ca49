"""The signed roster chain: which devices belong to a book, with whose keys and rights.

A roster *version* is a canonical JSON document (``vault.crypto.canonical``)::

    {"format": 1, "book": <book id>, "version": n, "previous": <sha256 hex of version n-1's bytes,
     or null for the genesis>, "made_at": <hlc stamp>, "signer": <device id>,
     "devices": [<device entry>, … sorted by device id]}

    device entry: {"device": id, "user": {"uid": id, "name": text},
                   "profile": {"name": text, "permissions": [atom, … sorted] or ["*"]},
                   "age": "age1…" (X25519 recipient), "ed25519": base64 of the 32-byte public key,
                   "added": {"at": stamp, "by": device id},
                   "revoked": null or {"at": stamp, "by": device id, "after_seq": n or null}}

stored as ``roster/<n>.json``, and its signature as ``roster/<n>.json.sig``: canonical JSON
``{"format": 1, "book", "version", "signer", "sig"}`` where ``sig`` is the base64 Ed25519 signature
of ``ROSTER_DOMAIN || sha256(version bytes)``. ``verify_chain`` accepts a chain only when every
version is signed by a non-revoked device whose user held ``users.manage`` in the PREVIOUS version
(the genesis: by a device of its own with that right), versions run 1, 2, 3 … without a gap, each
names the hash of the one before, device keys never change, a revocation is never undone, and the
genesis's fingerprint is the one the device pinned when it joined.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..crypto import canonical, fingerprint
from ..errors import IntegrityError
from ..i18n import translate
from .layout import is_number, is_stamp, is_uuid

FORMAT = 1
ROSTER_DOMAIN = b"vaultcrm/sync-roster/v1\x00"
MANAGE = "users.manage"
MAX_ROSTER_BYTES = 4 << 20


class RosterRefused(IntegrityError):
    """The roster chain on the location failed a check; ``reason`` is a short code."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message, reason=reason, **details)
        self.reason = reason


@dataclass(frozen=True)
class Device:
    """One device entry of a roster version (the JSON entry, checked)."""

    entry: dict

    @property
    def id(self) -> str:
        return self.entry["device"]

    @property
    def user_uid(self) -> str:
        return self.entry["user"]["uid"]

    @property
    def age_recipient(self) -> str:
        return self.entry["age"]

    @property
    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.entry["ed25519"]))

    @property
    def revoked(self) -> dict | None:
        return self.entry["revoked"]

    @property
    def active(self) -> bool:
        return self.entry["revoked"] is None

    def may(self, atom: str) -> bool:
        perms = self.entry["profile"]["permissions"]
        return "*" in perms or atom in perms

    def revoked_for(self, seq: int, hlc_max: str | None = None) -> bool:
        """Whether a segment of this device with ``seq`` (and latest stamp ``hlc_max``) comes
        after its revocation: a seq past ``after_seq``, or any stamp at or after ``at``."""
        r = self.entry["revoked"]
        if r is None:
            return False
        if r.get("after_seq") is not None and seq > r["after_seq"]:
            return True
        return hlc_max is not None and hlc_max >= r["at"]


@dataclass(frozen=True)
class Roster:
    """One verified roster version: its document, its exact bytes and its devices."""

    doc: dict
    raw: bytes

    @property
    def book(self) -> str:
        return self.doc["book"]

    @property
    def version(self) -> int:
        return self.doc["version"]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    def devices(self) -> list[Device]:
        return [Device(e) for e in self.doc["devices"]]

    def device(self, device_id: str) -> Device | None:
        for e in self.doc["devices"]:
            if e["device"] == device_id:
                return Device(e)
        return None

    def active(self) -> list[Device]:
        return [d for d in self.devices() if d.active]

    def recipients(self) -> list[str]:
        """The age recipients a new segment is encrypted to: every non-revoked device."""
        return [d.age_recipient for d in self.active()]


# ----------------------------------------------------------------------------- making versions
def device_entry(*, device: str, user_uid: str, user_name: str, profile: str, permissions: list[str],
                 age_recipient: str, public_key: Ed25519PublicKey, added_at: str, added_by: str) -> dict:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    entry = {"device": device, "user": {"uid": user_uid, "name": user_name},
             "profile": {"name": profile, "permissions": sorted(set(permissions))},
             "age": age_recipient, "ed25519": base64.b64encode(raw).decode("ascii"),
             "added": {"at": added_at, "by": added_by}, "revoked": None}
    _check_entry(entry)
    return entry


def revoke_entry(entry: dict, *, at: str, by: str, after_seq: int | None = None) -> dict:
    """A copy of ``entry`` revoked at ``at`` by ``by``; ``after_seq``: the device's last segment
    still accepted (None: only the time decides)."""
    return {**entry, "revoked": {"at": at, "by": by, "after_seq": after_seq}}


def genesis(book: str, first: dict, made_at: str) -> dict:
    """Version 1: the first administrator's device, which signs it."""
    return {"format": FORMAT, "book": book, "version": 1, "previous": None, "made_at": made_at,
            "signer": first["device"], "devices": [first]}


def successor(previous: Roster, devices: list[dict], made_at: str, signer: str) -> dict:
    return {"format": FORMAT, "book": previous.book, "version": previous.version + 1,
            "previous": previous.digest, "made_at": made_at, "signer": signer,
            "devices": sorted(devices, key=lambda e: e["device"])}


def sign_version(doc: dict, key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    """(``<n>.json`` bytes, ``<n>.json.sig`` bytes) of a version, signed by ``doc["signer"]``'s key."""
    doc = {**doc, "devices": sorted(doc["devices"], key=lambda e: e["device"])}
    raw = canonical(doc)
    sig = key.sign(ROSTER_DOMAIN + hashlib.sha256(raw).digest())
    sig_doc = {"format": FORMAT, "book": doc["book"], "version": doc["version"], "signer": doc["signer"],
               "sig": base64.b64encode(sig).decode("ascii")}
    return raw, canonical(sig_doc)


def genesis_fingerprint(raw_genesis: bytes) -> str:
    """What the invitation prints and the joining device pins: ``SHA256:`` + base64 of the
    genesis version's sha256 (the format of the recovery sheet's signing-key fingerprint)."""
    return fingerprint(raw_genesis)


# ----------------------------------------------------------------------------- checking
def _refuse(reason: str, message: str, version: int | None = None) -> RosterRefused:
    return RosterRefused(message, reason, version=version)


def _bad_version(n) -> RosterRefused:
    return _refuse("malformed", translate("Errors", "Roster version {version} on the sync location is malformed;"
                                                    " refused.").format(version=n), n)


def _check_entry(e: object) -> None:
    ok = (isinstance(e, dict) and set(e) == {"device", "user", "profile", "age", "ed25519", "added", "revoked"}
          and is_uuid(e["device"]) and isinstance(e["user"], dict) and set(e["user"]) == {"uid", "name"}
          and is_uuid(e["user"]["uid"]) and isinstance(e["user"]["name"], str)
          and isinstance(e["profile"], dict) and set(e["profile"]) == {"name", "permissions"}
          and isinstance(e["profile"]["name"], str) and isinstance(e["profile"]["permissions"], list)
          and all(isinstance(p, str) for p in e["profile"]["permissions"])
          and isinstance(e["age"], str) and isinstance(e["ed25519"], str)
          and isinstance(e["added"], dict) and set(e["added"]) == {"at", "by"}
          and is_stamp(e["added"]["at"]) and is_uuid(e["added"]["by"]) and _revocation_ok(e["revoked"]))
    if not ok:
        raise ValueError("malformed device entry")
    try:
        pyrage.x25519.Recipient.from_str(e["age"])
        if len(base64.b64decode(e["ed25519"], validate=True)) != 32:
            raise ValueError("bad key length")
    except (pyrage.RecipientError, binascii.Error) as exc:
        raise ValueError("malformed key") from exc


def _revocation_ok(r: object) -> bool:
    return r is None or (isinstance(r, dict) and set(r) == {"at", "by", "after_seq"} and is_stamp(r["at"])
                         and is_uuid(r["by"]) and (r["after_seq"] is None or type(r["after_seq"]) is int))


def parse_version(raw: bytes, expected: int, book: str) -> dict:
    """A version's document, refused unless it is canonical, well formed, of ``book`` and numbered
    ``expected``."""
    try:
        if len(raw) > MAX_ROSTER_BYTES:
            raise ValueError("too large")
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or canonical(doc) != raw:
            raise ValueError("not canonical")
        ok = (set(doc) == {"format", "book", "version", "previous", "made_at", "signer", "devices"}
              and doc["format"] == FORMAT and is_number(doc["version"]) and is_stamp(doc["made_at"])
              and is_uuid(doc["signer"]) and isinstance(doc["devices"], list) and doc["devices"])
        if not ok:
            raise ValueError("bad fields")
        for e in doc["devices"]:
            _check_entry(e)
        ids = [e["device"] for e in doc["devices"]]
        if ids != sorted(set(ids)):
            raise ValueError("devices not sorted or repeated")
    except (ValueError, UnicodeDecodeError, TypeError, KeyError):
        raise _bad_version(expected) from None
    if doc["book"] != book:
        raise _refuse("book", translate("Errors", "Roster version {version} belongs to another book; refused."
                                        ).format(version=expected), expected)
    if doc["version"] != expected:
        raise _refuse("gap", translate("Errors", "The roster chain skips from version {previous} to {version};"
                                                 " refused.").format(previous=expected - 1, version=doc["version"]),
                      expected)
    return doc


def _check_signature(raw: bytes, sig_raw: bytes, doc: dict, signer: Device | None) -> None:
    n = doc["version"]
    try:
        sig_doc = json.loads(sig_raw.decode("utf-8"))
        ok = (isinstance(sig_doc, dict) and canonical(sig_doc) == sig_raw
              and sig_doc.get("book") == doc["book"] and sig_doc.get("version") == n
              and sig_doc.get("signer") == doc["signer"] and sig_doc.get("format") == FORMAT)
        sig = base64.b64decode(str(sig_doc.get("sig")), validate=True) if ok else b""
    except (ValueError, UnicodeDecodeError, binascii.Error):
        ok, sig = False, b""
    if signer is None or not signer.active or not signer.may(MANAGE):
        raise _refuse("signer", translate("Errors", "Roster version {version} is signed by a device that could not"
                                                    " manage users at the time; refused.").format(version=n), n)
    try:
        if not ok:
            raise InvalidSignature
        signer.public_key.verify(sig, ROSTER_DOMAIN + hashlib.sha256(raw).digest())
    except InvalidSignature:
        raise _refuse("signature", translate("Errors", "The signature of roster version {version} does not"
                                                       " verify; refused.").format(version=n), n) from None


def _check_continuity(prev: Roster, doc: dict) -> None:
    n = doc["version"]
    if doc["previous"] != prev.digest:
        raise _refuse("fork", translate("Errors", "Roster version {version} does not follow version {previous};"
                                                  " refused.").format(version=n, previous=n - 1), n)
    now = {e["device"]: e for e in doc["devices"]}
    for old in prev.doc["devices"]:
        new = now.get(old["device"])
        if new is None or new["age"] != old["age"] or new["ed25519"] != old["ed25519"] or \
                (old["revoked"] is not None and new["revoked"] != old["revoked"]):
            raise _refuse("rewrite", translate("Errors", "Roster version {version} drops a device, changes its keys"
                                                         " or undoes a revocation; refused.").format(version=n), n)


def verify_chain(versions: list[tuple[bytes, bytes]], pinned_fingerprint: str, book: str) -> list[Roster]:
    """Check the whole chain (``[(json bytes, sig bytes)]`` for versions 1, 2, … in order) and
    return every version, verified. Raises ``RosterRefused`` at the first version that fails."""
    if not versions:
        raise _refuse("missing", translate("Errors", "The sync location holds no roster; refused."))
    out: list[Roster] = []
    for i, (raw, sig_raw) in enumerate(versions, start=1):
        doc = parse_version(raw, i, book)
        if i == 1:
            if doc["previous"] is not None or genesis_fingerprint(raw) != pinned_fingerprint:
                raise _refuse("genesis", translate("Errors", "The roster's first version is not the one this device"
                                                             " joined (its fingerprint differs); refused."), 1)
            signer = Roster(doc, raw).device(doc["signer"])
        else:
            _check_continuity(out[-1], doc)
            signer = out[-1].device(doc["signer"])
        _check_signature(raw, sig_raw, doc, signer)
        out.append(Roster(doc, raw))
    return out
