"""The hash chain: the canonical form of an entry, its HMAC, walking the chain, its head."""
from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from typing import Any

from vault.i18n import translate

GENESIS = bytes(32)

_COLUMNS = "seq, at, user_id, username, action, entity, entity_id, person_id, details, hash"
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def canonical_json(value: Any) -> str:
    return _encode(value)


def _hash(key: bytes, prev: bytes, fields: Iterable[Any]) -> bytes:
    return hmac.digest(key, prev + _encode(list(fields)).encode("utf-8"), "sha256")


def chain_head(conn) -> dict:
    """For the backup manifest: ``{"seq": last seq (0 if empty), "hash": hex, "entries": count}``."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if row is None:
        return {"seq": 0, "hash": GENESIS.hex(), "entries": count}
    return {"seq": int(row[0]), "hash": bytes(row[1]).hex(), "entries": count}


def verify_chain(conn, key: bytes, *, after_seq: int = 0, after_hash: bytes = GENESIS,
                 batch: int = 20000) -> dict:
    """Walk the chain from the entry after ``after_seq`` (whose hash is ``after_hash``).
    Returns ``{ok, entries (checked), first_bad (seq or None), reason, head_seq, head_hash}``."""
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq", (after_seq,))
    prev = after_hash
    expected = after_seq + 1
    checked = 0
    digest, encode, same = hmac.digest, _encode, hmac.compare_digest
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            break
        for row in rows:
            if row[0] != expected:
                return _bad(expected, checked,
                            translate("Audit", "entry missing or out of order (sequence has a gap)"), prev)
            h = digest(key, prev + encode(list(row[:9])).encode("utf-8"), "sha256")
            stored = row[9]
            if not isinstance(stored, bytes) or not same(h, stored):
                return _bad(expected, checked,
                            translate("Audit", "entry changed, or an entry before it removed or reordered"), prev)
            prev = h
            expected += 1
            checked += 1
    return {"ok": True, "entries": checked, "first_bad": None, "reason": None, "head_seq": expected - 1,
            "head_hash": prev}


def _bad(seq: int, checked: int, reason: str, prev: bytes) -> dict:
    return {"ok": False, "entries": checked, "first_bad": seq, "reason": reason, "head_seq": seq - 1,
            "head_hash": prev}


def _checkpoint(conn) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, hash FROM audit_checkpoint WHERE id = 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS)
