"""Interactions, deals with line items, purchase history and preferences, duplicates and merge
(issue 3), on a real vault."""
from __future__ import annotations

import pytest

from app import users
from app.records import CustomerFilter, create_customer, customer_page, get_customer, search, update_customer
from app.records.customers import deleted_customers, restore_customer
from app.records.deals import (
    add_preference,
    create_deal,
    get_deal,
    list_deals,
    list_preferences,
    purchase_history,
    update_deal,
)
from app.records.duplicates import close_names, find_duplicates, merge_customers, possible_duplicate
from app.records.interactions import add_interaction, delete_interaction, list_interactions
from vault.errors import ConflictError, PermissionDenied, ValidationError

OTHER_PW = "purple monkey dishwasher 42"


def test_interactions_move_last_contact_without_bumping_the_version(admin):
    cid = create_customer(admin, {"display_name": "Ola Nordmann"})
    other = create_customer(admin, {"display_name": "Kari Nordmann"})
    add_interaction(admin, cid, "call", summary="Asked for a quote", occurred_at="2026-03-01T09:30:00")
    i2 = add_interaction(admin, cid, "visit", summary="Showroom", occurred_at="2026-05-02")
    rec = get_customer(admin, cid)
    assert rec["last_contact_at"] == "2026-05-02T00:00:00+00:00" and rec["version"] == 1
    assert [i["kind"] for i in list_interactions(admin, cid)] == ["visit", "call"]
    assert list_interactions(admin, cid)[0]["user_name"] == "admin"
    recent = customer_page(admin, CustomerFilter(contacted_after="2026-04-01"), "name", 0, 10)
    assert [r["id"] for r in recent.rows] == [cid]
    never = customer_page(admin, CustomerFilter(never_contacted=True), "name", 0, 10)
    assert [r["id"] for r in never.rows] == [other]
    by_contact = customer_page(admin, CustomerFilter(), "-last_contact", 0, 10)
    assert by_contact.rows[0]["id"] == cid
    delete_interaction(admin, i2)
    assert get_customer(admin, cid)["last_contact_at"] == "2026-03-01T09:30:00+00:00"
    with pytest.raises(ValidationError) as exc:
        add_interaction(admin, cid, "telegram", occurred_at="yesterday")
    assert "kind" in exc.value.fields
    with pytest.raises(ValidationError) as exc:
        add_interaction(admin, cid, "call", occurred_at="yesterday")
    assert "occurred_at" in exc.value.fields


def test_deals_are_integer_minor_units_with_line_items(admin):
    cid = create_customer(admin, {"kind": "company", "display_name": "Bäckerei Huber"})
    did = create_deal(admin, cid, {"title": "Ovens", "currency": "eur", "items": [
        {"product": "Oven", "quantity": 2, "unit_price_minor": 129_999},
        {"product": "Install", "quantity": 1, "unit_price_minor": "250.50"}]})
    deal = get_deal(admin, did)
    assert deal["amount_minor"] == 2 * 129_999 + 25_050 and deal["currency"] == "EUR"
    assert isinstance(deal["amount_minor"], int) and deal["stage"] == "open" and deal["closed_at"] is None
    with pytest.raises(ValidationError) as exc:
        create_deal(admin, cid, {"title": "Float", "amount_minor": 12.5})
    assert "not a float" in exc.value.fields["amount_minor"]
    with pytest.raises(ValidationError) as exc:
        create_deal(admin, cid, {"title": "", "currency": "euro", "stage": "maybe", "expected_close": "soon",
                                 "items": [{"product": "", "quantity": 0}]})
    assert set(exc.value.fields) >= {"title", "currency", "stage", "expected_close", "items[0].quantity",
                                     "items[0].product"}
    v = update_deal(admin, did, {"stage": "won"}, deal["version"])
    won = get_deal(admin, did)
    assert won["closed_at"] is not None and len(won["items"]) == 2
    with pytest.raises(ConflictError):
        update_deal(admin, did, {"title": "Late edit"}, deal["version"])
    create_deal(admin, cid, {"title": "Flour", "amount_minor": "99.90", "currency": "CZK", "stage": "won",
                             "closed_at": "2026-01-05"})
    create_deal(admin, cid, {"title": "Lost one", "amount_minor": 100, "stage": "lost"})
    hist = purchase_history(admin, cid)
    assert [d["title"] for d in hist["deals"]] == ["Ovens", "Flour"]
    assert hist["totals"] == {"EUR": 285_048, "CZK": 9_990}
    assert len(list_deals(admin, cid)) == 3 and v == 2
    add_preference(admin, cid, "Flour", "Type 550, organic")
    assert list_preferences(admin, cid)[0]["preference"] == "Type 550, organic"


def test_support_cannot_see_deals(vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "sue", OTHER_PW, "Support")
    cid = create_customer(s, {"display_name": "Z"})
    did = create_deal(s, cid, {"title": "Secret deal", "amount_minor": 1})
    s.close()
    sue = vault_info.sign_in("sue", OTHER_PW, e.totp_secret)
    try:
        with pytest.raises(PermissionDenied):
            get_deal(sue, did)
        with pytest.raises(PermissionDenied):
            create_deal(sue, cid, {"title": "x"})
        add_interaction(sue, cid, "call", summary="support call")  # Support logs interactions
    finally:
        sue.close()


def test_close_names():
    assert close_names("Jan Novák", "Jan Novak") and close_names("Novák Jan", "jan novak")
    assert close_names("Katarzyna Wiśniewska", "Katarzyna Wisniewska") and close_names("Jon Smith", "John Smith")
    assert not close_names("Jan Novák", "Petr Novák") and not close_names("", "x")


def test_find_duplicates_by_email_phone_and_close_name(admin):
    a = create_customer(admin, {"display_name": "Anna Schmidt", "emails": ["anna@example.de"]})
    b = create_customer(admin, {"display_name": "A. Schmidt", "emails": ["ANNA@example.de"]})
    c = create_customer(admin, {"display_name": "Bob", "phones": ["+49 30 1234567"]})
    d = create_customer(admin, {"display_name": "Robert", "phones": ["+49 (30) 123-4567"]})
    e = create_customer(admin, {"display_name": "Jiří Novák", "company_name": "Acme"})
    f = create_customer(admin, {"display_name": "Jiri Novak", "company_name": "ACME"})
    g = create_customer(admin, {"display_name": "Jiri Novak", "company_name": "Other"})
    groups = {tuple(gr.ids): gr.reasons for gr in find_duplicates(admin)}
    assert set(groups) == {(a, b), (c, d), (e, f)}
    assert groups[(a, b)] == [("same_email", "anna@example.de")]
    assert groups[(c, d)] == [("same_phone", "+49301234567")]
    assert groups[(e, f)][0][0] == "close_names"  # close names at the same company
    assert [gr.ids for gr in find_duplicates(admin, customer_id=f)] == [[e, f]]
    assert find_duplicates(admin, customer_id=g) == []
    # the form's check before saving
    hit = possible_duplicate(admin, {"display_name": "Jiri Novák", "company_name": "acme"})
    assert hit.customer_id in (e, f) and "close name" in hit.reason
    assert possible_duplicate(admin, {"display_name": "X", "emails": ["Anna@Example.de"]}).customer_id == a
    assert possible_duplicate(admin, {"display_name": "Nobody Else"}) is None


def test_merge_keeps_every_interaction_and_deal_and_can_be_undone(admin):
    keep = create_customer(admin, {"given_name": "Marie", "family_name": "Curie", "emails": ["marie@example.fr"],
                                   "tags": ["science"]})
    dup = create_customer(admin, {"given_name": "Maria", "family_name": "Skłodowska", "job_title": "Physicist",
                                  "emails": ["MARIE@example.fr", "maria@example.pl"], "phones": ["+48 22 123 45 67"],
                                  "tags": ["poland"], "date_of_birth": "1867-11-07"})
    add_interaction(admin, keep, "call", occurred_at="2026-01-01")
    add_interaction(admin, dup, "visit", occurred_at="2026-02-01")
    add_deal = create_deal(admin, dup, {"title": "Radium", "amount_minor": 100})
    v = merge_customers(admin, keep, [dup])
    rec = get_customer(admin, keep)
    assert rec["version"] == v == 2 and rec["display_name"] == "Marie Curie"
    assert [e["value"] for e in rec["emails"]] == ["marie@example.fr", "maria@example.pl"]
    assert rec["phones"][0]["e164"] == "+48221234567" and rec["job_title"] == "Physicist"
    assert sorted(rec["tags"]) == ["poland", "science"] and rec["sensitive"]["date_of_birth"] == "1867-11-07"
    assert len(list_interactions(admin, keep)) == 2 and rec["last_contact_at"].startswith("2026-02-01")
    assert [d["id"] for d in list_deals(admin, keep)] == [add_deal]
    assert [r["id"] for r in search(admin, "sklodowska")] == []  # the merged-away record left search
    assert [r["id"] for r in search(admin, "maria")] == [keep]    # its email is on the kept one now
    binned = deleted_customers(admin)
    assert binned[0]["id"] == dup and binned[0]["merged_into"] == keep
    restore_customer(admin, dup)
    assert get_customer(admin, dup)["display_name"] == "Maria Skłodowska"
    with pytest.raises(ConflictError):
        merge_customers(admin, keep, [dup], expected_versions={keep: 1})
    update_customer(admin, keep, {"notes": "merged"}, 2)
