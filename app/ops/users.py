"""Use cases on user accounts that are more than one service call."""
from __future__ import annotations

from vault import core, totp
from vault.errors import AuthenticationError
from vault.i18n import translate

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


def recover_with_key(folder, identity: str, username: str, new_password: str) -> core.Enrolment:
    """"Forgot password?" and the CLI's ``recover``: open the vault with the recovery key and give
    ``username`` a new password, authenticator enrolment and recovery codes (audited)."""
    from contextlib import closing

    from .. import auth

    with closing(auth.open_with_recovery_key(folder, identity)) as session:
        return recover_user(session, username, new_password)


def code_matches(secret: str, code: str) -> bool:
    """Whether ``code`` is the new authenticator's current code (the enrolment check)."""
    code = code.strip().replace(" ", "")
    return len(code) == 6 and code.isdigit() and totp.matching_step(secret, code) is not None


def change_own_authenticator(session: Session, current_password: str) -> core.Enrolment:
    """Self-service "Re-enrol my authenticator": needs the current password; new recovery codes
    too (audited as ``user.totp_change``)."""
    return users.change_own_totp(session, current_password)


def new_own_recovery_codes(session: Session, current_password: str) -> list[str]:
    """Self-service "New recovery codes": needs the current password; the old codes stop working
    (audited as ``user.recovery_codes``)."""
    if session.user_id is None or session.is_recovery:
        raise AuthenticationError(translate("Errors", "Sign in as yourself to make new recovery codes."))
    core.verify_password(session.vault, session.user_id, current_password)
    with session.vault.transaction():
        codes = core.new_recovery_codes_for(session.vault, session.user_id)
        audit.record(session, "user.recovery_codes", entity="user", entity_id=session.user_id,
                     details={"username": session.username})
    return codes
