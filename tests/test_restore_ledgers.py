"""Restoring an older backup must not undo erasures, disabled users or password changes
(issue 10, items 4 and 5): the revocation ledger travels in every manifest, as a signed object at
the backup location, in the file beside the vault and in the live database, and a restore
re-applies every fact it finds and says how many. Real vaults, the real folder target, the CLI."""
from __future__ import annotations

import json
import shutil

import pytest

from app import auth, privacy, users
from app.records import customers
from tests.conftest import PASSWORD, run_cli
from vault import ledger as vledger
from vault.errors import AuthenticationError

pytest_plugins = ["tests.servers"]
pytestmark = pytest.mark.usefixtures("isolated_config")

ANNA = {"given_name": "Anna", "family_name": "Kowalczyk",
        "emails": [{"label": "work", "value": "anna@kowal.example"}]}
BOB_PW = "bob's own long passphrase"
ERIN_PW = "erin's first long passphrase"
ERIN_NEW = "erin's second long passphrase"


def signin(v) -> list[str]:
    return ["--user", v.user, "--password-stdin", "--totp", v.code()]


def backup(v, target) -> str:
    r = run_cli(["backup", v.path, *signin(v), "--to", target, "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    return r.json["archive"]


def key_file(v, tmp_path):
    p = tmp_path / "recovery.txt"
    p.write_text(v.recovery_key + "\n")
    return p


def restore(v, archive, to, tmp_path, *extra):
    return run_cli(["restore", archive, "--to", to, "--recovery-key-file", key_file(v, tmp_path), *extra])


def make_anna(v) -> int:
    s = v.sign_in()
    try:
        return customers.create_customer(s, ANNA)
    finally:
        s.close()


def erase(v, cid) -> None:
    s = v.sign_in()
    try:
        privacy.erase(s, cid)
    finally:
        s.close()


def anna_name(v, cid, path=None) -> str:
    s = auth.sign_in(path or v.path, v.user, v.password, totp_code=v.code())
    try:
        return customers.load(s.conn, cid)["display_name"]
    finally:
        s.close()


# ----------------------------------------------------------------------------- item 4: erasures
def test_restore_into_a_new_folder_reapplies_an_erasure(vault_info, tmp_path):
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)
    backup(v, target)  # the newer backup's ledger object at the location names the erasure
    r = restore(v, target / old, tmp_path / "new", tmp_path)
    assert r.status == 0, r.err
    assert "re-applied 1 erasure, 0 disabled users, 0 credential changes" in r.out
    assert anna_name(v, cid, tmp_path / "new") == f"Erased person #{cid}"


def test_restore_into_a_new_folder_json_counts(vault_info, tmp_path):
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)
    backup(v, target)
    r = restore(v, target / old, tmp_path / "new", tmp_path, "--json")
    assert r.status == 0, r.err
    out = r.json
    assert {"vault", "restored_from", "rows"} <= set(out)  # the contract's keys stay
    assert out["reapplied"] == {"erasures": 1, "disabled_users": 0, "credential_changes": 0}
    assert "backup location" in out["ledger_sources"]


def test_restore_over_the_vault_without_its_ledger_file(vault_info, tmp_path):
    """The live database's own record of the erasure is used when the file beside it is gone."""
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)  # no backup after it: only the live vault knows
    (v.path / privacy.LEDGER_FILE).unlink()
    r = restore(v, target / old, v.path, tmp_path, "--json")
    assert r.status == 0, r.err
    assert r.json["reapplied"]["erasures"] == 1 and "replaced vault" in r.json["ledger_sources"]
    assert anna_name(v, cid) == f"Erased person #{cid}"


def test_restore_over_the_vault_as_signed_in_admin_without_ledger_file(vault_info, tmp_path):
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)
    (v.path / privacy.LEDGER_FILE).unlink()
    r = run_cli(["restore", target / old, "--to", v.path, *signin(v), "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["reapplied"]["erasures"] == 1
    assert anna_name(v, cid) == f"Erased person #{cid}"


def test_restore_on_a_new_laptop_from_the_backup_folder_alone(vault_info, tmp_path, monkeypatch):
    """Nothing but the archive folder (a copy) and the recovery key: the signed ledger object
    at the location brings the erasure; it holds ids and times, no personal data."""
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)
    backup(v, target)
    laptop = tmp_path / "laptop"
    shutil.copytree(target, laptop / "backups")
    keyf = laptop / "recovery.txt"
    keyf.write_text(v.recovery_key + "\n")
    shutil.rmtree(v.path)
    monkeypatch.setenv("VAULTCRM_CONFIG_DIR", str(laptop / "config"))  # no pinned keys on this machine
    obj = (laptop / "backups" / vledger.object_name(v.vault_id)).read_text()
    assert "Anna" not in obj and "Kowalczyk" not in obj and "anna@" not in obj
    assert {"kind": "erasure", "customer_id": cid} == {k: f for k, f in json.loads(obj)["signed"]["facts"][0].items()
                                                       if k != "at"}
    r = run_cli(["restore", laptop / "backups" / old, "--to", laptop / "vault", "--recovery-key-file", keyf,
                 "--json"])
    assert r.status == 0, r.err
    assert r.json["reapplied"]["erasures"] == 1
    assert anna_name(v, cid, laptop / "vault") == f"Erased person #{cid}"


def test_a_forged_ledger_object_is_refused_and_said(vault_info, tmp_path):
    """Someone with write access to the backup folder cannot add or drop facts unnoticed."""
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old = backup(v, target)
    erase(v, cid)
    backup(v, target)
    path = target / vledger.object_name(v.vault_id)
    doc = json.loads(path.read_text())
    doc["signed"]["facts"] = []  # hide the erasure
    path.write_text(json.dumps(doc))
    r = restore(v, target / old, tmp_path / "new", tmp_path)
    assert r.status == 0, r.err
    assert "does not match its signature" in r.out


def test_the_manifest_carries_the_ledger(vault_info, tmp_path):
    """Every archive's manifest holds the ledger (ids and times): a restore of it re-applies the
    facts its database lacks, e.g. a vault.db copied in by hand before the backup."""
    v, target = vault_info, tmp_path / "backups"
    cid = make_anna(v)
    old_db = tmp_path / "old.db"
    shutil.copy(v.path / "vault.db", old_db)
    erase(v, cid)
    shutil.copy(old_db, v.path / "vault.db")  # Anna is back in the database ...
    (v.path / privacy.LEDGER_FILE).rename(tmp_path / "ledger-aside.json")
    s = v.sign_in()
    s.close()
    (tmp_path / "ledger-aside.json").rename(v.path / privacy.LEDGER_FILE)
    archive = backup(v, target)  # ... the backup's manifest takes the file's facts along
    (target / vledger.object_name(v.vault_id)).unlink()
    (v.path / privacy.LEDGER_FILE).unlink()
    r = restore(v, target / archive, tmp_path / "new", tmp_path, "--json")
    assert r.status == 0, r.err
    assert r.json["ledger_sources"] == ["archive manifest"]


def test_a_new_customer_does_not_inherit_an_erased_id(vault_info, tmp_path):
    """Anna was created and erased after the backup: her id stays taken after the restore, so
    the next customer is not erased by the ledger at the next sign-in."""
    v, target = vault_info, tmp_path / "backups"
    old = backup(v, target)
    cid = make_anna(v)
    erase(v, cid)
    r = restore(v, target / old, v.path, tmp_path)
    assert r.status == 0, r.err
    s = v.sign_in()
    try:
        new = customers.create_customer(s, {"given_name": "Bruno", "family_name": "Keep"})
    finally:
        s.close()
    assert new != cid
    assert anna_name(v, new) == "Bruno Keep"


# ----------------------------------------------------------------------------- item 5: users
def _add(v, name: str, pw: str, profile: str = "Sales"):
    s = v.sign_in()
    try:
        return users.add_user(s, name, pw, profile)
    finally:
        s.close()


def _as_admin(v, fn):
    s = v.sign_in()
    try:
        return fn(s)
    finally:
        s.close()


@pytest.mark.parametrize("where", ["over", "new"])
def test_a_disabled_user_stays_disabled_after_restoring_an_older_archive(vault_info, tmp_path, where):
    v, target = vault_info, tmp_path / "backups"
    bob = _add(v, "bob", BOB_PW)
    old = backup(v, target)
    _as_admin(v, lambda s: users.disable_user(s, "bob"))
    if where == "new":
        backup(v, target)
    dest = v.path if where == "over" else tmp_path / "new"
    r = restore(v, target / old, dest, tmp_path, "--json")
    assert r.status == 0, r.err
    assert r.json["reapplied"]["disabled_users"] == 1
    with pytest.raises(AuthenticationError):
        auth.sign_in(dest, "bob", BOB_PW, totp_code=v.clock.code(bob.totp_secret))


def test_an_old_password_does_not_come_back_with_a_restore_over_the_vault(vault_info, tmp_path):
    """Restoring over the vault: erin's current slot is carried over, her old one is not."""
    v, target = vault_info, tmp_path / "backups"
    erin = _add(v, "erin", ERIN_PW)
    old = backup(v, target)
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    r = restore(v, target / old, v.path, tmp_path, "--json")
    assert r.status == 0, r.err
    assert r.json["reapplied"]["credential_changes"] == 1 and r.json["users_to_reset"] == []
    with pytest.raises(AuthenticationError):
        auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.sign_in(v.path, "erin", ERIN_NEW, totp_code=v.clock.code(erin.totp_secret)).close()


def test_an_old_password_does_not_come_back_in_a_new_folder(vault_info, tmp_path):
    """Into a new folder the newer slot is not at hand: the old one is removed and the output
    names erin, whom an administrator must give a new password."""
    v, target = vault_info, tmp_path / "backups"
    erin = _add(v, "erin", ERIN_PW)
    old = backup(v, target)
    s = auth.sign_in(v.path, "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))
    auth.change_own_password(s, ERIN_PW, ERIN_NEW)
    s.close()
    backup(v, target)
    r = restore(v, target / old, tmp_path / "new", tmp_path)
    assert r.status == 0, r.err
    assert "1 credential change" in r.out and "erin" in r.out
    with pytest.raises(AuthenticationError):
        auth.sign_in(tmp_path / "new", "erin", ERIN_PW, totp_code=v.clock.code(erin.totp_secret))


def test_a_signed_in_admin_keeps_a_password_changed_after_the_backup(vault_info, tmp_path):
    v, target = vault_info, tmp_path / "backups"
    old = backup(v, target)
    new_pw = "the admin's newer passphrase"
    s = v.sign_in()
    auth.change_own_password(s, PASSWORD, new_pw)
    s.close()
    r = run_cli(["restore", target / old, "--to", v.path, *signin(v), "--json"], stdin=new_pw + "\n")
    assert r.status == 0, r.err
    with pytest.raises(AuthenticationError):
        v.sign_in()  # the old password
    auth.sign_in(v.path, v.user, new_pw, totp_code=v.code()).close()
