"""GDPR tools: consent, subject access export, erasure (with the audit chain intact and the
ledger re-applied after a restore), restriction, retention with preview, processing record."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from app import audit, privacy, users
from app.records import customers
from app.records.search import search as search_customers
from tests.conftest import PASSWORD, run_cli
from vault.errors import PermissionDenied, PolicyError

ANNA = {"given_name": "Anna", "family_name": "Kowalczyk", "emails": [{"label": "work", "value": "anna@kowal.example"}],
        "phones": [{"label": "mobile", "value": "+48 601 234 567"}], "notes": "prefers mornings",
        "sensitive": {"tax_id": "PL-TAX-998877", "date_of_birth": "1980-02-03"},
        "addresses": [{"label": "home", "street": "Ulica 5", "city": "Łódź", "postcode": "90-001", "country": "PL"}]}


def _with_history(s, cid):
    now = "2026-01-01T10:00:00+00:00"
    with s.vault.transaction():
        s.conn.execute("INSERT INTO interactions (customer_id, kind, occurred_at, user_id, summary, created_at)"
                       " VALUES (?, 'call', ?, ?, 'Anna asked about the private invoice', ?)",
                       (cid, now, s.user_id, now))
        s.conn.execute("INSERT INTO deals (customer_id, title, amount_minor, currency, created_at, updated_at, notes)"
                       " VALUES (?, 'Kitchen', 125000, 'PLN', ?, ?, 'Anna pays in cash')", (cid, now, now))


def test_subject_export_holds_everything_about_the_person(admin, tmp_path):
    cid = customers.create_customer(admin, ANNA)
    _with_history(admin, cid)
    privacy.record_consent(admin, cid, "newsletter", "consent", source="web form")
    customers.get_customer(admin, cid)  # a view: audited
    out = tmp_path / "anna.json"
    r = privacy.subject_export(admin, cid, out)
    doc = json.loads(out.read_text())
    s = doc["sections"]
    assert s["person"]["given_name"] == "Anna" and s["person"]["sensitive"]["tax_id"] == "PL-TAX-998877"
    assert s["person"]["emails"][0]["value"] == "anna@kowal.example"
    assert s["consents"][0]["purpose"] == "newsletter"
    assert "private invoice" in s["interactions"][0]["summary"]
    assert s["deals"][0]["amount_minor"] == 125000
    assert any(e["action"] == "customer.view" for e in s["audit"])
    assert set(r["sections"]) >= {"person", "consents", "interactions", "deals", "audit"}
    page = (tmp_path / "anna.html").read_text()
    assert "Kowalczyk" in page and "<script" not in page


def test_erasure_anonymises_shreds_and_keeps_the_chain(admin, vault_info):
    cid = customers.create_customer(admin, ANNA)
    _with_history(admin, cid)
    customers.update_customer(admin, cid, {"notes": "called back"}, customers.get_customer(admin, cid)["version"])
    before = audit.query(admin, customer=str(cid))["entries"]
    assert any(e["details"] and not e.get("erased") for e in before)
    r = privacy.erase(admin, cid)
    assert r["erased"] == cid and r["ledger_entry"]
    rec = customers.load(admin.conn, cid)
    assert rec["display_name"] == f"Erased person #{cid}" and not rec["emails"] and not rec["phones"]
    assert not rec["addresses"] and not any(rec["sensitive"].values())
    assert admin.conn.execute("SELECT summary FROM interactions WHERE customer_id = ?", (cid,)).fetchone()[0] \
        == privacy.ERASED
    assert admin.conn.execute("SELECT amount_minor, notes FROM deals WHERE customer_id = ?",
                              (cid,)).fetchone()[:] == (125000, "")
    assert search_customers(admin, "kowalczyk") == [] and search_customers(admin, "lodz") == []
    after = audit.query(admin, customer=str(cid))["entries"]
    sealed = [e for e in after if e.get("erased")]
    assert sealed and all(v == "[erased]" for e in sealed for v in e["details"].values())
    assert audit.verify(admin)["ok"]
    with pytest.raises(PolicyError):
        privacy.erase(admin, cid)
    admin.close()
    # nothing of Anna is left in the file (it is encrypted anyway; this checks the values are gone)
    s2 = vault_info.sign_in()
    rows = s2.conn.execute("SELECT group_concat(email) FROM customer_emails").fetchone()[0] or ""
    assert "anna@kowal" not in rows
    s2.close()


def test_restore_of_an_older_copy_reapplies_erasures(admin, vault_info, tmp_path):
    cid = customers.create_customer(admin, ANNA)
    other = customers.create_customer(admin, {"display_name": "Bruno Keep"})
    admin.close()
    # an older copy of the database (what a backup taken now would restore)
    shutil.copy(vault_info.path / "vault.db", tmp_path / "old.db")
    s = vault_info.sign_in()
    privacy.erase(s, cid)
    s.close()
    assert (vault_info.path / privacy.LEDGER_FILE).exists()
    shutil.copy(tmp_path / "old.db", vault_info.path / "vault.db")  # the restore puts Anna back
    s = vault_info.sign_in()
    try:
        assert customers.load(s.conn, cid)["display_name"] == f"Erased person #{cid}"
        assert customers.load(s.conn, other)["display_name"] == "Bruno Keep"
        assert any(e["action"] == "privacy.erase.reapplied" for e in audit.query(s, customer=str(cid))["entries"])
    finally:
        s.close()


def test_ledger_file_tampering_is_detected(admin, vault_info):
    cid = customers.create_customer(admin, ANNA)
    privacy.erase(admin, cid)
    path = vault_info.path / privacy.LEDGER_FILE
    data = json.loads(path.read_text())
    data["entries"] = []
    path.write_text(json.dumps(data))
    from vault.errors import IntegrityError

    with pytest.raises(IntegrityError):
        privacy.read_ledger_file(admin)


def test_restriction_blocks_edits_and_exports_for_others(admin, vault_info, tmp_path):
    cid = customers.create_customer(admin, ANNA)
    u = users.add_user(admin, "mia", "mia's long passphrase", "Manager")
    privacy.restrict(admin, cid, "accuracy contested")
    admin.close()
    mia = vault_info.sign_in("mia", "mia's long passphrase", u.totp_secret)
    try:
        rec = customers.get_customer(mia, cid)
        with pytest.raises(PermissionDenied):
            customers.update_customer(mia, cid, {"notes": "x"}, rec["version"])
        from app.records import exporting

        out = tmp_path / "all.csv"
        exporting.export_file(mia, out, "csv")
        assert "Kowalczyk" not in out.read_text(encoding="utf-8-sig")
    finally:
        mia.close()
    s = vault_info.sign_in()
    try:
        privacy.lift_restriction(s, cid)
        rec = customers.get_customer(s, cid)
        customers.update_customer(s, cid, {"notes": "fine now"}, rec["version"])
    finally:
        s.close()


def test_consent_withdrawal(admin):
    cid = customers.create_customer(admin, ANNA)
    consent = privacy.record_consent(admin, cid, "newsletter", "consent", source="fair stand")
    assert privacy.has_consent(admin.conn, cid, "newsletter")
    privacy.withdraw_consent(admin, consent)
    assert not privacy.has_consent(admin.conn, cid, "newsletter")
    assert privacy.consents(admin, cid)[0]["withdrawn_at"]
    with pytest.raises(PolicyError):
        privacy.withdraw_consent(admin, consent)


def test_retention_preview_then_apply_only_what_was_shown(admin):
    old = customers.create_customer(admin, {"display_name": "Old Lead", "status": "lead"})
    keep = customers.create_customer(admin, {"display_name": "Old Customer", "status": "customer"})
    privacy.add_retention_rule(admin, "stale leads", 30, "lead")
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    preview = privacy.retention_preview(admin, now=future)
    assert [h["id"] for h in preview] == [old]
    assert customers.load(admin.conn, old)["display_name"] == "Old Lead"  # a preview changes nothing
    with pytest.raises(PolicyError):
        privacy.apply_retention(admin, [old, keep], now=future)
    assert privacy.apply_retention(admin, [old], now=future)["erased"] == [old]
    assert customers.load(admin.conn, keep)["display_name"] == "Old Customer"


def test_privacy_tools_need_privacy_manage(admin, vault_info, tmp_path):
    cid = customers.create_customer(admin, ANNA)
    u = users.add_user(admin, "sam", "sam's long passphrase", "Sales")
    admin.close()
    sam = vault_info.sign_in("sam", "sam's long passphrase", u.totp_secret)
    try:
        for call in (lambda: privacy.erase(sam, cid), lambda: privacy.subject_export(sam, cid, tmp_path / "x.json"),
                     lambda: privacy.restrict(sam, cid), lambda: privacy.processing_record(sam)):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        sam.close()


def test_processing_record(admin):
    cid = customers.create_customer(admin, ANNA)
    privacy.record_consent(admin, cid, "newsletter")
    rec = privacy.processing_record(admin)
    assert rec["purposes"][0]["purpose"] == "newsletter"
    assert any(c["field"] == "tax_id" and c["sensitive"] for c in rec["data_categories"])


def test_cli_privacy_export_and_erase(vault_info, tmp_path):
    s = vault_info.sign_in()
    cid = customers.create_customer(s, ANNA)
    s.close()
    base = [vault_info.path, str(cid), "--user", "admin", "--password-stdin", "--json"]
    r = run_cli(["privacy", "export", *base, "--totp", vault_info.code(), "--out", tmp_path / "a.json"],
                stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["path"].endswith("a.json") and "person" in r.json["sections"]
    r = run_cli(["privacy", "erase", *base, "--totp", vault_info.code()], stdin=PASSWORD + "\n")
    assert r.status == 2  # no --yes
    r = run_cli(["privacy", "erase", *base, "--totp", vault_info.code(), "--yes"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["erased"] == cid and r.json["ledger_entry"]
