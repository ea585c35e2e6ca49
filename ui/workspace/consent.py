"""Consent in the customer detail's Privacy section (privacy managers only): record a consent
(purpose, lawful basis, where it came from) and withdraw one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import privacy
from app.errors import ValidationError, user_message

from ..common.widgets import Note


def basis_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    labels = {"consent": translate("Consent", "Consent"), "contract": translate("Consent", "Contract"),
              "legal_obligation": translate("Consent", "Legal obligation"),
              "vital_interests": translate("Consent", "Vital interests"),
              "public_task": translate("Consent", "Public task"),
              "legitimate_interests": translate("Consent", "Legitimate interests")}
    return {b: labels.get(b, b) for b in privacy.LAWFUL_BASES}


# ---------------------------------------------------------------------------- worker jobs (services only)
def record(session, customer_id: int, purpose: str, lawful_basis: str, source: str) -> int:
    return privacy.record_consent(session, customer_id, purpose, lawful_basis, source=source)


def withdraw(session, consent_id: int) -> int:
    privacy.withdraw_consent(session, consent_id)
    return consent_id


# ---------------------------------------------------------------------------- dialog
class ConsentDialog(QDialog):
    saved = Signal(int)     # the consent's id

    def __init__(self, ctx, session, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.customer_id = customer_id
        self.busy = False
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.banner = Note()
        self.banner.hide()
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
        self.errors = {"purpose": Note(kind="error"), "lawful_basis": Note(kind="error")}
        for n in self.errors.values():
            n.hide()
        form = QFormLayout()
        for label, widget, err in ((self.tr("Purpose"), self.purpose_edit, self.errors["purpose"]),
                                   (self.tr("Lawful basis"), self.basis_box, self.errors["lawful_basis"]),
                                   (self.tr("Source"), self.source_edit, None)):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(widget)
            if err is not None:
                v.addWidget(err)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_btn.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.purpose_edit.setFocus()

    def save(self) -> None:
        if self.busy or not self.session.can("privacy.manage"):
            return
        for n in self.errors.values():
            n.show_text("")
        self.banner.hide()
        self.busy = True
        self.save_btn.setEnabled(False)
        self.ctx.tasks.run(record, self.session, self.customer_id, self.purpose_edit.text().strip(),
                           self.basis_box.currentData(), self.source_edit.text().strip(),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, consent_id: int) -> None:
        self.busy = False
        self.saved.emit(consent_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_btn.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.fields:
            for name, text in exc.fields.items():
                if name in self.errors:
                    self.errors[name].show_text(
                        self.tr("A purpose of 1 to 200 characters is needed.") if name == "purpose" else text,
                        "error")
            self.banner.show_text(self.tr("Please correct the fields marked below."), "error")
            return
        self.banner.show_text(user_message(exc), "error")
