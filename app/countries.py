"""Countries a vault can be in (ISO 3166 alpha-2) and the currency each one uses (ISO 4217): the
vault's country decides the default currency of a new deal and the region of phone numbers
typed without +code."""
from __future__ import annotations

_EURO = ("AD", "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MC",
         "ME", "MT", "NL", "PT", "SI", "SK", "SM", "VA", "XK")

CURRENCIES: dict[str, str] = {
    **dict.fromkeys(_EURO, "EUR"),
    "AE": "AED", "AL": "ALL", "AM": "AMD", "AR": "ARS", "AU": "AUD", "AZ": "AZN", "BA": "BAM", "BG": "BGN",
    "BR": "BRL", "BY": "BYN", "CA": "CAD", "CH": "CHF", "CL": "CLP", "CN": "CNY", "CO": "COP", "CZ": "CZK",
    "DK": "DKK", "EG": "EGP", "GB": "GBP", "GE": "GEL", "HK": "HKD", "HU": "HUF", "ID": "IDR", "IL": "ILS",
    "IN": "INR", "IS": "ISK", "JP": "JPY", "KR": "KRW", "KZ": "KZT", "LI": "CHF", "MA": "MAD", "MD": "MDL",
    "MK": "MKD", "MX": "MXN", "MY": "MYR", "NG": "NGN", "NO": "NOK", "NZ": "NZD", "PE": "PEN", "PH": "PHP",
    "PL": "PLN", "RO": "RON", "RS": "RSD", "RU": "RUB", "SA": "SAR", "SE": "SEK", "SG": "SGD", "TH": "THB",
    "TN": "TND", "TR": "TRY", "TW": "TWD", "UA": "UAH", "US": "USD", "UY": "UYU", "VN": "VND", "ZA": "ZAR",
}

FALLBACK_CURRENCY = "EUR"


def currency_for(country: str | None) -> str:
    """The currency of ``country`` ("PL" → "PLN"); EUR for a country not listed or none."""
    return CURRENCIES.get((country or "").strip().upper(), FALLBACK_CURRENCY)


def home_country(currency: str) -> str | None:
    """A country that uses ``currency`` ("PLN" → "PL"), None if none listed."""
    code = (currency or "").strip().upper()
    return next((c for c, cur in CURRENCIES.items() if cur == code), None)
