"""Administration use cases: users and profiles, the audit log viewer, security alerts."""
from __future__ import annotations

import secrets

from .. import alerts, audit, profiles, users
from ..session import Session

WORDS = ("amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris", "juniper", "kestrel",
         "lagoon", "maple", "nectar", "orchid", "pebble", "quartz", "river", "saffron", "tundra", "umber",
         "violet", "willow", "yarrow", "zephyr")
AUDIT_PAGE = 100


def temporary_password() -> str:
    """A temporary password an administrator reads out (four words and a number; the user must
    change it at their first sign-in)."""
    return "-".join(secrets.choice(WORDS) for _ in range(4)) + f"-{secrets.randbelow(90) + 10}"


def users_and_profiles(session: Session) -> dict:
    return {"users": users.list_users(session), "profiles": [p["name"] for p in profiles.list_profiles(session)]}


def save_profile(session: Session, name: str, permissions: list, scope: str) -> list[dict]:
    profiles.update_profile(session, name, permissions=permissions, scope=scope)
    return profiles.list_profiles(session)


def create_profile(session: Session, name: str, copy_of: dict | None) -> list[dict]:
    """A new profile: a copy of ``copy_of``'s rights, or read-only on one's own records."""
    perms = copy_of["permissions"] if copy_of else ["customers.read"]
    scope = copy_of["scope"] if copy_of else "own"
    profiles.create_profile(session, name, perms, scope)
    return profiles.list_profiles(session)


def delete_profile(session: Session, name: str) -> list[dict]:
    profiles.delete_profile(session, name)
    return profiles.list_profiles(session)


def audit_page(session: Session, filters: dict, offset: int) -> dict:
    return audit.query(session, limit=AUDIT_PAGE, offset=offset, **{k: v for k, v in filters.items() if v})


def verify_audit(session: Session) -> dict:
    return audit.verify(session)


def export_audit(session: Session, path: str, fmt: str, filters: dict) -> dict:
    # force: the save dialog asked before replacing a file; the service still refuses vault folders
    return audit.export(session, path, fmt=fmt, force=True, **{k: v for k, v in filters.items() if v})


def list_alerts(session: Session, only_open: bool) -> list[dict]:
    return alerts.list_alerts(session, only_open=only_open)
