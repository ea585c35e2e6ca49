"""The vault's country (issue 12): one declared setting; it gives new deals their currency and
phone numbers typed without +code their region. A vault made before the wizard asked derives it
from its phone region."""
from __future__ import annotations

import pytest

from app.countries import currency_for
from app.ops import settings as ops
from app.records import create_customer, get_customer
from app.setting_keys import REGISTRY


@pytest.mark.parametrize("country,currency", [("PL", "PLN"), ("CZ", "CZK"), ("ES", "EUR"), ("DE", "EUR"),
                                              ("FR", "EUR"), ("AT", "EUR"), ("RU", "RUB"), ("GB", "GBP"),
                                              ("US", "USD"), ("CH", "CHF"), ("pl", "PLN"), ("", "EUR")])
def test_each_country_has_its_currency(country, currency):
    assert currency_for(country) == currency


def test_country_is_declared_once_and_shown_in_settings(admin):
    spec = REGISTRY["vault.country"]
    assert spec.scope == "vault" and spec.editor == "country" and spec.description
    assert ops.load_dialog(admin)["vault.country"] == ""
    assert ops.deal_defaults(admin) == {"currency": "EUR"}      # no country yet: as before


def test_country_decides_deal_currency_and_phone_region(admin):
    ops.save(admin, {"vault.country": "PL"})
    assert ops.deal_defaults(admin) == {"currency": "PLN"}
    cid = create_customer(admin, {"given_name": "Łukasz", "family_name": "Nowak", "phones": ["601 234 567"]})
    assert get_customer(admin, cid)["phones"][0]["e164"] == "+48601234567"


def test_an_older_vault_takes_its_country_from_the_phone_region(admin):
    ops.save(admin, {"records.phone_region": "CZ"})
    assert ops.load_dialog(admin)["vault.country"] == "CZ"
    assert ops.deal_defaults(admin) == {"currency": "CZK"}
    ops.save(admin, {"vault.country": "PL"})         # the phone setting, once set, still decides the phones
    cid = create_customer(admin, {"given_name": "Jana", "family_name": "Nová", "phones": ["601 234 567"]})
    assert get_customer(admin, cid)["phones"][0]["e164"] == "+420601234567"
    assert ops.deal_defaults(admin) == {"currency": "PLN"}
