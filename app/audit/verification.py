"""Verifying the chain on demand and at sign-in, against the checkpoint and the anchors."""
from __future__ import annotations

import hmac

from vault import clock
from vault.db import transaction
from vault.i18n import translate

from .. import alert_rules
from .anchors import _anchors, _check_anchors, note_head
from .chain import _COLUMNS, GENESIS, _checkpoint, _hash, verify_chain
from .keys import audit_key
from .log import record


def _merge(result: dict, cut: tuple[int, str] | None) -> dict:
    if cut is None or (not result["ok"] and result["first_bad"] <= cut[0]):
        return result
    return {**result, "ok": False, "first_bad": cut[0], "reason": cut[1]}


def _verify(session, *, full: bool, remote: bool = False) -> dict:
    conn = session.conn
    key = audit_key(session.vault)
    anchors = _anchors(session, remote=remote)
    cut = _check_anchors(session, anchors)
    cp_seq, cp_hash = (0, GENESIS) if full else _checkpoint(conn)
    if cp_seq:
        # the checkpointed entry must still be there, unchanged (recomputed from its predecessor)
        cur = conn.cursor()
        cur.row_factory = None
        row = cur.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (cp_seq,)).fetchone()
        before = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (cp_seq - 1,)).fetchone()
        prev = GENESIS if cp_seq == 1 else (bytes(before[0]) if before else b"")
        if row is None or not hmac.compare_digest(_hash(key, prev, row[:9]), cp_hash) or \
                not hmac.compare_digest(bytes(row[9]), cp_hash):
            result = {"ok": False, "entries": 0, "first_bad": cp_seq, "head_seq": cp_seq - 1, "head_hash": b"",
                      "reason": translate("Audit", "the last verified entry was removed or changed"
                                                   " (log truncated or rewritten)")}
            return _after_verify(session, _merge(result, cut), full, cp_seq, anchors)
    result = verify_chain(conn, key, after_seq=cp_seq, after_hash=cp_hash)
    return _after_verify(session, _merge(result, cut), full, cp_seq, anchors)


def _after_verify(session, result: dict, full: bool, from_seq: int, anchors: list[dict] = ()) -> dict:
    conn = session.conn
    if result["ok"]:  # an intact chain has no gaps: its length is the last seq (no full count)
        total = result["head_seq"]
    else:
        total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    out = {"ok": result["ok"], "entries": total, "checked": result["entries"], "first_bad": result["first_bad"],
           "reason": result["reason"], "mode": "full" if full else "incremental", "from_seq": from_seq,
           "anchors": [{"source": a["source"], "seq": a["seq"], "ok": a.get("ok"), "detail": a.get("detail", "")}
                       for a in anchors]}
    if result["ok"]:
        if result["head_seq"] > 0:
            with transaction(conn):  # the verified point only ever moves forward
                conn.execute("INSERT INTO audit_checkpoint (id, seq, hash, verified_at) VALUES (1, ?, ?, ?)"
                             " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
                             " verified_at = excluded.verified_at WHERE excluded.seq > audit_checkpoint.seq",
                             (result["head_seq"], result["head_hash"], clock.iso()))
        note_head(session)
    else:
        bad = conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", (result["first_bad"],)).fetchone()
        out["first_bad_entry"] = None if bad is None else {
            "seq": bad["seq"], "at": bad["at"], "user": bad["username"], "action": bad["action"]}
        alert_rules.chain_broken(session, out)
    return out


def verify(session, *, full: bool = True) -> dict:
    """On demand (``audit.read``): walk the chain. ``{ok, entries, first_bad, reason, …}``;
    ``first_bad`` is the seq of the first entry that is not what was written (None if intact)."""
    session.require("audit.read")
    out = _verify(session, full=full, remote=full)
    record(session, "audit.verify", details={"ok": out["ok"], "entries": out["entries"],
                                              "first_bad": out["first_bad"], "mode": out["mode"]})
    return out


def verify_since_checkpoint(session) -> dict:
    """At sign-in (no permission needed): only the entries after the last verified checkpoint."""
    return _verify(session, full=False)
