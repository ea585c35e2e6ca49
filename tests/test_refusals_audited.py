"""Refused actions leave a trace (issue 10, item 9; OWASP ASVS: log failed access-control
decisions): every permission refusal, from the CLI, the UI's services or anywhere else, is an
audit entry ``permission.denied`` and counts toward the ``access_denied`` alert."""
from __future__ import annotations

import pytest

from app import alert_rules, audit, auth, users
from app.records import customers
from app.settings import VaultSettings
from vault.db import transaction
from vault.errors import AuthenticationError, PermissionDenied

from .conftest import PASSWORD

OTHER = "another long passphrase 42"


def _sam(vault_info, profile="Sales"):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER, profile)
    s.close()
    return e


def _sam_args(vault_info, e):
    return ["--user", "sam", "--password-stdin", "--totp", vault_info.clock.code(e.totp_secret), "--json"]


def _admin_args(vault_info):
    return ["--user", "admin", "--password-stdin", "--totp", vault_info.code(), "--json"]


def _denied(cli, vault_info):
    r = cli(["audit", vault_info.path, *_admin_args(vault_info), "--action", "permission.denied"],
            stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    return r.json


def test_a_refused_export_through_the_cli_is_in_the_audit_log(vault_info, cli, tmp_path):
    e = _sam(vault_info)
    out = tmp_path / "all.csv"
    r = cli(["export", vault_info.path, *_sam_args(vault_info, e), "--format", "csv", "--out", out],
            stdin=OTHER + "\n")
    assert r.status == 5 and not out.exists()
    entries = _denied(cli, vault_info)
    assert len(entries) == 1
    d = entries[0]
    assert d["user"] == "sam" and d["details"]["atom"] == "customers.export"
    assert "export" in d["details"]["attempted"]  # what was attempted, not only the atom
    # the entry is where it happened: after sam's sign-in, before his lock
    s = vault_info.sign_in()
    mine = [x["action"] for x in audit.query(s, user="sam", newest_first=False)["entries"]]
    assert mine[-3:] == ["signin", "permission.denied", "lock"]
    s.close()


def test_repeated_refusals_raise_the_access_denied_alert(vault_info, cli, tmp_path):
    s = vault_info.sign_in()
    VaultSettings(s).set("alerts.denials_threshold", 3)
    s.close()
    e = _sam(vault_info)
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    for atom in ("customers.export", "users.manage"):
        with pytest.raises(PermissionDenied):
            sam.require(atom)
    assert not alert_rules.stored(sam.conn, rule="access_denied")
    with pytest.raises(PermissionDenied):
        users.list_users(sam)  # the third refusal within the window
    with pytest.raises(PermissionDenied):
        sam.require("backup.restore")  # no second alert for the same window
    auth.lock(sam)
    s = vault_info.sign_in()
    found = [a for a in s.alerts if a["rule"] == "access_denied"]
    assert len(found) == 1 and found[0]["user"] == "sam" and found[0]["details"]["count"] == 3
    s.close()


def test_a_refusal_inside_a_failing_transaction_is_still_recorded(vault_info):
    e = _sam(vault_info)
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(PermissionDenied), transaction(sam.conn):
        sam.conn.execute("UPDATE users SET display_name = 'x' WHERE id = ?", (sam.user_id,))
        sam.require("users.manage")  # the caller's transaction rolls back
    auth.lock(sam)
    s = vault_info.sign_in()
    entries = audit.query(s, action="permission.denied")["entries"]
    assert len(entries) == 1 and entries[0]["details"]["atom"] == "users.manage"
    assert audit.verify(s)["ok"]
    s.close()


def test_refusals_beyond_the_atoms_are_recorded_too(vault_info, cli):
    """Record scope, profile escalation: refused by the services, not by ``require`` alone."""
    s = vault_info.sign_in()
    cid = customers.create_customer(s, {"display_name": "Admin's Customer"})
    s.close()
    s = vault_info.sign_in()
    users.add_user(s, "una", OTHER, "Sales")
    prof = {"name": "Helpdesk", "permissions": ["users.manage", "customers.read"], "scope": "all"}
    from app import profiles

    profiles.create_profile(s, prof["name"], prof["permissions"], prof["scope"], "")
    e = users.add_user(s, "sam", OTHER, "Helpdesk")
    e2 = users.add_user(s, "tom", OTHER, "Sales")
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(PermissionDenied):
        users.set_profile(sam, "una", "Administrator")  # rights sam lacks: escalation refused
    auth.lock(sam)
    tom = vault_info.sign_in("tom", OTHER, e2.totp_secret)
    with pytest.raises(PermissionDenied):
        customers.get_customer(tom, cid)  # not one of tom's records
    auth.lock(tom)
    entries = _denied(cli, vault_info)
    assert [(x["user"], x["details"]["atom"]) for x in entries] == [("sam", "users.manage"), ("tom", "scope")]
    assert (entries[1]["entity"], entries[1]["entity_id"]) == ("customer", str(cid))


def test_a_locked_session_refuses_without_writing(vault_info):
    e = _sam(vault_info)
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    auth.lock(sam)
    with pytest.raises(AuthenticationError):
        sam.require("customers.export")
    s = vault_info.sign_in()
    assert audit.query(s, action="permission.denied")["total"] == 0
    s.close()
