"""CLI contract (../shared/CLI.md): ``customer show | set | delete``."""
from __future__ import annotations

from app import users
from app.records import create_customer, search
from tests.conftest import PASSWORD, run_cli

SALES_PW = "another long passphrase 42"


def signin(info, user=None, secret=None):
    return ["--user", user or info.user, "--password-stdin", "--totp", info.clock.code(secret or info.totp_secret)]


def test_show_set_delete_through_the_contract(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, {"given_name": "Jana", "family_name": "Dvořáková", "company_name": "Acme",
                              "emails": ["jana@example.cz", "j.d@example.cz"], "phones": ["+420 601 123 456"],
                              "addresses": [{"city": "Brno", "street": "Veveří 1"}], "tags": ["vip"],
                              "tax_id": "CZ123"})
    s.close()
    r = run_cli(["customer", "show", vault_info.path, cid, *signin(vault_info), "--json"], PASSWORD + "\n")
    assert r.status == 0, r.err
    shown = r.json
    assert set(shown) == {"id", "uid", "display_name", "given_name", "family_name", "company", "job_title",
                          "status", "notes", "emails", "phones", "city", "tags", "version"}
    assert shown["display_name"] == "Jana Dvořáková" and shown["company"] == "Acme" and shown["city"] == "Brno"
    assert shown["emails"] == ["jana@example.cz", "j.d@example.cz"] and shown["tags"] == ["vip"]

    r = run_cli(["customer", "set", vault_info.path, cid, "email=jana.nova@example.cz", "city=Praha",
                 "status=customer", "tags=vip, key account", *signin(vault_info), "--json"], PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json == {"id": cid, "version": shown["version"] + 1}
    after = run_cli(["customer", "show", vault_info.path, cid, *signin(vault_info), "--json"], PASSWORD + "\n").json
    assert after["emails"] == ["jana.nova@example.cz", "j.d@example.cz"] and after["city"] == "Praha"
    assert after["status"] == "customer" and sorted(after["tags"]) == ["key account", "vip"]
    audit = run_cli(["audit", vault_info.path, *signin(vault_info), "--json"], PASSWORD + "\n").json
    assert [e["action"] for e in audit].count("customer.update") == 1  # one audited change

    bad = run_cli(["customer", "set", vault_info.path, cid, "email=not-an-email", *signin(vault_info)],
                  PASSWORD + "\n")
    assert bad.status == 1 and "not an email address" in bad.err
    usage = run_cli(["customer", "set", vault_info.path, cid, "tax_id=x", *signin(vault_info)], PASSWORD + "\n")
    assert usage.status == 2

    r = run_cli(["customer", "delete", vault_info.path, cid, *signin(vault_info), "--json"], PASSWORD + "\n")
    assert r.status == 0 and r.json == {"id": cid}
    s = vault_info.sign_in()
    assert search(s, "Dvořáková") == []
    s.close()


def test_a_profile_without_the_right_is_refused_with_exit_5(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Petr Svoboda"})
    e = users.add_user(s, "aud", SALES_PW, "Auditor")
    s.close()
    r = run_cli(["customer", "delete", vault_info.path, cid, *signin(vault_info, "aud", e.totp_secret)],
                SALES_PW + "\n")
    assert r.status == 5
    r = run_cli(["customer", "show", vault_info.path, 999999, *signin(vault_info), "--json"], PASSWORD + "\n")
    assert r.status == 1 and "There is no customer 999999." in r.err
