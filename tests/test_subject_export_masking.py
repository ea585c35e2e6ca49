"""Sensitive fields are masked the same way in every output for a profile without
``sensitive.read``, the subject access export included (its audit entries' before/after values
too): a privacy officer who may export a person's data may not thereby read what their profile
hides. A profile with ``sensitive.read`` sees the values, so every output here is shown to carry
them (the check is not vacuous)."""
from __future__ import annotations

import json

import pytest

from app import audit, privacy, profiles, users
from app.records import MASK, customers, deals, duplicates, exporting, listing
from app.records.search import search
from tests.conftest import run_cli

PW = "privacy officer passphrase 9"
# the sensitive values: built-in fields, a sensitive custom field, and an old tax id that only
# the audit log's before/after values still hold
SECRETS = {"tax_id": "TAXQV-5521", "bank_account": "GB11BANKQV0042", "date_of_birth": "1961-03-14",
           "confidential_notes": "confqv owes the bank", "passport": "PASSQV-998", "old_tax_id": "TAXQV-OLD-17"}


def _setup(vault_info):
    s = vault_info.sign_in()
    customers.define_custom_field(s, "passport", "Passport", sensitive=True)
    cid = customers.create_customer(s, {
        "given_name": "Maskie", "family_name": "Quill", "emails": [{"label": "", "value": "maskie@quill.example"}],
        "custom": {"passport": SECRETS["passport"]},
        "sensitive": {"tax_id": SECRETS["old_tax_id"], "bank_account": SECRETS["bank_account"],
                      "date_of_birth": SECRETS["date_of_birth"],
                      "confidential_notes": SECRETS["confidential_notes"]}})
    customers.create_customer(s, {"given_name": "Maskie", "family_name": "Quill",  # a duplicate
                                  "emails": [{"label": "", "value": "maskie@quill.example"}]})
    rec = customers.get_customer(s, cid)
    customers.update_customer(s, cid, {"sensitive": {"tax_id": SECRETS["tax_id"]}}, rec["version"])
    deals.create_deal(s, cid, {"title": "Quill order", "amount_minor": 5000})
    profiles.create_profile(s, "Privacy officer", ["customers.read", "customers.export", "audit.read",
                                                   "privacy.manage", "deals.read"], "all")
    officer = users.add_user(s, "officer", PW, "Privacy officer")
    s.close()
    return cid, officer


def _service_outputs(s, cid, tmp) -> dict[str, str]:
    out: dict[str, str] = {}

    def text(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, default=str)

    out["customer show"] = text(customers.get_customer(s, cid))
    out["search"] = text(search(s, "quill"))
    out["list page"] = text(listing.customer_page(s).rows)
    for fmt in ("csv", "json", "vcard"):
        path = tmp / f"export.{fmt}"
        exporting.export_file(s, path, fmt)
        out[f"export {fmt}"] = path.read_text(encoding="utf-8")
    out["audit viewer"] = text(audit.query(s, customer=str(cid), limit=None))
    for fmt in ("json", "csv"):
        path = tmp / f"audit.{fmt}"
        audit.export(s, path, fmt=fmt)
        out[f"audit export {fmt}"] = path.read_text(encoding="utf-8")
    subject = tmp / "subject.json"
    privacy.subject_export(s, cid, subject)
    out["subject export json"] = subject.read_text(encoding="utf-8")
    out["subject export html"] = (tmp / "subject.html").read_text(encoding="utf-8")
    out["duplicates"] = text([g.__dict__ for g in duplicates.find_duplicates(s)])
    out["deals"] = text(deals.list_deals(s, cid)) + text(deals.purchase_history(s, cid))
    out["consents"] = text(privacy.consents(s, cid))
    return out


def _cli_outputs(vault_info, user, password, secret, cid, tmp) -> dict[str, str]:
    def run(*args):
        r = run_cli([*args, "--user", user, "--password-stdin", "--totp", vault_info.clock.code(secret), "--json"],
                    stdin=password + "\n")
        assert r.status == 0, r.err
        return r.out

    path = vault_info.path
    # (no `customer show` sub-command in the CLI yet: the service's customer show is checked above)
    out = {"CLI search": run("search", path, "quill"),
           "CLI audit": run("audit", path)}
    run("export", path, "--format", "json", "--out", tmp / "cli-export.json")
    out["CLI export json"] = (tmp / "cli-export.json").read_text(encoding="utf-8")
    run("privacy", "export", path, cid, "--out", tmp / "cli-subject.json")
    out["CLI privacy export json"] = (tmp / "cli-subject.json").read_text(encoding="utf-8")
    out["CLI privacy export html"] = (tmp / "cli-subject.html").read_text(encoding="utf-8")
    return out


# outputs that show sensitive values at all (to a profile allowed to see them)
SHOWS_SENSITIVE = {"customer show", "export csv", "export json", "audit viewer", "audit export json",
                   "audit export csv", "subject export json", "subject export html", "CLI audit", "CLI export json", "CLI privacy export json", "CLI privacy export html"}


@pytest.mark.parametrize("who", ["officer", "admin"])
def test_every_output_masks_sensitive_fields_the_same_way(vault_info, tmp_path, who):
    cid, officer = _setup(vault_info)
    if who == "officer":
        user, password, secret = "officer", PW, officer.totp_secret
    else:
        user, password, secret = vault_info.user, vault_info.password, vault_info.totp_secret
    s = vault_info.sign_in(user, password, secret)
    try:
        outputs = _service_outputs(s, cid, tmp_path)
    finally:
        s.close()
    outputs.update(_cli_outputs(vault_info, user, password, secret, cid, tmp_path))
    assert set(SHOWS_SENSITIVE) <= set(outputs)
    if who == "officer":
        leaks = {name: sorted(k for k, v in SECRETS.items() if v.lower() in text.lower())
                 for name, text in outputs.items()}
        assert {n: k for n, k in leaks.items() if k} == {}, "sensitive values shown without sensitive.read"
        for name in ("customer show", "subject export json", "subject export html", "CLI privacy export json"):
            assert MASK in outputs[name], f"{name}: a masked value shows as {MASK}"
        doc = json.loads(outputs["subject export json"])
        person = doc["sections"]["person"]
        assert person["sensitive"] == {k: MASK for k in ("tax_id", "date_of_birth", "bank_account",
                                                         "confidential_notes")}
        assert person["custom"]["passport"] == MASK and person["masked"] is True
        assert person["given_name"] == "Maskie"  # ordinary fields are there
    else:
        for name in SHOWS_SENSITIVE:
            assert SECRETS["tax_id"] in outputs[name] or SECRETS["passport"] in outputs[name] \
                or SECRETS["old_tax_id"] in outputs[name], f"{name} carries sensitive values for an allowed profile"
        doc = json.loads(outputs["subject export json"])
        assert doc["sections"]["person"]["sensitive"]["tax_id"] == SECRETS["tax_id"]
        assert any(SECRETS["old_tax_id"] in json.dumps(e["details"]) for e in doc["sections"]["audit"])
