"""The sign-in panel (also the only thing a locked window shows): a thin widget over
app.flows.signin.SignInFlow. Key derivation runs on the DB worker with a busy bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.flows.signin import SignInFlow, State, attempt

from ..common.context import AppContext
from ..common.widgets import BusyBar, Heading, Logo, Note, StrengthMeter


class SignInPanel(QWidget):
    signed_in = Signal(object, list)       # session, notices
    other_vault = Signal()

    def __init__(self, ctx: AppContext, folder: str | Path, parent: QWidget | None = None,
                 username: str = "", locked: bool = False, reason: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path(folder)
        self.flow = SignInFlow(self.folder, locked_user=username if locked else "", format_time=local_time)
        self.session = None
        self.setObjectName("signin")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form(username, locked, reason))
        self.stack.addWidget(self._build_change())
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(580)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.addWidget(self.stack)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self._sync()

    # ---------------------------------------------------------------------------- form
    def _build_form(self, username: str, locked: bool, reason: str) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(10)
        self._add_heading(lay, locked, reason)
        self._add_credentials(lay, username)
        self.recovery_box = QCheckBox(self.tr("Use a recovery code instead (lost phone)"))
        self.recovery_box.setAccessibleName(self.tr("Use a recovery code"))
        self.recovery_box.toggled.connect(self._toggle_recovery)
        lay.addWidget(self.recovery_box)
        self.message = Note(kind="error")
        self.message.hide()
        self.countdown = Note(kind="warning")
        self.countdown.hide()
        lay.addWidget(self.message)
        lay.addWidget(self.countdown)
        self.busy = BusyBar()
        lay.addWidget(self.busy)
        self._add_form_buttons(lay)
        for w in (self.user_edit, self.pw_edit, self.code_edit):
            w.textChanged.connect(self._sync)
            w.returnPressed.connect(self._enter)
        QWidget.setTabOrder(self.user_edit, self.pw_edit)
        QWidget.setTabOrder(self.pw_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.recovery_box)
        QWidget.setTabOrder(self.recovery_box, self.sign_in_btn)
        QWidget.setTabOrder(self.sign_in_btn, self.other_btn)
        return page

    def _add_heading(self, lay: QVBoxLayout, locked: bool, reason: str) -> None:
        """Logo and title, why the vault was locked (when it was), and which vault this is."""
        self.title = Heading(self.tr("Vault locked") if locked else self.tr("Sign in"))
        head = QHBoxLayout()
        head.addWidget(Logo())
        head.addWidget(self.title, 1)
        lay.addLayout(head)
        why = {"idle": self.tr("Locked after a while without activity."),
               "os": self.tr("Locked because the screen was locked."),
               "manual": self.tr("You locked the vault.")}.get(reason, "")
        self.reason = Note(why)
        lay.addWidget(self.reason)
        self.reason.setVisible(bool(why) and locked)
        self.vault_label = QLabel(str(self.folder))
        self.vault_label.setObjectName("muted")
        self.vault_label.setWordWrap(True)
        lay.addWidget(self.vault_label)

    def _add_credentials(self, lay: QVBoxLayout, username: str) -> None:
        """User name, password and second-factor code."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.user_edit = QLineEdit(username)
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.pw_edit = QLineEdit()
        self.pw_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw_edit.setAccessibleName(self.tr("Password"))
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Authenticator code"))
        self.code_edit.setPlaceholderText("123456")
        self.code_label = QLabel(self.tr("Code from your authenticator app"))
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Password"), self.pw_edit)
        form.addRow(self.code_label, self.code_edit)
        lay.addLayout(form)

    def _add_form_buttons(self, lay: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.other_btn = QPushButton(self.tr("Other vault…"))
        self.other_btn.setAccessibleName(self.tr("Choose another vault"))
        self.other_btn.clicked.connect(self.other_vault)
        self.forgot_btn = QPushButton(self.tr("Forgot password?"))
        self.forgot_btn.setObjectName("flat")
        self.forgot_btn.setAccessibleName(self.tr("Forgot password: use the recovery key"))
        self.forgot_btn.clicked.connect(self.forgot_password)
        self.sign_in_btn = QPushButton(self.tr("Sign in"))
        self.sign_in_btn.setObjectName("primary")
        self.sign_in_btn.setDefault(True)
        self.sign_in_btn.setAccessibleName(self.tr("Sign in"))
        self.sign_in_btn.clicked.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_btn)
        lay.addLayout(buttons)
        others = QHBoxLayout()  # a row of its own: longer words still fit the card
        others.addWidget(self.other_btn)
        others.addWidget(self.forgot_btn)
        others.addStretch(1)
        lay.addLayout(others)

    def _build_change(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Heading(self.tr("Choose a new password")))
        lay.addWidget(Note(self.tr("You signed in with a temporary password. Choose your own before you go on; "
                                   "nobody else, not even an administrator, will know it.")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.new_pw = QLineEdit()
        self.new_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pw.setAccessibleName(self.tr("New password"))
        self.new_pw2 = QLineEdit()
        self.new_pw2.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pw2.setAccessibleName(self.tr("Repeat new password"))
        self.change_meter = StrengthMeter()
        form.addRow(self.tr("New password"), self.new_pw)
        form.addRow(self.tr("Repeat"), self.new_pw2)
        form.addRow(self.change_meter)
        lay.addLayout(form)
        self.change_message = Note(kind="error")
        self.change_message.hide()
        lay.addWidget(self.change_message)
        self.change_busy = BusyBar()
        lay.addWidget(self.change_busy)
        row = QHBoxLayout()
        self.change_cancel = QPushButton(self.tr("Lock"))
        self.change_cancel.clicked.connect(self._abandon_change)
        self.change_btn = QPushButton(self.tr("Change password"))
        self.change_btn.setObjectName("primary")
        self.change_btn.clicked.connect(self._change_password)
        row.addWidget(self.change_cancel)
        row.addStretch(1)
        row.addWidget(self.change_btn)
        lay.addLayout(row)
        lay.addStretch(1)
        for w in (self.new_pw, self.new_pw2):
            w.textChanged.connect(self._change_feedback)
        self.new_pw2.returnPressed.connect(self._change_password)
        self._old_password = ""
        return page

    # ---------------------------------------------------------------------------- sign-in
    def _toggle_recovery(self, on: bool) -> None:
        self.flow.use_recovery_code = on
        self.code_label.setText(self.tr("Recovery code (from your recovery sheet)") if on
                                else self.tr("Code from your authenticator app"))
        self.code_edit.setAccessibleName(self.tr("Recovery code") if on else self.tr("Authenticator code"))
        self.code_edit.setPlaceholderText("abcde-fghjk" if on else "123456")
        self.code_edit.clear()
        self._sync()

    def _enter(self) -> None:
        for w in (self.user_edit, self.pw_edit, self.code_edit):
            if not w.text():
                w.setFocus()
                return
        self.submit()

    def submit(self) -> None:
        user, pw, code = self.user_edit.text(), self.pw_edit.text(), self.code_edit.text()
        if not self.flow.can_submit(user, pw, code):
            return
        request = self.flow.begin(user, pw, code)
        self._old_password = pw
        self.pw_edit.clear()
        self.code_edit.clear()
        self.busy.show()
        self._sync()
        self.ctx.tasks.run(attempt, request, on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, session) -> None:
        self.busy.hide()
        self.session = session
        state = self.flow.succeeded(session)
        if state == State.CHANGE_PASSWORD:
            self.stack.setCurrentIndex(1)
            self.new_pw.setFocus()
        else:
            self._done()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._old_password = ""
        self.flow.failed(exc)
        self.message.show_text(self.flow.message, "error")
        self._sync()
        if self.flow.state == State.THROTTLED:
            self.timer.start()
        self.code_edit.setFocus() if self.user_edit.text() else self.user_edit.setFocus()

    def _tick(self) -> None:
        if self.flow.tick() != State.THROTTLED:
            self.timer.stop()
            self.message.show_text("")
        self._sync()

    def _done(self) -> None:
        session, self.session = self.session, None
        self._old_password = ""
        self.signed_in.emit(session, list(self.flow.notices))

    def forgot_password(self) -> None:
        """The recovery key → a new password → a new authenticator; then sign in with them."""
        from .forgot import ForgotPasswordDialog

        self.forgot = ForgotPasswordDialog(self.ctx, self.folder, self.user_edit.text().strip(), self)
        self.forgot.recovered.connect(self._recovered)
        self.forgot.open()

    def _recovered(self, username: str) -> None:
        self.user_edit.setText(username)
        self.pw_edit.clear()
        self.code_edit.clear()
        self.message.show_text(self.tr("Your new password and authenticator are set. Sign in with them."), "success")
        self.pw_edit.setFocus()

    # ---------------------------------------------------------------------------- password change
    def _change_feedback(self) -> None:
        pw = self.new_pw.text()
        fb = self.flow.new_password_feedback(pw, self.new_pw2.text() or None)
        self.change_meter.show_feedback(fb, empty=not pw)

    def _change_password(self) -> None:
        fb = self.flow.new_password_feedback(self.new_pw.text(), self.new_pw2.text())
        if not fb.acceptable:
            self.change_meter.show_feedback(fb, empty=False)
            self.change_message.show_text(self.tr("Not accepted yet: see the notes above."), "error")
            return
        new, old = self.new_pw.text(), self._old_password
        self.change_busy.show()
        self.change_btn.setEnabled(False)
        self.ctx.tasks.run(auth.change_own_password, self.session, old, new,
                           on_done=self._changed, on_error=self._change_failed)

    def _changed(self, _result) -> None:
        self.change_busy.hide()
        self.new_pw.clear()
        self.new_pw2.clear()
        self.flow.password_changed()
        self.flow.notices.insert(0, self.tr("Your new password is set."))
        self._done()

    def _change_failed(self, exc: BaseException) -> None:
        from app.errors import user_message

        self.change_busy.hide()
        self.change_btn.setEnabled(True)
        self.change_message.show_text(user_message(exc), "error")

    def _abandon_change(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.ctx.tasks.run(auth.lock, session, "manual")
        self._old_password = ""
        self.new_pw.clear()
        self.new_pw2.clear()
        self.flow.reset()
        self.stack.setCurrentIndex(0)
        self._sync()

    # ---------------------------------------------------------------------------- state → widgets
    def _sync(self) -> None:
        state = self.flow.state
        working = state == State.WORKING
        for w in (self.user_edit, self.pw_edit, self.code_edit, self.recovery_box, self.other_btn, self.forgot_btn):
            w.setEnabled(not working)
        self.sign_in_btn.setEnabled(self.flow.can_submit(self.user_edit.text(), self.pw_edit.text(),
                                                         self.code_edit.text()))
        self.sign_in_btn.setText(self.tr("Signing in…") if working else self.tr("Sign in"))
        text = self.flow.countdown_text()
        self.countdown.show_text(self.tr("Too many failed sign-ins. You can try again in {0} s.")
                                 .format(self.flow.seconds_left()) if text else "", "warning")

    def focus_first(self) -> None:
        (self.pw_edit if self.user_edit.text() else self.user_edit).setFocus(Qt.FocusReason.OtherFocusReason)


def local_time(iso: str) -> str:
    """A stored ISO time (UTC) as the user's locale writes a date and time, in local time."""
    at = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(at.toLocalTime(), QLocale.FormatType.ShortFormat) if at.isValid() else iso
