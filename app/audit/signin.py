"""Sign-in hooks: failed sign-ins into the log, the incremental check, the sign-in alert rules."""
from __future__ import annotations

from vault.db import transaction

from .. import alert_rules
from .log import _append_raw
from .verification import verify_since_checkpoint


def move_signin_failures(session) -> list[dict]:
    """Copy failed sign-ins (moved from the plaintext sidecar into ``signin_failures`` by the
    vault) into the audit log, once each. Returns what was moved."""
    conn = session.conn
    moved = []
    with transaction(conn):
        rows = conn.execute("SELECT f.id, f.at, f.user_id, f.reason, u.username FROM signin_failures f"
                            " LEFT JOIN users u ON u.id = f.user_id WHERE f.audited = 0 ORDER BY f.id").fetchall()
        for r in rows:
            # one reason for every failed sign-in (older vaults said whether the password or the
            # code was wrong, which tells that a password guess was right); "damaged": the
            # sidecar was found damaged and counted as one failure
            reason = "damaged" if r["reason"] == "damaged" else "refused"
            unknown = "(damaged failed-sign-in record)" if reason == "damaged" else "(unknown user name)"
            seq = _append_raw(session, conn, "signin.failed", user_id=r["user_id"],
                              username=r["username"] or unknown, entity="user",
                              entity_id=r["user_id"], details={"attempted_at": r["at"], "reason": reason})
            moved.append({"seq": seq, "user_id": r["user_id"], "username": r["username"], "at": r["at"],
                          "reason": reason})
        conn.execute("UPDATE signin_failures SET audited = 1 WHERE audited = 0")
    return moved


def after_signin(session) -> dict:
    """Run right after a successful sign-in: move failed sign-ins in, verify the new part of the
    chain, evaluate the sign-in alert rules, and collect open alerts for administrators."""
    moved = move_signin_failures(session)
    check = verify_since_checkpoint(session)
    alert_rules.after_signin(session, moved)
    return {"failures_moved": len(moved), "audit": check}
