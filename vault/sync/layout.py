"""Where things live on a sync location, and strict parsing of the names found there.

Under ``<book-id>/`` (``docs/SYNC.md``, "Layout on the location")::

    roster/<version>.json   roster/<version>.json.sig
    changes/<device-id>/<seq>.seg
    snapshots/<hlc>-<device-id>.snap
    acks/<device-id>.json
    requests/<device-id>.json            a device asking to join (docs/SYNC.md, "Devices")

Paths are relative, ``/``-separated. A name found in a listing is parsed with the ``parse_*``
functions below: anything that is not exactly one of these shapes (a temporary upload, a
``.DS_Store``, ``01.seg``, an upper-case id) is ignored, never trusted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
#: an HLC stamp: 13-digit wall ms, 4-hex counter, device id (string order == clock order)
STAMP_RE = r"[0-9]{13}-[0-9a-f]{4}-" + UUID_RE
#: sequence numbers and roster versions: decimal, no leading zero, 1 … 2**53 - 1
NUMBER_RE = r"[1-9][0-9]{0,15}"
MAX_NUMBER = 2**53 - 1

_UUID = re.compile(UUID_RE)
_STAMP = re.compile(STAMP_RE)
_SEG = re.compile(rf"({NUMBER_RE})\.seg")
_ROSTER = re.compile(rf"({NUMBER_RE})\.json")
_ROSTER_SIG = re.compile(rf"({NUMBER_RE})\.json\.sig")
_SNAP = re.compile(rf"({STAMP_RE})-({UUID_RE})\.snap")
_ACK = re.compile(rf"({UUID_RE})\.json")
_REQUEST = _ACK  # requests/<device-id>.json

ROSTER_DIR, CHANGES_DIR, SNAPSHOTS_DIR, ACKS_DIR = "roster", "changes", "snapshots", "acks"
REQUESTS_DIR = "requests"


def is_uuid(text: object) -> bool:
    return isinstance(text, str) and _UUID.fullmatch(text) is not None


def is_stamp(text: object) -> bool:
    return isinstance(text, str) and _STAMP.fullmatch(text) is not None


def is_number(value: object) -> bool:
    return type(value) is int and 1 <= value <= MAX_NUMBER


def _uuid(text: str) -> str:
    if not is_uuid(text):
        raise ValueError(f"not a canonical id: {text!r}")
    return text


def _number(n: int) -> int:
    if not is_number(n):
        raise ValueError(f"not a sequence number: {n!r}")
    return n


# ----------------------------------------------------------------------------- paths
def book_dir(book: str) -> str:
    return _uuid(book)


def roster_dir(book: str) -> str:
    return f"{book_dir(book)}/{ROSTER_DIR}"


def roster_path(book: str, version: int) -> str:
    return f"{roster_dir(book)}/{_number(version)}.json"


def roster_sig_path(book: str, version: int) -> str:
    return roster_path(book, version) + ".sig"


def changes_dir(book: str) -> str:
    return f"{book_dir(book)}/{CHANGES_DIR}"


def device_dir(book: str, device: str) -> str:
    return f"{changes_dir(book)}/{_uuid(device)}"


def segment_path(book: str, device: str, seq: int) -> str:
    return f"{device_dir(book, device)}/{_number(seq)}.seg"


def snapshots_dir(book: str) -> str:
    return f"{book_dir(book)}/{SNAPSHOTS_DIR}"


def snapshot_path(book: str, hlc: str, device: str) -> str:
    if not is_stamp(hlc):
        raise ValueError(f"not an HLC stamp: {hlc!r}")
    return f"{snapshots_dir(book)}/{hlc}-{_uuid(device)}.snap"


def acks_dir(book: str) -> str:
    return f"{book_dir(book)}/{ACKS_DIR}"


def ack_path(book: str, device: str) -> str:
    return f"{acks_dir(book)}/{_uuid(device)}.json"


def requests_dir(book: str) -> str:
    return f"{book_dir(book)}/{REQUESTS_DIR}"


def request_path(book: str, device: str) -> str:
    """A join request of a device not (yet) on the roster."""
    return f"{requests_dir(book)}/{_uuid(device)}.json"


# ----------------------------------------------------------------------------- names in listings
def _num(m: re.Match | None) -> int | None:
    if m is None:
        return None
    n = int(m.group(1))
    return n if n <= MAX_NUMBER else None


def parse_segment_name(name: str) -> int | None:
    """``17.seg`` → 17; anything else (``017.seg``, ``.17.seg.partial-…``, ``17.seg.tmp``) → None."""
    return _num(_SEG.fullmatch(name))


def parse_roster_name(name: str) -> int | None:
    return _num(_ROSTER.fullmatch(name))


def parse_roster_sig_name(name: str) -> int | None:
    return _num(_ROSTER_SIG.fullmatch(name))


def parse_device_dir_name(name: str) -> str | None:
    return name if is_uuid(name) else None


@dataclass(frozen=True)
class SnapshotName:
    hlc: str
    device: str


def parse_snapshot_name(name: str) -> SnapshotName | None:
    m = _SNAP.fullmatch(name)
    return SnapshotName(m.group(1), m.group(2)) if m else None


def parse_ack_name(name: str) -> str | None:
    m = _ACK.fullmatch(name)
    return m.group(1) if m else None


def parse_request_name(name: str) -> str | None:
    """``<device-id>.json`` → the device id; anything else → None."""
    m = _REQUEST.fullmatch(name)
    return m.group(1) if m else None


def basename(path: str) -> str:
    return str(path).rstrip("/").rpartition("/")[2]
