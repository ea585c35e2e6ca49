"""The new-vault wizard as a state machine (no Qt).

LOCATION → ADMIN (and the business's country) → PASSWORD → CREATING (key derivation on the worker) → TOTP (confirm a current
code) → RECOVERY (save or print the sheet, acknowledge the warning) → DONE.
"""
from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path

from vault import totp
from vault.i18n import translate

from .passwords import PasswordFeedback, feedback


class Step(enum.Enum):
    LOCATION = "location"
    ADMIN = "admin"
    PASSWORD = "password"
    CREATING = "creating"
    TOTP = "totp"
    RECOVERY = "recovery"
    DONE = "done"


ORDER = (Step.LOCATION, Step.ADMIN, Step.PASSWORD, Step.CREATING, Step.TOTP, Step.RECOVERY, Step.DONE)


def location_problems(folder: str | os.PathLike | None) -> list[str]:
    """A new vault goes into an empty or missing folder whose parent exists and is writable."""
    if not folder or not str(folder).strip():
        return [translate("Wizard", "choose a folder for the new vault")]
    path = Path(folder).expanduser()
    if path.exists():
        if not path.is_dir():
            return [translate("Wizard", "this is a file, not a folder")]
        if (path / "keyslots.json").exists():
            return [translate("Wizard", "there is already a vault in this folder; open it instead")]
        if any(path.iterdir()):
            return [translate("Wizard", "the folder is not empty; choose an empty or new folder")]
        parent = path
    else:
        parent = path.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
    if not os.access(parent, os.W_OK):
        return [translate("Wizard", "you cannot write in this place; choose another folder")]
    return []


def username_problems(username: str) -> list[str]:
    name = (username or "").strip()
    if not name:
        return [translate("Wizard", "enter a user name for the administrator")]
    if len(name) > 64 or any(ch.isspace() for ch in name):
        return [translate("Wizard", "a user name is 1 to 64 characters without spaces")]
    return []


def country_problems(country: str) -> list[str]:
    """The vault's country is an ISO code (two letters, "PL"), or none."""
    code = (country or "").strip()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        return [translate("Wizard", "choose the country from the list")]
    return []


@dataclass
class CreateRequest:
    folder: Path
    username: str
    password: str
    display_name: str
    country: str = ""

    @property
    def settings(self) -> dict:
        """The vault settings the new vault starts with (saved once it exists)."""
        return {"vault.country": self.country} if self.country else {}


@dataclass
class WizardFlow:
    step: Step = Step.LOCATION
    folder: Path | None = None
    username: str = ""
    display_name: str = ""
    country: str = ""                       # ISO code: the default currency of deals, the phone region
    creation: object | None = None          # vault.core.Creation once the vault exists
    error: str = ""
    sheet_saved_to: str | None = None
    sheet_printed: bool = False
    warning_acknowledged: bool = False
    _password: str = field(default="", repr=False)

    # -- step 1: where ---------------------------------------------------------------
    def set_location(self, folder: str | os.PathLike) -> list[str]:
        self._expect(Step.LOCATION)
        problems = location_problems(folder)
        if not problems:
            self.folder = Path(folder).expanduser()
            self.step = Step.ADMIN
        return problems

    # -- step 2: who -----------------------------------------------------------------
    def set_admin(self, username: str, display_name: str = "", country: str = "") -> list[str]:
        self._expect(Step.ADMIN)
        problems = username_problems(username) + country_problems(country)
        if not problems:
            self.username = username.strip()
            self.display_name = display_name.strip() or self.username
            self.country = country.strip().upper()
            self.step = Step.PASSWORD
        return problems

    # -- step 3: password --------------------------------------------------------------
    def password_feedback(self, password: str, confirm: str | None = None) -> PasswordFeedback:
        return feedback(password, self.username, confirm, (self.display_name,))

    def set_password(self, password: str, confirm: str) -> PasswordFeedback:
        self._expect(Step.PASSWORD)
        fb = self.password_feedback(password, confirm)
        if fb.acceptable:
            self._password = password
            self.step = Step.CREATING
            self.error = ""
        return fb

    def create_request(self) -> CreateRequest:
        """What the worker passes to ``app.auth.create_vault``; the password is handed over once."""
        self._expect(Step.CREATING)
        request = CreateRequest(self.folder, self.username, self._password, self.display_name, self.country)
        self._password = ""
        return request

    def created(self, creation) -> None:
        self._expect(Step.CREATING)
        self.creation = creation
        self.step = Step.TOTP

    def creation_failed(self, message: str) -> None:
        self._expect(Step.CREATING)
        self.error = message
        self.step = Step.PASSWORD

    # -- step 4: authenticator -----------------------------------------------------------
    @property
    def totp_secret(self) -> str:
        return self.creation.enrolment.totp_secret

    @property
    def totp_uri(self) -> str:
        return self.creation.enrolment.totp_uri

    def confirm_code(self, code: str, now: float | None = None) -> bool:
        """The code from the user's authenticator app proves the QR code was scanned right."""
        self._expect(Step.TOTP)
        if totp.matching_step(self.totp_secret, code, now) is None:
            self.error = translate("Wizard", "This code does not match. Check the phone's clock and type the code"
                                             " shown now.")
            return False
        self.error = ""
        self.step = Step.RECOVERY
        return True

    # -- step 5: recovery sheet -----------------------------------------------------------
    def sheet_saved(self, path: str) -> None:
        self.sheet_saved_to = str(path)

    def sheet_was_printed(self) -> None:
        self.sheet_printed = True

    def acknowledge_warning(self, yes: bool = True) -> None:
        self.warning_acknowledged = bool(yes)

    @property
    def can_finish(self) -> bool:
        return self.step == Step.RECOVERY and self.warning_acknowledged and \
            (self.sheet_saved_to is not None or self.sheet_printed)

    def finish(self) -> None:
        if not self.can_finish:
            raise RuntimeError("save or print the recovery sheet and acknowledge the warning first")
        self.step = Step.DONE

    # -- moving back ----------------------------------------------------------------------
    @property
    def can_go_back(self) -> bool:
        return self.step in (Step.ADMIN, Step.PASSWORD)

    def back(self) -> None:
        if self.step == Step.ADMIN:
            self.step = Step.LOCATION
        elif self.step == Step.PASSWORD:
            self.step = Step.ADMIN

    @property
    def page(self) -> int:
        """1-based page number for "Step n of 5" (creation shares the password page)."""
        return {Step.LOCATION: 1, Step.ADMIN: 2, Step.PASSWORD: 3, Step.CREATING: 3, Step.TOTP: 4,
                Step.RECOVERY: 5, Step.DONE: 5}[self.step]

    def _expect(self, step: Step) -> None:
        if self.step != step:
            raise RuntimeError(f"wizard is at {self.step.value}, not {step.value}")
