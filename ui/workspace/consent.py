"""Consent in the customer detail's Privacy section (privacy managers only): record a consent
(purpose, lawful basis, where it came from) and withdraw one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app import privacy
from app.ops import records as ops

from .form_dialog import CustomerFormDialog


def basis_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    labels = {"consent": translate("Consent", "Consent"), "contract": translate("Consent", "Contract"),
              "legal_obligation": translate("Consent", "Legal obligation"),
              "vital_interests": translate("Consent", "Vital interests"),
              "public_task": translate("Consent", "Public task"),
              "legitimate_interests": translate("Consent", "Legitimate interests")}
    return {b: labels.get(b, b) for b in privacy.LAWFUL_BASES}


# ---------------------------------------------------------------------------- dialog
class ConsentDialog(CustomerFormDialog):
    permission = "privacy.manage"

    def __init__(self, ctx, session, customer_id: int, parent: QWidget | None = None):
        super().__init__(ctx, session, customer_id, parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setAccessibleName(self.tr("Purpose"))
        self.purpose_edit.setPlaceholderText(self.tr("e.g. newsletter, phone marketing"))
        self.purpose_edit.setMaxLength(200)
        self.basis_box = QComboBox()
        self.basis_box.setAccessibleName(self.tr("Lawful basis"))
        for key, label in basis_labels().items():
            self.basis_box.addItem(label, key)
        self.source_edit = QLineEdit()
        self.source_edit.setAccessibleName(self.tr("Source"))
        self.source_edit.setPlaceholderText(self.tr("Where it was given, e.g. web form, signed paper"))
        self.source_edit.setMaxLength(500)
        self.add_row(self.tr("Purpose"), self.purpose_edit, "purpose")
        self.add_row(self.tr("Lawful basis"), self.basis_box, "lawful_basis")
        self.add_row(self.tr("Source"), self.source_edit)
        self.purpose_edit.setFocus()

    def save(self) -> None:
        self.submit(ops.record_consent, self.purpose_edit.text().strip(), self.basis_box.currentData(),
                    self.source_edit.text().strip())

    def field_message(self, name: str, text: str) -> str:
        return self.tr("A purpose of 1 to 200 characters is needed.") if name == "purpose" else text
