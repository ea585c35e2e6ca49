"""Join a team (the start screen, beside New vault and Restore): thin widgets over
``app.team_wizard.JoinFlow``. The vault is made and the join request published on the worker
(``app.ops.devices.join``), approval is re-checked on a timer and by Check now, and the book is
downloaded as a job with progress and Cancel (``app.ops.devices.download``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app import auth
from app.errors import CrmError, user_message
from app.flows.recovery_sheet import RecoverySheet
from app.jobs import Cancelled
from app.ops import devices as ops
from app.team_wizard import PAGE_COUNT, JoinFlow, Step
from ui import dialogs

from ..common.jobs import run_job
from ..common.widgets import BusyBar, Heading, Note
from . import join_pages as pages
from .help import help_button

TITLES = {1: QT_TRANSLATE_NOOP("JoinTeamWizard", "Open your invitation"),
          2: QT_TRANSLATE_NOOP("JoinTeamWizard", "Where to keep your vault"),
          3: QT_TRANSLATE_NOOP("JoinTeamWizard", "Choose your password"),
          4: QT_TRANSLATE_NOOP("JoinTeamWizard", "Set up your authenticator app"),
          5: QT_TRANSLATE_NOOP("JoinTeamWizard", "Your recovery sheet"),
          6: QT_TRANSLATE_NOOP("JoinTeamWizard", "Waiting for approval"),
          7: QT_TRANSLATE_NOOP("JoinTeamWizard", "Downloading the customer book")}
CHECK_SECONDS = 20


class JoinTeamWizard(QWidget):
    finished = Signal(object, object)   # (session, folder)
    cancelled = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.flow = JoinFlow()
        self.session = None
        self.job = None
        self.setObjectName("joinWizard")
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.header = Heading("")
        self.stack = QStackedWidget()
        self.p_inv, self.p_folder, self.p_pw = pages.InvitationPage(), pages.FolderPage(), pages.PasswordPage()
        self.p_totp, self.p_sheet = pages.AuthenticatorPage(), pages.RecoveryPage()
        self.p_wait, self.p_down = pages.WaitingPage(), pages.DownloadPage()
        for p in (self.p_inv, self.p_folder, self.p_pw, self.p_totp, self.p_sheet, self.p_wait, self.p_down):
            self.stack.addWidget(p)
        self.error = Note(kind="error")
        self.error.hide()
        self.busy = BusyBar()
        self.busy.hide()
        self.back_btn = QPushButton(self.tr("Back"))
        self.next_btn = QPushButton(self.tr("Next"))
        self.next_btn.setObjectName("primary")
        self.next_btn.setDefault(True)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.back_btn.clicked.connect(self._back)
        self.next_btn.clicked.connect(self._next)
        self.cancel_btn.clicked.connect(self._cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_SECONDS * 1000)
        self.timer.timeout.connect(self.check_now)
        self._connect_pages()
        self._layout()
        self._sync()

    def _layout(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(720)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        for w, stretch in ((self.step_label, 0), (self.header, 0), (self.stack, 1), (self.error, 0),
                           (self.busy, 0)):
            inner.addWidget(w, stretch)
        nav = QHBoxLayout()
        nav.addWidget(self.cancel_btn)
        nav.addWidget(help_button(self))
        nav.addStretch(1)
        nav.addWidget(self.back_btn)
        nav.addWidget(self.next_btn)
        inner.addLayout(nav)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)

    def _connect_pages(self) -> None:
        self.p_inv.open_btn.clicked.connect(self._open_invitation)
        self.p_folder.browse.clicked.connect(self._browse)
        self.p_pw.pw.textChanged.connect(self._password_changed)
        self.p_pw.pw2.textChanged.connect(self._password_changed)
        self.p_pw.pw2.returnPressed.connect(self._next)
        self.p_totp.code.returnPressed.connect(self._next)
        self.p_sheet.save_btn.clicked.connect(self._save_pdf)
        self.p_sheet.print_btn.clicked.connect(self._print)
        self.p_sheet.ack.toggled.connect(lambda on: (self.flow.acknowledge_warning(on), self._sync()))
        self.p_wait.check_btn.clicked.connect(self.check_now)
        self.p_down.retry_btn.clicked.connect(self._download)

    # ---------------------------------------------------------------------------- page 1
    def _open_invitation(self) -> None:
        path = dialogs.open_file(self, self.tr("Open the invitation"), "",
                                 self.tr("VaultCRM invitations (*.vaultcrm-invite);;All files (*)"))
        if path:
            self.load_invitation(path)

    def load_invitation(self, path: str) -> None:
        problems = self.flow.read_invitation(path)
        self.p_inv.path.setText(str(path))
        inv = self.flow.invitation
        if inv is not None:
            self.p_inv.summary.show_text(self.tr(
                "Invitation for {user} ({profile}), valid until {time}.\nSync location: {location}\n"
                "Genesis fingerprint: {fingerprint}\nCheck with your administrator that their screen shows the "
                "same fingerprint.").format(user=inv["user"]["name"], profile=inv["profile"]["name"],
                                            time=inv["expires"], location=inv["location"],
                                            fingerprint=inv["fingerprint"]), "info")
        self.p_inv.show_secret(self.flow.remote)
        self.error.show_text("; ".join(problems))
        self.p_inv.code.setFocus()

    # ---------------------------------------------------------------------------- navigation
    def _next(self) -> None:
        step = self.flow.step
        self.error.show_text("")
        if step == Step.INVITATION:
            self._problems(self.flow.set_invitation(self.p_inv.code.text(), self.p_inv.secret.text()))
        elif step == Step.FOLDER:
            problems = self.flow.set_folder(self.p_folder.folder.text())
            if problems:
                self.error.show_text(self.tr("Choose another folder: ") + "; ".join(problems) + ".")
        elif step == Step.PASSWORD:
            self._set_password()
        elif step == Step.TOTP:
            if self.flow.confirm_code(self.p_totp.code.text()):
                self._fill_sheet()
            else:
                self.error.show_text(self.flow.error)
        elif step == Step.RECOVERY and self.flow.can_leave_recovery:
            self.flow.recovery_done()
            self._show_waiting()
        elif step == Step.DONE:
            self._finish()
            return
        self._sync()

    def _problems(self, problems: list[str]) -> None:
        if problems:
            self.error.show_text("; ".join(problems))

    def _back(self) -> None:
        self.flow.back()
        self.error.show_text("")
        self._sync()

    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Folder for your vault"), self.p_folder.folder.text())
        if path:
            self.p_folder.folder.setText(path)

    # ---------------------------------------------------------------------------- page 3: joining
    def _password_changed(self) -> None:
        pw = self.p_pw.pw.text()
        fb = self.flow.password_feedback(pw, self.p_pw.pw2.text() or None)
        self.p_pw.meter.show_feedback(fb, empty=not pw)

    def _set_password(self) -> None:
        fb = self.flow.set_password(self.p_pw.pw.text(), self.p_pw.pw2.text())
        self.p_pw.meter.show_feedback(fb, empty=False)
        if not fb.acceptable:
            self.error.show_text(self.tr("The two passwords are not the same.") if fb.mismatch and not fb.reasons
                                 else self.tr("This password is not accepted: ") + "; ".join(fb.reasons) + ".")
            return
        r = self.flow.join_request()
        self.p_pw.pw.clear()
        self.p_pw.pw2.clear()
        self.busy.show()
        self.ctx.tasks.run(ops.join, r.folder, r.invitation, r.password, r.code, kdf_params=self.ctx.kdf_params,
                           secret=r.secret or None, on_done=self._joined, on_error=self._join_failed)

    def _joined(self, joined) -> None:
        self.busy.hide()
        self.session = joined.session
        self.flow.was_joined(joined)
        self.ctx.remember_vault(self.flow.folder)
        e = joined.creation.enrolment
        self.p_totp.qr.set_data(e.totp_uri)
        self.p_totp.key.setText(" ".join(e.totp_secret[i:i + 4] for i in range(0, len(e.totp_secret), 4)))
        self._sync()

    def _join_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.flow.join_failed(user_message(exc))
        self.error.show_text(self.flow.error)
        self._sync()

    # ---------------------------------------------------------------------------- page 5: the sheet
    def sheet(self) -> RecoverySheet:
        return RecoverySheet.from_creation(self.flow.creation, self.flow.folder, self.flow.username)

    def _fill_sheet(self) -> None:
        self.p_sheet.sheet.setText(self.sheet().text())

    def _save_pdf(self) -> None:
        suggested = str(Path.home() / f"VaultCRM recovery sheet {self.flow.creation.vault_id[:8]}.pdf")
        path = dialogs.save_file(self, self.tr("Save the recovery sheet"), suggested, self.tr("PDF (*.pdf)"),
                                 vault_folders=[self.flow.folder])
        if not path:
            return
        try:
            self.sheet().save_pdf(path, force=True)  # the save dialog asked before replacing a file
        except (OSError, CrmError) as exc:
            self.error.show_text(user_message(exc))
            return
        self.flow.sheet_kept()
        self.p_sheet.state.show_text(self.tr("Saved to {0}. Move it somewhere safe and offline.").format(path))
        self._sync()

    def _print(self) -> None:
        if dialogs.is_scripted():
            if dialogs.confirm(self, self.tr("Print"), self.tr("Print the recovery sheet?")):
                self.flow.sheet_kept()
                self._sync()
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.sheet().text())
        doc.setDefaultFont(pages.mono())
        doc.print_(printer)
        self.flow.sheet_kept()
        self.p_sheet.state.show_text(self.tr("Sent to the printer."))
        self._sync()

    # ---------------------------------------------------------------------------- page 6: waiting
    def _show_waiting(self) -> None:
        self.p_sheet.sheet.clear()
        self.p_wait.fingerprint.show_text(self.tr(
            "If your administrator asks, this laptop's request fingerprint is {0}.").format(
            self.flow.joined.request_fingerprint))
        self.p_wait.state.setText(self.flow.waiting_text())
        self.timer.start()
        self.check_now()

    def check_now(self) -> None:
        if self.flow.step != Step.WAITING or self.session is None:
            return
        self.p_wait.check_btn.setEnabled(False)
        self.p_wait.busy.show()
        self.ctx.tasks.run(ops.join_state, self.session, on_done=self._checked, on_error=self._check_failed)

    def _checked(self, state: dict) -> None:
        if self.flow.step != Step.WAITING:
            return
        self.p_wait.check_btn.setEnabled(True)
        self.p_wait.busy.hide()
        self.flow.approval(state)
        self.p_wait.state.setText(self.flow.waiting_text())
        self.p_wait.checked.show_text(self.tr("Checked at {0}; checked again every %n second(s).", "",
                                              CHECK_SECONDS).format(self._now()))
        self.error.show_text(self.flow.error)
        if self.flow.step == Step.DOWNLOAD:
            self.timer.stop()
            self._sync()
            self._download()

    def _check_failed(self, exc: BaseException) -> None:
        self.p_wait.check_btn.setEnabled(True)
        self.p_wait.busy.hide()
        self.p_wait.checked.show_text(self.tr("Could not check at {0}: {1}").format(self._now(), user_message(exc)),
                                      "warning")

    @staticmethod
    def _now() -> str:
        from PySide6.QtCore import QLocale, QTime

        return QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)

    # ---------------------------------------------------------------------------- page 7: download
    def _download(self) -> None:
        self.flow.download_started()
        self.p_down.retry_btn.hide()
        self.p_down.panel.label.setText(self.tr("Downloading the book…"))
        self.job = run_job(self.ctx.tasks, ops.download, self.session, panel=self.p_down.panel,
                           on_done=self._downloaded, on_error=self._download_failed)
        self._sync()

    def _downloaded(self, changes) -> None:
        self.job = None
        result = changes.result  # no workspace is open yet: nothing to refresh
        self.flow.downloaded(result)
        if self.flow.step == Step.DONE:
            self.p_down.panel.finished(self.tr("The book is on this laptop: %n change(s) applied.", "",
                                               int(result.get("applied", 0))))
        else:
            self.p_down.panel.failed(self.flow.error)
            self.p_down.retry_btn.show()
        self._sync()

    def _download_failed(self, exc: BaseException) -> None:
        self.job = None
        cancelled = isinstance(exc, Cancelled)
        self.flow.download_failed(self.tr("Cancelled. Try again when you are ready.") if cancelled
                                  else user_message(exc))
        self.p_down.panel.failed(self.flow.error)
        self.p_down.retry_btn.show()
        self._sync()

    # ---------------------------------------------------------------------------- leaving
    def _finish(self) -> None:
        session, self.session = self.session, None
        self.timer.stop()
        self.finished.emit(session, self.flow.folder)

    def _cancel(self) -> None:
        if self.session is not None:
            if not dialogs.confirm(self, self.tr("Leave the wizard?"), self.tr(
                    "This laptop's vault is made and its request to join is sent. Open the vault later from Recent "
                    "vaults: it syncs once an administrator approves it."), self.tr("Leave"), self.tr("Stay")):
                return
            if self.job is not None:
                self.job.cancel()
            session, self.session = self.session, None
            self.ctx.tasks.run(auth.lock, session, "exit")
        self.timer.stop()
        self.cancelled.emit()

    # ---------------------------------------------------------------------------- state → widgets
    def _sync(self) -> None:
        step, page = self.flow.step, self.flow.page
        self.step_label.setText(self.tr("Step {0} of {1}").format(page, PAGE_COUNT))
        self.header.setText(QCoreApplication.translate("JoinTeamWizard", TITLES[page]))
        self.stack.setCurrentIndex(page - 1)
        if page == 3:
            self.p_pw.intro.show_text(self.tr(
                "{user}, choose your own password for this laptop: at least 12 characters; several unrelated words "
                "work well. Nobody else knows it, not even your administrator.").format(user=self.flow.username))
        self.back_btn.setVisible(self.flow.can_go_back)
        labels = {Step.INVITATION: self.tr("Next"), Step.FOLDER: self.tr("Next"),
                  Step.PASSWORD: self.tr("Create my vault"), Step.JOINING: self.tr("Creating…"),
                  Step.TOTP: self.tr("Confirm code"), Step.RECOVERY: self.tr("Next"),
                  Step.WAITING: self.tr("Waiting…"), Step.DOWNLOAD: self.tr("Downloading…"),
                  Step.DONE: self.tr("Open the workspace")}
        self.next_btn.setText(labels[step])
        self.next_btn.setEnabled(step in (Step.INVITATION, Step.FOLDER, Step.PASSWORD, Step.TOTP, Step.DONE)
                                 or (step == Step.RECOVERY and self.flow.can_leave_recovery))
        self.back_btn.setEnabled(step != Step.JOINING)
