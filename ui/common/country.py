"""Choosing a country: every territory Qt knows with an ISO code, by name ("Poland (PL)"), the
user's own (the default locale's territory) chosen first."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every territory with a two-letter code, sorted by name."""
    out = {}
    for territory in QLocale.Country.__members__.values():
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            out[code] = QLocale.territoryToString(territory)
    return sorted(out.items(), key=lambda item: item[1].casefold())


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
