"""Replaying an older keyslots.json (issue 10, item 6): a slot older than the version the
encrypted database records for its user is refused, audited and alerted, so write access to the
vault folder can destroy but not silently undo a password change or a TOTP reset."""
from __future__ import annotations

import json
import shutil

import pytest

from app import alerts, audit, auth, users
from tests.conftest import run_cli
from vault.errors import AuthenticationError

ERIN_PW = "erin's first long passphrase"
ERIN_NEW = "erin's second long passphrase"
TEMP_PW = "a temporary long passphrase"


@pytest.fixture
def erin(vault_info):
    s = vault_info.sign_in()
    try:
        return users.add_user(s, "erin", ERIN_PW, "Sales")
    finally:
        s.close()


def _events(v):
    s = v.sign_in()
    try:
        actions = [e["action"] for e in audit.query(s, limit=None)["entries"]]
        rules = [a["rule"] for a in alerts.list_alerts(s)]
        return actions, rules
    finally:
        s.close()


def test_replayed_keyslots_after_a_password_change_is_refused_audited_and_alerted(vault_info, erin, tmp_path):
    v = vault_info
    shutil.copy(v.path / "keyslots.json", tmp_path / "keyslots-old.json")
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    shutil.copy(tmp_path / "keyslots-old.json", v.path / "keyslots.json")  # its MAC still matches
    with pytest.raises(AuthenticationError, match="older key slot"):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    actions, rules = _events(v)
    assert "signin.stale_slot" in actions and "slot_rollback" in rules
    # the admin's sign-in found the stale slot in the file and removed it (audited too)
    assert "keyslots.stale_removed" in actions
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))


def test_replay_through_the_cli_exits_3(vault_info, erin, tmp_path):
    v = vault_info
    shutil.copy(v.path / "keyslots.json", tmp_path / "keyslots-old.json")
    r = run_cli(["passwd", v.path, "--user", "erin", "--password-stdin", "--totp", v.clock.code(erin.totp_secret)],
                stdin=f"{ERIN_PW}\n{ERIN_NEW}\n")
    assert r.status == 0, r.err
    shutil.copy(tmp_path / "keyslots-old.json", v.path / "keyslots.json")
    r = run_cli(["user", "list", v.path, "--user", "erin", "--password-stdin", "--totp",
                 v.clock.code(erin.totp_secret)], stdin=ERIN_PW + "\n")
    assert r.status == 3 and r.err.startswith("error: ") and "older key slot" in r.err
    assert "Traceback" not in r.err


def test_old_phone_and_old_slot_stop_working_after_a_totp_reset(vault_info, erin, tmp_path):
    v = vault_info
    shutil.copy(v.path / "keyslots.json", tmp_path / "keyslots-old.json")
    s = v.sign_in()
    users.reset_totp(s, "erin", TEMP_PW)
    s.close()
    shutil.copy(tmp_path / "keyslots-old.json", v.path / "keyslots.json")
    with pytest.raises(AuthenticationError, match="older key slot"):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret), allow_password_change=True)
    assert "slot_rollback" in _events(v)[1]


def test_a_disabled_users_old_slot_put_back_is_refused(vault_info, erin, tmp_path):
    v = vault_info
    shutil.copy(v.path / "keyslots.json", tmp_path / "keyslots-old.json")
    s = v.sign_in()
    users.disable_user(s, "erin")
    s.close()
    shutil.copy(tmp_path / "keyslots-old.json", v.path / "keyslots.json")
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    assert "signin.stale_slot" in _events(v)[0]


def test_the_version_cannot_be_raised_by_editing_the_file(vault_info, erin, tmp_path):
    """The version is in the box's associated data (and under the MAC): raising it in an old
    copy makes the slot unopenable instead of current."""
    v = vault_info
    old = json.loads((v.path / "keyslots.json").read_text())
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    for slot in old["slots"]:
        slot["version"] = 99
    (v.path / "keyslots.json").write_text(json.dumps(old))
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))


def test_replay_by_hand_copied_database_and_slots_is_caught_by_the_ledger_file(vault_info, erin, tmp_path):
    """An older vault.db and keyslots.json copied back by hand agree with each other; the ledger
    file beside them (MAC'd) still knows erin's newer slot."""
    v = vault_info
    for name in ("vault.db", "keyslots.json"):
        shutil.copy(v.path / name, tmp_path / name)
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    for name in ("vault.db", "keyslots.json"):
        (v.path / (name + "-wal")).unlink(missing_ok=True)
        shutil.copy(tmp_path / name, v.path / name)
    with pytest.raises(AuthenticationError, match="older key slot"):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))


def test_normal_changes_keep_working(vault_info, erin):
    """No false refusals: password change, reset, TOTP reset and re-enabling all sign in."""
    v = vault_info
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    auth.sign_in(v.path, "erin", ERIN_NEW, totp_code=v.clock.code(erin.totp_secret)).close()
    s = v.sign_in()
    users.disable_user(s, "erin")
    users.enable_user(s, "erin", TEMP_PW)
    e = users.reset_totp(s, "erin", TEMP_PW)
    s.close()
    auth.sign_in(v.path, "erin", TEMP_PW, totp_code=v.clock.code(e.totp_secret), allow_password_change=True).close()
    assert "slot_rollback" not in _events(v)[1]


def test_the_two_slot_file_of_a_password_change_put_back_still_refuses_the_old_password(vault_info, erin,
                                                                                         monkeypatch):
    """A password change first writes keyslots.json with the old and the new slot side by side
    (issue 18). That file, copied and put back once the change is done, opens nothing old."""
    from vault import keyslots

    written, real_write = [], keyslots.atomic_write
    monkeypatch.setattr(keyslots, "atomic_write", lambda path, data: (written.append(data), real_write(path, data)))
    v = vault_info
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    both = [w for w in written if len(json.loads(w)["slots"]) == 3]  # admin, erin's old and new slot
    assert len(both) == 1
    (v.path / "keyslots.json").write_bytes(both[0])
    with pytest.raises(AuthenticationError, match="older key slot"):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.sign_in(v.path, "erin", ERIN_NEW, totp_code=v.clock.code(erin.totp_secret)).close()
    assert "slot_rollback" in _events(v)[1]


def test_a_new_slot_whose_database_commit_never_happened_opens_nothing(vault_info, erin):
    """The change failed after its first write (old and new slot in the file) and before its
    database commit: the old password still works, the new one does not, and the unused slot is
    gone after the next sign-in."""
    from vault.user_slots import rewrap_user_slot

    v = vault_info
    s = v.sign_in()

    def fail():
        raise RuntimeError("killed before the commit")

    with pytest.raises(RuntimeError):
        rewrap_user_slot(s.vault, erin.user_id, ERIN_NEW, also=fail)
    s.close()
    assert len(json.loads((v.path / "keyslots.json").read_bytes())["slots"]) == 3
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_NEW, totp_code=v.clock.code(erin.totp_secret))
    auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret)).close()
    assert len(json.loads((v.path / "keyslots.json").read_bytes())["slots"]) == 2
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_NEW, totp_code=v.clock.code(erin.totp_secret))
    assert "slot_rollback" not in _events(v)[1]
