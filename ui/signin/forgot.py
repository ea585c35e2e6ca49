""""Forgot password?": the recovery key → a new password → a new authenticator, the use case the
CLI's ``recover`` runs (``app.ops.users.recover_with_key``). Key derivation runs on the DB worker."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AuthenticationError, CrmError, NotFoundError, user_message
from app.flows.passwords import feedback
from app.ops import users as ops
from app.recovery_key import KEY, find_recovery_key, read_recovery_key
from ui import dialogs

from ..common.widgets import BusyBar, Heading, Note, StrengthMeter
from .enrolment import EnrolmentView


class ForgotPasswordDialog(QDialog):
    recovered = Signal(str)        # the user name, once the new authenticator answered

    def __init__(self, ctx, folder: str | Path, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path(folder)
        self.enrolment = None
        self.setWindowTitle(self.tr("Forgot password"))
        self.setMinimumWidth(480)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._key_page(username))
        self.stack.addWidget(self._password_page())
        self.stack.addWidget(self._authenticator_page())
        self.message = Note(kind="error")
        self.message.hide()
        self.busy = BusyBar()
        self.back = QPushButton(self.tr("Cancel"))
        self.back.clicked.connect(self.reject)
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("primary")
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.next)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack)
        lay.addWidget(self.message)
        lay.addWidget(self.busy)
        lay.addLayout(row)

    # ---------------------------------------------------------------------------- pages
    def _key_page(self, username: str) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Heading(self.tr("Your recovery key"), level=2))
        lay.addWidget(Note(self.tr("The recovery key is on the recovery sheet printed when the vault was made. "
                                   "It lets you choose a new password and set up your authenticator again.")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("AGE-SECRET-KEY-1…")
        self.show_key = QCheckBox(self.tr("Show"))
        self.show_key.toggled.connect(lambda on: self.key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.key_file = QPushButton(self.tr("From a file…"))
        self.key_file.clicked.connect(self._key_from_file)
        keys = QHBoxLayout()
        for i, w in enumerate((self.key, self.show_key, self.key_file)):
            keys.addWidget(w, 1 if i == 0 else 0)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Recovery key"), keys)
        lay.addLayout(form)
        return page

    def _password_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Heading(self.tr("Choose a new password"), level=2))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.new_pw = QLineEdit()
        self.new_pw2 = QLineEdit()
        for w, name in ((self.new_pw, self.tr("New password")), (self.new_pw2, self.tr("Repeat new password"))):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
            w.textChanged.connect(self._feedback)
            form.addRow(name, w)
        self.meter = StrengthMeter()
        form.addRow(self.meter)
        lay.addLayout(form)
        return page

    def _authenticator_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Heading(self.tr("Set up your authenticator again"), level=2))
        self.enrolled = EnrolmentView()
        lay.addWidget(self.enrolled)
        self.qr, self.secret, self.codes, self.check = (self.enrolled.qr, self.enrolled.secret, self.enrolled.codes,
                                                        self.enrolled.check)
        return page

    # ---------------------------------------------------------------------------- steps
    def _key_from_file(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose the recovery sheet (PDF or text)"), "",
                                 self.tr("Recovery sheet (*.pdf *.txt);;All files (*)"))
        if not path:
            return
        try:
            self.key.setText(read_recovery_key(path))
            self.message.hide()
        except CrmError as exc:
            self._error(user_message(exc), self.key)

    def _feedback(self) -> None:
        fb = feedback(self.new_pw.text(), self.user.text().strip(), self.new_pw2.text() or None)
        self.meter.show_feedback(fb, empty=not self.new_pw.text())

    def _next(self) -> None:
        self.message.hide()
        [self._check_key, self._recover, self._check_code][self.stack.currentIndex()]()

    def _identity(self) -> str:
        text = self.key.text().strip()
        return find_recovery_key(text.encode("utf-8")) or text

    def _check_key(self) -> None:
        if not self.user.text().strip():
            return self._error(self.tr("Type your user name."), self.user)
        if not KEY.fullmatch(self._identity()):
            return self._error(self.tr("This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has "
                                       "74 characters. Compare it with your recovery sheet."), self.key)
        self.stack.setCurrentIndex(1)
        self.back.setText(self.tr("Back"))
        self.back.clicked.disconnect()
        self.back.clicked.connect(self._back)
        self.next.setText(self.tr("Set the new password"))
        self.new_pw.setFocus()

    def _back(self) -> None:
        self.stack.setCurrentIndex(0)
        self.back.setText(self.tr("Cancel"))
        self.back.clicked.disconnect()
        self.back.clicked.connect(self.reject)
        self.next.setText(self.tr("Next"))

    def _recover(self) -> None:
        fb = feedback(self.new_pw.text(), self.user.text().strip(), self.new_pw2.text())
        if not fb.acceptable:
            self.meter.show_feedback(fb, empty=False)
            return self._error(self.tr("This password is not accepted yet: see the notes above."), self.new_pw)
        self._working(True)
        self.ctx.tasks.run(ops.recover_with_key, self.folder, self._identity(), self.user.text().strip(),
                           self.new_pw.text(), on_done=self._recovered, on_error=self._failed)

    def _recovered(self, enrolment) -> None:
        self._working(False)
        self.enrolment = enrolment
        self.new_pw.clear()
        self.new_pw2.clear()
        self.key.clear()
        self.enrolled.show_enrolment(enrolment)
        self.stack.setCurrentIndex(2)
        self.back.hide()
        self.next.setText(self.tr("Check the code"))
        self.check.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._working(False)
        target = self.new_pw
        if isinstance(exc, AuthenticationError | NotFoundError):     # the key or the user name
            self._back()
            target = self.key if isinstance(exc, AuthenticationError) else self.user
        self._error(user_message(exc), target)

    def _check_code(self) -> None:
        if not ops.code_matches(self.enrolment.totp_secret, self.check.text()):
            return self._error(self.tr("That is not the code your authenticator app shows now. Check that you "
                                       "scanned the new code, then type the six digits it shows."), self.check)
        username = self.enrolment.username
        self.enrolment = None
        self.recovered.emit(username)
        self.accept()

    def _working(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.next.setEnabled(not on)
        self.back.setEnabled(not on)

    def _error(self, text: str, field: QWidget) -> None:
        self.message.show_text(text, "error")
        field.setFocus()
