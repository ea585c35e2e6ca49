"""Profiles: the built-in ones (read-only) and the ones administrators define (atoms + scope)."""
from __future__ import annotations

import json

from vault.errors import NotFoundError, PolicyError, ValidationError
from vault.i18n import translate
from vault.text import has_invisible

from . import audit
from .permissions import (
    ATOMS,
    BUILTIN_PROFILES,
    SCOPES,
    parse_permissions,
    profile_description,
    profile_label,
)
from .session import Session


def _dict(row, users: int) -> dict:
    return {"id": row["id"], "name": row["name"], "scope": row["scope"],
            "permissions": sorted(parse_permissions(row["permissions"])), "builtin": bool(row["builtin"]),
            "description": profile_description(row["name"], row["description"]), "users": users}


def _can_view(session: Session) -> None:
    if not (session.can("profiles.manage") or session.can("users.manage")):
        session.require("profiles.manage")


def list_profiles(session: Session) -> list[dict]:
    """All profiles with their atoms, scope and number of users (``users.manage`` or ``profiles.manage``)."""
    _can_view(session)
    counts = dict(session.conn.execute("SELECT profile_id, count(*) FROM users GROUP BY profile_id").fetchall())
    rows = session.conn.execute("SELECT * FROM profiles ORDER BY builtin DESC, id").fetchall()
    return [_dict(r, counts.get(r["id"], 0)) for r in rows]


def atoms() -> dict[str, str]:
    """Every permission atom with its label (for the profile editor)."""
    return dict(ATOMS)


def _row(session: Session, name: str):
    row = session.conn.execute("SELECT * FROM profiles WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no profile named {name}.").format(name=repr(name)))
    return row


def _check(name: str | None, permissions, scope: str | None) -> list[str] | None:
    if name is not None and (not name.strip() or len(name) > 64):
        raise ValidationError(translate("Errors", "A profile name is 1 to 64 characters."),
                              fields={"name": translate("Errors", "1 to 64 characters")})
    if name is not None and has_invisible(name):
        raise ValidationError(translate("Errors", "A profile name cannot hold invisible or direction-changing"
                                                  " characters."),
                              fields={"name": translate("Errors", "no invisible characters")})
    if scope is not None and scope not in SCOPES:
        raise ValidationError(translate("Errors", "The scope is 'own' or 'all'."),
                              fields={"scope": translate("Errors", "own or all")})
    if permissions is None:
        return None
    perms = sorted(set(permissions))
    unknown = [p for p in perms if p not in ATOMS]
    if unknown:
        raise ValidationError(translate("Errors", "Unknown permission atoms: {atoms}.").format(
            atoms=", ".join(unknown)), fields={"permissions": translate("Errors", "unknown")})
    return perms


def create_profile(session: Session, name: str, permissions, scope: str = "own", description: str = "") -> dict:
    session.require("profiles.manage")
    perms = _check(name, permissions, scope)
    name = name.strip()
    if session.conn.execute("SELECT 1 FROM profiles WHERE name = ?", (name,)).fetchone() or name in BUILTIN_PROFILES:
        raise PolicyError(_exists(name))
    with session.vault.transaction():
        cur = session.conn.execute(
            "INSERT INTO profiles (name, scope, permissions, builtin, description) VALUES (?, ?, ?, 0, ?)",
            (name, scope, json.dumps(perms), description or ""))
        audit.record(session, "profile.create", entity="profile", entity_id=str(cur.lastrowid),
                     details={"name": name, "scope": scope, "permissions": perms})
    return _dict(_row(session, name), 0)


def update_profile(session: Session, name: str, *, permissions=None, scope: str | None = None,
                   new_name: str | None = None, description: str | None = None) -> dict:
    """Edit a custom profile (built-ins are read-only: copy one into a new profile instead).
    Users of the profile get the new rights at their next sign-in."""
    session.require("profiles.manage")
    row = _row(session, name)
    if row["builtin"]:
        raise PolicyError(translate("Errors", "{name} is a built-in profile and cannot be changed; create a copy"
                                              " instead.").format(name=profile_label(row["name"])))
    perms = _check(new_name, permissions, scope)
    before = _dict(row, 0)
    after = {"name": (new_name or row["name"]).strip(), "scope": scope or row["scope"],
             "permissions": perms if perms is not None else before["permissions"],
             "description": row["description"] if description is None else description}
    if after["name"].lower() != row["name"].lower() and (
            session.conn.execute("SELECT 1 FROM profiles WHERE name = ?", (after["name"],)).fetchone()):
        raise PolicyError(_exists(after["name"]))
    with session.vault.transaction():
        session.conn.execute("UPDATE profiles SET name = ?, scope = ?, permissions = ?, description = ? WHERE id = ?",
                             (after["name"], after["scope"], json.dumps(after["permissions"]), after["description"],
                              row["id"]))
        audit.record(session, "profile.update", entity="profile", entity_id=str(row["id"]),
                     details={"before": {k: before[k] for k in ("name", "scope", "permissions")},
                              "after": {k: after[k] for k in ("name", "scope", "permissions")}})
    count = session.conn.execute("SELECT count(*) FROM users WHERE profile_id = ?", (row["id"],)).fetchone()[0]
    return _dict(_row(session, after["name"]), count)


def delete_profile(session: Session, name: str) -> None:
    """Delete a custom profile that no user has (built-ins cannot be deleted)."""
    session.require("profiles.manage")
    row = _row(session, name)
    if row["builtin"]:
        raise PolicyError(translate("Errors", "{name} is a built-in profile and cannot be deleted.").format(
            name=row["name"]))
    users = session.conn.execute("SELECT count(*) FROM users WHERE profile_id = ?", (row["id"],)).fetchone()[0]
    if users:
        raise PolicyError(translate("Errors", "The profile {name} is still given to %n user(s); give them another"
                                              " profile first.", None, users).format(name=row["name"]))
    with session.vault.transaction():
        session.conn.execute("DELETE FROM profiles WHERE id = ?", (row["id"],))
        audit.record(session, "profile.delete", entity="profile", entity_id=str(row["id"]),
                     details={"name": row["name"]})


def _exists(name: str) -> str:
    return translate("Errors", "A profile named {name} already exists.").format(name=repr(name))
