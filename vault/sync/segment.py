"""The segment format: one device's changes, compressed, age-encrypted to the book's active
devices and signed by the author (``docs/SYNC.md``, "Segment format").

A ``<seq>.seg`` file is::

    b"vaultcrm-segment 1\\n"
    canonical JSON {"book": id, "device": id, "seq": n, "sig": base64} + b"\\n"     (the envelope)
    age ciphertext (binary age v1, X25519 recipients) to the end of the file

``sig`` is Ed25519 over ``SEGMENT_DOMAIN || book (36 ASCII) || device (36 ASCII) || seq (8 bytes
big-endian) || sha256(ciphertext)``. The plaintext of the ciphertext is zlib (RFC 1950) of::

    canonical JSON header + b"\\n"   {"format": 1, "book", "device", "seq", "schema",
                                     "hlc_min", "hlc_max", "count"}
    one canonical JSON change + b"\\n" per change (``count`` lines)

``decode`` checks, in this order: the envelope's shape; the book, device and seq it signs
against the ones of the file's place (another book, a renamed or replayed file is refused); the
device is on the verified roster; the signature; a revoked device's later seq; only then
decrypts, decompresses (bounded), reads the header (a newer schema: "update the app"), checks
that the header repeats the envelope, a revocation by time, and every change.
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
from .layout import MAX_NUMBER, is_number, is_stamp, is_uuid
from .roster import Roster

FORMAT = 1
MAGIC = b"vaultcrm-segment 1\n"
SEGMENT_DOMAIN = b"vaultcrm/sync-segment/v1\x00"
CHANGE_KEYS = frozenset({"table", "uid", "field", "value", "hlc", "device", "user", "replaced", "op"})
MAX_ENVELOPE = 1024
MAX_CIPHERTEXT = 64 << 20
MAX_PLAIN = 256 << 20


class SegmentRefused(IntegrityError):
    """A segment failed a check and nothing of it may be applied. ``reason`` is a short code
    (``malformed``, ``book``, ``moved``, ``unknown-device``, ``signature``, ``revoked``,
    ``not-recipient``, ``damaged``, ``schema``) for reports and the CLI's ``refused`` list."""

    def __init__(self, message: str, reason: str, **details):
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class SchemaTooNew(SegmentRefused):
    """The segment was written by a newer version of the app: stop syncing, update the app."""


@dataclass(frozen=True)
class Header:
    book: str
    device: str
    seq: int
    schema: int
    hlc_min: str
    hlc_max: str
    count: int


@dataclass(frozen=True)
class Segment:
    header: Header
    changes: list[dict]


@dataclass(frozen=True)
class Envelope:
    book: str
    device: str
    seq: int
    sig: bytes
    ciphertext: bytes


# ----------------------------------------------------------------------------- writing
def signed_bytes(book: str, device: str, seq: int, ciphertext: bytes) -> bytes:
    """What the author signs: fixed-width fields, so no two segments sign the same bytes."""
    return (SEGMENT_DOMAIN + book.encode("ascii") + device.encode("ascii") + seq.to_bytes(8, "big")
            + hashlib.sha256(ciphertext).digest())


def _stamps(changes: list[dict], device: str) -> tuple[str, str]:
    if not changes:
        raise ValueError("a segment carries at least one change")
    for c in changes:
        if set(c) != CHANGE_KEYS or c["device"] != device or not is_stamp(c["hlc"]) or \
                not c["hlc"].endswith(device):
            raise ValueError(f"not a change of device {device}: {c!r}")
    hlcs = [c["hlc"] for c in changes]
    return min(hlcs), max(hlcs)


def encode(*, book: str, device: str, seq: int, schema: int, changes: list[dict], recipients: list[str],
           key: Ed25519PrivateKey) -> bytes:
    """The bytes of ``changes/<device>/<seq>.seg``: ``changes`` (dicts with exactly
    ``CHANGE_KEYS``, all made by ``device``) for ``recipients`` (age ``age1…`` strings), signed
    with the device's ``key``."""
    if not (is_uuid(book) and is_uuid(device) and is_number(seq) and recipients):
        raise ValueError("a segment needs a book, a device, a seq from 1 and at least one recipient")
    lo, hi = _stamps(changes, device)
    header = {"format": FORMAT, "book": book, "device": device, "seq": seq, "schema": schema,
              "hlc_min": lo, "hlc_max": hi, "count": len(changes)}
    plain = b"".join(canonical(x) + b"\n" for x in [header, *changes])
    ciphertext = pyrage.encrypt(zlib.compress(plain, 9),
                                [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    sig = key.sign(signed_bytes(book, device, seq, ciphertext))
    envelope = {"book": book, "device": device, "seq": seq, "sig": base64.b64encode(sig).decode("ascii")}
    return MAGIC + canonical(envelope) + b"\n" + ciphertext


# ----------------------------------------------------------------------------- reading
def _refused(reason: str, message: str, **details) -> SegmentRefused:
    return SegmentRefused(message, reason, **details)


def _malformed(where: str) -> SegmentRefused:
    return _refused("malformed", translate("Errors", "Segment {segment} is not a segment file; refused.").format(
        segment=where))


def split(data: bytes, where: str = "") -> Envelope:
    """The envelope and the ciphertext of a segment file (no check beyond the shape)."""
    if not data.startswith(MAGIC) or len(data) > MAX_CIPHERTEXT + MAX_ENVELOPE:
        raise _malformed(where)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_ENVELOPE)
    if end < 0:
        raise _malformed(where)
    line = data[len(MAGIC):end]
    try:
        env = json.loads(line.decode("utf-8"))
        if not isinstance(env, dict) or canonical(env) != line or set(env) != {"book", "device", "seq", "sig"} \
                or not (is_uuid(env["book"]) and is_uuid(env["device"]) and is_number(env["seq"])):
            raise ValueError("bad envelope")
        sig = base64.b64decode(str(env["sig"]), validate=True)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise _malformed(where) from None
    return Envelope(env["book"], env["device"], env["seq"], sig, data[end + 1:])


def verify(data: bytes, *, book: str, device: str, seq: int, roster: Roster) -> Envelope:
    """Check a segment found at ``changes/<device>/<seq>.seg`` of ``book`` without decrypting it:
    its place, its author on ``roster`` and the author's signature. Returns the envelope."""
    where = f"{device}/{seq}"
    env = split(data, where)
    if env.book != book:
        raise _refused("book", translate("Errors", "Segment {segment} belongs to another book; refused.").format(
            segment=where))
    if env.device != device or env.seq != seq:
        raise _refused("moved", translate("Errors", "Segment {segment} was signed as {signed}: it was renamed or"
                                                    " replayed; refused.").format(
            segment=where, signed=f"{env.device}/{env.seq}"))
    author = roster.device(device)
    if author is None:
        raise _refused("unknown-device", translate("Errors", "Segment {segment} comes from a device that is not on"
                                                             " the book's roster; refused.").format(segment=where))
    try:
        author.public_key.verify(env.sig, signed_bytes(book, device, seq, env.ciphertext))
    except InvalidSignature:
        raise _refused("signature", translate("Errors", "The signature of segment {segment} does not verify: it"
                                                        " was altered or forged; refused.").format(
            segment=where)) from None
    if author.revoked_for(seq):
        raise _revoked(where)
    return env


def _revoked(where: str) -> SegmentRefused:
    return _refused("revoked", translate("Errors", "Segment {segment} was written after its device was revoked;"
                                                   " refused.").format(segment=where))


def _damaged(where: str) -> SegmentRefused:
    return _refused("damaged", translate("Errors", "Segment {segment} is signed but its content is not a valid"
                                                   " segment; refused.").format(segment=where))


def _decrypt(env: Envelope, identities: list, where: str) -> bytes:
    try:
        compressed = pyrage.decrypt(env.ciphertext, [
            pyrage.x25519.Identity.from_str(i) if isinstance(i, str) else i for i in identities])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise _refused("not-recipient", translate(
                "Errors", "Segment {segment} is not encrypted to this device; refused.").format(segment=where)) from None
        raise _damaged(where) from None
    d = zlib.decompressobj()
    try:
        plain = d.decompress(compressed, MAX_PLAIN)
    except zlib.error:
        raise _damaged(where) from None
    if d.unconsumed_tail or not d.eof or d.unused_data:
        raise _damaged(where)
    return plain


def _header(line: bytes, where: str, schema: int) -> Header:
    try:
        h = json.loads(line.decode("utf-8"))
        if not isinstance(h, dict) or canonical(h) != line or h.get("format") != FORMAT:
            raise ValueError("bad header")
        if type(h.get("schema")) is int and h["schema"] > schema:
            raise SchemaTooNew(translate("Errors", "Segment {segment} was written by a newer version of the app"
                                                   " (schema {theirs}, this app reads up to {ours}): update the app"
                                                   " to keep syncing.").format(segment=where, theirs=h["schema"],
                                                                               ours=schema), "schema")
        if set(h) != {"format", "book", "device", "seq", "schema", "hlc_min", "hlc_max", "count"} or \
                type(h["schema"]) is not int or type(h["count"]) is not int or \
                not (is_stamp(h["hlc_min"]) and is_stamp(h["hlc_max"])) or not 1 <= h["count"] <= MAX_NUMBER:
            raise ValueError("bad header")
        return Header(h["book"], h["device"], h["seq"], h["schema"], h["hlc_min"], h["hlc_max"], h["count"])
    except (ValueError, UnicodeDecodeError):
        raise _damaged(where) from None


def _changes(lines: list[bytes], h: Header, where: str) -> list[dict]:
    out = []
    try:
        for line in lines:
            c = json.loads(line.decode("utf-8"))
            if not isinstance(c, dict) or canonical(c) != line or set(c) != CHANGE_KEYS or c["device"] != h.device \
                    or not is_stamp(c["hlc"]) or not c["hlc"].endswith(h.device) \
                    or not h.hlc_min <= c["hlc"] <= h.hlc_max:
                raise ValueError("bad change")
            out.append(c)
    except (ValueError, UnicodeDecodeError):
        raise _damaged(where) from None
    if len(out) != h.count or min(c["hlc"] for c in out) != h.hlc_min or max(c["hlc"] for c in out) != h.hlc_max:
        raise _damaged(where)
    return out


def decode(data: bytes, *, book: str, device: str, seq: int, roster: Roster, identities: list,
           schema: int) -> Segment:
    """Verify then read a segment found at ``changes/<device>/<seq>.seg`` of ``book``.
    ``identities``: this device's age identities (``AGE-SECRET-KEY-1…`` or pyrage identities);
    ``schema``: the newest schema this app reads. Raises ``SegmentRefused`` (``SchemaTooNew``)."""
    env = verify(data, book=book, device=device, seq=seq, roster=roster)
    where = f"{device}/{seq}"
    plain = _decrypt(env, identities, where)
    if not plain.endswith(b"\n"):
        raise _damaged(where)
    lines = plain[:-1].split(b"\n")
    h = _header(lines[0], where, schema)
    if (h.book, h.device, h.seq) != (book, device, seq):
        raise _damaged(where)
    author = roster.device(device)
    if author is not None and author.revoked_for(seq, h.hlc_max):
        raise _revoked(where)
    return Segment(h, _changes(lines[1:], h, where))
