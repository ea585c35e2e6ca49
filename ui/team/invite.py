"""Administration > Invite a laptop…: the team user (an existing one, or a new name with a
profile), the invitation saved as a file and shown as a QR code, the one-time code shown once, and
the genesis fingerprint (``app.ops.devices.invite``, as ``device invite``)."""
from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.ops import devices as ops
from ui import dialogs

from ..common.widgets import Heading, Note
from .help import help_button


def qr_pixmap(text: str, scale: int = 2) -> QPixmap:
    """``text`` as a QR code (segno, into an in-memory PNG)."""
    import segno

    buf = io.BytesIO()
    segno.make(text, error="l", micro=False).save(buf, kind="png", scale=scale, border=4)
    pix = QPixmap()
    pix.loadFromData(buf.getvalue(), "PNG")
    return pix


class InviteDialog(QDialog):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.profiles: dict[str, str] = {}
        self.invitation: dict | None = None
        self.setWindowTitle(self.tr("Invite a laptop"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr(
            "Choose the colleague who will use the new laptop, or type a new user name. The invitation file "
            "holds no secret; the one-time code does: tell it to them separately.")))
        form = QFormLayout()
        self.user_box = QComboBox()
        self.user_box.setEditable(True)
        self.user_box.setAccessibleName(self.tr("Team user"))
        self.user_box.currentTextChanged.connect(self._user_changed)
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Profile of a new user"))
        form.addRow(self.tr("User:"), self.user_box)
        form.addRow(self.tr("Profile:"), self.profile_box)
        lay.addLayout(form)
        self.message = Note()
        self.message.hide()
        lay.addWidget(self.message)
        self._build_result(lay)
        row = QHBoxLayout()
        row.addWidget(help_button(self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.go_btn = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_btn.setText(self.tr("Save the invitation…"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons, 1)
        lay.addLayout(row)
        ctx.tasks.run(ops.invite_choices, session, on_done=self._choices, on_error=self._failed)

    def _build_result(self, lay: QVBoxLayout) -> None:
        self.result_box = QWidget()
        res = QHBoxLayout(self.result_box)
        res.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of the invitation"))
        res.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(Heading(self.tr("One-time code"), level=2))
        self.code = QLabel()
        self.code.setObjectName("inviteCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("One-time code"))
        right.addWidget(self.code)
        self.code_note = Note(kind="warning")
        right.addWidget(self.code_note)
        self.details = Note()
        right.addWidget(self.details)
        right.addStretch(1)
        res.addLayout(right, 1)
        self.result_box.hide()
        lay.addWidget(self.result_box)

    def _choices(self, choices: dict) -> None:
        self.profiles = {u["user"]: u["profile"] for u in choices["users"]}
        self.user_box.addItems(list(self.profiles))
        self.user_box.setCurrentIndex(-1)
        self.user_box.setEditText("")
        self.profile_box.addItems(choices["profiles"])
        sales = self.profile_box.findText("Sales")
        if sales >= 0:
            self.profile_box.setCurrentIndex(sales)

    def _user_changed(self, name: str) -> None:
        existing = self.profiles.get(name.strip())
        if existing is not None:
            self.profile_box.setCurrentText(existing)
        self.profile_box.setEnabled(existing is None)

    def create(self) -> None:
        name = self.user_box.currentText().strip()
        if not name:
            self.message.show_text(self.tr("Choose or type the user who will use the new laptop."), "error")
            return
        path = dialogs.save_file(self, self.tr("Save the invitation"),
                                 self.tr("Invitation for {0}.vaultcrm-invite").format(name),
                                 self.tr("VaultCRM invitations (*.vaultcrm-invite)"),
                                 vault_folders=[self.session.vault.folder])
        if not path:
            return
        profile = None if name in self.profiles else self.profile_box.currentText()
        self.go_btn.setEnabled(False)
        self.ctx.changes.run(ops.invite, self.session, name, path, profile, on_done=self._invited,
                             on_error=self._failed)

    def _invited(self, inv: dict) -> None:
        self.invitation = inv
        self.message.show_text(self.tr("Invitation for {user} ({profile}) saved to {path}.").format(
            user=inv["user"], profile=inv["profile"], path=inv["path"]), "success")
        self.qr.setPixmap(qr_pixmap(inv["file"]))
        self.code.setText(inv["code"])
        self.code_note.show_text(self.tr(
            "Shown only now: tell {user} this code separately from the file (in person or by phone). It works "
            "once, until {time}.").format(user=inv["user"], time=inv["expires"]))
        self.details.show_text(self.tr(
            "Genesis fingerprint: {0}\nThe new laptop shows it when it opens the invitation; it must be the "
            "same.").format(inv["fingerprint"]))
        self.result_box.show()
        self.go_btn.hide()
        self.user_box.setEnabled(False)
        self.profile_box.setEnabled(False)
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self.go_btn.setEnabled(True)
        self.message.show_text(user_message(exc), "error")

    def done(self, r: int) -> None:  # noqa: D401 - the code is shown once: gone when the dialog closes
        self.code.clear()
        self.qr.clear()
        super().done(r)
