"""Customer records (issue 3): create/read/update/delete on a real vault, validation messages,
optimistic concurrency, masking, record scope, search and paged lists."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app import users
from app.records import (
    MASK,
    CustomerFilter,
    create_customer,
    customer_count,
    customer_ids,
    customer_page,
    define_custom_field,
    delete_customer,
    deleted_customers,
    get_customer,
    purge_customer,
    purge_deleted,
    restore_customer,
    search,
    update_customer,
)
from tests.conftest import PASSWORD, run_cli
from vault.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError

SALES_PW = "purple monkey dishwasher 42"


def add_user(vault_info, name, profile):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, name, SALES_PW, profile)
    finally:
        s.close()
    return e


def test_create_and_read_back_everything(admin):
    cid = create_customer(admin, {
        "given_name": "José", "family_name": "Núñez", "job_title": "Buyer", "status": "prospect",
        "emails": [{"label": "work", "value": "jose@example.es"}, "JOSE@example.es", "j.nunez@example.com"],
        "phones": [{"label": "mobile", "value": "+34 600 12 34 56"}],
        "addresses": [{"label": "work", "street": "Calle Mayor 1", "postcode": "28013", "city": "Madrid",
                       "country": "ES"}],
        "tags": ["vip", "Madrid", "VIP"], "notes": "Prefers mornings",
        "tax_id": "ES-X1234567", "date_of_birth": "1980-02-29",
    })
    rec = get_customer(admin, cid)
    assert rec["display_name"] == "José Núñez"
    assert rec["status"] == "prospect" and rec["job_title"] == "Buyer"
    # duplicates inside one record are dropped (case-insensitive emails and tags)
    assert [e["value"] for e in rec["emails"]] == ["jose@example.es", "j.nunez@example.com"]
    assert rec["emails"][0]["label"] == "work"
    assert rec["phones"] == [{"label": "mobile", "value": "+34 600 12 34 56", "e164": "+34600123456"}]
    assert rec["addresses"][0]["city"] == "Madrid"
    assert sorted(rec["tags"]) == ["Madrid", "vip"]
    assert rec["sensitive"]["tax_id"] == "ES-X1234567"  # the admin may read sensitive fields
    assert rec["sensitive"]["date_of_birth"] == "1980-02-29"
    assert rec["version"] == 1 and rec["created_by"] == admin.user_id and rec["owner_id"] == admin.user_id


def test_validation_names_each_bad_field(admin):
    with pytest.raises(ValidationError) as exc:
        create_customer(admin, {"given_name": "Ann", "emails": ["ann(at)example"], "status": "vip",
                                "date_of_birth": "1990-13-01", "phones": ["call me"]})
    fields = exc.value.fields
    assert "not an email address" in fields["emails[0]"]
    assert "lead, prospect, customer, inactive" in fields["status"]
    assert "not a date" in fields["date_of_birth"]
    assert "not a phone number" in fields["phones[0]"]
    with pytest.raises(ValidationError) as exc:
        create_customer(admin, {"emails": ["a@example.com"]})
    assert "name is needed" in exc.value.fields["display_name"]
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(ValidationError) as exc:
        create_customer(admin, {"display_name": "Bo", "date_of_birth": future})
    assert "future" in exc.value.fields["date_of_birth"]
    assert customer_count(admin) == 0  # nothing was written


def test_update_is_field_level_and_concurrent_edits_conflict(admin):
    cid = create_customer(admin, {"given_name": "Anna", "family_name": "Dvořák", "emails": ["anna@example.cz"]})
    opened_by_a = get_customer(admin, cid)
    opened_by_b = get_customer(admin, cid)
    v2 = update_customer(admin, cid, {"status": "customer", "phones": ["+420 601 123 456"]}, opened_by_a["version"])
    assert v2 == 2
    # B still holds version 1: the save is refused, nothing of A's is overwritten
    with pytest.raises(ConflictError) as exc:
        update_customer(admin, cid, {"status": "inactive"}, opened_by_b["version"])
    assert "changed by" in exc.value.message
    rec = get_customer(admin, cid)
    assert rec["status"] == "customer" and rec["phones"][0]["e164"] == "+420601123456"
    assert rec["emails"][0]["value"] == "anna@example.cz"  # untouched field kept
    # changing the family name re-derives the display name and the index
    update_customer(admin, cid, {"family_name": "Dvořáková"}, rec["version"])
    assert get_customer(admin, cid)["display_name"] == "Anna Dvořáková"
    assert [r["id"] for r in search(admin, "dvorakova")] == [cid]
    with pytest.raises(ValidationError) as exc:
        update_customer(admin, cid, {"emails": ["nope"]}, 3)
    assert "emails[0]" in exc.value.fields


def test_accent_and_case_insensitive_prefix_search(admin):
    names = {
        "jose": ("José", "García"), "nunez": ("Pilar", "Núñez"), "dvorak": ("Antonín", "Dvořák"),
        "strasse": ("Hans", "Straße"), "zoe": ("Zoë", "Ørsted"),
    }
    ids = {k: create_customer(admin, {"given_name": g, "family_name": f}) for k, (g, f) in names.items()}
    lodz = create_customer(admin, {"kind": "company", "display_name": "Fabryka Sp. z o.o.",
                                   "addresses": [{"city": "Łódź"}], "emails": ["biuro@fabryka.pl"],
                                   "phones": ["+48 42 123 45 67"], "tags": ["Włókno"], "notes": "Zamówienie"})
    for query, cid in [("jose", ids["jose"]), ("JOSÉ", ids["jose"]), ("nunez", ids["nunez"]),
                       ("dvorak", ids["dvorak"]), ("DVOŘÁK", ids["dvorak"]), ("strasse", ids["strasse"]),
                       ("straße", ids["strasse"]), ("orsted", ids["zoe"]), ("zoe", ids["zoe"]), ("lodz", lodz),
                       ("łódź", lodz), ("dvo", ids["dvorak"]), ("jos gar", ids["jose"]), ("fabryka.pl", lodz),
                       ("biuro", lodz), ("421234567", lodz), ("48421", lodz), ("wlokno", lodz),
                       ("zamowienie", lodz)]:
        assert [r["id"] for r in search(admin, query)] == [cid], query
    assert search(admin, "nobody") == []
    assert search(admin, '"; DROP TABLE customers; --') == []  # query syntax cannot be injected
    hit = search(admin, "lodz")[0]
    assert set(hit) == {"id", "display_name", "company", "email", "phone"}
    assert hit["email"] == "biuro@fabryka.pl" and hit["phone"] == "+48 42 123 45 67"


def test_sensitive_fields_are_masked_and_never_searchable(vault_info):
    admin = vault_info.sign_in()
    define_custom_field(admin, "shoe_size", "Shoe size", "number")
    define_custom_field(admin, "health", "Health note", "text", sensitive=True)
    cid = create_customer(admin, {"given_name": "Eva", "family_name": "Svoboda", "tax_id": "CZ8001011234",
                                  "bank_account": "CZ6508000000192000145399", "confidential_notes": "divorce",
                                  "custom": {"shoe_size": "38", "health": "allergic"}})
    assert search(admin, "divorce") == [] and search(admin, "CZ8001011234") == []
    assert search(admin, "allergic") == []
    admin.close()
    e = add_user(vault_info, "auditor", "Auditor")
    aud = vault_info.sign_in("auditor", SALES_PW, e.totp_secret)
    try:
        rec = get_customer(aud, cid)
        assert rec["masked"] is True
        assert rec["sensitive"] == {"tax_id": MASK, "date_of_birth": "", "bank_account": MASK,
                                    "confidential_notes": MASK}
        assert rec["custom"] == {"shoe_size": "38", "health": MASK}
        with pytest.raises(PermissionDenied):  # read-only profile
            update_customer(aud, cid, {"status": "customer"}, rec["version"])
    finally:
        aud.close()


def test_sales_scope_own_records_only(vault_info):
    e = add_user(vault_info, "sam", "Sales")
    admin = vault_info.sign_in()
    theirs = create_customer(admin, {"given_name": "Other", "family_name": "Person", "emails": ["o@example.com"]})
    admin.close()
    sam = vault_info.sign_in("sam", SALES_PW, e.totp_secret)
    try:
        mine = create_customer(sam, {"given_name": "Mine", "family_name": "Person"})
        assert get_customer(sam, mine)["owner_id"] == sam.user_id
        with pytest.raises(PermissionDenied):
            get_customer(sam, theirs)
        with pytest.raises(PermissionDenied):
            update_customer(sam, theirs, {"status": "customer"}, 1)
        assert [r["id"] for r in search(sam, "person")] == [mine]
        assert list(customer_ids(sam)) == [mine]
        with pytest.raises(PermissionDenied):  # Sales may not delete
            delete_customer(sam, mine)
        with pytest.raises(PermissionDenied):  # nor hand a record to someone else
            create_customer(sam, {"display_name": "X", "owner_id": vault_info_user_id(sam)})
        with pytest.raises(PermissionDenied):  # nor fill sensitive fields it cannot see
            create_customer(sam, {"display_name": "Y", "tax_id": "123"})
    finally:
        sam.close()


def vault_info_user_id(sam):
    return sam.conn.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]


def test_support_may_edit_contact_details_only(vault_info):
    e = add_user(vault_info, "sue", "Support")
    admin = vault_info.sign_in()
    cid = create_customer(admin, {"given_name": "Karl", "family_name": "Muster"})
    admin.close()
    sue = vault_info.sign_in("sue", SALES_PW, e.totp_secret)
    try:
        v = update_customer(sue, cid, {"phones": ["+49 30 1234567"], "emails": ["karl@example.de"]}, 1)
        assert v == 2
        with pytest.raises(PermissionDenied):
            update_customer(sue, cid, {"status": "customer"}, v)
    finally:
        sue.close()


def test_soft_delete_undo_and_purge(admin):
    cid = create_customer(admin, {"given_name": "Lena", "family_name": "Łukasik", "emails": ["lena@example.pl"]})
    delete_customer(admin, cid)
    assert search(admin, "lukasik") == [] and customer_count(admin) == 0
    with pytest.raises(NotFoundError):
        get_customer(admin, cid)
    [binned] = deleted_customers(admin)
    assert binned["id"] == cid  # and it shows when it will be erased for good: 30 days on (the default)
    assert dt.datetime.fromisoformat(binned["purge_at"]) - dt.datetime.fromisoformat(binned["deleted_at"]) == \
        dt.timedelta(days=30)
    restore_customer(admin, cid)
    assert [r["id"] for r in search(admin, "lukasik")] == [cid]
    delete_customer(admin, cid)
    # within the undo window nothing is purged; after it, the row is really gone
    assert purge_deleted(admin) == 0
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert purge_deleted(admin, now=later) == 1
    assert admin.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
    assert admin.conn.execute("SELECT count(*) FROM customer_emails").fetchone()[0] == 0
    assert admin.conn.execute("SELECT count(*) FROM customers_fts").fetchone()[0] == 0
    other = create_customer(admin, {"display_name": "Gone"})
    delete_customer(admin, other)
    purge_customer(admin, other)
    with pytest.raises(NotFoundError):
        restore_customer(admin, other)


def test_company_link_and_rename(admin):
    co = create_customer(admin, {"kind": "company", "display_name": "Acme s.r.o."})
    p = create_customer(admin, {"given_name": "Jan", "family_name": "Novák", "company_id": co})
    assert get_customer(admin, p)["company_name"] == "Acme s.r.o."
    update_customer(admin, co, {"display_name": "Acme Holding"}, 1)
    assert get_customer(admin, p)["company_name"] == "Acme Holding"
    assert get_customer(admin, co)["company_name"] == "Acme Holding"
    assert [r["company_name"] for r in customer_page(admin, CustomerFilter(kind="company")).rows] == ["Acme Holding"]
    assert sorted(r["id"] for r in search(admin, "holding")) == sorted([co, p])
    with pytest.raises(ValidationError):
        create_customer(admin, {"display_name": "X", "company_id": p})  # a person is not a company


def test_paged_sorted_filtered_list(admin):
    ids = []
    for i, (g, f, status) in enumerate([("Ana", "Zelenka", "lead"), ("Bea", "Ábel", "customer"),
                                        ("Cid", "Müller", "customer"), ("Dan", "Łaski", "prospect"),
                                        ("Eve", "Mueller", "inactive")]):
        ids.append(create_customer(admin, {"given_name": g, "family_name": f, "status": status,
                                           "tags": ["north"] if i % 2 == 0 else []}))
    names = [r["display_name"] for r in customer_page(admin, CustomerFilter(), "name", 0, 100).rows]
    assert names == ["Bea Ábel", "Dan Łaski", "Eve Mueller", "Cid Müller", "Ana Zelenka"]  # Á sorts as A, Ł as L
    desc = [r["display_name"] for r in customer_page(admin, CustomerFilter(), "-name", 0, 100).rows]
    assert desc == names[::-1]
    page = customer_page(admin, CustomerFilter(), "name", offset=2, limit=2)
    assert page.total == 5 and [r["display_name"] for r in page.rows] == names[2:4]
    only = customer_page(admin, CustomerFilter(statuses=("customer",)), "name", 0, 10)
    assert [r["display_name"] for r in only.rows] == ["Bea Ábel", "Cid Müller"]
    tagged = customer_page(admin, CustomerFilter(tag="north"), "name", 0, 10)
    assert tagged.total == 3
    q = customer_page(admin, CustomerFilter(query="mu"), "name", 0, 10)
    assert [r["display_name"] for r in q.rows] == ["Eve Mueller", "Cid Müller"]
    # a write anywhere makes the cached list stale: the next page shows it
    gen = page.generation
    update_customer(admin, ids[0], {"status": "customer"}, 1)
    again = customer_page(admin, CustomerFilter(statuses=("customer",)), "name", 0, 10)
    assert again.generation != gen and again.total == 3
    with pytest.raises(ValidationError):
        customer_page(admin, CustomerFilter(), "shoe_size", 0, 10)


def test_cli_search(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, {"given_name": "José", "family_name": "Núñez", "emails": ["jose@example.es"],
                              "phones": ["+34 600 123 456"], "company_name": "Olé SL"})
    s.close()
    r = run_cli(["search", vault_info.path, "nunez", "--user", "admin", "--password-stdin", "--json",
                 "--totp", vault_info.code()], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json == [{"id": cid, "display_name": "José Núñez", "company": "Olé SL", "email": "jose@example.es",
                       "phone": "+34 600 123 456"}]
    r = run_cli(["search", vault_info.path, "nunez", "--user", "admin", "--password-stdin",
                 "--totp", vault_info.code()], stdin=PASSWORD + "\n")
    assert r.status == 0 and "José Núñez" in r.out


def test_a_very_broad_search_returns_matches_in_record_order(admin, monkeypatch):
    import importlib

    search_module = importlib.import_module("app.records.search")  # the module (the package re-exports the function)

    ids = [create_customer(admin, {"display_name": f"Marta {i}"}) for i in range(5)]
    assert sorted(r["id"] for r in search(admin, "marta")) == ids  # ranked: all five
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    assert [r["id"] for r in search(admin, "mar", limit=2)] == [ids[0], ids[1]]  # too broad: record order


def test_custom_fields_are_typed(admin):
    define_custom_field(admin, "tier", "Tier", "choice", choices=["gold", "silver"])
    define_custom_field(admin, "since", "Customer since", "date")
    define_custom_field(admin, "seats", "Seats", "number")
    with pytest.raises(ValidationError) as exc:
        define_custom_field(admin, "Bad Key", "", "colour")
    assert set(exc.value.fields) == {"key", "type", "label"}
    with pytest.raises(ValidationError) as exc:
        create_customer(admin, {"display_name": "Typed", "custom": {"tier": "bronze", "since": "last year",
                                                                   "seats": "many", "nope": "x"}})
    f = exc.value.fields
    assert "gold, silver" in f["custom.tier"] and "not a date" in f["custom.since"]
    assert "not a number" in f["custom.seats"] and f["custom.nope"] == "no such custom field"
    cid = create_customer(admin, {"display_name": "Typed", "custom": {"tier": "gold", "since": "20240131",
                                                                     "seats": "12,5"}})
    assert get_customer(admin, cid)["custom"] == {"tier": "gold", "since": "2024-01-31", "seats": "12.5"}
    update_customer(admin, cid, {"custom": {"tier": ""}}, 1)  # cleared
    assert get_customer(admin, cid)["custom"] == {"since": "2024-01-31", "seats": "12.5"}


def test_reads_and_changes_are_audited_field_by_field(admin):
    from app import audit

    cid = create_customer(admin, {"given_name": "Olga", "family_name": "Petrović", "emails": ["olga@example.rs"],
                                  "tax_id": "RS123"})
    get_customer(admin, cid)
    update_customer(admin, cid, {"status": "customer", "emails": ["olga@example.com"]}, 1)
    search(admin, "olga")
    delete_customer(admin, cid)
    entries = audit.query(admin, customer=str(cid), limit=None, newest_first=False)["entries"]
    actions = [e["action"] for e in entries]
    assert actions[:3] == ["customer.create", "customer.view", "customer.update"]
    assert "customer.delete" in actions
    update = entries[2]["details"]["changes"]
    assert update["status"] == {"before": "lead", "after": "customer"}
    assert update["emails"]["before"] == [{"label": "", "value": "olga@example.rs"}]
    assert update["emails"]["after"] == [{"label": "", "value": "olga@example.com"}]
    # the personal values are sealed with the person's key in the stored row
    raw = admin.conn.execute("SELECT details FROM audit_log WHERE action = 'customer.update'").fetchone()[0]
    assert "olga@example" not in raw
    found = audit.query(admin, action="customer.search", limit=1)["entries"][0]["details"]
    assert found["ids"] == [cid] and "olga" not in json.dumps(found)


def test_bin_is_emptied_at_sign_in_once_the_undo_window_is_over(vault_info):
    """Soft delete, then real deletion: whoever signs in next (even a profile that may not delete)
    erases the records whose undo window is over: rows, index entries, and the person's audit key."""
    from app import audit

    e = add_user(vault_info, "otto", "Auditor")
    s = vault_info.sign_in()
    recent = create_customer(s, {"display_name": "Recently deleted"})
    old = create_customer(s, {"given_name": "Olga", "family_name": "Dvořáková", "emails": ["olga@example.cz"],
                              "tax_id": "CZ123"})
    update_customer(s, old, {"notes": "asked about prices"}, 1)
    delete_customer(s, recent)
    delete_customer(s, old)
    window = 30  # records.purge_after_days, the default
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(days=window + 1)).isoformat(timespec="seconds")
    with s.vault.transaction():
        s.conn.execute("UPDATE customers SET deleted_at = ? WHERE id = ?", (past, old))
    assert audit.person_key(s, str(old)) is not None  # the audit log holds sealed values about her
    s.close()

    otto = vault_info.sign_in("otto", SALES_PW, e.totp_secret)  # an Auditor: may not delete anything
    assert otto.purged_from_bin == 1 and not otto.can("customers.delete")
    from app.flows.signin import notices_for

    assert "1 deleted record erased for good: the undo window was over." in notices_for(otto)
    otto.close()
    s = vault_info.sign_in()
    try:
        assert [r["id"] for r in deleted_customers(s)] == [recent]
        assert s.conn.execute("SELECT count(*) FROM customers WHERE id = ?", (old,)).fetchone()[0] == 0
        assert s.conn.execute("SELECT count(*) FROM customer_emails WHERE email = 'olga@example.cz'").fetchone()[0] == 0
        assert audit.person_key(s, str(old)) is None  # her sealed audit values can never be read again
        [entry] = audit.query(s, action="customer.purge")["entries"]
        assert entry["details"]["automatic"] is True and entry["details"]["ids"] == [old]
        assert s.purged_from_bin == 0  # nothing more to do
    finally:
        s.close()


def test_a_failing_bin_purge_does_not_block_sign_in(vault_info, monkeypatch):
    from app import auth
    from app.flows.signin import notices_for
    from vault.errors import StorageError

    def full(session, **kw):
        raise StorageError("the disk is full")

    monkeypatch.setattr(auth, "purge_expired", full)
    s = vault_info.sign_in()
    try:
        assert s.is_open and s.purged_from_bin == 0 and s.purge_error == "the disk is full"
        assert any("could not be erased (the disk is full)" in n for n in notices_for(s))
    finally:
        s.close()
