"""Small wrappers over ``cryptography``: AEAD boxes, HKDF sub-keys, HMAC, wiping.

Nothing here is a cipher of our own: AES-256-GCM, HKDF-SHA256 and HMAC-SHA256 all come from
the ``cryptography`` package.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import AuthenticationError
from .i18n import translate

KEY_LEN = 32
NONCE_LEN = 12

# HKDF labels: one per purpose, never reused.
LABEL_KEYSLOTS_MAC = b"vaultcrm/keyslots-mac/v1"
LABEL_AUDIT_CHAIN = b"vaultcrm/audit-chain/v1"
LABEL_RECOVERY_CODES = b"vaultcrm/recovery-codes/v1"
LABEL_PERSON_KEYS = b"vaultcrm/person-key-wrap/v1"


def random_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_LEN))


def hkdf(key: bytes | bytearray, label: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label).derive(bytes(key))


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def seal(key: bytes | bytearray, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM encrypt; returns (nonce, ciphertext-with-tag)."""
    nonce = os.urandom(NONCE_LEN)
    return nonce, AESGCM(bytes(key)).encrypt(nonce, plaintext, aad)


def open_box(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise AuthenticationError(translate("Errors", "The key slot did not open.")) from None


def wipe(buf: bytearray | None) -> None:
    """Overwrite a mutable buffer in place (immutable copies cannot be wiped; see SECURITY.md)."""
    if buf is None:
        return
    for i in range(len(buf)):
        buf[i] = 0


def b64e(data: bytes) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(data: dict) -> bytes:
    """The bytes signed or MAC'd for a JSON document: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(public_raw: bytes) -> str:
    """A public key's fingerprint as shown to people (``SHA256:`` + base64, OpenSSH style)."""
    return "SHA256:" + base64.b64encode(hashlib.sha256(public_raw).digest()).decode().rstrip("=")
