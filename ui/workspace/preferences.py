"""Purchase preferences in the customer detail (what a customer likes to buy, and how): add one
(category, preference, notes) and remove one. Needs customers.update, like the service."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError, user_message
from app.records import deals

from ..common.widgets import Note


# ---------------------------------------------------------------------------- worker jobs (services only)
def add(session, customer_id: int, category: str, preference: str, notes: str) -> int:
    return deals.add_preference(session, customer_id, category, preference, notes)


def remove(session, preference_id: int) -> int:
    deals.remove_preference(session, preference_id)
    return preference_id


# ---------------------------------------------------------------------------- dialog
class PreferenceDialog(QDialog):
    saved = Signal(int)     # the preference's id

    def __init__(self, ctx, session, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.customer_id = customer_id
        self.busy = False
        self.setObjectName("preferenceDialog")
        self.setWindowTitle(self.tr("Add purchase preference"))
        self.banner = Note()
        self.banner.hide()
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
        self.category_error = Note(kind="error")
        self.category_error.hide()
        form = QFormLayout()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.category_edit)
        v.addWidget(self.category_error)
        form.addRow(self.tr("Category"), box)
        form.addRow(self.tr("Preference"), self.preference_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_btn.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.category_edit.setFocus()

    def save(self) -> None:
        if self.busy or not self.session.can("customers.update"):
            return
        self.category_error.show_text("")
        self.banner.hide()
        self.busy = True
        self.save_btn.setEnabled(False)
        self.ctx.tasks.run(add, self.session, self.customer_id, self.category_edit.text().strip(),
                           self.preference_edit.text().strip(), self.notes_edit.toPlainText().strip(),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, preference_id: int) -> None:
        self.busy = False
        self.saved.emit(preference_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_btn.setEnabled(True)
        if isinstance(exc, ValidationError) and "category" in (exc.fields or {}):
            self.category_error.show_text(self.tr("A category is needed (what the preference is about)."), "error")
            self.banner.show_text(self.tr("Please correct the field marked below."), "error")
            return
        self.banner.show_text(user_message(exc), "error")
