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


def _rows(s) -> dict[int, tuple]:
    """Every customer's (given name, family name, deleted): one query per check, not one per fact."""
    return {r[0]: (r[1], r[2], r[3] is not None) for r in
            s.conn.execute("SELECT id, given_name, family_name, deleted_at FROM customers")}


def check_fact(s, f: dict, rows: dict, user_names: set[str], erased: set[int]) -> None:
    kind = f["kind"]
    if kind == "create":
        assert rows[f["cid"]][0] == f["name"] and not rows[f["cid"]][2], f
    elif kind == "edit":
        assert rows[f["cid"]][1] == f["family"], f
    elif kind == "delete":
        assert rows[f["cid"]][2], f
    elif kind == "merge":
        assert rows[f["merged"]][2] and not rows[f["cid"]][2], f
    elif kind == "import":
        assert len(f["cids"]) == 5 and all(rows[cid][1] == "Imported" for cid in f["cids"]), f
    elif kind == "erase":
        assert f["name"] not in rows[f["cid"]][0] and f["cid"] in erased, f
    else:
        assert f["user"] in user_names, f


def check_all(s, done: list[dict]) -> None:
    rows, erased = _rows(s), {r[0] for r in s.conn.execute("SELECT customer_id FROM erasure_ledger")}
    names = {u["user"] for u in users.list_users(s)}
    for f in done:
        check_fact(s, f, rows, names, erased)
    for f in done:  # the merged record's e-mail moved to the kept one (through the detail view)
        if f["kind"] == "merge":
            assert f["email"] in str(_customer(s, f["cid"])["emails"]).lower(), f


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
            check_all(s, facts(side))
        finally:
            s.close()
    done = facts(side)
    print(f"workload: {len(outcomes)} kills, {len(done)} committed changes checked after each, "
          f"kinds {sorted({f['kind'] for f in done})}")
    assert outcomes.count("killed") == len(outcomes)
    assert {f["kind"] for f in done} >= {"create", "edit", "delete", "merge"}
