"""The new-vault wizard: a thin widget over app.flows.wizard.WizardFlow."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.errors import CrmError, user_message
from app.flows.recovery_sheet import RecoverySheet
from app.flows.wizard import Step, WizardFlow
from app.ops import settings as settings_ops
from ui import dialogs
from vault.paths import default_vault_folder

from ..common.activity import ClipboardKeeper
from ..common.context import AppContext
from ..common.country import CountryBox
from ..common.language import LanguageBox
from ..common.widgets import BusyBar, Heading, Note, QrCode, StrengthMeter
from ..i18n import current_language, remember_language

TITLES = {1: QT_TRANSLATE_NOOP("NewVaultWizard", "Where to keep the vault"),
          2: QT_TRANSLATE_NOOP("NewVaultWizard", "The administrator"),
          3: QT_TRANSLATE_NOOP("NewVaultWizard", "Choose a password"),
          4: QT_TRANSLATE_NOOP("NewVaultWizard", "Set up your authenticator app"),
          5: QT_TRANSLATE_NOOP("NewVaultWizard", "Your recovery sheet")}


def _mono() -> QFont:
    f = QFont("monospace")
    f.setStyleHint(QFont.StyleHint.Monospace)
    return f


class NewVaultWizard(QWidget):
    finished = Signal(object, object)   # (session, folder)
    cancelled = Signal()
    language_chosen = Signal(str)       # the window rebuilds the wizard in that language at once

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.flow = WizardFlow()
        self.session = None
        self.setObjectName("wizard")
        self.header = Heading("")
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.stack = QStackedWidget()
        self.error = Note(kind="error")
        self.error.hide()
        self.busy = BusyBar()
        self.back_btn = QPushButton(self.tr("Back"))
        self.next_btn = QPushButton(self.tr("Next"))
        self.next_btn.setDefault(True)
        self.next_btn.setObjectName("primary")
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        for b in (self.back_btn, self.next_btn, self.cancel_btn):
            b.setAccessibleName(b.text())
        self.back_btn.clicked.connect(self._back)
        self.next_btn.clicked.connect(self._next)
        self.cancel_btn.clicked.connect(self._cancel)

        self._build_location()
        self._build_admin()
        self._build_password()
        self._build_totp()
        self._build_recovery()

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(12)
        inner.addWidget(self.step_label)
        inner.addWidget(self.header)
        inner.addWidget(self.stack, 1)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        nav = QHBoxLayout()
        nav.addWidget(self.cancel_btn)
        nav.addStretch(1)
        nav.addWidget(self.back_btn)
        nav.addWidget(self.next_btn)
        inner.addLayout(nav)
        card.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)
        self._sync()

    # ---------------------------------------------------------------------------- pages
    def _build_location(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Note(self.tr(
            "A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this "
            "computer (not a synced cloud folder: back up to one instead).")))
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(default_vault_folder())
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        self.folder_edit.returnPressed.connect(self._next)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a folder"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        self.language_box = LanguageBox()
        self.language_box.setToolTip(self.tr("The language of VaultCRM on this computer; you can change it "
                                             "later in Settings."))
        self.language_box.activated.connect(self._language_activated)
        form.addRow(self.tr("Language:"), self.language_box)
        lay.addLayout(form)
        lay.addStretch(1)
        self.stack.addWidget(page)

    def _language_activated(self, _index: int) -> None:
        if self.language_box.code() != current_language():
            self.language_chosen.emit(self.language_box.code())

    def _build_admin(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Note(self.tr(
            "You will be the vault's first administrator: you can add colleagues and give them profiles later.")))
        form = QFormLayout()
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.user_edit.setPlaceholderText(self.tr("e.g. alice"))
        self.display_edit = QLineEdit()
        self.display_edit.setAccessibleName(self.tr("Full name"))
        self.display_edit.setPlaceholderText(self.tr("e.g. Alice Martin"))
        self.display_edit.returnPressed.connect(self._next)
        self.country_box = CountryBox()
        self.country_box.setAccessibleName(self.tr("Country of the business"))
        self.country_box.setToolTip(self.tr("New deals use its currency, and phone numbers typed without a "
                                            "country code are read as its numbers. You can change it in Settings."))
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Full name:"), self.display_edit)
        form.addRow(self.tr("Country:"), self.country_box)
        lay.addLayout(form)
        lay.addStretch(1)
        self.stack.addWidget(page)

    def _build_password(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(Note(self.tr(
            "Your password protects every record. Use a long passphrase you can remember: at least 12 "
            "characters; several unrelated words work well.")))
        form = QFormLayout()
        self.pw_edit = QLineEdit()
        self.pw_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw_edit.setAccessibleName(self.tr("Password"))
        self.pw2_edit = QLineEdit()
        self.pw2_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw2_edit.setAccessibleName(self.tr("Repeat password"))
        self.pw2_edit.returnPressed.connect(self._next)
        self.show_pw = QCheckBox(self.tr("Show password"))
        self.show_pw.toggled.connect(self._toggle_pw)
        self.meter = StrengthMeter()
        form.addRow(self.tr("Password:"), self.pw_edit)
        form.addRow(self.tr("Repeat:"), self.pw2_edit)
        form.addRow("", self.show_pw)
        form.addRow(self.tr("Strength:"), self.meter)
        lay.addLayout(form)
        lay.addStretch(1)
        self.pw_edit.textChanged.connect(self._password_changed)
        self.pw2_edit.textChanged.connect(self._password_changed)
        self.stack.addWidget(page)

    def _build_totp(self) -> None:
        page = QWidget()
        lay = QHBoxLayout(page)
        self.qr = QrCode()
        lay.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(Note(self.tr(
            "Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in "
            "asks for the 6-digit code it shows.")))
        right.addWidget(QLabel(self.tr("Or type this key into the app:")))
        right.addLayout(self._secret_row())
        form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(7)
        self.code_edit.setPlaceholderText("123456")
        self.code_edit.setAccessibleName(self.tr("Code from the app"))
        self.code_edit.returnPressed.connect(self._next)
        form.addRow(self.tr("Code shown now:"), self.code_edit)
        right.addLayout(form)
        right.addStretch(1)
        lay.addLayout(right, 1)
        self.stack.addWidget(page)

    def _secret_row(self) -> QHBoxLayout:
        """The authenticator key, whole and selectable (a read-only line edit as wide as the key
        needs), with Copy."""
        self.secret_edit = QLineEdit()
        self.secret_edit.setReadOnly(True)
        self.secret_edit.setFont(_mono())
        self.secret_edit.setAccessibleName(self.tr("Authenticator key"))
        self.secret_edit.setObjectName("secret")
        self.copy_secret_btn = QPushButton(self.tr("Copy"))
        self.copy_secret_btn.setAccessibleName(self.tr("Copy the authenticator key"))
        self.copy_secret_btn.clicked.connect(self._copy_secret)
        self.clipboard = ClipboardKeeper(60, self)
        row = QHBoxLayout()
        row.addWidget(self.secret_edit, 1)
        row.addWidget(self.copy_secret_btn)
        return row

    def _copy_secret(self) -> None:
        self.clipboard.copy(self.flow.totp_secret)
        self.copy_secret_btn.setText(self.tr("Copied"))

    def _build_recovery(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        warn = Note(self.tr(
            "Save or print this sheet now and keep it offline. It is the only way back in if you forget your "
            "password, and it opens your backups. If you lose both your password and this recovery key, the "
            "data is gone for good: nobody can recover it."), kind="warning")
        lay.addWidget(warn)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.sheet_labels = {}
        row = 0
        for key, title in (("recovery_key", self.tr("Recovery key")), ("vault_id", self.tr("Vault id")),
                           ("fingerprint", self.tr("Signing-key fingerprint")), ("codes", self.tr("Recovery codes"))):
            name = QLabel(title)
            name.setObjectName("muted")
            value = QLabel()
            mono = _mono()
            mono.setPointSizeF(max(8.0, mono.pointSizeF() - 1))
            value.setFont(mono)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title)
            if key == "recovery_key":
                value.setObjectName("recoveryKey")
            grid.addWidget(name, row, 0, 1, 2)
            grid.addWidget(value, row + 1, 0, 1, 2)
            grid.setRowMinimumHeight(row + 1, 22)
            row += 2
            self.sheet_labels[key] = value
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        buttons = QHBoxLayout()
        self.save_pdf_btn = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_btn.setAccessibleName(self.tr("Save the recovery sheet as PDF"))
        self.save_pdf_btn.clicked.connect(self._save_pdf)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setAccessibleName(self.tr("Print the recovery sheet"))
        self.print_btn.clicked.connect(self._print)
        buttons.addWidget(self.save_pdf_btn)
        buttons.addWidget(self.print_btn)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.sheet_state = Note(kind="success")
        self.sheet_state.hide()
        lay.addWidget(self.sheet_state)
        self.ack = QCheckBox(self.tr("I saved or printed the sheet and understand the warning above."))
        self.ack.setAccessibleName(self.tr("I understand the warning"))
        self.ack.toggled.connect(self._ack_toggled)
        lay.addWidget(self.ack)
        lay.addStretch(1)
        self.stack.addWidget(page)

    # ---------------------------------------------------------------------------- actions
    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Folder for the new vault"), self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)

    def _toggle_pw(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.pw_edit.setEchoMode(mode)
        self.pw2_edit.setEchoMode(mode)

    def _password_changed(self) -> None:
        pw = self.pw_edit.text()
        fb = self.flow.password_feedback(pw, self.pw2_edit.text() if self.pw2_edit.text() else None)
        self.meter.show_feedback(fb, empty=not pw)

    def _ack_toggled(self, on: bool) -> None:
        self.flow.acknowledge_warning(on)
        self._sync()

    def _show_error(self, text: str) -> None:
        self.error.show_text(text, "error")

    def _next(self) -> None:
        step = self.flow.step
        self.error.show_text("")
        if step == Step.LOCATION:
            problems = self.flow.set_location(self.folder_edit.text())
            if problems:
                self._show_error(self.tr("Choose another folder: ") + "; ".join(problems) + ".")
        elif step == Step.ADMIN:
            problems = self.flow.set_admin(self.user_edit.text(), self.display_edit.text(), self.country_box.code())
            if problems:
                self._show_error("; ".join(problems).capitalize() + ".")
        elif step == Step.PASSWORD:
            fb = self.flow.set_password(self.pw_edit.text(), self.pw2_edit.text())
            self.meter.show_feedback(fb, empty=False)
            if fb.acceptable:
                self._create()
            elif fb.mismatch and not fb.reasons:
                self._show_error(self.tr("The two passwords are not the same."))
            else:
                self._show_error(self.tr("This password is not accepted: ") + "; ".join(fb.reasons) + ".")
        elif step == Step.TOTP:
            if not self.flow.confirm_code(self.code_edit.text()):
                self._show_error(self.flow.error)  # the flow says it in the app's language
                self.code_edit.selectAll()
            else:
                self._fill_sheet()
        elif step == Step.RECOVERY and self.flow.can_finish:
            self.flow.finish()
            session, self.session = self.session, None
            self.finished.emit(session, self.flow.folder)
            return
        self._sync()

    def _create(self) -> None:
        request = self.flow.create_request()
        self.pw_edit.clear()
        self.pw2_edit.clear()
        kdf_params = self.ctx.kdf_params

        def job(r=request):
            session, creation = auth.create_vault(r.folder, r.username, r.password, display_name=r.display_name,
                                                  kdf_params=kdf_params)
            if r.settings:
                settings_ops.save(session, r.settings)
            return session, creation

        self.busy.show()
        self.ctx.tasks.run(job, on_done=self._created, on_error=self._create_failed)

    def _created(self, result) -> None:
        self.busy.hide()
        self.session, creation = result
        self.flow.created(creation)
        self.ctx.remember_vault(self.flow.folder)
        remember_language(self.ctx.local, current_language(), self.flow.username)
        self.qr.set_data(self.flow.totp_uri)
        secret = self.flow.totp_secret
        self.secret_edit.setText(" ".join(secret[i:i + 4] for i in range(0, len(secret), 4)))
        self.secret_edit.setMinimumWidth(self.secret_edit.fontMetrics().horizontalAdvance(self.secret_edit.text())
                                         + 24)
        self.secret_edit.setCursorPosition(0)
        self._sync()
        self.code_edit.setFocus()

    def _create_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.flow.creation_failed(user_message(exc))
        self._show_error(self.flow.error)
        self._sync()

    def _fill_sheet(self) -> None:
        sheet = self.sheet()
        self.sheet_labels["recovery_key"].setText(sheet.recovery_key)
        self.sheet_labels["vault_id"].setText(sheet.vault_id)
        self.sheet_labels["fingerprint"].setText(sheet.signing_key_fingerprint)
        codes = sheet.recovery_codes
        self.sheet_labels["codes"].setText("\n".join("    ".join(codes[i:i + 2]) for i in range(0, len(codes), 2)))

    def sheet(self) -> RecoverySheet:
        return RecoverySheet.from_creation(self.flow.creation, self.flow.folder, self.flow.username)

    def _save_pdf(self) -> None:
        suggested = str(Path.home() / f"VaultCRM recovery sheet {self.flow.creation.vault_id[:8]}.pdf")
        path = dialogs.save_file(self, self.tr("Save the recovery sheet"), suggested, self.tr("PDF (*.pdf)"),
                                 vault_folders=[self.flow.folder])
        if not path:
            return
        try:
            # force: the save dialog asked before replacing a file; never inside a vault folder
            self.sheet().save_pdf(path, force=True)
        except (OSError, CrmError) as exc:
            self._show_error(user_message(exc))
            return
        self.flow.sheet_saved(path)
        self.sheet_state.show_text(self.tr("Saved to {0}. Move it somewhere safe and offline.").format(path),
                                   "success")
        self._sync()

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if dialogs.is_scripted():
            if dialogs.confirm(self, self.tr("Print"), self.tr("Print the recovery sheet?")):
                self.flow.sheet_was_printed()
                self._sync()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.sheet().text())
        doc.setDefaultFont(_mono())
        doc.print_(printer)
        self.flow.sheet_was_printed()
        self.sheet_state.show_text(self.tr("Sent to the printer."), "success")
        self._sync()

    def _back(self) -> None:
        self.flow.back()
        self.error.show_text("")
        self._sync()

    def _cancel(self) -> None:
        if self.session is not None:
            if not dialogs.confirm(self, self.tr("Leave the wizard?"), self.tr(
                    "The vault has been created. If you leave now without the recovery sheet, keep your password "
                    "and authenticator safe: they are the only way in."), self.tr("Leave"), self.tr("Stay")):
                return
            session, self.session = self.session, None
            self.ctx.tasks.run(auth.lock, session, "exit")
        self.cancelled.emit()

    # ---------------------------------------------------------------------------- state → widgets
    def _sync(self) -> None:
        step = self.flow.step
        page = self.flow.page
        self.step_label.setText(self.tr("Step {0} of 5").format(page))
        self.header.setText(QCoreApplication.translate("NewVaultWizard", TITLES[page]))
        self.stack.setCurrentIndex(page - 1)
        creating = step == Step.CREATING
        self.back_btn.setVisible(self.flow.can_go_back)
        labels = {Step.LOCATION: self.tr("Next"), Step.ADMIN: self.tr("Next"), Step.PASSWORD: self.tr("Create vault"),
                  Step.CREATING: self.tr("Creating…"), Step.TOTP: self.tr("Confirm code"),
                  Step.RECOVERY: self.tr("Finish"), Step.DONE: self.tr("Finish")}
        self.next_btn.setText(labels[step])
        self.next_btn.setEnabled(not creating and (step != Step.RECOVERY or self.flow.can_finish))
        for w in (self.pw_edit, self.pw2_edit, self.back_btn):
            w.setEnabled(not creating)
        if not creating:
            QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        focus = {1: self.folder_edit, 2: self.user_edit, 3: self.pw_edit, 4: self.code_edit, 5: self.save_pdf_btn}
        w = focus.get(self.flow.page)
        if w is not None and w.isVisible():
            w.setFocus()

    def clear_secrets(self) -> None:
        for w in (self.pw_edit, self.pw2_edit, self.code_edit):
            w.clear()
        for label in self.sheet_labels.values():
            label.clear()
        self.secret_edit.clear()
        self.clipboard.clear_now()
        self.qr.clear_code()
