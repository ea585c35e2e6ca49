"""Amounts in the UI: integer minor units (cents, as the services store them) shown as the
locale writes money ("12 500,50 zł" in Poland, "1 250,00 Kč" in Czechia, "€ 1 250,00" in
Austria, "1.250,00 €" in Germany), and typed text ("1 250,00", "1,250.00", "1.250,00", "1250",
"12500.50", with or without the currency) normalised to the "1250.00" the services parse."""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from app.countries import home_country

_AMBIGUOUS = ("$", "kr", "kr.", "Kr", "Fr.", "¥", "R", "Rs")   # symbols several currencies share


def _c_locale(loc: QLocale) -> bool:
    return loc.language() == QLocale.Language.C


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """"PLN" → "zł", "CZK" → "Kč", "EUR" → "€"; the ISO code where the symbol would be ambiguous
    for this user ("$" is only the dollar of a user whose own currency it is)."""
    loc = locale or QLocale()
    code = (currency or "").upper()
    if _c_locale(loc) or not code:
        return code
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or code
    country = home_country(code)
    if country is None:
        return code
    symbol = QLocale(QLocale.Language.AnyLanguage, QLocale.codeToTerritory(country)).currencySymbol(
        QLocale.CurrencySymbolFormat.CurrencySymbol)
    return code if not symbol or symbol in _AMBIGUOUS or symbol.isascii() and len(symbol) <= 2 else symbol


def format_amount(minor: int, locale: QLocale | None = None) -> str:
    """125000 → "1 250,00" / "1,250.00" / "1.250,00" as the locale groups and marks decimals (no
    currency; reads back through normalise_amount unchanged)."""
    loc = locale or QLocale()
    sign = "-" if minor < 0 else ""
    major, cents = divmod(abs(int(minor)), 100)
    if _c_locale(loc):
        return f"{sign}{major:,}.{cents:02d}"
    return f"{sign}{loc.toString(major)}{loc.decimalPoint()}{cents:02d}"


def format_money(minor: int, currency: str) -> str:
    """1250050, "PLN" → "12 500,50 zł" (Poland), "zł12,500.50" (USA): the amount, symbol and their
    order follow the locale."""
    loc = QLocale()
    symbol = currency_symbol(currency, loc)
    if _c_locale(loc):
        return f"{format_amount(minor, loc)} {symbol}".strip()
    one = f"1{loc.decimalPoint()}00"
    pattern = loc.toCurrencyString(1.0, "\u00a4")        # where the symbol goes and the spacing
    if one not in pattern:
        return f"{format_amount(minor, loc)} {symbol}".strip()
    text = pattern.replace(one, format_amount(abs(int(minor)), loc)).replace("\u00a4", symbol).strip()
    text = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", "\u00a0", text)   # "USD 1,250.00"
    return f"{loc.negativeSign()}{text}" if minor < 0 else text


def plain_amount(minor: int) -> str:
    """For an edit field: the amount as the locale writes it, without the currency."""
    return format_amount(minor)


def normalise_amount(text: str) -> str:
    """Typed text → "1250.00"-style text for the service; text that is not an amount is returned
    stripped but otherwise unchanged, so the service's ValidationError names the field."""
    s = re.sub(r"[\s\u00a0\u202f'’]", "", text or "")
    core = s.lstrip("-\u2212")
    bare = re.sub(r"^[^\d.,]+|[^\d.,]+$", "", core)      # "1 250,00 zł", "-$1,250.00", "12500 PLN"
    if bare != core and re.fullmatch(r"[\d.,]+", bare):
        s = ("-" if core != s else "") + bare
    m = re.fullmatch(r"(-?)([\d.,]+)", s)
    if not m:
        return s
    sign, body = m.groups()
    whole, frac = body, ""
    last = max(body.rfind("."), body.rfind(","))
    if last != -1 and re.fullmatch(r"\d{1,2}", body[last + 1:]):
        whole, frac = body[:last], body[last + 1:]
        if body[last] in whole:        # "1,250,00": the decimal mark cannot also group
            return sign + body
    if not re.fullmatch(r"\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+", whole):
        return sign + body
    whole = whole.replace(",", "").replace(".", "")
    return f"{sign}{whole}.{frac}" if frac else sign + whole
