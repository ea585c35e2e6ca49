"""Retention (grandfather-father-son) with fixed timestamp sets, pruning with signed tombstones,
append-only targets, the schedule, and the job API the UI uses (progress, cancel, threads)."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from app import backups
from app.backups import RetentionPolicy, due, plan_retention, schedule_state, schedule_state_from
from tests.conftest import listing
from vault.jobs import JobContext

pytest_plugins = ["tests.servers"]
pytestmark = pytest.mark.usefixtures("isolated_config")

UTC = dt.UTC


def t(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def series(start: str, count: int, step: dt.timedelta) -> list[tuple[str, dt.datetime]]:
    first = t(start)
    return [(f"a{i:04d}", first + i * step) for i in range(count)]


# ----------------------------------------------------------------------------- pure plan
def test_empty_and_single():
    assert plan_retention([], t("2026-01-01T00:00")).to_json() == {"keep": {}, "prune": []}
    plan = plan_retention([("old", t("2020-01-01T00:00"))], t("2026-01-01T00:00"))
    assert plan.prune == [] and "newest" in plan.keep["old"]


def test_daily_backups_for_two_years_default_policy():
    items = series("2024-01-01T02:00", 731, dt.timedelta(days=1))  # 2024-01-01 .. 2025-12-31
    now = t("2025-12-31T03:00")
    plan = plan_retention(items, now)
    kept = {n: dict(items)[n] for n in plan.keep}
    assert set(plan.keep) | set(plan.prune) == {n for n, _ in items}
    assert not set(plan.keep) & set(plan.prune)
    # everything from the last 7 days
    assert {n for n, when in items if when >= now - dt.timedelta(days=7)} <= set(plan.keep)
    # one per month for the last 12 months: the newest of each month
    monthly = sorted(kept[n] for n, why in plan.keep.items() if "monthly" in why)
    assert len(monthly) == 12
    assert all(m.day == (m + dt.timedelta(days=1)).day - 1 or (m + dt.timedelta(days=1)).day == 1
               for m in monthly[:-1])  # last day of its month
    yearly = sorted(kept[n].year for n, why in plan.keep.items() if "yearly" in why)
    assert yearly == [2024, 2025]
    weekly = [n for n, why in plan.keep.items() if "weekly" in why]
    assert len(weekly) == 4
    assert len(plan.keep) == len({*plan.keep})
    # 8 within (inclusive window) + 4 weekly + 12 monthly + 2 yearly, minus overlaps
    assert 15 <= len(plan.keep) <= 26


def test_hourly_backups_small_policy():
    items = series("2026-03-01T00:30", 72, dt.timedelta(hours=1))  # three days, hourly
    policy = RetentionPolicy(keep_within_days=0, keep_daily=2, keep_weekly=0, keep_monthly=0, keep_yearly=0)
    plan = plan_retention(items, t("2026-03-04T00:00"), policy)
    assert sorted(plan.keep) == ["a0047", "a0071"]  # newest of 03-02 and of 03-03
    assert len(plan.prune) == 70


def test_newest_always_kept_even_with_a_zero_policy():
    items = series("2026-01-01T00:00", 5, dt.timedelta(days=30))
    plan = plan_retention(items, t("2027-01-01T00:00"), RetentionPolicy(0, 0, 0, 0, 0))
    assert list(plan.keep) == ["a0004"] and len(plan.prune) == 4


def test_gaps_in_the_series_do_not_shift_buckets():
    # backups on a few scattered days; daily=3 keeps the newest of the 3 most recent days that have one
    items = [("x1", t("2026-05-01T10:00")), ("x2", t("2026-05-01T18:00")), ("x3", t("2026-05-04T09:00")),
             ("x4", t("2026-05-09T09:00")), ("x5", t("2026-05-09T12:00")), ("x6", t("2026-05-20T08:00"))]
    policy = RetentionPolicy(keep_within_days=0, keep_daily=3, keep_weekly=0, keep_monthly=0, keep_yearly=0)
    plan = plan_retention(items, t("2026-05-21T00:00"), policy)
    assert sorted(plan.keep) == ["x3", "x5", "x6"]


# ----------------------------------------------------------------------------- applying
SMALL = {"retention.keep_within_days": 0, "retention.keep_daily": 2, "retention.keep_weekly": 0,
         "retention.keep_monthly": 0, "retention.keep_yearly": 0}


def _configure(session, values: dict) -> None:
    from app.settings import VaultSettings

    s = VaultSettings(session)
    for k, v in values.items():
        s.set(k, v)


def test_prune_after_verified_backup_leaves_no_gap(vault_info, tmp_path):
    target = str(tmp_path / "b")
    s = vault_info.sign_in()
    try:
        _configure(s, SMALL)
        base = t("2026-06-01T09:00")
        names = []
        for i in range(5):
            out = backups.run_backup(s, target, apply_retention=True, now=base + dt.timedelta(days=i))
            names.append(out["archive"])
        assert out["pruned"] == [names[2]]
        rows = listing(target)
        assert sorted(r["archive"] for r in rows) == sorted(names[3:])
        assert all(r["state"] == "ok" for r in rows)  # pruned on purpose: no gap reported
        assert backups.verify_archive(f"{target}/{names[4]}")["ok"]
        # a preview agrees with what is there now
        preview = backups.retention_preview(target, session=s, now=base + dt.timedelta(days=4, hours=1))
        assert preview["prune"] == [] and sorted(preview["keep"]) == sorted(names[3:])
    finally:
        s.close()


def test_never_prunes_before_the_new_backup_verified(vault_info, tmp_path):
    from vault.backup.targets import open_target
    from vault.errors import IntegrityError

    target = str(tmp_path / "b")
    s = vault_info.sign_in()
    try:
        out = backups.run_backup(s, target)
        with pytest.raises(IntegrityError):
            backups.apply_retention(s, open_target(target), policy=RetentionPolicy(0, 0, 0, 0, 0),
                                    newest_verified="not-verified.crmbak")
        assert [r["archive"] for r in listing(target)] == [out["archive"]]
    finally:
        s.close()


def test_append_only_target_still_takes_backups(vault_info, tmp_path, monkeypatch):
    from vault.backup import targets

    monkeypatch.setattr(targets.LocalTarget, "delete", lambda self, name: False)
    target = str(tmp_path / "b")
    s = vault_info.sign_in()
    try:
        _configure(s, SMALL)
        base = t("2026-06-01T09:00")
        for i in range(4):
            out = backups.run_backup(s, target, apply_retention=True, now=base + dt.timedelta(days=i))
        assert out["pruned"] == []
        assert len([r for r in listing(target) if r["state"] == "ok"]) == 4
    finally:
        s.close()


# ----------------------------------------------------------------------------- jobs for the UI
def test_job_progress_cancel_and_threads(vault_info, tmp_path):
    target = tmp_path / "b"
    s = vault_info.sign_in()
    try:
        phases = []
        job = backups.BackupJob(s, str(target), job=JobContext(lambda p, d, n: phases.append(p)))
        job.prepare()  # on the session's (DB) thread
        worker = threading.Thread(target=lambda: job.run())  # the heavy part on another thread
        worker.start()
        worker.join(60)
        out = job.finish()
        assert out["verified"] and job.state.error is None
        assert {"snapshot", "encrypt", "upload", "read-back", "sign"} <= set(phases)

        ctx = JobContext(lambda p, d, n: ctx.cancel() if p == "encrypt" else None)
        cancelling = backups.BackupJob(s, str(target), job=ctx)
        cancelling.prepare()
        from vault.backup import Cancelled

        with pytest.raises(Cancelled):
            cancelling.run()
        assert cancelling.finish() == {}
        ledger = s.vault.vault_id + ".crmledger"  # the signed revocation ledger of the first backup
        assert sorted(p.name for p in target.iterdir()) == sorted([out["archive"], out["archive"] + ".sig", ledger])

        state = schedule_state(s)
        assert not state.due and not state.warning
        assert backups.triggers(s) == {"url": "", "interval": dt.timedelta(hours=24), "on_lock": False,
                                       "on_exit": False}
    finally:
        s.close()


def test_restore_job_from_the_menu_with_progress(vault_info, tmp_path):
    target = tmp_path / "b"
    s = vault_info.sign_in()
    out = backups.run_backup(s, str(target))
    rows = backups.list_archives(str(target), session=s)
    assert [(r["archive"], r["state"]) for r in rows] == [(out["archive"], "ok")]
    phases = []
    job = backups.RestoreJob(f"{target}/{out['archive']}", vault_info.path, session=s,
                             job=JobContext(lambda p, d, n: phases.append(p)))
    result = job.run()
    assert not s.is_open  # the session was locked for the swap: sign in again
    assert result["vault"] == str(vault_info.path) and "verify" in phases
    s = vault_info.sign_in()
    s.close()


def test_restore_cancelled_leaves_the_vault_alone(vault_info, tmp_path):
    from tests.conftest import folder_state
    from vault.backup import Cancelled

    target = tmp_path / "b"
    s = vault_info.sign_in()
    try:
        out = backups.run_backup(s, str(target))
    finally:
        s.close()
    before = folder_state(vault_info.path)
    ctx = JobContext(lambda p, d, n: ctx.cancel() if p == "verify" else None)
    job = backups.RestoreJob(f"{target}/{out['archive']}", vault_info.path, identity=vault_info.recovery_key,
                             job=ctx)
    with pytest.raises(Cancelled):
        job.run()
    assert folder_state(vault_info.path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_schedule_logic():
    now = t("2026-07-01T12:00")
    day = dt.timedelta(hours=24)
    assert due(None, day, now)
    assert not due(now - dt.timedelta(hours=23), day, now)
    assert due(now - dt.timedelta(hours=24), day, now)
    st = schedule_state_from(None, None, interval=day, now=now)
    assert st.due and st.warning and "No verified backup" in st.message
    st = schedule_state_from(now - dt.timedelta(days=8), now - dt.timedelta(days=8), interval=day, now=now)
    assert st.due and st.warning and "8 days" in st.message
    st = schedule_state_from(now - dt.timedelta(hours=2), now - dt.timedelta(hours=2), interval=day, now=now)
    assert not st.due and not st.warning and st.next_due == now + dt.timedelta(hours=22)


def test_extra_recipient_reads_and_verifies_but_cannot_restore(vault_info, tmp_path):
    import shutil
    import subprocess

    import pyrage

    from tests.conftest import run_cli

    offsite = pyrage.x25519.Identity.generate()
    keyf = tmp_path / "offsite.txt"
    keyf.write_text(str(offsite) + "\n")
    target = tmp_path / "b"
    s = vault_info.sign_in()
    try:
        _configure(s, {"backup.extra_recipients": [str(offsite.to_public())]})
        out = backups.run_backup(s, str(target))
    finally:
        s.close()
    archive = target / out["archive"]
    r = run_cli(["verify", archive, "--deep", "--recovery-key-file", keyf, "--json"])
    assert r.status == 0 and r.json["ok"], r.out
    if shutil.which("age"):
        subprocess.run(["age", "-d", "-i", str(keyf), "-o", str(tmp_path / "x.tar"), str(archive)], check=True)
    r = run_cli(["restore", archive, "--to", tmp_path / "n", "--recovery-key-file", keyf])
    assert r.status == 3 and "recovery key" in r.err and not (tmp_path / "n").exists()


def test_snapshot_is_consistent_while_the_app_keeps_writing(vault_info, tmp_path):
    """The backup runs on a worker thread while the session's thread keeps committing pairs of
    rows; the restored copy holds whole transactions only."""
    target = tmp_path / "b"
    s = vault_info.sign_in()
    try:
        with s.vault.transaction():
            s.conn.execute("CREATE TABLE pair_a (id INTEGER PRIMARY KEY, v BLOB)")
            s.conn.execute("CREATE TABLE pair_b (id INTEGER PRIMARY KEY, v BLOB)")
        job = backups.BackupJob(s, str(target))
        job.prepare()
        worker = threading.Thread(target=lambda: job.run())
        worker.start()
        written = 0
        import os

        while worker.is_alive() or written < 50:
            with s.vault.transaction():
                s.conn.execute("INSERT INTO pair_a (v) VALUES (?)", (os.urandom(2000),))
                s.conn.execute("INSERT INTO pair_b (v) VALUES (?)", (os.urandom(2000),))
            written += 1
        worker.join()
        out = job.finish()
    finally:
        s.close()
    dest = tmp_path / "restored"
    result = backups.restore(f"{target}/{out['archive']}", dest, identity=vault_info.recovery_key)
    assert result["rows"]["pair_a"] == result["rows"]["pair_b"]
    assert result["rows"]["pair_a"] <= written


def test_customers_and_full_text_search_survive_a_round_trip(vault_info, tmp_path):
    """The snapshot (sqlcipher_export into 16 KiB / HMAC-SHA256 pages) and the restore (export back
    to the vault's settings) keep FTS5 tables and their shadow tables working."""
    records = pytest.importorskip("app.records.customers")
    search = pytest.importorskip("app.records.search")
    s = vault_info.sign_in()
    try:
        cid = records.create_customer(s, {"kind": "person", "given_name": "Zoë", "family_name": "Quattlebaum",
                                          "email": "zoe@example.org"})
        out = backups.run_backup(s, str(tmp_path / "b"))
    finally:
        s.close()
    dest = tmp_path / "restored"
    backups.restore(f"{tmp_path / 'b'}/{out['archive']}", dest, identity=vault_info.recovery_key)
    vault_info.path = dest
    s = vault_info.sign_in()
    try:
        assert cid in search.search_ids(s, "quattle")
        assert s.conn.execute("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')") is not None
    finally:
        s.close()
