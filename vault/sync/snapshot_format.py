"""The snapshot format: the whole book at a cut, compressed, age-encrypted to the book's active
devices and signed by the device that made it (``docs/SYNC.md``, "Snapshots").

A ``snapshots/<hlc>-<device>.snap`` file is, like a segment (``segment.py``) but with its own magic
and signing domain::

    b"vaultcrm-snapshot 1\\n"
    canonical JSON {"book": id, "device": id, "hlc": stamp, "sig": base64} + b"\\n"   (the envelope)
    age ciphertext (binary age v1, X25519 recipients) to the end of the file

``sig`` is Ed25519 over ``SNAPSHOT_DOMAIN || book (36 ASCII) || device (36 ASCII) || hlc (55 ASCII)
|| sha256(ciphertext)``. The plaintext is zlib of::

    canonical JSON header + b"\\n"   {"format": 1, "book", "device", "hlc", "schema",
                                     "covers": {device id: highest seq included, …}, "count"}
    one canonical JSON change + b"\\n" per field of every row (``count`` lines)

A change line has the segment's keys; ``hlc`` and ``device`` are those of the version the field
holds (its author, not the snapshot's maker), ``replaced`` is null and ``op`` is ``set``.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..crypto import canonical
from ..errors import IntegrityError
from ..i18n import translate
from .layout import is_number, is_stamp, is_uuid
from .roster import Roster
from .segment import CHANGE_KEYS, MAX_CIPHERTEXT, MAX_ENVELOPE, MAX_PLAIN, SegmentRefused

FORMAT = 1
MAGIC = b"vaultcrm-snapshot 1\n"
SNAPSHOT_DOMAIN = b"vaultcrm/sync-snapshot/v1\x00"
HEADER_KEYS = frozenset({"format", "book", "device", "hlc", "schema", "covers", "count"})


@dataclass(frozen=True)
class Snapshot:
    book: str
    device: str
    hlc: str
    schema: int
    covers: dict[str, int]
    changes: list[dict]


def signed_bytes(book: str, device: str, hlc: str, ciphertext: bytes) -> bytes:
    return (SNAPSHOT_DOMAIN + book.encode("ascii") + device.encode("ascii") + hlc.encode("ascii")
            + hashlib.sha256(ciphertext).digest())


def encode(*, book: str, device: str, hlc: str, schema: int, covers: dict[str, int], changes: list[dict],
           recipients: list[str], key: Ed25519PrivateKey) -> bytes:
    """The bytes of ``snapshots/<hlc>-<device>.snap``."""
    if not (is_uuid(book) and is_uuid(device) and is_stamp(hlc) and hlc.endswith(device) and recipients):
        raise ValueError("a snapshot needs a book, its maker's stamp and at least one recipient")
    for c in changes:
        if set(c) != CHANGE_KEYS or not is_stamp(c["hlc"]) or not c["hlc"].endswith(c["device"]):
            raise ValueError(f"not a change: {c!r}")
    header = {"format": FORMAT, "book": book, "device": device, "hlc": hlc, "schema": schema,
              "covers": dict(sorted(covers.items())), "count": len(changes)}
    plain = b"".join(canonical(x) + b"\n" for x in [header, *changes])
    ciphertext = pyrage.encrypt(zlib.compress(plain, 9), [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    sig = key.sign(signed_bytes(book, device, hlc, ciphertext))
    envelope = {"book": book, "device": device, "hlc": hlc, "sig": base64.b64encode(sig).decode("ascii")}
    return MAGIC + canonical(envelope) + b"\n" + ciphertext


def _refused(reason: str, where: str) -> SegmentRefused:
    messages = {
        "malformed": translate("Errors", "Snapshot {snapshot} is not a snapshot file; refused."),
        "moved": translate("Errors", "Snapshot {snapshot} was signed for another place or book; refused."),
        "unknown-device": translate("Errors", "Snapshot {snapshot} comes from a device that is not on the book's"
                                              " roster; refused."),
        "signature": translate("Errors", "The signature of snapshot {snapshot} does not verify; refused."),
        "not-recipient": translate("Errors", "Snapshot {snapshot} is not encrypted to this device; refused."),
        "damaged": translate("Errors", "Snapshot {snapshot} is signed but its content is not a valid snapshot;"
                                       " refused."),
    }
    return SegmentRefused(messages[reason].format(snapshot=where), reason)


def _envelope(data: bytes, where: str) -> tuple[dict, bytes, bytes]:
    if not data.startswith(MAGIC) or len(data) > MAX_CIPHERTEXT + MAX_ENVELOPE:
        raise _refused("malformed", where)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_ENVELOPE)
    line = data[len(MAGIC):end] if end > 0 else b""
    try:
        env = json.loads(line.decode("utf-8"))
        if not isinstance(env, dict) or canonical(env) != line or set(env) != {"book", "device", "hlc", "sig"}:
            raise ValueError("bad envelope")
        sig = base64.b64decode(str(env["sig"]), validate=True)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise _refused("malformed", where) from None
    return env, sig, data[end + 1:]


def _plain(ciphertext: bytes, identities: list, where: str) -> bytes:
    try:
        compressed = pyrage.decrypt(ciphertext, [pyrage.x25519.Identity.from_str(i) if isinstance(i, str) else i
                                                 for i in identities])
    except pyrage.DecryptError as exc:
        raise _refused("not-recipient" if "no matching keys" in str(exc).lower() else "damaged", where) from None
    d = zlib.decompressobj()
    try:
        plain = d.decompress(compressed, MAX_PLAIN)
    except zlib.error:
        raise _refused("damaged", where) from None
    if d.unconsumed_tail or not d.eof or d.unused_data or not plain.endswith(b"\n"):
        raise _refused("damaged", where)
    return plain


def _parse_body(plain: bytes, env: dict, schema: int, where: str) -> Snapshot:
    lines = plain[:-1].split(b"\n")
    try:
        h = json.loads(lines[0].decode("utf-8"))
        if not isinstance(h, dict) or canonical(h) != lines[0] or set(h) != HEADER_KEYS or h["format"] != FORMAT:
            raise ValueError("bad header")
        if (h["book"], h["device"], h["hlc"]) != (env["book"], env["device"], env["hlc"]) or \
                type(h["schema"]) is not int or type(h["count"]) is not int or not isinstance(h["covers"], dict) or \
                not all(is_uuid(k) and (v == 0 or is_number(v)) for k, v in h["covers"].items()):
            raise ValueError("bad header")
        changes = [json.loads(line.decode("utf-8")) for line in lines[1:]]
        for c, line in zip(changes, lines[1:], strict=True):
            if not isinstance(c, dict) or canonical(c) != line or set(c) != CHANGE_KEYS or \
                    not is_stamp(c["hlc"]) or not c["hlc"].endswith(str(c["device"])):
                raise ValueError("bad change")
        if len(changes) != h["count"]:
            raise ValueError("count")
    except (ValueError, UnicodeDecodeError, TypeError, IndexError):
        raise _refused("damaged", where) from None
    if h["schema"] > schema:
        raise IntegrityError(translate("Errors", "Snapshot {snapshot} was written by a newer version of the app:"
                                                 " update the app to keep syncing.").format(snapshot=where))
    return Snapshot(h["book"], h["device"], h["hlc"], h["schema"], h["covers"], changes)


def decode(data: bytes, *, book: str, hlc: str, device: str, roster: Roster, identities: list,
           schema: int) -> Snapshot:
    """Verify then read the snapshot found at ``snapshots/<hlc>-<device>.snap`` of ``book``:
    its envelope names that place, its maker is on ``roster`` and signed it; only then is it
    decrypted. Raises ``SegmentRefused`` with the segment's reason codes."""
    where = f"{hlc}-{device}"
    env, sig, ciphertext = _envelope(data, where)
    if (env["book"], env["device"], env["hlc"]) != (book, device, hlc):
        raise _refused("moved", where)
    maker = roster.device(device)
    if maker is None:
        raise _refused("unknown-device", where)
    try:
        maker.public_key.verify(sig, signed_bytes(book, device, hlc, ciphertext))
    except InvalidSignature:
        raise _refused("signature", where) from None
    return _parse_body(_plain(ciphertext, identities, where), env, schema, where)
