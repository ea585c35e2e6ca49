"""Sign-in and lock flows, without a display."""
from __future__ import annotations

import pytest

from app.flows.lock import ClipboardGuard, IdleLock
from app.flows.signin import SignInFlow, State, attempt, notices_for
from tests.conftest import PASSWORD
from vault.errors import AuthenticationError, ThrottledError


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_form_rules():
    flow = SignInFlow("/x")
    assert flow.missing("", "", "") == ["user", "password", "code"]
    assert flow.missing("a", "p", "12345") == ["code"]
    assert flow.can_submit("a", "p", "123 456")
    flow.use_recovery_code = True
    assert flow.missing("a", "p", "123456") == ["code"]
    assert flow.can_submit("a", "p", "abcde-fghjk")
    req = flow.begin("a ", "p", "abcde-fghjk")
    assert req.recovery_code == "abcde-fghjk" and req.totp_code is None and req.username == "a"
    assert flow.state == State.WORKING and not flow.can_submit("a", "p", "abcde-fghjk")


def test_throttle_countdown():
    clock = Clock()
    flow = SignInFlow("/x", clock=clock)
    flow.begin("a", "p", "123456")
    assert flow.failed(ThrottledError("Too many", retry_after=4.2)) == State.THROTTLED
    assert flow.seconds_left() == 5 and "5 s" in flow.countdown_text()
    assert not flow.can_submit("a", "p", "123456")
    clock.t += 3
    assert flow.seconds_left() == 2
    clock.t += 2
    assert flow.tick() == State.READY and flow.can_submit("a", "p", "123456")
    flow.begin("a", "p", "123456")
    assert flow.failed(AuthenticationError("wrong")) == State.READY and flow.message == "Wrong"  # as a sentence


def test_attempt_against_a_vault(vault_info):
    flow = SignInFlow(vault_info.path)
    with pytest.raises(AuthenticationError):
        attempt(flow.begin("admin", PASSWORD, "000000" if vault_info.code() != "000000" else "111111"))
    flow.failed(AuthenticationError("x"))
    session = attempt(flow.begin("admin", PASSWORD, vault_info.code()))
    try:
        assert flow.succeeded(session) == State.SIGNED_IN
        assert any("1 failed sign-in attempt" in n for n in flow.notices)
    finally:
        session.close()


def test_fifth_failure_turns_into_a_countdown(vault_info):
    for _ in range(5):
        with pytest.raises(AuthenticationError) as exc:
            attempt(SignInFlow(vault_info.path).begin("admin", "not the password", "123456"))
    assert isinstance(exc.value, ThrottledError) and exc.value.retry_after > 0


def test_notices_for_plain_session():
    class R:
        failed_attempts = 0
        failed_attempts_other = 0
        used_recovery_code = True
        recovery_codes_left = 9

    class S:
        report = R()
        signin_checks = {"audit": {"ok": False}}
        alerts = [1, 2]

        def can(self, atom):
            return True

    notes = notices_for(S())
    assert any("9 left" in n for n in notes)
    assert any("integrity" in n for n in notes)
    assert any("2 open security alerts" in n for n in notes)


def test_idle_lock():
    clock = Clock()
    idle = IdleLock.minutes(1, clock=clock)
    assert not idle.expired()
    idle.start()
    clock.t += 59
    assert not idle.expired() and idle.text() == "0:01"
    idle.touch()
    clock.t += 59
    assert not idle.expired()
    clock.t += 1
    assert idle.expired()
    idle.stop()
    assert not idle.expired()


def test_clipboard_guard():
    clock = Clock()
    g = ClipboardGuard(seconds=10, clock=clock)
    g.copied("secret")
    assert not g.due()
    clock.t += 10
    assert g.due() and g.should_clear("secret")
    g.copied("secret")
    clock.t += 10
    assert not g.should_clear("something the user copied since")
    assert not g.pending
