"""Issue 14 (sync-proof): a laptop that joined with the Sales profile, end to end through the real
``device invite|join|approve`` flow and a folder location: it downloads the book, its own customer
reaches the administrator, and what a modified client on it writes outside Sales' rights (raising
its own profile's permissions, deleting a customer) is refused on the administrator's laptop,
reported, audited and alerted, while the rest of the same round applies."""
from __future__ import annotations

import json

from app import auth
from app.ops import records as ops
from app.ops import sync as ops_sync
from app.records import create_customer, get_customer
from tests.conftest import PASSWORD, run_cli, signin
from vault.sync import dump

SAM_PASSWORD = "sam's own long passphrase 9"


def _join(a, url, tmp_path, profile: str):
    r = run_cli(["sync", "init", a.path, *signin(a, json=True), "--at", url], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    inv = tmp_path / "sam.invite"
    r = run_cli(["device", "invite", a.path, *signin(a, json=True), "--user", "sam", "--profile", profile,
                 "--out", inv], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    path = tmp_path / "sam"
    r = run_cli(["device", "join", path, "--invite", inv, "--password-stdin", "--kdf", "floor", "--json"],
                stdin=f"{SAM_PASSWORD}\n{r.json['code']}\n")
    assert r.status == 0, r.err
    joined = r.json
    r = run_cli(["device", "approve", a.path, joined["device_id"], *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    return path, joined


def test_a_sales_laptop_syncs_its_own_work_and_its_forged_changes_are_refused(new_vault, tmp_path):
    a_info = new_vault("a")
    s = a_info.sign_in()
    ada = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
    ada_uid = s.conn.execute("SELECT uid FROM customers WHERE id = ?", (ada,)).fetchone()[0]
    s.close()
    path, joined = _join(a_info, tmp_path / "location", tmp_path, "Sales")
    a = a_info.sign_in()
    sam = auth.sign_in(path, "sam", SAM_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        assert sam.profile.name == "Sales"
        ops_sync.sync(a)
        assert ops_sync.sync(sam).result["refused"] == []
        assert sam.conn.execute("SELECT count(*) FROM customers WHERE uid = ?", (ada_uid,)).fetchone()[0] == 1
        own = ops.create(sam, {"given_name": "Grace", "family_name": "Hopper"}, force=True).result
        own_uid = sam.conn.execute("SELECT uid FROM customers WHERE id = ?", (own,)).fetchone()[0]
        # a modified client: writes straight into its vault what Sales may not do (captured as its changes)
        with sam.vault.transaction():
            sam.conn.execute("UPDATE profiles SET permissions = ? WHERE name = 'Sales'", (json.dumps(["*"]),))
            sam.conn.execute("UPDATE customers SET deleted_at = '2026-01-01T00:00:00+00:00' WHERE uid = ?",
                             (ada_uid,))
        assert ops_sync.sync(sam).result["published"] > 0
        out = ops_sync.sync(a).result
        refused = {(r["table"], r["field"], r["reason"]) for r in out["refused"]}
        assert ("profiles", "permissions", "permission") in refused
        assert ("customers", "deleted_at", "permission") in refused
        assert {r["device"] for r in out["refused"]} == {joined["device_id"]}
        # the rest applied: Sam's own customer is on A; Ada is not deleted; Sales keeps its rights
        cid = a.conn.execute("SELECT id FROM customers WHERE uid = ?", (own_uid,)).fetchone()[0]
        assert get_customer(a, cid, audited=False)["family_name"] == "Hopper"
        assert get_customer(a, ada, audited=False)["deleted_at"] is None
        perms = a.conn.execute("SELECT permissions FROM profiles WHERE name = 'Sales'").fetchone()[0]
        assert "*" not in json.loads(perms)
        assert a.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'sync.refused'").fetchone()[0] >= 2
        assert a.conn.execute("SELECT count(*) FROM alerts WHERE rule = 'sync_refused'").fetchone()[0] == 1
        assert b"Hopper" in dump.dump(a.conn)
    finally:
        a.close()
        sam.close()
