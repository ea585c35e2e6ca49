"""Security alert rules: evaluated as audit entries are recorded (``audit.record`` calls
``on_entry`` inside the entry's transaction) and at sign-in, stored in ``alerts``. Administrators
list and acknowledge them through ``app.alerts``.

Rules (thresholds are vault settings ``alerts.*``, changeable with ``settings.manage``):

========================  =====================================================================
``mass_view``             one user viewed ``views_threshold`` different customers within
                          ``views_window_minutes`` (default 200 in 10 min); once per window
``failed_signins``        ``failed_signins_threshold`` failed sign-ins for one account (or for
                          unknown user names) since its last successful sign-in
``large_export``          one export of at least ``export_rows_threshold`` rows (default 500)
``off_hours_signin``      a sign-in outside ``working_hours_start``–``working_hours_end`` (local
                          time of this computer; a window may cross midnight); repeats within
                          24 h add to the open alert's ``repeats`` instead of a new alert
``audit_chain_broken``    verification (at sign-in or on demand) found a broken link
``access_denied``         one user refused ``denials_threshold`` actions (``permission.denied``
                          entries) within ``denials_window_minutes`` (default 5 in 10 min)
``signin_record_damaged`` the plaintext failed-sign-in record was found damaged (it was counted
                          as one failure and rewritten); raised at the next successful sign-in
``slot_rollback``         a key slot older than the vault's record for its user was used to sign in
                          (refused) or found in ``keyslots.json`` (removed): an older copy of the
                          file was put back, e.g. to undo a password change (critical)
``backup_stale``          no backup recorded as verified (audit ``backup.run``/``backup.verify``
                          with details ``{"verified": true}``, or ``{"ok": true}`` without a
                          ``verified`` key) for ``backup_max_age_days``
``sync_refused``          a sync round refused segments or changes of other devices (forged,
                          altered, replayed, future-dated, outside the author's permissions);
                          raised by ``app.sync.round`` with the list in its details
========================  =====================================================================
"""
from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

from vault import clock
from vault.db import transaction
from vault.i18n import QT_TRANSLATE_NOOP, translate

from .setting_keys import read_vault

RULES: dict[str, str] = {
    "mass_view": QT_TRANSLATE_NOOP("Alerts", "Many customer records viewed in a short time"),
    "mass_delete": QT_TRANSLATE_NOOP("Alerts", "Many customer records deleted in a short time"),
    "failed_signins": QT_TRANSLATE_NOOP("Alerts", "Failed sign-ins"),
    "large_export": QT_TRANSLATE_NOOP("Alerts", "Large export"),
    "off_hours_signin": QT_TRANSLATE_NOOP("Alerts", "Sign-in outside working hours"),
    "audit_chain_broken": QT_TRANSLATE_NOOP("Alerts", "Audit log chain broken"),
    "backup_stale": QT_TRANSLATE_NOOP("Alerts", "No verified backup"),
    "slot_rollback": QT_TRANSLATE_NOOP("Alerts", "Older key slot refused"),
    "signin_record_damaged": QT_TRANSLATE_NOOP("Alerts", "Failed-sign-in record damaged"),
    "access_denied": QT_TRANSLATE_NOOP("Alerts", "Many refused actions"),
    "sync_refused": QT_TRANSLATE_NOOP("Alerts", "Sync refused changes from another device"),
}

VIEW_ACTIONS = ("customer.view",)
DELETE_ACTIONS = ("customer.delete", "customer.import_undo", "customer.purge")
EXPORT_ACTIONS = ("export", "customers.export", "customer.export", "privacy.export")
BACKUP_ACTIONS = ("backup.run", "backup.verify")
_ROW_KEYS = ("rows", "exported", "count", "row_count")


def _setting(session, key: str) -> Any:
    return read_vault(session.conn, key)


def _parse(text: str) -> float:
    return dt.datetime.fromisoformat(text).timestamp()


def raise_alert(session, conn, rule: str, message: str, *, severity: str = "warning", user_id: str | None = None,
                username: str | None = None, details: dict | None = None, audit_seq: int | None = None) -> int:
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO alerts (at, rule, severity, user_id, username, message, details, audit_seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (clock.iso(), rule, severity, user_id, username, message,
             json.dumps(details or {}, sort_keys=True), audit_seq))
        return int(cur.lastrowid)


def _open_exists(conn, rule: str, *, user_id: str | None = None, since: str | None = None,
                 detail_key: str | None = None, detail_value: Any = None) -> bool:
    sql = "SELECT details FROM alerts WHERE rule = ? AND acknowledged_at IS NULL"
    params: list = [rule]
    if user_id is not None:
        sql += " AND user_id = ?"
        params.append(user_id)
    if since is not None:
        sql += " AND at >= ?"
        params.append(since)
    for row in conn.execute(sql, params):
        if detail_key is None or json.loads(row[0]).get(detail_key) == detail_value:
            return True
    return False


# ----------------------------------------------------------------------------- rules run on each entry
def on_entry(session, conn, entry: dict) -> None:
    """Called by ``audit.record`` inside the entry's transaction."""
    action = entry["action"]
    if action in VIEW_ACTIONS:
        _check_mass_view(session, conn, entry)
    elif action in DELETE_ACTIONS:
        _check_mass_delete(session, conn, entry)
    elif action in EXPORT_ACTIONS:
        _check_export(session, conn, entry)
    elif action in ("signin", "unlock"):
        _check_off_hours(session, conn, entry)
    elif action == "permission.denied":
        _check_access_denied(session, conn, entry)
    elif action in SLOT_ROLLBACK_ACTIONS:
        _check_slot_rollback(session, conn, entry)


SLOT_ROLLBACK_ACTIONS = ("signin.stale_slot", "keyslots.stale_removed")


def _check_slot_rollback(session, conn, entry: dict) -> None:
    d = entry.get("details") or {}
    if entry["action"] == "signin.stale_slot":
        msg = translate("Alerts", "A sign-in as {user} with an older key slot (version {version}, the vault knows"
                        " {required}) was refused: keyslots.json was replaced with an older copy, or an old password"
                        " was replayed.").format(user=entry["username"], version=d.get("slot_version"),
                                                 required=d.get("required_version"))
        user_id, username = entry["user_id"], entry["username"]
    else:
        msg = translate("Alerts", "%n key slot(s) older than the vault's record found in keyslots.json and"
                        " removed: an older copy of the file was put back.", None, int(d.get("count") or 0))
        user_id, username = None, None
    raise_alert(session, conn, "slot_rollback", msg, severity="critical", user_id=user_id, username=username,
                audit_seq=entry["seq"], details=d)


def _window(session, conn, entry: dict, rule: str, prefix: str) -> tuple[int, int, str] | None:
    """For a rule counting one user's entries within a window (settings ``alerts.<prefix>_threshold``
    and ``alerts.<prefix>_window_minutes``): (threshold, minutes, window start), or None when the
    entry has no user or the rule is already open for this window (raised once per window)."""
    if entry["user_id"] is None:
        return None
    threshold = int(_setting(session, f"alerts.{prefix}_threshold"))
    minutes = int(_setting(session, f"alerts.{prefix}_window_minutes"))
    start = clock.iso(_parse(entry["at"]) - minutes * 60)
    if _open_exists(conn, rule, user_id=entry["user_id"], since=start):
        return None
    return threshold, minutes, start


def _check_mass_view(session, conn, entry: dict) -> None:
    window = _window(session, conn, entry, "mass_view", "views")
    if window is None:
        return
    threshold, minutes, start = window
    # bounded: stops counting at the threshold, so a long burst of views stays cheap per entry
    viewed = conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT entity_id FROM audit_log WHERE user_id = ? AND action IN"
        f" ({','.join('?' * len(VIEW_ACTIONS))}) AND at >= ? LIMIT ?)",
        (entry["user_id"], *VIEW_ACTIONS, start, threshold)).fetchone()[0]
    if viewed >= threshold:
        raise_alert(session, conn, "mass_view",
                    translate("Alerts", "{user} viewed {count} customer records within {minutes} minutes."
                              ).format(user=entry["username"], count=viewed, minutes=minutes),
                    user_id=entry["user_id"], username=entry["username"], audit_seq=entry["seq"],
                    details={"viewed": viewed, "window_minutes": minutes, "threshold": threshold})


def _check_access_denied(session, conn, entry: dict) -> None:
    """One user refused ``denials_threshold`` times within the window (probing for what their
    profile may do, or a stolen session trying its luck); once per window."""
    window = _window(session, conn, entry, "access_denied", "denials")
    if window is None:
        return
    threshold, minutes, start = window
    refused = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE user_id = ? AND action = 'permission.denied'"
        " AND at >= ? LIMIT ?)", (entry["user_id"], start, threshold)).fetchone()[0]
    if refused >= threshold:
        raise_alert(session, conn, "access_denied",
                    translate("Alerts", "{user} was refused {count} actions within {minutes} minutes."
                              ).format(user=entry["username"], count=refused, minutes=minutes),
                    user_id=entry["user_id"], username=entry["username"], audit_seq=entry["seq"],
                    details={"count": refused, "window_minutes": minutes, "threshold": threshold,
                             "last_atom": (entry.get("details") or {}).get("atom")})


def _records_removed(action: str, details: dict) -> int:
    """How many customer records one audit entry moved to the bin or erased. A purge of the bin
    past its undo window is the vault's housekeeping (``automatic``), not a user's act."""
    if action == "customer.import_undo":
        return int(details.get("deleted") or 0)
    if action == "customer.purge":
        return 0 if details.get("automatic") else int(details.get("count") or 1)
    return 1


def _check_mass_delete(session, conn, entry: dict) -> None:
    """Many records deleted by one user within the window (one by one, by undoing an import, or
    by emptying the bin early): raised while the undo window still allows putting them back."""
    if not _records_removed(entry["action"], entry["details"]):
        return
    window = _window(session, conn, entry, "mass_delete", "deletes")
    if window is None:
        return
    threshold, minutes, start = window
    removed = 0
    for action, details in conn.execute(
            f"SELECT action, details FROM audit_log WHERE user_id = ? AND action IN ({','.join('?' * len(DELETE_ACTIONS))})"
            " AND at >= ?", (entry["user_id"], *DELETE_ACTIONS, start)):
        plain = json.loads(details) if details and action != "customer.delete" else {}  # delete details may be sealed
        removed += _records_removed(action, plain)
        if removed >= threshold:
            break
    if removed >= threshold:
        raise_alert(session, conn, "mass_delete",
                    translate("Alerts", "{user} deleted {count} customer records within {minutes} minutes."
                              ).format(user=entry["username"], count=removed, minutes=minutes),
                    user_id=entry["user_id"], username=entry["username"], audit_seq=entry["seq"],
                    details={"deleted": removed, "window_minutes": minutes, "threshold": threshold})


def _check_export(session, conn, entry: dict) -> None:
    details = entry.get("details") or {}
    rows = next((details[k] for k in _ROW_KEYS if isinstance(details.get(k), int)), None)
    threshold = int(_setting(session, "alerts.export_rows_threshold"))
    if rows is not None and rows >= threshold:
        raise_alert(session, conn, "large_export",
                    translate("Alerts", "{user} exported %n row(s) ({action}).", None, rows
                              ).format(user=entry["username"], action=entry["action"]),
                    user_id=entry["user_id"], username=entry["username"], audit_seq=entry["seq"],
                    details={"rows": rows, "threshold": threshold, "action": entry["action"]})


def _minutes(hhmm: str) -> int | None:
    try:
        h, m = str(hhmm).strip().split(":")
        value = int(h) * 60 + int(m)
    except ValueError:
        return None
    return value if 0 <= value <= 24 * 60 else None


def outside_working_hours(t: float, start: str, end: str) -> bool:
    """Local time of ``t`` outside [start, end); a window with start > end crosses midnight."""
    s, e = _minutes(start), _minutes(end)
    if s is None or e is None or s == e:
        return False
    lt = time.localtime(t)
    m = lt.tm_hour * 60 + lt.tm_min
    inside = s <= m < e if s < e else (m >= s or m < e)
    return not inside


def _check_off_hours(session, conn, entry: dict) -> None:
    start = _setting(session, "alerts.working_hours_start")
    end = _setting(session, "alerts.working_hours_end")
    t = _parse(entry["at"])
    if outside_working_hours(t, start, end):
        local = time.strftime("%H:%M", time.localtime(t))
        # a nightly script must not bury the list: one open alert per user per 24 h, counting repeats
        recent = conn.execute(
            "SELECT id, details FROM alerts WHERE rule = 'off_hours_signin' AND acknowledged_at IS NULL"
            " AND user_id IS ? AND at >= ? ORDER BY id DESC LIMIT 1",
            (entry["user_id"], clock.iso(t - 86400))).fetchone()
        if recent is not None:
            d = json.loads(recent[1] or "{}")
            d["repeats"] = int(d.get("repeats", 0)) + 1
            d["last_local_time"] = local
            conn.execute("UPDATE alerts SET details = ? WHERE id = ?", (json.dumps(d, sort_keys=True), recent[0]))
            return
        raise_alert(session, conn, "off_hours_signin",
                    translate("Alerts", "{user} signed in at {time}, outside working hours ({start}–{end})."
                              ).format(user=entry["username"], time=local, start=start, end=end),
                    severity="info", user_id=entry["user_id"], username=entry["username"],
                    audit_seq=entry["seq"], details={"local_time": local, "start": start, "end": end})


# ----------------------------------------------------------------------------- rules run at sign-in / verify
def failed_signins(session, moved: list[dict]) -> None:
    threshold = int(_setting(session, "alerts.failed_signins_threshold"))
    groups: dict[str | None, list[dict]] = {}
    for f in moved:
        groups.setdefault(f["user_id"], []).append(f)
    for user_id, items in groups.items():
        if len(items) >= threshold:
            if items[0]["username"]:
                text = translate("Alerts", "%n failed sign-in(s) for {user} since the last successful sign-in.",
                                 None, len(items)).format(user=items[0]["username"])
            else:
                text = translate("Alerts", "%n failed sign-in(s) with unknown user names since the last successful"
                                 " sign-in.", None, len(items))
            raise_alert(session, session.conn, "failed_signins", text,
                        user_id=user_id, username=items[0]["username"], audit_seq=items[-1]["seq"],
                        details={"count": len(items), "threshold": threshold,
                                 "first": items[0]["at"], "last": items[-1]["at"]})


def chain_broken(session, result: dict) -> None:
    conn = session.conn
    if _open_exists(conn, "audit_chain_broken", detail_key="first_bad", detail_value=result["first_bad"]):
        return
    raise_alert(session, conn, "audit_chain_broken",
                translate("Alerts", "The audit log was modified outside the app: entry {entry} is not what was"
                          " written ({reason}).").format(entry=result["first_bad"], reason=result["reason"]),
                severity="critical",
                details={"first_bad": result["first_bad"], "reason": result["reason"], "mode": result["mode"]})


def check_backup_age(session) -> int | None:
    """Raise ``backup_stale`` if the newest verified backup is older than the limit (or there is
    none and the vault is older than the limit). Returns the alert id, if one was raised."""
    conn = session.conn
    days = int(_setting(session, "alerts.backup_max_age_days"))
    now = clock.now()
    last = None
    cur = conn.execute(f"SELECT at, details FROM audit_log WHERE action IN ({','.join('?' * len(BACKUP_ACTIONS))})"
                       " ORDER BY seq DESC", BACKUP_ACTIONS)
    for at, details in cur:
        try:
            d = json.loads(details or "{}")
            # {"verified": true}; a backup.run with {"ok": true} (written, read back and checked) counts too
            if d.get("verified") is True or (d.get("ok") is True and "verified" not in d):
                last = at
                break
        except ValueError:
            continue
    if last is not None:
        age = now - _parse(last)
    else:
        row = conn.execute("SELECT value FROM meta WHERE key = 'created'").fetchone()
        age = now - _parse(row[0]) if row else 0.0
    if age < days * 86400:
        return None
    if _open_exists(conn, "backup_stale"):
        return None
    if last:
        text = translate("Alerts", "No verified backup since {time} (limit: %n day(s)).", None, days).format(time=last)
    else:
        text = translate("Alerts", "No verified backup ever (limit: %n day(s)).", None, days)
    return raise_alert(session, conn, "backup_stale", text,
                       details={"last_verified_backup": last, "max_age_days": days})


def signin_record_damaged(session, moved: list[dict]) -> None:
    """The plaintext failed-sign-in sidecar was found damaged (counted as one failure and
    rewritten): someone may have edited it to hide failures or to lock the vault."""
    damaged = [f for f in moved if f.get("reason") == "damaged"]
    if damaged:
        raise_alert(session, session.conn, "signin_record_damaged",
                    translate("Alerts", "The failed-sign-in record was damaged (found at {time}); it was counted as"
                              " one failed sign-in and rewritten. Failures before it may be missing."
                              ).format(time=damaged[0]["at"]),
                    audit_seq=damaged[0]["seq"], details={"count": len(damaged), "first": damaged[0]["at"]})


def after_signin(session, moved: list[dict]) -> None:
    failed_signins(session, moved)
    signin_record_damaged(session, moved)
    check_backup_age(session)
    if session.can("users.manage"):  # shown to administrators (even before a forced password change)
        session.alerts = stored(session.conn, only_open=True)


# ----------------------------------------------------------------------------- stored alerts
def row_dict(r) -> dict:
    return {"id": r["id"], "at": r["at"], "rule": r["rule"], "title": translate("Alerts", RULES.get(r["rule"], r["rule"])),
            "severity": r["severity"], "user": r["username"], "user_id": r["user_id"], "message": r["message"],
            "details": json.loads(r["details"] or "{}"), "audit_seq": r["audit_seq"],
            "acknowledged_at": r["acknowledged_at"], "acknowledged_by": r["acknowledged_by"]}


def stored(conn, *, only_open: bool = False, rule: str | None = None, limit: int = 200, offset: int = 0) -> list:
    sql, params = "SELECT * FROM alerts WHERE 1 = 1", []
    if only_open:
        sql += " AND acknowledged_at IS NULL"
    if rule:
        sql += " AND rule = ?"
        params.append(rule)
    sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
    return [row_dict(r) for r in conn.execute(sql, (*params, int(limit), int(offset)))]
