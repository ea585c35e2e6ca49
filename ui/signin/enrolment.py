"""What a new authenticator enrolment shows once (QR code, key, recovery codes) and the code the
new authenticator must give back: used by "Forgot password?" and "Re-enrol my authenticator"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..common.widgets import Note, QrCode


def codes_text(codes: list[str]) -> str:
    return "\n".join("   ".join(codes[i:i + 2]) for i in range(0, len(codes), 2))


class EnrolmentView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(Note(self.tr("Scan the code with your authenticator app (or type the key), then enter the "
                                   "code it shows. Your old authenticator and recovery codes no longer work; "
                                   "write down the new recovery codes.")))
        form = QFormLayout()
        self.qr = QrCode()
        self.secret = QLabel()
        self.secret.setObjectName("secret")
        self.secret.setWordWrap(True)
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codes = QLabel()
        self.codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QLineEdit()
        self.check.setAccessibleName(self.tr("Code from your authenticator app"))
        self.check.setPlaceholderText("123456")
        form.addRow(self.qr)
        form.addRow(self.tr("Key:"), self.secret)
        form.addRow(self.tr("Recovery codes:"), self.codes)
        form.addRow(self.tr("Code from the app:"), self.check)
        lay.addLayout(form)

    def show_enrolment(self, enrolment) -> None:
        self.qr.set_data(enrolment.totp_uri, scale=4)
        self.secret.setText(enrolment.totp_secret)
        self.codes.setText(codes_text(enrolment.recovery_codes))
        self.check.clear()
