"""Use cases on user accounts that are more than one service call."""
from __future__ import annotations

from vault import core, totp

from .. import audit, users
from ..session import Session


def recover_user(session: Session, username: str, new_password: str) -> core.Enrolment:
    """Lost password (the recovery key's session): a new password, a new authenticator enrolment
    and new recovery codes for ``username``, who is active again. Needs ``users.manage``."""
    session.require("users.manage")
    row = users.user_row(session, username)
    secret = totp.new_secret()
    codes = core.rewrap_user_slot(
        session.vault, row["id"], new_password, new_totp_secret=secret, new_recovery_codes=True, status="active",
        also=lambda: audit.record(session, "user.recover", entity="user", entity_id=row["id"]))
    return core.Enrolment(row["id"], row["username"], secret, totp.provisioning_uri(secret, row["username"]), codes)
