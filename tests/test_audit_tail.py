"""A cut-off tail of the audit log (issue 10, item 8): deleting the newest entries with the vault
key must not leave ``audit --verify`` saying "intact", and the verified point never moves
backwards. Anchors: the verified point in the database, the head recorded beside the vault at
every lock, and the chain head in the newest signed backup."""
from __future__ import annotations

import json

import pytest

from app import audit, auth
from app.settings import VaultSettings
from tests.conftest import PASSWORD, run_cli
from tests.test_audit import fill, raw, signin_args

pytestmark = pytest.mark.usefixtures("isolated_config")
pytest_plugins = ["tests.servers"]


def checkpoint(info) -> tuple[int, bytes]:
    with raw(info) as conn:
        row = conn.execute("SELECT seq, hash FROM audit_checkpoint WHERE id = 1").fetchone()
    return int(row[0]), bytes(row[1])


def cut_tail(info, n: int, *, lower_checkpoint: bool = False) -> int:
    """The attacker: delete the newest ``n`` entries with the vault key; returns the first one removed."""
    with raw(info) as conn:
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        first = last - n + 1
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (first,))
        if lower_checkpoint:  # and move the verified point back to the cut
            row = conn.execute("SELECT seq, hash FROM audit_log WHERE seq = ?", (first - 1,)).fetchone()
            conn.execute("UPDATE audit_checkpoint SET seq = ?, hash = ? WHERE id = 1", (row[0], row[1]))
    return first


def verify_cli(info):
    return run_cli(["audit", *signin_args(info), "--verify"], stdin=PASSWORD + "\n")


def test_a_cut_off_tail_is_broken_and_the_verified_point_stays(vault_info):
    fill(vault_info, 10)
    assert verify_cli(vault_info).status == 0
    before = checkpoint(vault_info)
    first = cut_tail(vault_info, 6)
    r = verify_cli(vault_info)
    assert r.status == 4 and r.json["ok"] is False and r.json["first_bad"] == first, r.out
    assert "removed" in r.json["reason"] or "missing" in r.json["reason"]
    assert checkpoint(vault_info)[0] >= before[0]  # never moved back to the cut
    assert verify_cli(vault_info).status == 4  # and it stays broken


def test_a_cut_with_the_verified_point_lowered_is_caught_by_the_head_beside_the_vault(vault_info):
    fill(vault_info, 10)
    first = cut_tail(vault_info, 4, lower_checkpoint=True)
    r = verify_cli(vault_info)
    assert r.status == 4 and r.json["first_bad"] == first, r.out
    s = vault_info.sign_in()
    assert [a for a in s.alerts if a["rule"] == "audit_chain_broken"]
    s.close()


def test_the_head_beside_the_vault_cannot_be_forged_without_the_key(vault_info):
    fill(vault_info, 3)
    head = json.loads((vault_info.path / "audit-head.json").read_text())
    head["seq"] += 1000  # a forged head would lock the log into "broken" for ever
    (vault_info.path / "audit-head.json").write_text(json.dumps(head))
    r = verify_cli(vault_info)
    assert r.status == 0 and r.json["ok"] is True
    assert any("changed outside the app" in a["detail"] for a in r.json["anchors"])


def test_the_newest_signed_backup_pins_the_head(vault_info, tmp_path):
    target = tmp_path / "backups"
    fill(vault_info, 5)
    s = vault_info.sign_in()
    VaultSettings(s).set("backup.target_url", str(target))
    s.close()
    r = run_cli(["backup", vault_info.path, "--user", "admin", "--password-stdin", "--totp", vault_info.code(),
                 "--to", target, "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    sig = json.loads(next(target.glob("*.sig")).read_text())
    shown = sig["signed"]["audit_chain_head"]["seq"]
    with raw(vault_info) as conn:
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    # everything local is rewound: the tail, the verified point and the head beside the vault
    first = cut_tail(vault_info, last - shown + 3, lower_checkpoint=True)
    (vault_info.path / "audit-head.json").unlink(missing_ok=True)
    r = verify_cli(vault_info)
    assert r.status == 4 and r.json["first_bad"] == first, r.out
    assert any(a["source"] == "backup" and not a["ok"] for a in r.json["anchors"])


def test_restoring_an_older_backup_is_not_a_cut(vault_info, tmp_path):
    target = tmp_path / "backups"
    fill(vault_info, 3)
    signin = ["--user", "admin", "--password-stdin"]
    r = run_cli(["backup", vault_info.path, *signin, "--totp", vault_info.code(), "--to", target, "--json"],
                stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    older = r.json["archive"]
    fill(vault_info, 5)
    assert run_cli(["backup", vault_info.path, *signin, "--totp", vault_info.code(), "--to", target],
                   stdin=PASSWORD + "\n").status == 0
    keyf = tmp_path / "recovery.txt"
    keyf.write_text(vault_info.recovery_key + "\n")
    r = run_cli(["restore", target / older, "--to", vault_info.path, "--recovery-key-file", keyf, "--json"])
    assert r.status == 0, r.err
    s = vault_info.sign_in()
    VaultSettings(s).set("backup.target_url", str(target))
    result = audit.verify(s)
    assert result["ok"], result
    auth.lock(s)
    assert verify_cli(vault_info).status == 0
