"""The "Join a team" wizard as a state machine (no Qt; the widgets are ``ui/team/join_wizard.py``).

INVITATION (the file and the one-time code) → FOLDER → PASSWORD → JOINING (the vault is made and the
join request published, on the worker) → TOTP → RECOVERY (save or print the sheet) → WAITING (for an
administrator's approval, re-checked) → DOWNLOAD (the book, a job with Cancel) → DONE.
"""
from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from vault import totp
from vault.errors import CrmError
from vault.i18n import translate
from vault.sync.join_request import normalise_code

from .errors import user_message
from .flows.passwords import PasswordFeedback, feedback
from .flows.wizard import location_problems
from .sync import invitations


class Step(enum.Enum):
    INVITATION = "invitation"
    FOLDER = "folder"
    PASSWORD = "password"
    JOINING = "joining"
    TOTP = "totp"
    RECOVERY = "recovery"
    WAITING = "waiting"
    DOWNLOAD = "download"
    DONE = "done"


PAGES = {Step.INVITATION: 1, Step.FOLDER: 2, Step.PASSWORD: 3, Step.JOINING: 3, Step.TOTP: 4, Step.RECOVERY: 5,
         Step.WAITING: 6, Step.DOWNLOAD: 7, Step.DONE: 7}
PAGE_COUNT = 7


@dataclass
class JoinRequest:
    folder: Path
    invitation: Path
    password: str
    code: str
    secret: str


@dataclass
class JoinFlow:
    step: Step = Step.INVITATION
    invitation_path: Path | None = None
    invitation: dict | None = None
    folder: Path | None = None
    joined: object | None = None            # app.sync.joining.Joined once the vault exists
    error: str = ""
    admins: list[str] = field(default_factory=list)
    downloading: bool = False
    sheet_done: bool = False
    warning_acknowledged: bool = False
    _code: str = field(default="", repr=False)
    _secret: str = field(default="", repr=False)
    _password: str = field(default="", repr=False)

    # -- step 1: the invitation ----------------------------------------------------------------
    def read_invitation(self, path: str | os.PathLike) -> list[str]:
        """Read the file to show what it invites to (before the code is typed)."""
        try:
            doc = invitations.read_file(Path(path))
        except CrmError as exc:
            self.invitation = None
            return [user_message(exc)]
        self.invitation_path, self.invitation = Path(path), doc
        if invitations.expired(doc["expires"]):
            return [translate("Team", "This invitation expired on {time}; ask for a new one.").format(
                time=doc["expires"])]
        return []

    @property
    def remote(self) -> bool:
        return bool(self.invitation) and "://" in self.invitation["location"]

    @property
    def username(self) -> str:
        return self.invitation["user"]["name"] if self.invitation else ""

    def set_invitation(self, code: str, secret: str = "") -> list[str]:
        self._expect(Step.INVITATION)
        if self.invitation is None:
            return [translate("Team", "Open the invitation file first.")]
        problems = self.read_invitation(self.invitation_path)
        if problems:
            return problems
        try:
            self._code = normalise_code(code)
        except CrmError as exc:
            return [user_message(exc)]
        self._secret = secret
        self.step = Step.FOLDER
        return []

    # -- step 2: the folder --------------------------------------------------------------------
    def set_folder(self, folder: str | os.PathLike) -> list[str]:
        self._expect(Step.FOLDER)
        problems = location_problems(folder)
        if not problems:
            self.folder = Path(folder).expanduser()
            self.step = Step.PASSWORD
        return problems

    # -- step 3: the user's own password --------------------------------------------------------
    def password_feedback(self, password: str, confirm: str | None = None) -> PasswordFeedback:
        return feedback(password, self.username, confirm)

    def set_password(self, password: str, confirm: str) -> PasswordFeedback:
        self._expect(Step.PASSWORD)
        fb = self.password_feedback(password, confirm)
        if fb.acceptable:
            self._password = password
            self.step = Step.JOINING
            self.error = ""
        return fb

    def join_request(self) -> JoinRequest:
        """What the worker passes to ``app.ops.devices.join``; the secrets are handed over once."""
        self._expect(Step.JOINING)
        r = JoinRequest(self.folder, self.invitation_path, self._password, self._code, self._secret)
        self._password = self._secret = ""
        return r

    def was_joined(self, joined) -> None:
        self._expect(Step.JOINING)
        self.joined = joined
        self._code = ""
        self.step = Step.TOTP

    def join_failed(self, message: str) -> None:
        self._expect(Step.JOINING)
        self.error = message
        self.step = Step.PASSWORD

    # -- step 4: authenticator; step 5: recovery sheet ------------------------------------------
    @property
    def creation(self):
        return self.joined.creation

    def confirm_code(self, code: str, now: float | None = None) -> bool:
        self._expect(Step.TOTP)
        if totp.matching_step(self.creation.enrolment.totp_secret, code, now) is None:
            self.error = translate("Wizard", "This code does not match. Check the phone's clock and type the code"
                                             " shown now.")
            return False
        self.error = ""
        self.step = Step.RECOVERY
        return True

    def sheet_kept(self) -> None:
        self.sheet_done = True

    def acknowledge_warning(self, yes: bool = True) -> None:
        self.warning_acknowledged = bool(yes)

    @property
    def can_leave_recovery(self) -> bool:
        return self.step == Step.RECOVERY and self.sheet_done and self.warning_acknowledged

    def recovery_done(self) -> None:
        if not self.can_leave_recovery:
            raise RuntimeError("save or print the recovery sheet and acknowledge the warning first")
        self.step = Step.WAITING

    # -- step 6: waiting for approval ----------------------------------------------------------
    def approval(self, state: dict) -> None:
        """What ``app.ops.devices.join_state`` said: active moves on to the download."""
        self._expect(Step.WAITING)
        self.admins = list(state.get("admins") or [])
        if state["state"] == "active":
            self.error = ""
            self.step = Step.DOWNLOAD
        elif state["state"] == "revoked":
            self.error = translate("Team", "This laptop was removed from the team; ask an administrator to invite "
                                           "it again.")
        else:
            self.error = ""

    def waiting_text(self) -> str:
        if not self.admins:
            return translate("Team", "Waiting for an administrator to approve this laptop.")
        return translate("Team", "Waiting for {names} to approve this laptop.").format(names=", ".join(self.admins))

    # -- step 7: downloading the book ----------------------------------------------------------
    def download_started(self) -> None:
        self._expect(Step.DOWNLOAD)
        self.downloading = True
        self.error = ""

    def downloaded(self, result: dict) -> None:
        self._expect(Step.DOWNLOAD)
        self.downloading = False
        if result.get("has_book"):
            self.step = Step.DONE
        else:
            self.error = translate("Team", "The team's book is not on the sync location yet: the administrator's "
                                           "laptop publishes it at its next sync. Try again in a moment.")

    def download_failed(self, message: str) -> None:
        self._expect(Step.DOWNLOAD)
        self.downloading = False
        self.error = message

    # -- where we are ---------------------------------------------------------------------------
    @property
    def can_go_back(self) -> bool:
        return self.step in (Step.FOLDER, Step.PASSWORD)

    def back(self) -> None:
        if self.step == Step.FOLDER:
            self.step = Step.INVITATION
        elif self.step == Step.PASSWORD:
            self.step = Step.FOLDER

    @property
    def page(self) -> int:
        return PAGES[self.step]

    def _expect(self, step: Step) -> None:
        if self.step != step:
            raise RuntimeError(f"join wizard is at {self.step.value}, not {step.value}")
