"""User management (service layer; every call checks the session)."""
from __future__ import annotations

from vault import core
from vault.errors import NotFoundError, PolicyError

from . import audit
from .session import Session


def profile_id(session: Session, name: str) -> int:
    row = session.conn.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
    if row is None:
        names = [r[0] for r in session.conn.execute("SELECT name FROM profiles ORDER BY id")]
        raise NotFoundError(f"no profile named {name!r} (profiles: {', '.join(names)})")
    return int(row[0])


def add_user(session: Session, username: str, password: str, profile: str, *, display_name: str | None = None,
             temporary: bool = False) -> core.Enrolment:
    session.require("users.manage")
    pid = profile_id(session, profile)
    enrolment = core.add_user(session.vault, username, password, profile_id=pid, display_name=display_name,
                              must_change_password=temporary)
    audit.record(session, "user.add", entity="user", entity_id=enrolment.user_id,
                 details={"username": enrolment.username, "profile": profile})
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
    row = session.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise NotFoundError(f"no user named {username!r}")
    return row


def active_admins(session: Session, excluding: str | None = None) -> int:
    return session.conn.execute(
        "SELECT count(*) FROM users u JOIN profiles p ON p.id = u.profile_id"
        " WHERE u.status = 'active' AND p.name = 'Administrator' AND u.id != ?", (excluding or "",)
    ).fetchone()[0]


def ensure_not_last_admin(session: Session, user_id: str) -> None:
    if active_admins(session, excluding=user_id) == 0:
        raise PolicyError("There must always be at least one active Administrator.")
