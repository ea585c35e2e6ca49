"""Amounts in the UI: integer minor units (cents, as the services store them) shown with the
locale's grouping and decimal mark plus the ISO currency, and typed text ("1 250,00",
"1,250.00", "1.250,00", "1250") normalised to the "1250.00" the services parse."""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale


def _separators() -> tuple[str, str]:
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return ",", "."
    return loc.groupSeparator(), loc.decimalPoint()


def format_money(minor: int, currency: str) -> str:
    """1250000, "EUR" → "12,500.00 EUR" (the separators follow the locale)."""
    group, point = _separators()
    sign = "-" if minor < 0 else ""
    major, cents = divmod(abs(int(minor)), 100)
    digits = f"{major:,}".replace(",", group)
    return f"{sign}{digits}{point}{cents:02d} {currency}".strip()


def plain_amount(minor: int) -> str:
    """For an edit field: 125000 → "1250.00" (no grouping, so it reads back unchanged)."""
    sign = "-" if minor < 0 else ""
    major, cents = divmod(abs(int(minor)), 100)
    return f"{sign}{major}.{cents:02d}"


def normalise_amount(text: str) -> str:
    """Typed text → "1250.00"-style text for the service; text that is not an amount is returned
    stripped but otherwise unchanged, so the service's ValidationError names the field."""
    s = re.sub(r"[\s\u00a0\u202f'’]", "", text or "")
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
