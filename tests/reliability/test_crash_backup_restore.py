"""Crash safety of backup and restore (issue 18). A backup SIGKILLed at random moments publishes
nothing half-written at the location (every archive listed is whole and signed) and the next
backup is fine; a restore over the live vault SIGKILLed at random moments leaves a vault that
opens, passes its checks and holds either its own data or the whole restored copy."""
from __future__ import annotations

import time

from tests.conftest import add_rows, backup, listing, run_cli, table_digest
from tests.reliability.harness import (
    LAST,
    assert_counts,
    check_opens,
    child_time,
    enough,
    facts,
    rng,
    run_and_kill,
)
from vault.backup.location import PARTIAL
from vault.backup.targets import open_target
from vault.backup.upload import cleanup_stale


def _args(v, mode: str, side, **extra) -> dict:
    return {"mode": mode, "vault": str(v.path), "user": v.user, "password": v.password, "secret": v.totp_secret,
            "t0": child_time(v.clock), "side": str(side), **extra}


def _timed(v, mode, side, **extra) -> float:
    assert run_and_kill(_args(v, mode, side, **extra), delay=None) == "finished"
    return LAST["work"]


def test_killed_backup_publishes_nothing_half_written(vault_info, tmp_path):
    v, target, side, r = vault_info, tmp_path / "backups", tmp_path / "side.jsonl", rng("backup")
    add_rows(v, 200, 1000)
    took = _timed(v, "backup", side, to=str(target))
    outcomes = []
    while not enough(outcomes, "backup"):
        outcomes.append(run_and_kill(_args(v, "backup", side, to=str(target)), delay=r.uniform(0, took)))
        rows = listing(target)
        assert rows and all(row["state"] == "ok" for row in rows), rows
        published = {row["archive"] for row in rows}
        leftovers = _unlisted(target, published)  # at most a whole archive killed before its signature
        assert all(n.endswith(".crmbak") and not (target / (n + ".sig")).exists() for n in leftovers), leftovers
        assert {f["archive"] for f in facts(side)} <= published
        s = v.sign_in()
        try:
            check_opens(s)
        finally:
            s.close()
        again = backup(v, target)  # the next backup is fine
        assert again.status == 0 and again.json["verified"], again.err
    # leftovers of killed runs (hidden partial files, a whole archive killed before its signature)
    # are never listed, and a later backup removes them once they are an hour old
    cleanup_stale(open_target(str(target)), prefix=v.vault_id, now=time.time() + 7200)
    assert _unlisted(target, {row["archive"] for row in listing(target)}) == []
    assert not [p for p in target.iterdir() if PARTIAL in p.name]
    newest = listing(target)[-1]["archive"]
    deep = run_cli(["verify", target / newest, "--deep", "--recovery-key-file", _key(v, tmp_path)])
    assert deep.status == 0, deep.out + deep.err
    assert_counts(outcomes, "backup")
    print(f"backup: {outcomes.count('killed')} kills, {outcomes.count('finished')} finished first; "
          f"{len(listing(target))} archives at the location, all whole")


def _unlisted(target, published: set[str]) -> list[str]:
    """Visible files at the location that are neither a listed archive, its signature, nor the
    location's signed ledger object."""
    return sorted(p.name for p in target.iterdir() if not p.name.startswith(".") and p.suffix != ".crmledger"
                  and p.name not in published and p.name.removesuffix(".sig") not in published)


def _key(v, tmp_path):
    p = tmp_path / "recovery.txt"
    p.write_text(f"# VaultCRM recovery key\n{v.recovery_key}\n")
    return p


def _digest(v) -> str:
    s = v.sign_in()
    try:
        check_opens(s)
        return table_digest(s.conn)
    finally:
        s.close()


def test_killed_restore_leaves_a_vault_that_opens(vault_info, tmp_path):
    v, target, side, r = vault_info, tmp_path / "backups", tmp_path / "side.jsonl", rng("restore")
    backed_up = add_rows(v, 200, 1000)
    made = backup(v, target)
    assert made.status == 0, made.err
    archive = str(target / made.json["archive"])
    probe = tmp_path / "probe"
    assert run_and_kill({"mode": "restore", "vault": str(probe), "archive": archive, "identity": v.recovery_key,
                         "t0": child_time(v.clock), "side": str(tmp_path / "probe.jsonl")}, delay=None) == "finished"
    took = LAST["work"]
    outcomes, seen = [], {"current": 0, "restored": 0}
    while not enough(outcomes, "restore"):
        current = add_rows(v, 5, 100)  # the live vault now differs from the archive
        outcomes.append(run_and_kill({"mode": "restore", "vault": str(v.path), "archive": archive,
                                      "identity": v.recovery_key, "t0": child_time(v.clock), "side": str(side)},
                                     delay=r.uniform(0, took)))
        now = _digest(v)
        assert now in (current, backed_up)
        seen["current" if now == current else "restored"] += 1
    assert_counts(outcomes, "restore")
    print(f"restore: {outcomes.count('killed')} kills, {outcomes.count('finished')} finished first; "
          f"afterwards the live vault held its own data {seen['current']} times, the whole restored copy "
          f"{seen['restored']} times, never anything else")
