"""The snapshot format, version 2: the whole book at a cut, one line per row, cut into parts so that
no size limit is reached at any book size and reading needs one part in memory at a time
(``docs/SYNC.md``, "Snapshots in parts").

A snapshot is a signed **manifest** ``snapshots/<hlc>-<device>.snap`` and its **parts**
``snapshots/<hlc>-<device>-<n>.part`` (n = 1, 2, …). The manifest is, byte for byte::

    b"vaultcrm-snapshot 2\\n"
    canonical JSON {"book": id, "device": id, "hlc": stamp, "sig": base64} + b"\\n"   (the envelope)
    age ciphertext (binary age v1, X25519 recipients) to the end of the file

``sig`` is Ed25519 over ``SNAPSHOT_DOMAIN || book (36 ASCII) || device (36 ASCII) || hlc (55 ASCII)
|| sha256(ciphertext)``. Its plaintext is zlib of one canonical JSON line::

    {"format": 2, "book", "device", "hlc", "schema", "covers": {device id: highest seq included},
     "rows": total rows, "parts": [{"rows": n, "sha256": hex of the part file, "size": its bytes}, …]}

A part file is age ciphertext only (no envelope: the signed manifest names its SHA-256) of zlib of
``rows`` canonical JSON lines, one per synced row::

    {"table", "uid", "hlc": the stamp of the row's existence ("*"), "fields": {field: value},
     "stamps": {field: stamp, only where it differs from "hlc"},
     "replaced": {field or "*": the stamp that version replaced, only where there is one}}

Parts are published first, the manifest last, each once: a visible manifest means a complete
snapshot. Limits: a manifest's plaintext at most ``MAX_PLAIN``; a part's at most ``MAX_PART_PLAIN``
(the writer cuts parts at ``PART_TARGET`` bytes of plaintext); no limit on the number of parts.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..crypto import canonical
from ..errors import IntegrityError
from ..i18n import translate
from .layout import is_number, is_stamp, is_uuid
from .roster import Roster
from .segment import MAX_CIPHERTEXT, MAX_ENVELOPE, SegmentRefused

FORMAT = 2
MAGIC = b"vaultcrm-snapshot 2\n"
SNAPSHOT_DOMAIN = b"vaultcrm/sync-snapshot/v2\x00"
HEADER_KEYS = frozenset({"format", "book", "device", "hlc", "schema", "covers", "rows", "parts"})
PART_KEYS = frozenset({"rows", "sha256", "size"})
ROW_KEYS = frozenset({"table", "uid", "hlc", "fields", "stamps", "replaced"})
#: a manifest's plaintext (a few hundred bytes per part), and a part's (test seams)
MAX_PLAIN = 16 << 20
MAX_PART_PLAIN = 64 << 20
#: where the writer cuts a part (plaintext bytes)
PART_TARGET = 16 << 20


@dataclass(frozen=True)
class Manifest:
    book: str
    device: str
    hlc: str
    schema: int
    covers: dict[str, int]
    rows: int
    parts: list[dict]


def part_name(hlc: str, device: str, n: int) -> str:
    """The file name of part ``n`` (from 1) of snapshot ``<hlc>-<device>``."""
    return f"{hlc}-{device}-{n}.part"


def signed_bytes(book: str, device: str, hlc: str, ciphertext: bytes) -> bytes:
    return (SNAPSHOT_DOMAIN + book.encode("ascii") + device.encode("ascii") + hlc.encode("ascii")
            + hashlib.sha256(ciphertext).digest())


def row_line(table: str, uid: str, hlc: str, fields: dict, stamps: dict, replaced: dict) -> bytes:
    return canonical({"table": table, "uid": uid, "hlc": hlc, "fields": fields, "stamps": stamps,
                      "replaced": replaced}) + b"\n"


class Writer:
    """Write a snapshot part by part: ``add`` row lines, then ``finish`` for the manifest's bytes.
    ``put_part(n, data)`` publishes part ``n`` as soon as it is full."""

    def __init__(self, *, book: str, device: str, hlc: str, schema: int, covers: dict[str, int],
                 recipients: list[str], key: Ed25519PrivateKey, put_part: Callable[[int, bytes], None]):
        if not (is_uuid(book) and is_uuid(device) and is_stamp(hlc) and hlc.endswith(device) and recipients):
            raise ValueError("a snapshot needs a book, its maker's stamp and at least one recipient")
        self.book, self.device, self.hlc, self.schema, self.covers = book, device, hlc, schema, covers
        self.recipients = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
        self.key, self.put_part = key, put_part
        self.parts: list[dict] = []
        self._buf: list[bytes] = []
        self._size = 0

    def add(self, line: bytes) -> None:
        if len(line) > MAX_PART_PLAIN:
            raise ValueError("a row too large for a snapshot part")
        if self._size + len(line) > PART_TARGET and self._buf:
            self._flush()
        self._buf.append(line)
        self._size += len(line)

    def _flush(self) -> None:
        data = pyrage.encrypt(zlib.compress(b"".join(self._buf), 6), self.recipients)
        self.parts.append({"rows": len(self._buf), "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
        self.put_part(len(self.parts), data)
        self._buf, self._size = [], 0

    def finish(self) -> bytes:
        """The manifest's bytes (publish it after every part)."""
        if self._buf:
            self._flush()
        header = {"format": FORMAT, "book": self.book, "device": self.device, "hlc": self.hlc,
                  "schema": self.schema, "covers": dict(sorted(self.covers.items())),
                  "rows": sum(p["rows"] for p in self.parts), "parts": self.parts}
        ciphertext = pyrage.encrypt(zlib.compress(canonical(header) + b"\n", 9), self.recipients)
        sig = self.key.sign(signed_bytes(self.book, self.device, self.hlc, ciphertext))
        envelope = {"book": self.book, "device": self.device, "hlc": self.hlc,
                    "sig": base64.b64encode(sig).decode("ascii")}
        return MAGIC + canonical(envelope) + b"\n" + ciphertext


def refused(reason: str, where: str) -> SegmentRefused:
    """The refusal of snapshot (or part) ``where`` for ``reason`` (the segment's reason codes)."""
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
        raise refused("malformed", where)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_ENVELOPE)
    line = data[len(MAGIC):end] if end > 0 else b""
    try:
        env = json.loads(line.decode("utf-8"))
        if not isinstance(env, dict) or canonical(env) != line or set(env) != {"book", "device", "hlc", "sig"}:
            raise ValueError("bad envelope")
        sig = base64.b64decode(str(env["sig"]), validate=True)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise refused("malformed", where) from None
    return env, sig, data[end + 1:]


def _plain(ciphertext: bytes, identities: list, where: str, limit: int) -> bytes:
    try:
        compressed = pyrage.decrypt(ciphertext, [pyrage.x25519.Identity.from_str(i) if isinstance(i, str) else i
                                                 for i in identities])
    except pyrage.DecryptError as exc:
        raise refused("not-recipient" if "no matching keys" in str(exc).lower() else "damaged", where) from None
    d = zlib.decompressobj()
    try:
        plain = d.decompress(compressed, limit)
    except zlib.error:
        raise refused("damaged", where) from None
    if d.unconsumed_tail or not d.eof or d.unused_data or not plain.endswith(b"\n"):
        raise refused("damaged", where)
    return plain


def _manifest(plain: bytes, env: dict, where: str) -> Manifest:
    try:
        line = plain[:-1]
        h = json.loads(line.decode("utf-8"))
        if not isinstance(h, dict) or canonical(h) != line or set(h) != HEADER_KEYS or h["format"] != FORMAT:
            raise ValueError("bad header")
        if (h["book"], h["device"], h["hlc"]) != (env["book"], env["device"], env["hlc"]) or \
                type(h["schema"]) is not int or type(h["rows"]) is not int or not isinstance(h["covers"], dict) or \
                not all(is_uuid(k) and (v == 0 or is_number(v)) for k, v in h["covers"].items()):
            raise ValueError("bad header")
        parts = h["parts"]
        if not isinstance(parts, list) or not all(
                isinstance(p, dict) and set(p) == PART_KEYS and is_number(p["rows"]) and is_number(p["size"])
                and p["size"] <= MAX_CIPHERTEXT and isinstance(p["sha256"], str) and len(p["sha256"]) == 64
                for p in parts) or sum(p["rows"] for p in parts) != h["rows"]:
            raise ValueError("bad parts")
    except (ValueError, UnicodeDecodeError, TypeError):
        raise refused("damaged", where) from None
    return Manifest(h["book"], h["device"], h["hlc"], h["schema"], h["covers"], h["rows"], parts)


def decode(data: bytes, *, book: str, hlc: str, device: str, roster: Roster, identities: list,
           schema: int) -> Manifest:
    """Verify then read the manifest found at ``snapshots/<hlc>-<device>.snap`` of ``book``: its
    envelope names that place, its maker is on ``roster`` and signed it; only then is it
    decrypted. Raises ``SegmentRefused`` with the segment's reason codes; ``IntegrityError`` for a
    snapshot of a newer schema."""
    where = f"{hlc}-{device}"
    env, sig, ciphertext = _envelope(data, where)
    if (env["book"], env["device"], env["hlc"]) != (book, device, hlc):
        raise refused("moved", where)
    maker = roster.device(device)
    if maker is None:
        raise refused("unknown-device", where)
    try:
        maker.public_key.verify(sig, signed_bytes(book, device, hlc, ciphertext))
    except InvalidSignature:
        raise refused("signature", where) from None
    m = _manifest(_plain(ciphertext, identities, where, MAX_PLAIN), env, where)
    if m.schema > schema:
        raise IntegrityError(translate("Errors", "Snapshot {snapshot} was written by a newer version of the app:"
                                                 " update the app to keep syncing.").format(snapshot=where))
    return m


def _row(line: bytes) -> dict:
    r = json.loads(line)
    if not isinstance(r, dict) or r.keys() != ROW_KEYS or not isinstance(r["table"], str) \
            or not is_uuid(r["uid"]) or not is_stamp(r["hlc"]) or not isinstance(r["fields"], dict):
        raise ValueError("bad row")
    stamps, replaced = r["stamps"], r["replaced"]
    if not isinstance(stamps, dict) or not isinstance(replaced, dict) or \
            not all(f in r["fields"] and is_stamp(s) for f, s in stamps.items()) or \
            not all((f == "*" or f in r["fields"]) and is_stamp(s) for f, s in replaced.items()):
        raise ValueError("bad row")
    return r


def read_part(m: Manifest, n: int, data: bytes, identities: list) -> list[dict]:
    """The rows of part ``n`` (from 1) of manifest ``m``, after checking the file is the one the
    signed manifest names (size and SHA-256) and only then decrypting it."""
    where = part_name(m.hlc, m.device, n)
    p = m.parts[n - 1]
    if len(data) != p["size"] or hashlib.sha256(data).hexdigest() != p["sha256"]:
        raise refused("damaged", where)
    lines = _plain(data, identities, where, MAX_PART_PLAIN)[:-1].split(b"\n")
    try:
        rows = [_row(line) for line in lines]
    except (ValueError, UnicodeDecodeError, TypeError):
        raise refused("damaged", where) from None
    if len(rows) != p["rows"]:
        raise refused("damaged", where)
    return rows
