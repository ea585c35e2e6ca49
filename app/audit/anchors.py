"""Anchors: heads the log has already shown, which a cut-off tail no longer holds."""
from __future__ import annotations

import hmac
from pathlib import Path

from vault import clock
from vault.backup import credentials
from vault.backup.targets import open_target
from vault.backup.verify import Catalog
from vault.db import sqlite_error
from vault.errors import CrmError, UsageError
from vault.fsutil import JsonFile
from vault.i18n import translate

from ..setting_keys import read_vault
from .chain import canonical_json
from .filters import _parse_time

# A chain that verifies can still be a prefix: whoever holds the vault key can delete the newest
# entries. Three heads the log has already shown must still be in it, unchanged: the verified
# point in the database (never lowered), the head recorded beside the vault at every lock
# (``audit-head.json``, MAC'd with a key from VK), and, on demand, the chain head in the newest
# signed backup at each backup location the vault knows. A log shorter than any of them, or with
# another entry at that place, is broken.


HEAD_FILE = "audit-head.json"
LABEL_AUDIT_HEAD = b"vaultcrm/audit-head/v1"


def _head_mac(vault, body: dict) -> str:
    return hmac.new(vault.subkey(LABEL_AUDIT_HEAD), canonical_json(body).encode(), "sha256").hexdigest()


def _read_head_file(session) -> dict | None:
    path = Path(session.vault.folder) / HEAD_FILE
    label = translate("Audit", "the head recorded beside the vault")
    try:
        doc = JsonFile(path).read()
        if doc is None:
            return None
        body = {k: doc[k] for k in ("vault_id", "seq", "hash", "at")}
        good = hmac.compare_digest(str(doc.get("mac", "")), _head_mac(session.vault, body)) \
            and body["vault_id"] == session.vault.vault_id
        anchor = {"source": "beside", "label": label, "seq": int(body["seq"]), "hash": bytes.fromhex(body["hash"]),
                  "at": str(body["at"])}
    except (CrmError, ValueError, KeyError, TypeError, AttributeError):
        good = False
    if not good:
        return {"source": "beside", "label": label, "seq": 0, "hash": None, "at": None,
                "detail": translate("Audit", "not compared: {file} was changed outside the app (damaged, or its MAC"
                                    " does not match)").format(file=HEAD_FILE)}
    return anchor


def note_head(session, *, heal: bool = False) -> None:
    """Record the log's head beside the vault (at lock, after a good check). Never lowered, and
    never written over a head the log no longer holds: that file is the evidence. A file changed
    outside the app is replaced only at lock (``heal``), so the session's checks still report it.
    Never fails."""
    try:
        if not session.is_open:
            return
        conn = session.conn
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return
        old = _read_head_file(session)
        if old is not None and old["hash"] is None and not heal:
            return
        if old is not None and old["hash"] is not None:
            held = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (old["seq"],)).fetchone()
            if int(row[0]) <= old["seq"] or held is None or not hmac.compare_digest(bytes(held[0]), old["hash"]):
                return
        body = {"vault_id": session.vault.vault_id, "seq": int(row[0]), "hash": bytes(row[1]).hex(), "at": clock.iso()}
        body["mac"] = _head_mac(session.vault, body)
        JsonFile(Path(session.vault.folder) / HEAD_FILE).write(body, indent=None)
    except (CrmError, sqlite_error, OSError):
        pass  # a read-only folder: the database's verified point and the backups still anchor


def _backup_anchors(session) -> list[dict]:
    """The chain head signed into the newest backup at each location the vault knows (the
    setting and the locations it has backed up to). Needs no secret: the ``.sig`` file."""
    urls = {read_vault(session.conn, "backup.target_url") or ""}
    try:
        urls |= {r[0] for r in session.conn.execute("SELECT DISTINCT target FROM backup_history")}
    except sqlite_error:
        pass
    out = []
    vid = session.vault.vault_id
    for url in sorted(u for u in urls if u):
        try:
            target = open_target(url, secret_lookup=credentials.vault_lookup(session.conn))
            cat = Catalog(target, vault_public_key=session.vault.keyslots.signing_public_key,
                          vault_id=vid, authoritative=True)
            info = cat.newest(vid)
            if info is None:
                continue
            head = info.signed.get("audit_chain_head") or {}
            out.append({"source": "backup", "label": translate("Audit", "the signed backup {name}").format(name=info.name), "seq": int(head["seq"]),
                        "hash": bytes.fromhex(head["hash"]), "at": str(info.signed.get("created"))})
        except Exception as exc:  # noqa: BLE001 - an unreachable location is told, never fatal
            out.append({"source": "backup", "label": translate("Audit", "the backups at {url}").format(url=url),
                        "seq": 0, "hash": None, "at": None,
                        "detail": translate("Audit", "not compared: {problem}").format(
                            problem=getattr(exc, "message", "") or exc.__class__.__name__)})
    return out


def _anchors(session, *, remote: bool) -> list[dict]:
    row = session.conn.execute("SELECT seq, hash, verified_at FROM audit_checkpoint WHERE id = 1").fetchone()
    out = []
    if row is not None:
        out.append({"source": "checkpoint", "label": translate("Audit", "the verified point"), "seq": int(row[0]),
                    "hash": bytes(row[1]), "at": row[2]})
    beside = _read_head_file(session)
    if beside is not None:
        out.append(beside)
    if remote:
        out += _backup_anchors(session)
    return out


def _when(text) -> str | None:
    try:
        return _parse_time(text, "time")
    except (UsageError, TypeError):
        return None


def _cut_point(conn, anchor: dict, first_seq: int | None) -> int:
    """Where the log stops being what the anchor saw: the first entry up to the anchor's seq
    written after the anchor was recorded (by time, or by this session), else the end."""
    points = []
    at = _when(anchor["at"])
    if at:
        row = conn.execute("SELECT min(seq) FROM audit_log WHERE seq <= ? AND at > ?", (anchor["seq"], at)).fetchone()
        if row[0] is not None:
            points.append(int(row[0]))
    if first_seq is not None and first_seq <= anchor["seq"]:
        points.append(first_seq)  # this session's entries came after any anchor that fails
    if points:
        return min(points)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
    return last + 1 if last < anchor["seq"] else anchor["seq"]


def _check_anchors(session, anchors: list[dict]) -> tuple[int, str] | None:
    """Compare each anchor with the log; returns (first_bad, reason) of the earliest cut."""
    conn = session.conn
    restore = conn.execute("SELECT seq, at FROM audit_log WHERE action = 'backup.restore'"
                           " ORDER BY seq DESC LIMIT 1").fetchone()
    first_seq = getattr(session, "audit_first_seq", None)
    cut = None
    for a in anchors:
        if a["hash"] is None or a["seq"] <= 0:
            a["ok"] = None
            continue
        at = _when(a["at"])
        if a["source"] != "checkpoint" and restore is not None and a["seq"] >= restore[0] and at and at <= restore[1]:
            a["ok"] = None  # a restore replaced the history after the restored backup, on purpose
            a["detail"] = translate("Audit", "not compared: the restore at entry {seq} ({time}) replaced the history"
                                    " it showed").format(seq=restore[0], time=restore[1])
            continue
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (a["seq"],)).fetchone()
        if row is not None and hmac.compare_digest(bytes(row[0]), a["hash"]):
            a["ok"], a["detail"] = True, translate("Audit", "the log still holds entry {seq}").format(seq=a["seq"])
            continue
        point = _cut_point(conn, a, first_seq)
        if row is None:
            detail = translate("Audit", "entries from {point} on were removed or replaced (log cut or rewritten):"
                               " {anchor} ({time}) showed entry {seq}, and the log no longer has it")
        else:
            detail = translate("Audit", "entries from {point} on were removed or replaced (log cut or rewritten):"
                               " {anchor} ({time}) showed entry {seq}, and the log has another entry there")
        a["ok"] = False
        a["detail"] = detail.format(point=point, anchor=a["label"], time=a["at"], seq=a["seq"])
        if cut is None or point < cut[0]:
            cut = (point, a["detail"])
    return cut
