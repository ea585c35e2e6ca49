"""A signed-in session: who, which profile, and the open vault. Every service takes one."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from vault.core import OpenVault, SignInReport
from vault.errors import AuthenticationError, PermissionDenied
from vault.i18n import translate

from . import audit
from .permissions import ATOMS, parse_permissions


@dataclass
class Profile:
    id: int
    name: str
    scope: str
    permissions: frozenset[str]
    builtin: bool = False


@dataclass
class Session:
    vault: OpenVault
    user_id: str | None
    username: str
    display_name: str
    profile: Profile
    must_change_password: bool = False
    report: SignInReport = field(default_factory=SignInReport)
    is_recovery: bool = False  # opened with the recovery key, no user
    alerts: list = field(default_factory=list)  # open security alerts shown at an administrator's sign-in
    signin_checks: dict = field(default_factory=dict)  # audit.after_signin: failures moved, chain check
    purged_from_bin: int = 0  # records.purge_expired at sign-in: deleted records past their undo window
    purge_error: str = ""  # why that purge failed (told at sign-in; tried again at the next one)
    # refusals not yet in the audit log (refused inside a transaction that may roll back; written
    # by the next audit entry made outside a transaction, or at lock)
    pending_refusals: list = field(default_factory=list, repr=False)

    # -- permission checks ----------------------------------------------------------------
    def can(self, atom: str) -> bool:
        if atom not in ATOMS:
            raise ValueError(f"unknown permission atom {atom!r}")
        return self.is_open and atom in self.profile.permissions

    def require(self, atom: str) -> None:
        if not self.is_open:
            raise AuthenticationError(_locked())
        if self.must_change_password:
            raise self.refuse(translate("Errors", "Choose a new password first."), atom=atom,
                              why="password change required")
        if atom not in self.profile.permissions:
            raise self.refuse(translate("Errors", "Your profile ({profile}) does not allow this: {permission}."
                                        ).format(profile=self.profile.name,
                                                 permission=translate("Permissions", ATOMS.get(atom, atom))),
                              atom=atom)

    def refuse(self, message: str, *, atom: str, entity: str | None = None, entity_id=None,
               why: str | None = None) -> PermissionDenied:
        """The one way a permission check says no: returns the PermissionDenied to raise, after
        recording the refusal in the audit log (``permission.denied``: the atom, what was
        attempted, the profile), which counts toward the ``access_denied`` alert. Services that
        refuse for reasons beyond an atom (record scope, escalation, restricted processing) call
        this too. Written in its own small transaction; a refusal inside a caller's transaction
        (which will roll back) is kept and written right after it, or at lock. Never fails."""
        details = {"atom": atom, "attempted": _attempted(), "profile": self.profile.name}
        if why:
            details["why"] = why
        self.pending_refusals.append({"entity": entity, "entity_id": None if entity_id is None else str(entity_id),
                                      "details": details})
        if self.is_open:
            audit.flush_refusals(self)
        return PermissionDenied(message, atom=atom)

    @property
    def scope_all(self) -> bool:
        return self.profile.scope == "all"

    @property
    def is_open(self) -> bool:
        return self.vault is not None and self.vault.is_open

    @property
    def conn(self):
        if not self.is_open:
            raise AuthenticationError(_locked())
        return self.vault.conn

    def close(self) -> None:
        """Lock: close the database and drop key material."""
        if self.vault is not None:
            audit.flush_refusals(self)  # refusals still waiting (a caller's transaction was open)
            audit.note_head(self, heal=True)  # the log's head beside the vault: a later cut-off tail shows
            audit.forget_keys(self.vault)  # cached audit/person sub-keys
            self.vault.close()


def _attempted() -> str:
    """What was refused: the first public function outside this module on the call stack
    (``app.records.exporting.export_file``), else the nearest caller."""
    frame, nearest = sys._getframe(2), None
    for _ in range(12):
        if frame is None:
            break
        module = frame.f_globals.get("__name__", "?")
        if module != __name__:
            name = f"{module}.{frame.f_code.co_name}"
            nearest = nearest or name
            if not frame.f_code.co_name.startswith("_"):
                return name
        frame = frame.f_back
    return nearest or "?"


def load_profile(conn, profile_id: int) -> Profile:
    row = conn.execute("SELECT * FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if row is None:
        raise PermissionDenied(translate("Errors", "Your profile no longer exists."))
    return Profile(row["id"], row["name"], row["scope"], parse_permissions(row["permissions"]), bool(row["builtin"]))


def session_for(vault: OpenVault) -> Session:
    user = vault.conn.execute("SELECT * FROM users WHERE id = ?", (vault.user_id,)).fetchone()
    return Session(
        vault=vault,
        user_id=user["id"],
        username=user["username"],
        display_name=user["display_name"],
        profile=load_profile(vault.conn, user["profile_id"]),
        must_change_password=bool(user["must_change_password"]),
        report=vault.report,
    )


def recovery_session(vault: OpenVault) -> Session:
    """A session opened with the recovery key: administrator rights, no user."""
    return Session(vault=vault, user_id=None, username="(recovery key)", display_name="Recovery key",
                   profile=Profile(0, "Recovery", "all", frozenset(ATOMS)), report=vault.report, is_recovery=True)


def _locked() -> str:
    return translate("Errors", "The vault is locked. Sign in again.")
