"""Issue 10, item 12: the restore's audit entry names who ran it (a signed-in administrator),
not "(recovery key)"; a restore with the recovery key file says so."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, key_file, run_cli, signin

pytestmark = pytest.mark.usefixtures("isolated_config")


def restore_entries(v) -> list[dict]:
    r = run_cli(["audit", v.path, *signin(v), "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    return [e for e in r.json if e["action"] == "backup.restore"]


def test_signed_in_admins_restore_is_audited_under_their_name(backed_up):
    v, target, out, _ = backed_up
    r = run_cli(["restore", target / out["archive"], "--to", v.path, *signin(v), "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    (entry,) = restore_entries(v)
    assert entry["user"] == v.user and "signed-in administrator" in str(entry["details"])


def test_recovery_key_file_restore_says_so(backed_up, tmp_path):
    v, target, out, _ = backed_up
    r = run_cli(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", key_file(v, tmp_path),
                 "--json"])
    assert r.status == 0, r.err
    (entry,) = restore_entries(v)
    assert entry["user"] == "(recovery key)" and "recovery key file" in str(entry["details"])
