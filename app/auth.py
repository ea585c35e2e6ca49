"""Creating a vault and signing in: the app-level face of vault.core."""
from __future__ import annotations

from pathlib import Path

from vault import core, kdf
from vault.errors import AuthenticationError, CrmError
from vault.i18n import translate

from . import audit, privacy
from .permissions import seed_profiles
from .records.customers import purge_expired
from .session import Session, recovery_session, session_for


def create_vault(folder: str | Path, username: str, password: str, *, display_name: str | None = None,
                 kdf_params: kdf.KdfParams | None = None) -> tuple[Session, core.Creation]:
    vault, creation = core.create_vault(folder, username, password, display_name=display_name,
                                        kdf_params=kdf_params, seed=seed_profiles)
    session = session_for(vault)
    audit.record(session, "vault.create", entity="vault", entity_id=creation.vault_id)
    return session, creation


def sign_in(folder: str | Path, username: str, password: str, *, totp_code: str | None = None,
            recovery_code: str | None = None, allow_password_change: bool = False, unlock: bool = False) -> Session:
    """Sign in. ``unlock``: the same user opening the vault again after a (idle) lock; audited as
    ``unlock`` instead of ``signin``. Afterwards: failed sign-ins move into the audit log, the new
    part of the chain is verified, alert rules run; ``session.alerts`` holds open alerts for
    administrators and ``session.signin_checks`` what was checked."""
    vault = core.unlock(folder, username, password, totp_code=totp_code, recovery_code=recovery_code,
                        allow_password_change=allow_password_change, on_stale_slot=_stale_slot_refused)
    try:
        session = session_for(vault)
        audit.record(session, "unlock" if unlock else "signin", entity="user", entity_id=session.user_id,
                     details={"recovery_code": vault.report.used_recovery_code,
                              "failed_attempts_reported": vault.report.failed_attempts})
        if vault.report.stale_slots_removed:  # found in keyslots.json: an older copy was put back
            audit.record(session, "keyslots.stale_removed", entity="vault", entity_id=vault.vault_id,
                         details={"user_ids": vault.report.stale_slots_removed,
                                  "count": len(vault.report.stale_slots_removed)})
        session.signin_checks = audit.after_signin(session)
        session.reapplied_erasures = privacy.reapply_erasures(session)  # after restoring an older backup
        try:  # deleted records whose undo window is over; housekeeping never blocks a sign-in
            session.purged_from_bin = purge_expired(session)
        except CrmError as exc:
            session.purge_error = exc.message
    except BaseException:
        vault.close()
        raise
    return session


def _stale_slot_refused(vault: core.OpenVault, info: dict) -> None:
    """core.unlock found a slot older than the ledger's version for its user (a replayed
    keyslots.json): audited (the ``slot_rollback`` alert rule runs on it) before the refusal."""
    session = session_for(vault)
    audit.record(session, "signin.stale_slot", entity="user", entity_id=info["user_id"],
                 details={"slot_version": info["slot_version"], "required_version": info["required_version"],
                          "account_status": info["status"]})


def open_with_recovery_key(folder: str | Path, identity: str) -> Session:
    vault = core.unlock_with_recovery_key(folder, identity)
    session = recovery_session(vault)
    audit.record(session, "recovery.unlock", entity="vault", entity_id=vault.vault_id)
    privacy.reapply_erasures(session)
    return session


def lock(session: Session, reason: str = "manual") -> None:
    """Lock (``reason``: manual, idle, exit …): recorded, then the connection and keys are dropped."""
    if session.is_open:
        audit.record(session, "lock", entity="user", entity_id=session.user_id, details={"reason": reason})
        audit.forget_keys(session.vault)
    session.close()


def change_own_password(session: Session, current_password: str, new_password: str) -> None:
    """Needs the current password again, even when signed in."""
    if session.user_id is None:
        raise AuthenticationError(translate("Errors", "No user is signed in."))
    core.verify_password(session.vault, session.user_id, current_password)
    core.rewrap_user_slot(session.vault, session.user_id, new_password,
                          also=lambda: audit.record(session, "user.password_change", entity="user",
                                                    entity_id=session.user_id))
    session.must_change_password = False
