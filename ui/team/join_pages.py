"""The pages of the Join a team wizard (thin widgets; ``join_wizard.JoinTeamWizard`` drives them
from ``app.team_wizard.JoinFlow``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.paths import default_vault_folder

from ..common.progress import ProgressPanel
from ..common.widgets import BusyBar, Note, QrCode, StrengthMeter


def mono() -> QFont:
    f = QFont("monospace")
    f.setStyleHint(QFont.StyleHint.Monospace)
    return f


class InvitationPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr(
            "Your administrator gave you an invitation file and told you a one-time code. This laptop gets its "
            "own vault, with your own password and authenticator, and syncs with the team.")))
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Invitation file"))
        self.open_btn = QPushButton(self.tr("Open the invitation…"))
        self.open_btn.setObjectName("openInvitation")
        row.addWidget(self.path, 1)
        row.addWidget(self.open_btn)
        lay.addLayout(row)
        self.summary = Note()
        self.summary.hide()
        lay.addWidget(self.summary)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setPlaceholderText(self.tr("ABCD-EFGH"))
        self.code.setFont(mono())
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password or access key of the sync location"))
        self.secret_label = QLabel(self.tr("Location password or key:"))
        form.addRow(self.tr("One-time code:"), self.code)
        form.addRow(self.secret_label, self.secret)
        self.show_secret(False)
        lay.addLayout(form)
        lay.addStretch(1)

    def show_secret(self, on: bool) -> None:
        self.secret.setVisible(on)
        self.secret_label.setVisible(on)


class FolderPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr(
            "Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).")))
        row = QHBoxLayout()
        self.folder = QLineEdit(default_vault_folder())
        self.folder.setAccessibleName(self.tr("Vault folder"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for a folder"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        lay.addLayout(form)
        lay.addStretch(1)


class PasswordPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.intro = Note()
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.pw = QLineEdit()
        self.pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw.setAccessibleName(self.tr("Password"))
        self.pw2 = QLineEdit()
        self.pw2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw2.setAccessibleName(self.tr("Repeat password"))
        self.meter = StrengthMeter()
        form.addRow(self.tr("Password:"), self.pw)
        form.addRow(self.tr("Repeat:"), self.pw2)
        form.addRow(self.tr("Strength:"), self.meter)
        lay.addLayout(form)
        lay.addStretch(1)


class AuthenticatorPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        self.qr = QrCode()
        lay.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(Note(self.tr(
            "Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the "
            "6-digit code it shows.")))
        self.key = QLineEdit()
        self.key.setReadOnly(True)
        self.key.setFont(mono())
        self.key.setAccessibleName(self.tr("Authenticator key"))
        right.addWidget(self.key)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(7)
        self.code.setPlaceholderText("123456")
        self.code.setAccessibleName(self.tr("Code from the app"))
        form.addRow(self.tr("Code shown now:"), self.code)
        right.addLayout(form)
        right.addStretch(1)
        lay.addLayout(right, 1)


class RecoveryPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr(
            "Save or print this sheet now and keep it offline. It is the only way back into this laptop's vault "
            "if you forget your password."), kind="warning"))
        self.sheet = QLabel()
        self.sheet.setFont(mono())
        self.sheet.setObjectName("recoveryKey")
        self.sheet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet.setAccessibleName(self.tr("Recovery sheet"))
        lay.addWidget(self.sheet)
        row = QHBoxLayout()
        self.save_btn = QPushButton(self.tr("Save as PDF…"))
        self.print_btn = QPushButton(self.tr("Print…"))
        row.addWidget(self.save_btn)
        row.addWidget(self.print_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.state = Note(kind="success")
        self.state.hide()
        lay.addWidget(self.state)
        self.ack = QCheckBox(self.tr("I saved or printed the sheet and understand the warning above."))
        self.ack.setAccessibleName(self.tr("I understand the warning"))
        lay.addWidget(self.ack)
        lay.addStretch(1)


class WaitingPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("waitingState")
        self.state.setWordWrap(True)
        big = self.state.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.state.setFont(big)
        lay.addWidget(self.state)
        self.fingerprint = Note()
        lay.addWidget(self.fingerprint)
        self.busy = BusyBar()
        lay.addWidget(self.busy)
        self.checked = Note()
        lay.addWidget(self.checked)
        row = QHBoxLayout()
        self.check_btn = QPushButton(self.tr("Check now"))
        self.check_btn.setObjectName("checkNow")
        row.addWidget(self.check_btn)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)


class DownloadPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr("This laptop is approved. It downloads the team's customer book now; you can "
                                   "cancel and try again later.")))
        self.panel = ProgressPanel()
        lay.addWidget(self.panel)
        self.retry_btn = QPushButton(self.tr("Try again"))
        self.retry_btn.setObjectName("retryDownload")
        self.retry_btn.hide()
        lay.addWidget(self.retry_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
