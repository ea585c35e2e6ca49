"""Review findings, each pinned by a test: audit views follow record scope and masking, consents
follow record scope, nobody hands out rights they lack, erasure blanks deal titles."""
from __future__ import annotations

import pytest

from app import audit, privacy, profiles, users
from app.records import customers
from vault.errors import PermissionDenied


def test_auditor_sees_sensitive_values_masked_in_entries_about(admin, vault_info):
    cid = customers.create_customer(admin, {"display_name": "Tara Tax", "sensitive": {"tax_id": "TAX-123-SECRET"}})
    rec = customers.get_customer(admin, cid)
    customers.update_customer(admin, cid, {"sensitive": {"tax_id": "TAX-456-SECRET"}}, rec["version"])
    aud = users.add_user(admin, "audrey", "audrey's long passphrase", "Auditor")
    admin.close()
    s = vault_info.sign_in("audrey", "audrey's long passphrase", aud.totp_secret)
    try:
        text = repr(audit.entries_about(s, str(cid))) + repr(audit.query(s, customer=str(cid)))
        assert "TAX-123-SECRET" not in text and "TAX-456-SECRET" not in text
    finally:
        s.close()


def test_own_scope_audit_reader_sees_only_own_customers(admin, vault_info):
    profiles.create_profile(admin, "Team lead", ["customers.read", "customers.create", "audit.read"], "own",
                            "own records and their history")
    lead = users.add_user(admin, "lena", "lena's long passphrase", "Team lead")
    theirs = customers.create_customer(admin, {"display_name": "Admin Owned", "notes": "admin's private note"})
    admin.close()
    s = vault_info.sign_in("lena", "lena's long passphrase", lead.totp_secret)
    try:
        mine = customers.create_customer(s, {"display_name": "Lena Owned"})
        entries = audit.query(s, limit=1000)["entries"]
        about = {e["person_id"] or (e["entity_id"] if e["entity"] == "customer" else None) for e in entries}
        assert str(mine) in about and str(theirs) not in about
        assert audit.query(s, customer=str(theirs))["entries"] == []
    finally:
        s.close()


def test_consents_follow_record_scope(admin, vault_info):
    cid = customers.create_customer(admin, {"display_name": "Consenting Adult"})
    privacy.record_consent(admin, cid, "newsletter", source="phone 0612 345 678")
    sam = users.add_user(admin, "sam", "sam's long passphrase", "Sales")
    admin.close()
    s = vault_info.sign_in("sam", "sam's long passphrase", sam.totp_secret)
    try:
        with pytest.raises(PermissionDenied):
            privacy.consents(s, cid)
    finally:
        s.close()


def test_a_user_manager_cannot_make_or_take_over_an_administrator(admin, vault_info):
    profiles.create_profile(admin, "HR", ["users.manage", "customers.read"], "all", "people admin")
    hr = users.add_user(admin, "hana", "hana's long passphrase", "HR")
    admin.close()
    s = vault_info.sign_in("hana", "hana's long passphrase", hr.totp_secret)
    try:
        with pytest.raises(PermissionDenied):
            users.add_user(s, "root2", "root2's long passphrase", "Administrator")
        with pytest.raises(PermissionDenied):
            users.reset_password(s, "admin", "temporary passphrase 7")
        with pytest.raises(PermissionDenied):
            users.set_profile(s, "hana", "Administrator")
        users.add_user(s, "clerk", "clerk's long passphrase", "HR")  # within their own rights: fine
    finally:
        s.close()


def test_erasure_blanks_deal_titles(admin):
    cid = customers.create_customer(admin, {"display_name": "Erin Erasable"})
    with admin.vault.transaction():
        admin.conn.execute("INSERT INTO deals (customer_id, title, created_at, updated_at) VALUES"
                           " (?, 'Erin Erasable - wheelchair ramp', 'now', 'now')", (cid,))
    privacy.erase(admin, cid)
    assert admin.conn.execute("SELECT title FROM deals WHERE customer_id = ?", (cid,)).fetchone()[0] == "[erased]"
