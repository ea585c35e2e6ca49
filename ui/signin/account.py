"""The user's own account, from the Vault menu: "Re-enrol my authenticator" (a new authenticator
and new recovery codes, confirmed by a code) and "New recovery codes". Both ask for the current
password again; the work (Argon2id) runs on the DB worker; both are audited by the use case."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.ops import users as ops

from ..common.widgets import BusyBar, Note
from .enrolment import EnrolmentView, codes_text


class OwnAccountDialog(QDialog):
    """``authenticator=True``: re-enrol the authenticator; else: new recovery codes."""

    def __init__(self, ctx, session, authenticator: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.authenticator = authenticator
        self.secret = ""
        self.setWindowTitle(self.tr("Re-enrol my authenticator") if authenticator else self.tr("New recovery codes"))
        self.setMinimumWidth(440)
        self.stack = QStackedWidget()
        ask = QWidget()
        form = QFormLayout(ask)
        form.addRow(Note(self.tr("Your old authenticator and recovery codes stop working once this is done.")
                         if authenticator else self.tr("Your old recovery codes stop working once this is done.")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Current password"))
        form.addRow(self.tr("Current password"), self.password)
        self.stack.addWidget(ask)
        self.enrolled = EnrolmentView()
        self.codes = QLabel()
        self.stack.addWidget(self.enrolled if authenticator else self.codes)
        self.message = Note(kind="error")
        self.message.hide()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continue"))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.stack, self.message, self.busy, self.buttons):
            lay.addWidget(w)
        self.password.returnPressed.connect(self._next)

    def _next(self) -> None:
        self.message.hide()
        if self.stack.currentIndex() == 1:
            return self._finish()
        if not self.password.text():
            self.message.show_text(self.tr("Type your current password."), "error")
            return
        self.busy.show()
        self.buttons.setEnabled(False)
        op = ops.change_own_authenticator if self.authenticator else ops.new_own_recovery_codes
        self.ctx.tasks.run(op, self.session, self.password.text(), on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.password.clear()
        if self.authenticator:
            self.secret = result.totp_secret
            self.enrolled.show_enrolment(result)
            self.ok.setText(self.tr("Check the code"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        else:
            self.codes.setText(self.tr("Your new recovery codes (each works once; write them down now):") + "\n\n"
                               + codes_text(result))
            self.ok.setText(self.tr("Done"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.stack.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.show_text(user_message(exc), "error")

    def _finish(self) -> None:
        if self.authenticator and not ops.code_matches(self.secret, self.enrolled.check.text()):
            self.message.show_text(self.tr("That is not the code your authenticator app shows now. Check that you "
                                           "scanned the new code, then type the six digits it shows."), "error")
            self.enrolled.check.setFocus()
            return
        self.secret = ""
        self.accept()
