"""Global row ids (``uid``): UUIDv7 (RFC 9562) from the one clock and ``os.urandom``, or a
name-based UUIDv5 for rows whose identity is a natural key every device agrees on (a setting's
key, a built-in profile's name, a customer's tag link). Canonical text: lower-case hex with dashes.
"""
from __future__ import annotations

import os
import re
import uuid

from .. import clock

#: the namespace of name-based uids (uuid5(NAMESPACE_URL, "https://vaultcrm.invalid/sync/uid"))
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://vaultcrm.invalid/sync/uid")
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid7(at_ms: int | None = None) -> str:
    """A new UUIDv7: 48 bits of Unix time in ms (``vault.clock``), version 7, 74 random bits."""
    ms = int(clock.now() * 1000) if at_ms is None else int(at_ms)
    if not 0 <= ms < 1 << 48:
        raise ValueError("time out of UUIDv7 range")
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = rand >> 68, rand & ((1 << 62) - 1)  # 12 and 62 random bits
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


def named(kind: str, natural: str) -> str:
    """The uid every device computes for the row of ``kind`` (a table name) known by ``natural``."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}\n{natural}"))


def is_uid(text: object) -> bool:
    return isinstance(text, str) and _UID.fullmatch(text) is not None


def uid_time_ms(uid: str) -> int:
    """The millisecond time of a UUIDv7 (its first 48 bits)."""
    return int(uid.replace("-", "")[:12], 16)
