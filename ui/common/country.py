"""Choosing a country: every ISO 3166 country by its name in the app's language ("Poland (PL)",
"Polska (PL)"), the user's own (the default locale's territory) chosen first."""
from __future__ import annotations

import gettext

import pycountry
from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from ..i18n import current_language


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country, named in the app's language (pycountry's ISO 3166
    translations), sorted as that language sorts."""
    lang = current_language()
    try:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:  # English, or no translation
        names = str
    out = [(c.alpha_2, names(getattr(c, "common_name", None) or c.name)) for c in pycountry.countries]
    key = QCollator(QLocale(lang)).sortKey
    return sorted(out, key=lambda item: key(item[1]))


def locale_country() -> str:
    """The default locale's territory ("PL" for pl_PL), "" for the C locale."""
    return QLocale.territoryToCode(QLocale().territory()) if QLocale().language() != QLocale.Language.C else ""


class CountryBox(QComboBox):
    """A country by name; ``code()`` is its ISO code ("" for none)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(self.tr("(not chosen)"), "")
        for code, name in countries():
            self.addItem(f"{name} ({code})", code)
        self.set_code(locale_country())

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData((code or "").upper())))
