"""Sign-in as a state machine (no Qt): READY → WORKING → SIGNED_IN, or back to READY with a
message, or THROTTLED with a countdown, or CHANGE_PASSWORD after a temporary password.

``attempt`` is what the DB worker runs (key derivation happens there, never on the GUI thread).
"""
from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vault.errors import AuthenticationError, ThrottledError
from vault.i18n import translate

from ..errors import user_message
from .passwords import PasswordFeedback, feedback


class State(enum.Enum):
    READY = "ready"
    WORKING = "working"
    THROTTLED = "throttled"
    CHANGE_PASSWORD = "change-password"
    SIGNED_IN = "signed-in"


@dataclass
class SignInRequest:
    folder: Path
    username: str
    password: str = field(repr=False)
    totp_code: str | None = None
    recovery_code: str | None = None
    unlock: bool = False    # the same user opening the vault again after a lock


def attempt(request: SignInRequest):
    """Run on the DB worker: sign in (a temporary password opens with ``must_change_password``).
    A refusal that starts the throttle becomes a ThrottledError, so the countdown shows at once."""
    from vault.throttle import Throttle

    from .. import auth

    try:
        return auth.sign_in(request.folder, request.username, request.password, totp_code=request.totp_code,
                            recovery_code=request.recovery_code, allow_password_change=True,
                            unlock=request.unlock)
    except ThrottledError:
        raise
    except AuthenticationError as exc:
        wait = Throttle(Path(request.folder)).delay_remaining()
        if wait > 0:
            raise ThrottledError(exc.message, retry_after=wait) from exc
        raise


@dataclass
class SignInFlow:
    folder: Path
    clock: Callable[[], float] = time.monotonic
    state: State = State.READY
    use_recovery_code: bool = False
    message: str = ""
    notices: list[str] = field(default_factory=list)
    throttled_until: float = 0.0
    username: str = ""
    locked_user: str = ""   # set when this form unlocks a locked window
    format_time: Callable[[str], str] = str   # a face shows stored ISO times in its user's locale

    # -- input -----------------------------------------------------------------------
    def missing(self, username: str, password: str, code: str) -> list[str]:
        out = []
        if not username.strip():
            out.append("user")
        if not password:
            out.append("password")
        code = code.strip().replace(" ", "")
        if self.use_recovery_code:
            if len(code.replace("-", "")) < 10:
                out.append("code")
        elif len(code) != 6 or not code.isdigit():
            out.append("code")
        return out

    def can_submit(self, username: str, password: str, code: str) -> bool:
        self.tick()
        return self.state == State.READY and not self.missing(username, password, code)

    def begin(self, username: str, password: str, code: str) -> SignInRequest:
        if not self.can_submit(username, password, code):
            raise RuntimeError(f"cannot sign in now ({self.state.value})")
        self.state = State.WORKING
        self.message = ""
        self.username = username.strip()
        code = code.strip().replace(" ", "")
        return SignInRequest(self.folder, self.username, password,
                             totp_code=None if self.use_recovery_code else code,
                             recovery_code=code if self.use_recovery_code else None,
                             unlock=bool(self.locked_user) and self.username == self.locked_user)

    # -- results ---------------------------------------------------------------------
    def succeeded(self, session) -> State:
        self.notices = notices_for(session, self.format_time)
        self.state = State.CHANGE_PASSWORD if session.must_change_password else State.SIGNED_IN
        return self.state

    def failed(self, exc: BaseException) -> State:
        self.message = user_message(exc)
        if isinstance(exc, ThrottledError) and exc.retry_after > 0:
            self.throttled_until = self.clock() + float(exc.retry_after)
            self.state = State.THROTTLED
        else:
            self.state = State.READY
        return self.state

    def seconds_left(self) -> int:
        if self.state != State.THROTTLED:
            return 0
        return max(0, int(self.throttled_until - self.clock() + 0.999))

    def tick(self) -> State:
        """Call every second while throttled: back to READY when the wait is over."""
        if self.state == State.THROTTLED and self.clock() >= self.throttled_until:
            self.state = State.READY
        return self.state

    def countdown_text(self) -> str:
        n = self.seconds_left()
        return translate("SignIn", "Too many failed sign-ins. You can try again in {seconds} s."
                         ).format(seconds=n) if n else ""

    # -- forced password change --------------------------------------------------------
    def new_password_feedback(self, password: str, confirm: str | None = None) -> PasswordFeedback:
        return feedback(password, self.username, confirm)

    def password_changed(self) -> State:
        if self.state != State.CHANGE_PASSWORD:
            raise RuntimeError("no password change pending")
        self.state = State.SIGNED_IN
        return self.state

    def reset(self) -> None:
        """After locking: a fresh form (the throttle wait, if any, survives)."""
        self.tick()
        if self.state not in (State.THROTTLED,):
            self.state = State.READY
        self.notices = []
        self.message = ""


def notices_for(session, format_time: Callable[[str], str] = str) -> list[str]:
    """What the user is told after signing in (failed attempts, recovery codes, chain check);
    ``format_time`` turns a stored ISO time into what the user reads."""
    out = []
    report = session.report
    n = int(getattr(report, "failed_attempts", 0) or 0)
    if n:
        failures = getattr(report, "failures", None) or []
        if failures:
            text = translate("SignIn", "%n failed sign-in attempt(s) since your last sign-in (the last at {time}).",
                             None, n).format(time=format_time(failures[-1].get("at", "")))
        else:
            text = translate("SignIn", "%n failed sign-in attempt(s) since your last sign-in.", None, n)
        out.append(text + " " + translate("SignIn", "If it was not you, tell your administrator."))
    other = int(getattr(report, "failed_attempts_other", 0) or 0)
    if other and session.can("users.manage"):
        out.append(translate("SignIn", "%n failed sign-in attempt(s) with unknown user names.", None, other))
    if getattr(report, "used_recovery_code", False):
        left = int(getattr(report, "recovery_codes_left", 0) or 0)
        out.append(translate("SignIn", "You used a recovery code; {left} left. Re-enrol your authenticator soon."
                             ).format(left=left))
    checks = getattr(session, "signin_checks", None) or {}
    chain = checks.get("audit") if isinstance(checks, dict) else None
    if isinstance(chain, dict) and chain.get("ok") is False:
        out.append(translate("SignIn", "The audit log failed its integrity check. Tell your administrator now."))
    purged = int(getattr(session, "purged_from_bin", 0) or 0)
    if purged:
        out.append(translate("SignIn", "%n deleted record(s) erased for good: the undo window was over.",
                             None, purged))
    if getattr(session, "purge_error", ""):
        out.append(translate("SignIn", "Deleted records past their undo window could not be erased ({error}); "
                             "this is tried again at the next sign-in.").format(error=session.purge_error))
    alerts = getattr(session, "alerts", None) or []
    if alerts:
        out.append(translate("SignIn", "%n open security alert(s): see Administration → Alerts.", None, len(alerts)))
    return out
