"""Purchase preferences in the customer detail (what a customer likes to buy, and how): add one
(category, preference, notes) and remove one. Needs customers.update, like the service."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.ops import records as ops

from .form_dialog import CustomerFormDialog


# ---------------------------------------------------------------------------- dialog
class PreferenceDialog(CustomerFormDialog):
    permission = "customers.update"

    def __init__(self, ctx, session, customer_id: int, parent: QWidget | None = None):
        super().__init__(ctx, session, customer_id, parent)
        self.setObjectName("preferenceDialog")
        self.setWindowTitle(self.tr("Add purchase preference"))
        self.category_edit = QLineEdit()
        self.category_edit.setAccessibleName(self.tr("Category"))
        self.category_edit.setPlaceholderText(self.tr("e.g. paper, delivery, payment"))
        self.category_edit.setMaxLength(200)
        self.preference_edit = QLineEdit()
        self.preference_edit.setAccessibleName(self.tr("Preference"))
        self.preference_edit.setPlaceholderText(self.tr("e.g. recycled A4, mornings only, invoice by e-mail"))
        self.preference_edit.setMaxLength(2000)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setFixedHeight(70)
        self.add_row(self.tr("Category"), self.category_edit, "category")
        self.add_row(self.tr("Preference"), self.preference_edit)
        self.add_row(self.tr("Notes"), self.notes_edit)
        self.category_edit.setFocus()

    def save(self) -> None:
        self.submit(ops.add_preference, self.category_edit.text().strip(), self.preference_edit.text().strip(),
                    self.notes_edit.toPlainText().strip())

    def field_message(self, name: str, text: str) -> str:
        return self.tr("A category is needed (what the preference is about).")
