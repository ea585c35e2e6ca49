"""The tamper-evident audit log (issue 4): real SQLCipher vaults; tampering goes through a raw
SQLCipher connection opened with the vault key, the way an attacker holding it would."""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json

import pytest
import sqlcipher3

from app import audit, auth, users
from tests.conftest import PASSWORD, run_cli
from vault import clock
from vault.errors import PermissionDenied

OTHER = "another long passphrase 42"


def signin_args(info):
    return [info.path, "--user", info.user, "--password-stdin", "--totp", info.code(), "--json"]


def vault_key(info) -> bytes:
    s = info.sign_in()
    try:
        return bytes(s.vault.vault_key())
    finally:
        s.close()


@contextlib.contextmanager
def raw(info):
    """A raw SQLCipher connection, outside the app (no triggers respected: they are dropped)."""
    key = vault_key(info)
    conn = sqlcipher3.connect(str(info.path / "vault.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    try:
        yield conn
    finally:
        conn.close()


def fill(info, n=10) -> int:
    """Sign in, add n entries, lock; returns the last seq."""
    s = info.sign_in()
    for i in range(n):
        audit.record(s, "customer.update", entity="customer", entity_id=f"c{i}", details={"field": "city",
                                                                                            "after": f"Town {i}"})
    auth.lock(s)
    s = info.sign_in()
    head = audit.chain_head(s.conn)
    s.close()
    return head["seq"]


def verify_full(info) -> dict:
    s = info.sign_in()
    try:
        return audit.verify(s)
    finally:
        s.close()


def test_entries_for_create_signin_lock_and_chain_verifies(vault_info):
    s = vault_info.sign_in()
    audit.record(s, "search", details={"query_terms": 2, "results": 3})
    auth.lock(s)
    s = vault_info.sign_in()
    page = audit.query(s, newest_first=False)
    actions = [e["action"] for e in page["entries"]]
    assert actions[:5] == ["vault.create", "signin", "search", "lock", "signin"]
    assert page["entries"][0]["user"] == "admin"
    result = audit.verify(s)
    assert result["ok"] and result["first_bad"] is None and result["entries"] == 5
    s.close()
    r = run_cli(["audit", *signin_args(vault_info), "--verify"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["ok"] is True and r.json["first_bad"] is None and r.json["entries"] >= 7


def test_app_connection_cannot_change_or_delete_entries(vault_info):
    s = vault_info.sign_in()
    with pytest.raises(sqlcipher3.dbapi2.Error, match="append-only"):
        s.conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")
    with pytest.raises(sqlcipher3.dbapi2.Error, match="append-only"):
        s.conn.execute("DELETE FROM audit_log WHERE seq = 1")
    s.close()


def test_edited_row_is_named(vault_info):
    last = fill(vault_info, 10)
    with raw(vault_info) as conn:
        conn.execute("UPDATE audit_log SET details = replace(details, 'Town 4', 'Town 5') WHERE entity_id = 'c4'")
        bad = conn.execute("SELECT seq FROM audit_log WHERE entity_id = 'c4'").fetchone()[0]
    result = verify_full(vault_info)
    assert not result["ok"] and result["first_bad"] == bad
    assert result["first_bad_entry"]["action"] == "customer.update"
    assert result["entries"] > last
    r = run_cli(["audit", *signin_args(vault_info), "--verify"], stdin=PASSWORD + "\n")
    assert r.status == 4 and r.json["ok"] is False and r.json["first_bad"] == bad


def test_edited_time_or_user_is_named(vault_info):
    fill(vault_info, 5)
    with raw(vault_info) as conn:
        conn.execute("UPDATE audit_log SET username = 'someone' WHERE seq = 3")
    assert verify_full(vault_info)["first_bad"] == 3


def test_rehashed_row_is_named(vault_info):
    """Recomputing one hash without the audit key (plain SHA-256) does not help the attacker."""
    import hashlib

    fill(vault_info, 5)
    with raw(vault_info) as conn:
        conn.execute("UPDATE audit_log SET action = 'lock', hash = ? WHERE seq = 4",
                     (hashlib.sha256(b"forged").digest(),))
    assert verify_full(vault_info)["first_bad"] == 4


def test_deleted_row_is_named(vault_info):
    fill(vault_info, 10)
    with raw(vault_info) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 6")
    result = verify_full(vault_info)
    assert not result["ok"] and result["first_bad"] == 6 and "missing" in result["reason"]


def test_deleted_row_renumbered_is_named(vault_info):
    """Deleting a row and closing the gap (renumbering) still breaks the chain at that place."""
    fill(vault_info, 10)
    with raw(vault_info) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 6")
        conn.execute("UPDATE audit_log SET seq = seq + 1000000 WHERE seq > 6")
        conn.execute("UPDATE audit_log SET seq = seq - 1000001 WHERE seq > 1000000")
    assert verify_full(vault_info)["first_bad"] == 6


def test_reordered_rows_are_named(vault_info):
    fill(vault_info, 10)
    with raw(vault_info) as conn:
        conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = 5")
        conn.execute("UPDATE audit_log SET seq = 5 WHERE seq = 6")
        conn.execute("UPDATE audit_log SET seq = 6 WHERE seq = -1")
    result = verify_full(vault_info)
    assert not result["ok"] and result["first_bad"] == 5


def test_break_raises_a_critical_alert_and_sign_in_sees_it(vault_info):
    fill(vault_info, 5)
    with raw(vault_info) as conn:
        # tamper after the last verified checkpoint: the sign-in check finds it
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE audit_log SET details = '{}' WHERE seq = ?", (last,))
    s = vault_info.sign_in()
    check = s.signin_checks["audit"]
    assert check["ok"] is False and check["first_bad"] == last and check["mode"] == "incremental"
    assert any(a["rule"] == "audit_chain_broken" and a["severity"] == "critical" for a in s.alerts)
    s.close()


def test_incremental_check_starts_at_the_checkpoint(vault_info):
    fill(vault_info, 20)
    s = vault_info.sign_in()
    check = s.signin_checks["audit"]
    assert check["ok"] and check["from_seq"] > 20 and check["checked"] < 5
    cp = s.conn.execute("SELECT seq FROM audit_checkpoint").fetchone()[0]
    assert cp == audit.chain_head(s.conn)["seq"] and cp > check["from_seq"]
    s.close()


def test_truncated_log_is_caught_by_the_checkpoint(vault_info):
    fill(vault_info, 6)
    with raw(vault_info) as conn:
        cp = conn.execute("SELECT seq FROM audit_checkpoint").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (cp - 2,))
    s = vault_info.sign_in()
    check = s.signin_checks["audit"]
    assert check["ok"] is False and check["first_bad"] == cp - 2  # the first entry removed
    s.close()


def test_chain_head_for_backups(vault_info):
    s = vault_info.sign_in()
    head = audit.chain_head(s.conn)
    count = s.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    last = s.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert head == {"seq": last[0], "hash": bytes(last[1]).hex(), "entries": count}
    seq = audit.record(s, "backup.run", details={"verified": True})
    assert audit.chain_head(s.conn)["seq"] == seq == last[0] + 1
    s.close()


def test_personal_values_sealed_and_shredded(vault_info):
    s = vault_info.sign_in()
    seq = audit.record(s, "customer.update", entity="customer", entity_id="42", person_id="42",
                       details={"changes": {"email": {"before": "ann@example.org", "after": "ann@new.example"}}})
    stored = s.conn.execute("SELECT details FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
    assert "ann@" not in stored and json.loads(stored)["keys"] == ["changes"]
    entry = audit.query(s, customer="42")["entries"][0]
    assert entry["details"]["changes"]["email"]["after"] == "ann@new.example"
    assert audit.shred_person_key(s, "42") is True
    s.close()
    s = vault_info.sign_in()  # no cached key: it is gone from the vault
    entry = audit.query(s, customer="42")["entries"][0]
    assert entry["erased"] is True and entry["details"] == {"changes": "[erased]"}
    assert audit.verify(s)["ok"]
    assert s.conn.execute("SELECT count(*) FROM person_keys WHERE person_id = '42'").fetchone()[0] == 0
    s.close()


def test_sensitive_values_masked_without_sensitive_read(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "aud", OTHER, "Auditor")
    audit.record(s, "customer.update", entity="customer", entity_id="7", person_id="7",
                 details={"changes": {"tax_id": {"before": "DE123", "after": "DE999"}, "city": {"after": "Rome"}}})
    audit.record(s, "customer.reveal", entity="customer", entity_id="7", person_id="7",
                 details={"field": "bank_account", "value": "IBAN-XYZ"})
    admin_view = audit.query(s, customer="7", newest_first=False)["entries"]
    assert admin_view[0]["details"]["changes"]["tax_id"]["after"] == "DE999"
    s.close()
    a = vault_info.sign_in("aud", OTHER, e.totp_secret)
    view = audit.query(a, customer="7", newest_first=False)["entries"]
    text = json.dumps(view)
    assert "DE999" not in text and "DE123" not in text and "IBAN-XYZ" not in text
    assert view[0]["details"]["changes"]["tax_id"] == audit.MASK
    assert view[0]["details"]["changes"]["city"]["after"] == "Rome"
    assert view[1]["details"] == {"field": "bank_account", "value": audit.MASK}
    a.close()


def test_query_filters_and_paging(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER, "Sales")
    for i in range(30):
        audit.record(s, "customer.view", entity="customer", entity_id=str(i % 3))
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    t_mid = clock.iso()
    vault_info.clock.advance(60)
    audit.record(sam, "customer.create", entity="customer", entity_id="9")
    audit.record(sam, "search", details={"results": 1})
    auth.lock(sam)
    s = vault_info.sign_in()
    by_sam = audit.query(s, user="sam", newest_first=False)
    assert [x["action"] for x in by_sam["entries"]] == ["signin", "customer.create", "search", "lock"]
    assert audit.query(s, user=e.user_id)["total"] == 4
    assert audit.query(s, action="customer.view")["total"] == 30
    assert audit.query(s, action="customer.*")["total"] == 31
    assert audit.query(s, customer="1")["total"] == 10
    later = audit.query(s, since=t_mid, user="sam")["entries"]
    assert {x["action"] for x in later} >= {"customer.create", "search"}
    assert audit.query(s, until=t_mid, user="sam")["total"] == 0  # until is exclusive
    just_after = (dt.datetime.fromisoformat(t_mid) + dt.timedelta(seconds=1)).isoformat()
    assert [x["action"] for x in audit.query(s, until=just_after, user="sam")["entries"]] == ["signin"]
    page1 = audit.query(s, action="customer.view", limit=12)
    page2 = audit.query(s, action="customer.view", limit=12, offset=12)
    keyset = audit.query(s, action="customer.view", limit=12, before_seq=page1["entries"][-1]["seq"])
    assert len(page1["entries"]) == 12 and page2["entries"] == keyset["entries"]
    assert page1["entries"][0]["seq"] > page2["entries"][0]["seq"]
    s.close()


def test_cli_audit_since_and_filters(vault_info):
    s = vault_info.sign_in()
    audit.record(s, "export", details={"rows": 3, "format": "csv"})
    s.close()
    r = run_cli(["audit", *signin_args(vault_info), "--action", "export"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert [e["action"] for e in r.json] == ["export"] and r.json[0]["details"]["rows"] == 3
    r = run_cli(["audit", *signin_args(vault_info), "--since", "2999-01-01"], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json == []
    r = run_cli(["audit", *signin_args(vault_info), "--since", "yesterday"], stdin=PASSWORD + "\n")
    assert r.status == 2 and "ISO" in r.err
    text = run_cli(["audit", *signin_args(vault_info)[:-1]], stdin=PASSWORD + "\n")
    assert text.status == 0 and "vault.create" in text.out


def test_export_json_and_csv(vault_info, tmp_path):
    s = vault_info.sign_in()
    audit.record(s, "customer.view", entity="customer", entity_id="5", person_id="5", details={"name": "Zoë"})
    out = audit.export(s, tmp_path / "log.json", customer="5")
    data = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert out["exported"] == 1 and data["chain"]["ok"] and data["entries"][0]["details"]["name"] == "Zoë"
    audit.export(s, tmp_path / "log.csv", fmt="csv")
    rows = list(csv.reader((tmp_path / "log.csv").open(encoding="utf-8")))
    assert rows[0][:4] == ["seq", "at", "user", "action"] and len(rows) > 3
    assert audit.query(s, action="audit.export")["total"] == 2
    s.close()
    r = run_cli(["audit", *signin_args(vault_info), "--out", tmp_path / "cli.csv", "--format", "csv"],
                stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["exported"] > 3 and (tmp_path / "cli.csv").exists()


def test_failed_sign_ins_move_into_the_log(vault_info):
    from vault.errors import AuthenticationError

    for _ in range(2):
        with pytest.raises(AuthenticationError):
            vault_info.sign_in(password="not the password at all")
    with pytest.raises(AuthenticationError):
        vault_info.sign_in(user="nobody")
    vault_info.clock.advance(600)  # past the throttle delay
    s = vault_info.sign_in()
    assert s.signin_checks["failures_moved"] == 3
    failed = audit.query(s, action="signin.failed", newest_first=False)["entries"]
    assert len(failed) == 3
    assert [f["user"] for f in failed].count("admin") == 2
    assert all(f["details"]["reason"] for f in failed)
    s.close()
    s = vault_info.sign_in()  # moved once only
    assert s.signin_checks["failures_moved"] == 0
    assert audit.query(s, action="signin.failed")["total"] == 3
    s.close()


def test_audit_read_is_required(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER, "Sales")
    s.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    with pytest.raises(PermissionDenied):
        audit.query(sam)
    with pytest.raises(PermissionDenied):
        audit.verify(sam)
    sam.close()
    r = run_cli(["audit", vault_info.path, "--user", "sam", "--password-stdin", "--totp",
                 vault_info.clock.code(e.totp_secret), "--verify", "--json"], stdin=OTHER + "\n")
    assert r.status == 5


def test_viewer_helpers(vault_info):
    s = vault_info.sign_in()
    audit.record(s, "customer.update", entity="customer", entity_id="3", person_id="3", details={"city": "Oslo"})
    choices = audit.filter_choices(s)
    assert {"action": "signin", "label": "Signed in"} in choices["actions"]
    assert [u["user"] for u in choices["users"]] == ["admin"]
    about = audit.entries_about(s, "3")
    assert [e["details"] for e in about] == [{"city": "Oslo"}]
    s.close()


def test_cli_as_a_process_exits_4_on_a_broken_chain(vault_info):
    from tests.conftest import run_cli_process

    fill(vault_info, 3)
    with raw(vault_info) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    # a recovery code: the process runs on the real clock, the test's TOTP clock is ahead of it
    r = run_cli_process(["audit", vault_info.path, "--user", "admin", "--password-stdin", "--recovery-code",
                         vault_info.recovery_codes[0], "--verify", "--json"], stdin=PASSWORD + "\n")
    assert r.status == 4, r.err
    assert json.loads(r.out)["first_bad"] == 2 and json.loads(r.out)["ok"] is False


def test_lock_reason_and_unlock_are_recorded(vault_info):
    s = vault_info.sign_in()
    auth.lock(s, reason="idle")
    s = auth.sign_in(vault_info.path, "admin", PASSWORD, totp_code=vault_info.code(), unlock=True)
    last = audit.query(s, limit=2)["entries"]
    assert [e["action"] for e in last] == ["unlock", "lock"] and last[1]["details"] == {"reason": "idle"}
    s.close()


def test_sensitive_custom_fields_masked_in_the_audit_view(vault_info):
    from app.records import create_customer, define_custom_field, update_customer

    s = vault_info.sign_in()
    define_custom_field(s, "salary", "Salary", sensitive=True)
    define_custom_field(s, "hobby", "Hobby")
    cid = create_customer(s, {"given_name": "Ada", "family_name": "Byron"})
    update_customer(s, cid, {"custom": {"salary": "99000", "hobby": "chess"}}, 1)
    e = users.add_user(s, "aud", OTHER, "Auditor")
    s.close()
    a = vault_info.sign_in("aud", OTHER, e.totp_secret)
    text = json.dumps(audit.query(a, customer=str(cid))["entries"])
    assert "99000" not in text and "chess" in text
    a.close()


def test_reveal_is_recorded_and_needs_sensitive_read(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "aud", OTHER, "Auditor")
    audit.record_reveal(s, 12, "tax_id")
    entry = audit.query(s, action="customer.reveal")["entries"][0]
    assert entry["entity_id"] == "12" and entry["details"] == {"field": "tax_id"}
    s.close()
    a = vault_info.sign_in("aud", OTHER, e.totp_secret)
    with pytest.raises(PermissionDenied):
        audit.record_reveal(a, 12, "tax_id")
    a.close()
