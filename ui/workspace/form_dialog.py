"""A small form about one customer that saves through one worker job (consent, purchase
preference): a banner for errors, fields with inline error notes, Save and Cancel, one save at a
time, ``saved(id)`` once the job has returned."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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
from ui import dialogs

from ..common.widgets import Note


class CustomerFormDialog(QDialog):
    saved = Signal(int)     # the id the job returned
    permission = ""         # the atom saving needs (checked again by the service)

    def __init__(self, ctx, session, customer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.customer_id = customer_id
        self.busy = False
        self.errors: dict[str, Note] = {}   # field name → its inline error note
        self.banner = Note()
        self.banner.hide()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_btn.clicked.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, error_for: str | None = None) -> None:
        """A labelled field; with ``error_for``, an inline error note under it for that field."""
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        if error_for is None:
            self.form.addRow(label, widget)
            return
        note = Note(kind="error")
        note.hide()
        self.errors[error_for] = note
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(widget)
        v.addWidget(note)
        self.form.addRow(label, box)

    def _typed(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLineEdit)] + \
            [w.toPlainText() for w in self.findChildren(QPlainTextEdit)]

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not hasattr(self, "_pristine"):
            self._pristine = self._typed()

    def cancel(self) -> None:
        """Escape or Cancel: close, asking first when something was typed (a lock closes without asking)."""
        if self._typed() != getattr(self, "_pristine", self._typed()) and not dialogs.confirm(
                self, self.tr("Discard changes?"), self.tr("What you typed has not been saved. Discard it?"),
                self.tr("Discard"), self.tr("Keep editing")):
            return
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def save(self) -> None:  # subclasses call submit() with their job and values
        raise NotImplementedError

    def submit(self, job: Callable, *values) -> None:
        """Run ``job(session, customer_id, *values)`` on the DB worker."""
        if self.busy or not self.session.can(self.permission):
            return
        for n in self.errors.values():
            n.show_text("")
        self.banner.hide()
        self.busy = True
        self.save_btn.setEnabled(False)
        self.ctx.changes.run(job, self.session, self.customer_id, *values, on_done=self._saved, on_error=self._failed)

    def field_message(self, name: str, text: str) -> str:
        """The inline text for a field the service refused (subclasses can say it better)."""
        return text

    def _saved(self, new_id: int) -> None:
        self.busy = False
        self.saved.emit(new_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_btn.setEnabled(True)
        fields = [(n, t) for n, t in (exc.fields or {}).items() if n in self.errors] \
            if isinstance(exc, ValidationError) else []
        if fields:
            for name, text in fields:
                self.errors[name].show_text(self.field_message(name, text), "error")
            self.banner.show_text(self.tr("Please correct the fields marked below."), "error")
            return
        self.banner.show_text(user_message(exc), "error")
