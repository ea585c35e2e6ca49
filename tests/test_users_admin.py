"""User and profile administration (issue 4) on a real vault: slots, temporary passwords,
TOTP re-enrolment, the last-Administrator rule, custom profiles, and the CLI."""
from __future__ import annotations

import json

import pytest

from app import audit, auth, profiles, users
from tests.conftest import PASSWORD, run_cli, signin
from vault.errors import (
    AuthenticationError,
    NotFoundError,
    PasswordChangeRequired,
    PermissionDenied,
    PolicyError,
    ValidationError,
)

OTHER = "another long passphrase 42"
TEMP = "temporary passphrase 2026!"
NEW = "brand new passphrase for sam"


def slots(info) -> list[str]:
    data = json.loads((info.path / "keyslots.json").read_text())
    return [json.dumps(s) for s in data.get("slots", [])]


@pytest.fixture
def with_sam(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER, "Sales")
    s.close()
    return vault_info, e


def test_disable_removes_the_slot_and_enable_needs_a_temporary_password(with_sam):
    info, e = with_sam
    before = len(slots(info))
    s = info.sign_in()
    assert users.disable_user(s, "sam")["status"] == "disabled"
    s.close()
    assert len(slots(info)) == before - 1
    with pytest.raises(AuthenticationError):
        info.sign_in("sam", OTHER, e.totp_secret)
    s = info.sign_in()
    listed = {u["user"]: u["status"] for u in users.list_users(s)}
    assert listed["sam"] == "disabled"
    users.enable_user(s, "sam", TEMP)
    actions = [x["action"] for x in audit.query(s, action="user.*", newest_first=False)["entries"]]
    assert actions == ["user.add", "user.disable", "user.enable"]
    s.close()
    with pytest.raises(AuthenticationError):  # the old password stays dead
        info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(PasswordChangeRequired):
        info.sign_in("sam", TEMP, e.totp_secret)
    sam = auth.sign_in(info.path, "sam", TEMP, totp_code=info.clock.code(e.totp_secret), allow_password_change=True)
    assert sam.must_change_password
    with pytest.raises(PermissionDenied):
        sam.require("customers.read")
    auth.change_own_password(sam, TEMP, NEW)
    sam.close()
    sam = info.sign_in("sam", NEW, e.totp_secret)
    assert sam.profile.name == "Sales" and not sam.must_change_password
    sam.close()


def test_cannot_disable_self_or_the_last_administrator(vault_info):
    s = vault_info.sign_in()
    with pytest.raises(PolicyError):
        users.disable_user(s, "admin")
    with pytest.raises(PolicyError, match="at least one active Administrator"):
        users.set_profile(s, "admin", "Manager")
    e = users.add_user(s, "root2", OTHER, "Administrator")
    users.disable_user(s, "root2")
    with pytest.raises(PolicyError, match="at least one active Administrator"):
        users.set_profile(s, "admin", "Manager")  # root2 is disabled: does not count
    users.enable_user(s, "root2", TEMP)
    s.close()
    r2 = auth.sign_in(vault_info.path, "root2", TEMP, totp_code=vault_info.clock.code(e.totp_secret),
                      allow_password_change=True)
    auth.change_own_password(r2, TEMP, NEW)
    users.set_profile(r2, "admin", "Manager")  # now allowed: root2 is an active Administrator
    with pytest.raises(PolicyError, match="at least one active Administrator"):
        users.set_profile(r2, "root2", "Sales")
    with pytest.raises(PolicyError):
        users.disable_user(r2, "root2")
    r2.close()


def test_reset_password_is_temporary(with_sam):
    info, e = with_sam
    s = info.sign_in()
    with pytest.raises(PolicyError):
        users.reset_password(s, "admin", TEMP)  # own password: change_own_password, with the current one
    users.reset_password(s, "sam", TEMP)
    s.close()
    with pytest.raises(AuthenticationError):
        info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(PasswordChangeRequired):
        info.sign_in("sam", TEMP, e.totp_secret)


def test_reset_totp_is_a_new_enrolment(with_sam):
    info, e = with_sam
    s = info.sign_in()
    new = users.reset_totp(s, "sam", TEMP)
    s.close()
    assert new.totp_secret != e.totp_secret and len(new.recovery_codes) == 10
    with pytest.raises(AuthenticationError):  # the old authenticator no longer works
        auth.sign_in(info.path, "sam", TEMP, totp_code=info.clock.code(e.totp_secret), allow_password_change=True)
    info.clock.advance(600)
    sam = auth.sign_in(info.path, "sam", TEMP, totp_code=info.clock.code(new.totp_secret),
                       allow_password_change=True)
    assert sam.must_change_password
    sam.close()
    sam = auth.sign_in(info.path, "sam", TEMP, recovery_code=new.recovery_codes[0], allow_password_change=True)
    sam.close()


def test_own_totp_and_password_need_the_current_password(with_sam):
    info, e = with_sam
    sam = info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(AuthenticationError):
        users.change_own_totp(sam, "not my password at all")
    with pytest.raises(AuthenticationError):
        auth.change_own_password(sam, "not my password at all", NEW)
    new = users.change_own_totp(sam, OTHER)
    sam.close()
    with pytest.raises(AuthenticationError):
        info.sign_in("sam", OTHER, e.totp_secret)
    info.clock.advance(600)
    sam = info.sign_in("sam", OTHER, new.totp_secret)
    sam.close()
    s = info.sign_in()
    assert audit.query(s, action="user.totp_change")["total"] == 1
    s.close()


def test_set_profile_takes_effect_and_is_audited(with_sam):
    info, e = with_sam
    s = info.sign_in()
    assert users.set_profile(s, "sam", "Support") == {"user": "sam", "profile": "Support"}
    entry = audit.query(s, action="user.set_profile")["entries"][0]
    assert entry["details"]["before"] == "Sales" and entry["details"]["after"] == "Support"
    with pytest.raises(NotFoundError):
        users.set_profile(s, "sam", "Wizard")
    s.close()
    sam = info.sign_in("sam", OTHER, e.totp_secret)
    assert sam.profile.name == "Support" and sam.scope_all
    sam.close()


def test_only_users_manage_administers_users(with_sam):
    info, e = with_sam
    sam = info.sign_in("sam", OTHER, e.totp_secret)
    for call in (lambda: users.disable_user(sam, "admin"), lambda: users.enable_user(sam, "admin", TEMP),
                 lambda: users.reset_password(sam, "admin", TEMP), lambda: users.reset_totp(sam, "admin", TEMP),
                 lambda: users.set_profile(sam, "sam", "Administrator"), lambda: profiles.list_profiles(sam),
                 lambda: profiles.create_profile(sam, "Mine", ["customers.read"])):
        with pytest.raises(PermissionDenied):
            call()
    sam.close()


def test_custom_profiles(with_sam):
    info, e = with_sam
    s = info.sign_in()
    p = profiles.create_profile(s, "Field sales", ["customers.read", "customers.create", "deals.read"], "own",
                                "Sales without deal edits")
    assert p["builtin"] is False and p["permissions"] == ["customers.create", "customers.read", "deals.read"]
    with pytest.raises(ValidationError):
        profiles.create_profile(s, "Bad", ["customers.read", "root.everything"])
    with pytest.raises(ValidationError):
        profiles.create_profile(s, "Bad", ["customers.read"], "some")
    with pytest.raises(PolicyError):
        profiles.create_profile(s, "field SALES", ["customers.read"])
    users.set_profile(s, "sam", "Field sales")
    with pytest.raises(PolicyError):
        profiles.delete_profile(s, "Field sales")  # still in use
    p = profiles.update_profile(s, "Field sales", permissions=["customers.read", "deals.read"], scope="all")
    assert p["users"] == 1 and p["scope"] == "all"
    for name in ("Administrator", "Sales"):
        with pytest.raises(PolicyError):
            profiles.delete_profile(s, name)
        with pytest.raises(PolicyError):
            profiles.update_profile(s, name, permissions=["customers.read"])
    s.close()
    sam = info.sign_in("sam", OTHER, e.totp_secret)
    assert sam.profile.name == "Field sales" and sam.can("deals.read") and not sam.can("customers.create")
    sam.close()
    s = info.sign_in()
    users.set_profile(s, "sam", "Sales")
    profiles.delete_profile(s, "Field sales")
    assert "Field sales" not in [x["name"] for x in profiles.list_profiles(s)]
    acts = [x["action"] for x in audit.query(s, action="profile.*", newest_first=False)["entries"]]
    assert acts == ["profile.create", "profile.update", "profile.delete"]
    s.close()


def test_cli_user_and_profile_administration(with_sam):
    info, e = with_sam
    r = run_cli(["user", "disable", info.path, "sam", *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json == {"user": "sam", "status": "disabled"}
    r = run_cli(["user", "enable", info.path, "sam", *signin(info, json=True)], stdin=f"{PASSWORD}\n{TEMP}\n")
    assert r.status == 0 and r.json["must_change_password"] is True
    r = run_cli(["user", "reset-totp", info.path, "sam", *signin(info, json=True)], stdin=f"{PASSWORD}\n{TEMP}\n")
    assert r.status == 0 and len(r.json["recovery_codes"]) == 10 and r.json["totp_secret"] != e.totp_secret
    r = run_cli(["user", "reset-password", info.path, "sam", *signin(info, json=True)], stdin=f"{PASSWORD}\n{TEMP}\n")
    assert r.status == 0
    r = run_cli(["profile", "add", info.path, "Readers", "--permissions", "customers.read", "--scope", "all",
                 *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["name"] == "Readers"
    r = run_cli(["user", "set-profile", info.path, "sam", "--profile", "Readers", *signin(info, json=True)],
                stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["profile"] == "Readers"
    r = run_cli(["profile", "list", info.path, *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0 and {p["name"]: p["users"] for p in r.json}["Readers"] == 1
    r = run_cli(["user", "list", info.path, *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert {u["user"]: u["profile"] for u in r.json}["sam"] == "Readers"
    r = run_cli(["profile", "delete", info.path, "Sales", *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 1 and "built-in" in r.err
    r = run_cli(["user", "disable", info.path, "admin", *signin(info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 1 and "own account" in r.err
