"""Crash safety of everyday writes (issue 18): a workload of creates, edits, deletes, merges,
imports, erasures and user additions in a child process, SIGKILLed at random moments. After each
kill the vault opens, ``PRAGMA integrity_check`` and the audit chain pass, and every change the
child had reported as committed (fsynced side file) is there."""
from __future__ import annotations

from app import users
from app.records import customers
from tests.reliability.harness import COUNTS, check_opens, child_time, facts, rng, run_and_kill


def _customer(s, cid):
    return customers.get_customer(s, cid, include_deleted=True, audited=False)


def _deleted(s, cid) -> bool:
    return s.conn.execute("SELECT deleted_at IS NOT NULL FROM customers WHERE id = ?", (cid,)).fetchone()[0] == 1


def check_fact(s, f: dict, user_names: set[str]) -> None:
    kind = f["kind"]
    if kind == "create":
        rec = _customer(s, f["cid"])
        assert rec["given_name"] == f["name"] and not _deleted(s, f["cid"]), f
    elif kind == "edit":
        assert _customer(s, f["cid"])["family_name"] == f["family"], f
    elif kind == "delete":
        assert _deleted(s, f["cid"]), f
    elif kind == "merge":
        assert _deleted(s, f["merged"]) and not _deleted(s, f["cid"]), f
        assert f["email"] in str(_customer(s, f["cid"])["emails"]).lower(), f
    elif kind == "import":
        assert len(f["cids"]) == 5, f
        for cid in f["cids"]:
            assert _customer(s, cid)["family_name"] == "Imported", f
    elif kind == "erase":
        rec = _customer(s, f["cid"])
        assert f["name"] not in (rec.get("given_name") or "") and f["name"] not in (rec.get("display_name") or ""), f
        assert s.conn.execute("SELECT 1 FROM erasure_ledger WHERE customer_id = ?", (f["cid"],)).fetchone(), f
    else:
        assert f["user"] in user_names, f


def test_killed_workload_keeps_every_committed_change(vault_info, tmp_path):
    v, side, r = vault_info, tmp_path / "committed.jsonl", rng("workload")
    outcomes = []
    for run in range(COUNTS["workload"]):
        args = {"mode": "workload", "vault": str(v.path), "user": v.user, "password": v.password,
                "secret": v.totp_secret, "t0": child_time(v.clock), "side": str(side), "first": run * 1000}
        outcomes.append(run_and_kill(args, delay=r.uniform(0.0, 2.5)))
        s = v.sign_in()
        try:
            check_opens(s)
            names = {u["user"] for u in users.list_users(s)}
            for f in facts(side):
                check_fact(s, f, names)
        finally:
            s.close()
    done = facts(side)
    print(f"workload: {len(outcomes)} kills, {len(done)} committed changes checked after each, "
          f"kinds {sorted({f['kind'] for f in done})}")
    assert outcomes.count("killed") == len(outcomes)
    assert {f["kind"] for f in done} >= {"create", "edit", "delete", "merge"}
