"""Security alerts (issue 4): one test per rule, on a real vault, through the services."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from app import alert_rules, alerts, audit, auth, users
from app.settings import VaultSettings
from tests.conftest import PASSWORD, run_cli
from vault.errors import AuthenticationError, PermissionDenied

OTHER = "another long passphrase 42"


def rules(session, only_open=True):
    return [a["rule"] for a in alerts.list_alerts(session, only_open=only_open)]


def set_(session, key, value):
    VaultSettings(session).set(key, value)


def test_mass_view_default_200_in_10_minutes(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER, "Sales")
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    for i in range(150):
        audit.record(sam, "customer.view", entity="customer", entity_id=str(i))
    vault_info.clock.advance(11 * 60)  # the first 150 fall out of the window
    for i in range(150, 349):
        audit.record(sam, "customer.view", entity="customer", entity_id=str(i))
    for _ in range(5):  # the same record again is not another record
        audit.record(sam, "customer.view", entity="customer", entity_id="348")
    sam.close()
    s = vault_info.sign_in()
    assert "mass_view" not in rules(s)
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    audit.record(sam, "customer.view", entity="customer", entity_id="new")  # the 200th in 10 minutes
    audit.record(sam, "customer.view", entity="customer", entity_id="newer")  # no second alert
    sam.close()
    s = vault_info.sign_in()
    found = [a for a in alerts.list_alerts(s) if a["rule"] == "mass_view"]
    assert len(found) == 1 and found[0]["user"] == "sam" and found[0]["details"]["viewed"] == 200
    assert any(a["rule"] == "mass_view" for a in s.alerts)  # shown at the administrator's sign-in
    s.close()


def test_mass_view_threshold_is_a_setting(vault_info):
    s = vault_info.sign_in()
    set_(s, "alerts.views_threshold", 3)
    set_(s, "alerts.views_window_minutes", 1)
    for i in range(2):
        audit.record(s, "customer.view", entity="customer", entity_id=str(i))
    assert "mass_view" not in rules(s)
    audit.record(s, "customer.view", entity="customer", entity_id="2")
    assert rules(s).count("mass_view") == 1
    s.close()


def test_failed_sign_ins(vault_info):
    s = vault_info.sign_in()
    set_(s, "alerts.failed_signins_threshold", 3)
    e = users.add_user(s, "sam", OTHER, "Sales")
    s.close()
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            vault_info.sign_in("sam", "wrong wrong wrong wrong", e.totp_secret)
    with pytest.raises(AuthenticationError):
        vault_info.sign_in("admin", "wrong wrong wrong wrong")
    vault_info.clock.advance(600)
    s = vault_info.sign_in()
    found = [a for a in s.alerts if a["rule"] == "failed_signins"]
    assert len(found) == 1 and found[0]["user"] == "sam" and found[0]["details"]["count"] == 3
    assert s.report.failed_attempts == 1  # admin's own failure is reported to admin
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    assert sam.report.failed_attempts == 3  # and sam's to sam, at his next sign-in
    sam.close()


def test_failed_sign_ins_for_unknown_names(vault_info):
    for name in ("root", "administrator", "test", "guest", "oracle"):
        with pytest.raises(AuthenticationError):
            vault_info.sign_in(name)
        vault_info.clock.advance(600)
    s = vault_info.sign_in()
    found = [a for a in s.alerts if a["rule"] == "failed_signins"]
    assert len(found) == 1 and found[0]["user_id"] is None and found[0]["details"]["count"] == 5
    s.close()


def test_large_export(vault_info):
    s = vault_info.sign_in()
    audit.record(s, "export", details={"rows": 499, "format": "csv"})
    assert "large_export" not in rules(s)
    audit.record(s, "export", details={"rows": 500, "format": "csv"})
    found = [a for a in alerts.list_alerts(s) if a["rule"] == "large_export"]
    assert len(found) == 1 and found[0]["details"]["rows"] == 500
    set_(s, "alerts.export_rows_threshold", 10)
    audit.record(s, "export", details={"exported": 12})
    assert rules(s).count("large_export") == 2
    s.close()


def _hours_around(t: float, inside: bool) -> tuple[str, str]:
    h = time.localtime(t).tm_hour
    if inside:
        return f"{(h - 1) % 24:02d}:00", f"{(h + 2) % 24:02d}:00"
    return f"{(h + 2) % 24:02d}:00", f"{(h + 4) % 24:02d}:00"


def test_sign_in_outside_working_hours(vault_info):
    s = vault_info.sign_in()
    start, end = _hours_around(vault_info.clock() + 30, inside=True)
    set_(s, "alerts.working_hours_start", start)
    set_(s, "alerts.working_hours_end", end)
    s.close()
    s = vault_info.sign_in()
    assert "off_hours_signin" not in rules(s)
    start, end = _hours_around(vault_info.clock() + 30, inside=False)
    set_(s, "alerts.working_hours_start", start)
    set_(s, "alerts.working_hours_end", end)
    s.close()
    s = vault_info.sign_in()
    found = [a for a in s.alerts if a["rule"] == "off_hours_signin"]
    assert len(found) == 1 and found[0]["user"] == "admin"
    s.close()
    s = vault_info.sign_in()  # again: counted on the open alert, not a new one
    found = [a for a in alerts.list_alerts(s) if a["rule"] == "off_hours_signin"]
    assert len(found) == 1 and found[0]["details"]["repeats"] == 1
    alerts.acknowledge(s, found[0]["id"])
    s.close()
    s = vault_info.sign_in()  # once acknowledged, the next one is a new alert
    assert rules(s).count("off_hours_signin") == 1
    s.close()


def test_working_hours_across_midnight():
    t = time.mktime((2026, 11, 24, 23, 30, 0, 0, 0, -1))
    assert not alert_rules.outside_working_hours(t, "22:00", "06:00")
    assert alert_rules.outside_working_hours(t, "07:00", "20:00")
    t = time.mktime((2026, 11, 24, 12, 0, 0, 0, 0, -1))
    assert alert_rules.outside_working_hours(t, "22:00", "06:00")
    assert not alert_rules.outside_working_hours(t, "07:00", "20:00")


def test_audit_chain_broken(vault_info):
    import sqlcipher3

    s = vault_info.sign_in()
    key = bytes(s.vault.vault_key())
    s.close()
    conn = sqlcipher3.connect(str(vault_info.path / "vault.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET action = 'lock' WHERE seq = 1")
    conn.close()
    s = vault_info.sign_in()
    assert s.signin_checks["audit"]["ok"]  # before the checkpoint: the sign-in check does not walk it
    assert audit.verify(s)["first_bad"] == 1
    found = [a for a in alerts.list_alerts(s) if a["rule"] == "audit_chain_broken"]
    assert len(found) == 1 and found[0]["severity"] == "critical" and found[0]["details"]["first_bad"] == 1
    audit.verify(s)  # the same break is not raised twice
    assert rules(s).count("audit_chain_broken") == 1
    s.close()


def test_no_verified_backup_for_n_days(vault_info):
    s = vault_info.sign_in()
    assert "backup_stale" not in rules(s)  # a new vault gets its grace period
    s.close()
    vault_info.clock.advance(8 * 86400)
    s = vault_info.sign_in()
    assert [a["rule"] for a in s.alerts].count("backup_stale") == 1
    alert = next(a for a in s.alerts if a["rule"] == "backup_stale")
    alerts.acknowledge(s, alert["id"])
    audit.record(s, "backup.run", details={"verified": False})
    s.close()
    s = vault_info.sign_in()  # an unverified backup does not count
    assert "backup_stale" in rules(s)
    alerts.acknowledge(s, next(a["id"] for a in s.alerts if a["rule"] == "backup_stale"))
    audit.record(s, "backup.verify", details={"verified": True, "archive": "x.crmbak"})
    s.close()
    vault_info.clock.advance(6 * 86400)
    s = vault_info.sign_in()
    assert "backup_stale" not in rules(s)
    s.close()
    vault_info.clock.advance(2 * 86400)
    s = vault_info.sign_in()
    assert "backup_stale" in rules(s)
    alerts.acknowledge(s, next(a["id"] for a in s.alerts if a["rule"] == "backup_stale"))
    s.close()


def test_a_real_backup_resets_the_backup_age(vault_info, tmp_path):
    from app import backups

    vault_info.clock.advance(8 * 86400)
    s = vault_info.sign_in()
    assert "backup_stale" in rules(s)
    alerts.acknowledge(s, next(a["id"] for a in s.alerts if a["rule"] == "backup_stale"))
    out = backups.run_backup(s, str(tmp_path / "backups"))
    assert out["verified"]
    s.close()
    s = vault_info.sign_in()
    assert "backup_stale" not in rules(s)
    s.close()


def test_acknowledge_is_audited_and_needs_users_manage(vault_info):
    s = vault_info.sign_in()
    audit.record(s, "export", details={"rows": 1000})
    alert_id = alerts.list_alerts(s)[0]["id"]
    e = users.add_user(s, "aud", OTHER, "Auditor")
    s.close()
    a = vault_info.sign_in("aud", OTHER, e.totp_secret)
    assert a.alerts == []  # shown at sign-in to administrators only
    assert alerts.list_alerts(a)[0]["id"] == alert_id  # auditors can read them
    with pytest.raises(PermissionDenied):
        alerts.acknowledge(a, alert_id)
    a.close()
    s = vault_info.sign_in()
    row = alerts.acknowledge(s, alert_id, note="planned migration")
    assert row["acknowledged_by"] == "admin" and "large_export" not in rules(s)
    assert audit.query(s, action="alert.acknowledge")["total"] == 1
    auth.lock(s)
    args = [vault_info.path, "--user", "admin", "--password-stdin", "--json"]
    r = run_cli(["alerts", *args, "--totp", vault_info.code()], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json[0]["acknowledged_by"] == "admin"
    r = run_cli(["alerts", *args, "--totp", vault_info.code(), "--open"], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json == []


def test_mass_delete_one_by_one_and_by_undoing_an_import(vault_info):
    """50 records deleted by one user within 10 minutes (the defaults) raise an alert while the
    undo window still allows putting them back; the bin's automatic purge does not count."""
    from app.records import create_customer, delete_customer, purge_expired
    from app.records.importing import import_bytes, undo_import

    s = vault_info.sign_in()
    e = users.add_user(s, "mia", OTHER, "Manager")
    s.close()
    mia = vault_info.sign_in("mia", OTHER, e.totp_secret)
    ids = [create_customer(mia, {"display_name": f"Customer {i}"}) for i in range(90)]
    for cid in ids[:30]:
        delete_customer(mia, cid)
    vault_info.clock.advance(11 * 60)  # those 30 fall out of the window
    for cid in ids[30:79]:
        delete_customer(mia, cid)
    assert "mass_delete" not in rules(mia)
    mia.close()
    s = vault_info.sign_in()
    assert "mass_delete" not in rules(s)
    s.close()
    mia = vault_info.sign_in("mia", OTHER, e.totp_secret)
    delete_customer(mia, ids[79])  # the 50th within 10 minutes
    mia.close()
    s = vault_info.sign_in()
    found = [a for a in alerts.list_alerts(s) if a["rule"] == "mass_delete"]
    assert len(found) == 1 and found[0]["user"] == "mia" and found[0]["details"]["deleted"] == 50
    alerts.acknowledge(s, found[0]["id"])
    # the bin's own purge, weeks later, is housekeeping: no alert for whoever signs in
    vault_info.clock.advance(40 * 24 * 3600)
    assert purge_expired(s, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=40)) == 80
    assert "mass_delete" not in rules(s)
    # undoing an import of 60 rows is 60 deletions at once
    csv_rows = "name,email\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(60))
    report = import_bytes(s, csv_rows.encode(), name="x.csv")
    assert report.imported == 60
    undo_import(s, report.import_id)
    found = [a for a in alerts.list_alerts(s, only_open=True) if a["rule"] == "mass_delete"]
    assert len(found) == 1 and found[0]["user"] == vault_info.user and found[0]["details"]["deleted"] == 60
    s.close()
