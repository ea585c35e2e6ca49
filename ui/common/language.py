"""The language choice (wizard, start screen, Settings): each language under its own name."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ..i18n import LANGUAGES, current_language


class LanguageBox(QComboBox):
    def __init__(self, current: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.set_code(current or current_language())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)

    def code(self) -> str:
        return self.currentData() or "en"
