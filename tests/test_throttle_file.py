"""The failed-sign-in sidecar (signin-failures.json, plaintext beside the vault): damage must not
lock anyone out, and nothing in it may confirm a guess (issue 10, items 7 and 10)."""
from __future__ import annotations

import hashlib
import json

import pyotp
import pytest

from app import alerts, audit
from vault import core
from vault.errors import AuthenticationError
from vault.keyslots import normalise_username, user_tag
from vault.throttle import Throttle

from .conftest import PASSWORD

SIDE = "signin-failures.json"


def _wrong_code(vault_info) -> str:
    right = pyotp.TOTP(vault_info.totp_secret).at(vault_info.clock.t)
    return f"{(int(right) + 1) % 1_000_000:06d}"


@pytest.mark.parametrize("damage", [b"{not json", b"\x00\xff" * 300, b'{"failures": 5}',
                                    b'{"failures": [{"at": "yesterday"}]}', b'{"failures": [{"at": NaN}]}', b"[]"])
def test_a_damaged_record_counts_once_is_rewritten_and_alerts_at_the_next_sign_in(vault_info, damage):
    (vault_info.path / SIDE).write_bytes(damage)
    throttle = Throttle(vault_info.path)
    assert len(throttle.failures()) == 1  # counted once, not as five (which locked everybody out)
    rewritten = json.loads((vault_info.path / SIDE).read_text())  # rewritten at once, valid JSON
    assert len(rewritten["failures"]) == 1
    assert len(throttle.failures()) == 1  # reading again does not count it again
    assert throttle.delay_remaining() == 0
    s = vault_info.sign_in()  # no wait: the damage is not a denial of service
    damaged = [a for a in s.alerts if a["rule"] == "signin_record_damaged"]
    assert len(damaged) == 1 and "the failed-sign-in record was damaged" in damaged[0]["message"].lower()
    assert not (vault_info.path / SIDE).exists()
    s.close()
    s = vault_info.sign_in()  # raised once, not again
    assert len(alerts.list_alerts(s, rule="signin_record_damaged")) == 1
    s.close()


def test_times_in_the_future_do_not_lock_the_vault_for_ever(vault_info):
    (vault_info.path / SIDE).write_text(json.dumps({"failures": [{"at": 1e15} for _ in range(8)]}))
    throttle = Throttle(vault_info.path)
    assert 0 < throttle.delay_remaining() <= 300  # eight failures, now: a few seconds' wait at most
    vault_info.clock.advance(600)
    vault_info.sign_in().close()


def test_the_record_stores_nothing_that_confirms_a_guess(vault_info):
    typed = "Tr0ub4dor&3 my real password"  # a password typed into the user-name field
    with pytest.raises(AuthenticationError):
        core.unlock(vault_info.path, typed, PASSWORD, totp_code="123456")
    raw = (vault_info.path / SIDE).read_text()
    norm = normalise_username(typed)
    for guess in (user_tag(vault_info.vault_id, typed), hashlib.sha256(norm.encode()).hexdigest(),
                  hashlib.sha256(f"{vault_info.vault_id}{norm}".encode()).hexdigest()):
        assert guess not in raw  # a word list over the typed name confirms nothing
    assert norm not in raw.lower() and typed not in raw
    unknown = json.loads(raw)["failures"][-1]

    with pytest.raises(AuthenticationError):  # wrong password for a real user
        core.unlock(vault_info.path, "admin", "not the password at all", totp_code="123456")
    wrong_password = json.loads((vault_info.path / SIDE).read_text())["failures"][-1]
    with pytest.raises(AuthenticationError):  # right password, wrong code
        core.unlock(vault_info.path, "admin", PASSWORD, totp_code=_wrong_code(vault_info))
    wrong_code = json.loads((vault_info.path / SIDE).read_text())["failures"][-1]

    def shape(f):
        return {k: v for k, v in f.items() if k not in ("at", "id")}

    # nothing tells a right password (wrong code) from a wrong one
    assert shape(wrong_password) == shape(wrong_code)
    assert set(unknown) <= {"at", "id", "tag"} and not unknown.get("tag")
    assert wrong_password["id"] != wrong_code["id"]

    vault_info.clock.advance(600)
    s = vault_info.sign_in()  # the user is still told, and the log still shows the failures
    assert s.report.failed_attempts == 2
    failed = audit.query(s, action="signin.failed", newest_first=False)["entries"]
    assert len(failed) == 3 and [f["user"] for f in failed].count("admin") == 2
    assert len({json.dumps(f["details"].get("reason")) for f in failed}) == 1  # one reason for every failure
    s.close()
