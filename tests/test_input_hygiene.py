"""Issue 10, items 12 and 13: what people type. Huge numbers are a clear validation message (not an
OverflowError), names cannot be spoofed with direction overrides or invisible characters, and
passwords that are sequences, keyboard walks or repeats are refused with the estimator's reason."""
from __future__ import annotations

import pytest

from app import privacy, profiles, users
from app.records import create_customer, get_customer, search
from app.records.deals import create_deal, list_deals
from app.records.interactions import add_interaction, list_interactions
from tests.conftest import PASSWORD, run_cli, signin
from vault import passwords
from vault.errors import PolicyError, ValidationError
from vault.text import clean_text

RLO, LRI, PDI, ZWSP, ZWNJ, ZWJ, BOM = "\u202e", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff"
HUGE = "9" * 25


# ----------------------------------------------------------------------------- huge numbers
def test_huge_deal_amounts_and_quantities_are_a_field_error_not_an_overflow(admin):
    cid = create_customer(admin, {"display_name": "Jana Dvořáková"})
    for data, field in (({"title": "Big", "amount_minor": HUGE}, "amount_minor"),
                        ({"title": "Big", "amount_minor": 10**30}, "amount_minor"),
                        ({"title": "Big", "items": [{"product": "x", "quantity": 10**20, "unit_price_minor": 1}]},
                         "items[0].quantity"),
                        ({"title": "Big", "items": [{"product": "x", "quantity": 1000, "unit_price_minor": 10**14}]},
                         "amount_minor")):
        with pytest.raises(ValidationError) as err:
            create_deal(admin, cid, data)
        assert field in err.value.fields
    assert list_deals(admin, cid) == []
    create_deal(admin, cid, {"title": "Fine", "amount_minor": "12 500 000,00"})  # large but real


def test_huge_retention_days_through_the_cli_is_a_clear_message(vault_info):
    r = run_cli(["privacy", "retention-rule", vault_info.path, "--name", "forever", "--inactive-days", HUGE,
                 *signin(vault_info)], stdin=PASSWORD + "\n")
    assert r.status == 1 and r.err == "error: inactive_days: a whole number from 1 to 36,500\n"
    s = vault_info.sign_in()
    try:
        assert privacy.retention_rules(s) == []
        with pytest.raises(ValidationError):
            privacy.add_retention_rule(s, "x", 0)
        privacy.add_retention_rule(s, "ten years", 3650)
        assert privacy.retention_preview(s) == []
    finally:
        s.close()


# ----------------------------------------------------------------------------- spoofed names
def test_direction_overrides_and_invisible_characters_leave_customer_fields(admin):
    cid = create_customer(admin, {
        "given_name": f"Ann{ZWSP}a", "family_name": f"Nov{RLO}áková", "company_name": f"{LRI}Acme{PDI}",
        "emails": [f"anna{ZWSP}@example.cz{BOM}"], "tags": [f"vip{RLO}"], "job_title": "Head\nof sales",
        "notes": f"line one\nline two{RLO}"})
    rec = get_customer(admin, cid)
    assert rec["display_name"] == "Anna Nováková"
    assert rec["company_name"] == "Acme" and rec["tags"] == ["vip"] and rec["job_title"] == "Head of sales"
    assert [e["value"] for e in rec["emails"]] == ["anna@example.cz"]
    assert rec["notes"] == "line one\nline two"
    assert [h["id"] for h in search(admin, "Nováková")] == [cid]


def test_joiners_stay_where_a_script_needs_them():
    persian = f"می{ZWNJ}خواهم"
    family = f"👩{ZWJ}👧"
    assert clean_text(persian) == persian and clean_text(family) == family
    assert clean_text(f"Jan{ZWJ} Novák") == "Jan Novák" and clean_text(f"{ZWNJ}Eva") == "Eva"


def test_deal_titles_and_interaction_text_are_cleaned_too(admin):
    cid = create_customer(admin, {"display_name": "Petr Svoboda"})
    create_deal(admin, cid, {"title": f"Renewal{RLO}fdp.exe", "notes": f"a{ZWSP}b\nc"})
    deal = list_deals(admin, cid)[0]
    assert deal["title"] == "Renewalfdp.exe"
    add_interaction(admin, cid, "call", summary=f"Called{RLO} back\nnext week")
    assert list_interactions(admin, cid)[0]["summary"] == "Called back\nnext week"


def test_user_and_profile_names_with_invisible_characters_are_refused(vault_info):
    r = run_cli(["user", "add", vault_info.path, *signin(vault_info), "--new-user", f"ad{RLO}min",
                 "--profile", "Sales"], stdin=PASSWORD + "\nanother long passphrase 42\n")
    assert r.status != 0 and "invisible" in r.err
    admin = vault_info.sign_in()
    for name in (f"bob{ZWSP}", f"adm{RLO}in", f"{BOM}eve"):
        with pytest.raises(PolicyError):
            users.add_user(admin, name, "another long passphrase 42", "Sales")
    with pytest.raises(ValidationError):
        profiles.create_profile(admin, f"Sales{ZWSP}", ["customers.read"])
    e = users.add_user(admin, "dana", "another long passphrase 42", "Sales", display_name=f"Dana{RLO} K")
    assert e.username == "dana"
    assert [u["display_name"] for u in users.list_users(admin) if u["user"] == "dana"] == ["Dana K"]
    admin.close()


# ----------------------------------------------------------------------------- password strength
@pytest.mark.parametrize("weak", ["123456789012", "abcdefghijkl", "abababababab", "qwertyuiopas"])
def test_patterned_passwords_are_refused_with_the_estimators_reason(weak):
    reasons = passwords.problems(weak, "admin")
    assert reasons and "too easy to guess" in reasons[0]
    with pytest.raises(PolicyError):
        passwords.check_password(weak)


def test_weak_passwords_refused_at_init_and_at_a_password_change(tmp_path, vault_info):
    r = run_cli(["init", tmp_path / "v", "--user", "ann", "--password-stdin", "--kdf", "floor"],
                stdin="123456789012\n")
    assert r.status != 0 and "too easy to guess" in r.err and not (tmp_path / "v" / "vault.db").exists()
    r = run_cli(["passwd", vault_info.path, *signin(vault_info)], stdin=f"{PASSWORD}\nabababababab\n")
    assert r.status != 0 and "too easy to guess" in r.err
    vault_info.sign_in().close()  # the old password still works


def test_strong_passphrases_still_pass():
    for good in (PASSWORD, "Zuzana Nováková 1990 Brno", "another long passphrase 42"):
        assert passwords.problems(good, "zuzana") == []
