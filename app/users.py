"""User management (service layer; every call checks the session)."""
from __future__ import annotations

from vault import core
from vault.errors import NotFoundError, PolicyError
from vault.i18n import translate

from . import audit
from .session import Session


def profile_id(session: Session, name: str) -> int:
    row = session.conn.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
    if row is None:
        names = [r[0] for r in session.conn.execute("SELECT name FROM profiles ORDER BY id")]
        raise NotFoundError(translate("Errors", "There is no profile named {name} (profiles: {profiles}).").format(
            name=repr(name), profiles=", ".join(names)))
    return int(row[0])


def add_user(session: Session, username: str, password: str, profile: str, *, display_name: str | None = None,
             temporary: bool = False) -> core.Enrolment:
    session.require("users.manage")
    pid = profile_id(session, profile)
    ensure_no_escalation(session, pid)
    enrolment = core.add_user(
        session.vault, username, password, profile_id=pid, display_name=display_name, must_change_password=temporary,
        also=lambda uid: audit.record(session, "user.add", entity="user", entity_id=uid,
                                      details={"username": username, "profile": profile}))
    return enrolment


def list_users(session: Session) -> list[dict]:
    session.require("users.manage")
    rows = session.conn.execute(
        "SELECT u.id, u.username, u.display_name, p.name AS profile, u.status, u.last_signin_at,"
        " u.must_change_password, u.created_at FROM users u JOIN profiles p ON p.id = u.profile_id"
        " ORDER BY u.username COLLATE NOCASE"
    ).fetchall()
    return [{"id": r["id"], "user": r["username"], "display_name": r["display_name"], "profile": r["profile"],
             "status": r["status"], "last_signin": r["last_signin_at"],
             "must_change_password": bool(r["must_change_password"]), "created": r["created_at"]} for r in rows]


def user_row(session: Session, username: str):
    """The user's full row (TOTP secret included): only for user administrators."""
    session.require("users.manage")
    row = session.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no user named {name}.").format(name=repr(username)))
    return row


def active_admins(session: Session, excluding: str | None = None) -> int:
    return session.conn.execute(
        "SELECT count(*) FROM users u JOIN profiles p ON p.id = u.profile_id"
        " WHERE u.status = 'active' AND p.name = 'Administrator' AND u.id != ?", (excluding or "",)
    ).fetchone()[0]


def ensure_not_last_admin(session: Session, user_id: str) -> None:
    if active_admins(session, excluding=user_id) == 0:
        raise PolicyError(translate("Errors", "There must always be at least one active Administrator."))


# ----------------------------------------------------------------------------- administration (issue 4)
def _is_admin_row(session: Session, row) -> bool:
    name = session.conn.execute("SELECT name FROM profiles WHERE id = ?", (row["profile_id"],)).fetchone()
    return name is not None and name[0] == "Administrator"


def _profile_perms(session: Session, pid: int) -> frozenset[str]:
    from .permissions import parse_permissions

    row = session.conn.execute("SELECT permissions FROM profiles WHERE id = ?", (pid,)).fetchone()
    return parse_permissions(row[0]) if row else frozenset()


def ensure_no_escalation(session: Session, pid: int) -> None:
    """Nobody hands out (or takes over an account holding) rights they do not have themselves:
    a custom profile with users.manage cannot make or reset an Administrator."""
    missing = _profile_perms(session, pid) - session.profile.permissions
    if missing:
        from .permissions import ATOMS

        rights = ", ".join(translate("Permissions", ATOMS[a]) if a in ATOMS else a for a in sorted(missing))
        raise session.refuse(translate("Errors", "That profile has rights yours lacks ({rights}); ask an"
                                                 " Administrator.").format(rights=rights),
                             atom="users.manage", entity="profile", entity_id=pid)


def _not_self(session: Session, row, message: str) -> None:
    if row["id"] == session.user_id:
        raise PolicyError(message)


def disable_user(session: Session, username: str) -> dict:
    """Disable a user: their key slot is removed, so their password no longer opens the vault."""
    session.require("users.manage")
    row = user_row(session, username)
    ensure_no_escalation(session, row["profile_id"])
    if row["id"] == session.user_id:
        raise PolicyError(translate("Errors", "You cannot disable your own account."))
    if row["status"] == "disabled":
        return {"user": row["username"], "status": "disabled"}
    if _is_admin_row(session, row):
        ensure_not_last_admin(session, row["id"])
    with session.vault.transaction():
        session.conn.execute("UPDATE users SET status = 'disabled' WHERE id = ?", (row["id"],))
        # the revocation ledger: no copy of the user's old slot opens the vault again, and a
        # restore of an older backup keeps the account disabled
        core.bump_slot_version(session.conn, row["id"], "disabled")
        audit.record(session, "user.disable", entity="user", entity_id=row["id"],
                     details={"username": row["username"]})
    # after the commit: a disabled account is refused at sign-in even if this step failed
    core.remove_user_slot(session.vault, row["id"])
    return {"user": row["username"], "status": "disabled"}


def enable_user(session: Session, username: str, temporary_password: str) -> dict:
    """Re-enable a disabled user with a new temporary password (their old slot was removed);
    they must choose a new password at their next sign-in."""
    session.require("users.manage")
    row = user_row(session, username)
    ensure_no_escalation(session, row["profile_id"])
    if row["status"] == "active":
        raise PolicyError(translate("Errors", "{user} is not disabled.").format(user=row["username"]))
    core.rewrap_user_slot(session.vault, row["id"], temporary_password, must_change=True, status="active",
                          also=lambda: audit.record(session, "user.enable", entity="user", entity_id=row["id"],
                                                    details={"username": row["username"]}))
    return {"user": row["username"], "status": "active", "must_change_password": True}


def reset_password(session: Session, username: str, temporary_password: str) -> dict:
    """Set a temporary password; the user must change it at their next sign-in."""
    session.require("users.manage")
    row = user_row(session, username)
    ensure_no_escalation(session, row["profile_id"])
    _not_self(session, row, translate("Errors", "You cannot reset the password of your own account here; use Change"
                                                " password, which asks for your current password."))
    if row["status"] != "active":
        raise PolicyError(translate("Errors", "{user} is disabled; re-enable the account instead.").format(
            user=row["username"]))
    core.rewrap_user_slot(session.vault, row["id"], temporary_password, must_change=True,
                          also=lambda: audit.record(session, "user.reset_password", entity="user",
                                                    entity_id=row["id"], details={"username": row["username"]}))
    return {"user": row["username"], "must_change_password": True}


def _new_enrolment(session: Session, row, password: str, *, must_change: bool, action: str) -> core.Enrolment:
    from vault import totp

    secret = totp.new_secret()
    codes = core.rewrap_user_slot(
        session.vault, row["id"], password, must_change=must_change, new_totp_secret=secret, new_recovery_codes=True,
        also=lambda: audit.record(session, action, entity="user", entity_id=row["id"],
                                  details={"username": row["username"]}))
    return core.Enrolment(row["id"], row["username"], secret, totp.provisioning_uri(secret, row["username"]), codes)


def reset_totp(session: Session, username: str, temporary_password: str) -> core.Enrolment:
    """New authenticator enrolment (lost phone) and new recovery codes. The TOTP secret lives in
    the user's key slot, which only a password opens, so this also sets a temporary password."""
    session.require("users.manage")
    row = user_row(session, username)
    ensure_no_escalation(session, row["profile_id"])
    _not_self(session, row, translate("Errors", "You cannot reset the authenticator of your own account here; use"
                                                " Change authenticator, which asks for your current password."))
    if row["status"] != "active":
        raise PolicyError(translate("Errors", "{user} is disabled; re-enable the account first.").format(
            user=row["username"]))
    return _new_enrolment(session, row, temporary_password, must_change=True, action="user.reset_totp")


def change_own_totp(session: Session, current_password: str) -> core.Enrolment:
    """Re-enrol one's own authenticator: needs the current password again."""
    from vault.errors import AuthenticationError

    if session.user_id is None or not session.is_open:
        raise AuthenticationError(translate("Errors", "No user is signed in."))
    core.verify_password(session.vault, session.user_id, current_password)
    row = session.conn.execute("SELECT * FROM users WHERE id = ?", (session.user_id,)).fetchone()
    return _new_enrolment(session, row, current_password, must_change=bool(row["must_change_password"]),
                          action="user.totp_change")


def set_profile(session: Session, username: str, profile: str) -> dict:
    """Change a user's profile; the last active Administrator keeps theirs."""
    session.require("users.manage")
    row = user_row(session, username)
    ensure_no_escalation(session, row["profile_id"])
    new_id = profile_id(session, profile)
    ensure_no_escalation(session, new_id)
    old = session.conn.execute("SELECT name FROM profiles WHERE id = ?", (row["profile_id"],)).fetchone()[0]
    new = session.conn.execute("SELECT name FROM profiles WHERE id = ?", (new_id,)).fetchone()[0]
    if new_id == row["profile_id"]:
        return {"user": row["username"], "profile": new}
    if old == "Administrator" and row["status"] == "active":
        ensure_not_last_admin(session, row["id"])
    with session.vault.transaction():
        session.conn.execute("UPDATE users SET profile_id = ? WHERE id = ?", (new_id, row["id"]))
        audit.record(session, "user.set_profile", entity="user", entity_id=row["id"],
                     details={"username": row["username"], "before": old, "after": new})
    if row["id"] == session.user_id:
        from .session import load_profile

        session.profile = load_profile(session.conn, new_id)
    return {"user": row["username"], "profile": new}
