"""Change my password (signed in): the current one again, the new one twice, live feedback.
The slot is re-wrapped on the DB worker (Argon2id); the database is not re-encrypted."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app import auth
from app.errors import user_message
from app.flows.passwords import feedback

from .widgets import BusyBar, Note, StrengthMeter


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.done_ok = False
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)
        form = QFormLayout()
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for w, name in ((self.current, self.tr("Current password")), (self.new, self.tr("New password")),
                        (self.repeat, self.tr("Repeat new password"))):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
            form.addRow(name, w)
        self.meter = StrengthMeter()
        form.addRow(self.meter)
        self.message = Note(kind="error")
        self.message.hide()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.busy)
        lay.addWidget(self.buttons)
        self.new.textChanged.connect(self._feedback)
        self.repeat.textChanged.connect(self._feedback)

    def _feedback(self) -> None:
        fb = feedback(self.new.text(), self.session.username, self.repeat.text() or None)
        self.meter.show_feedback(fb, empty=not self.new.text())

    def save(self) -> None:
        fb = feedback(self.new.text(), self.session.username, self.repeat.text())
        if not self.current.text() or not fb.acceptable:
            self.meter.show_feedback(fb, empty=False)
            self.message.show_text(self.tr("Fill in the current password and an accepted new one."), "error")
            return
        self.busy.show()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(auth.change_own_password, self.session, self.current.text(), self.new.text(),
                           on_done=self._done, on_error=self._failed)

    def _done(self, _r) -> None:
        self.done_ok = True
        for w in (self.current, self.new, self.repeat):
            w.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.current.clear()
        self.message.show_text(user_message(exc), "error")
