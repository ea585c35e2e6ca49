"""Users: list, add (with the new user's enrolment to hand over), disable/enable, reset
password or authenticator, change profile. Needs users.manage."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import users
from app.ops import admin as ops
from ui import dialogs

from ..common.labels import profile_label
from ..common.list_model import RowsModel
from ..common.widgets import Note, QrCode
from .common import AdminPage, when


def _state(status: str) -> str:
    return QCoreApplication.translate("UsersPage", "Active") if status == "active" else \
        QCoreApplication.translate("UsersPage", "Disabled")


class UsersModel(RowsModel):
    columns = [("user", QT_TRANSLATE_NOOP("Columns", "User")), ("display_name", QT_TRANSLATE_NOOP("Columns", "Name")),
               (lambda r: profile_label(r["profile"]), QT_TRANSLATE_NOOP("Columns", "Profile")),
               (lambda r: _state(r["status"]), QT_TRANSLATE_NOOP("Columns", "Status")),
               (lambda r: when(r.get("last_signin")) or QCoreApplication.translate("UsersPage", "never"),
                QT_TRANSLATE_NOOP("Columns", "Last sign-in")),
               (lambda r: QCoreApplication.translate("UsersPage", "yes") if r.get("must_change_password") else "",
                QT_TRANSLATE_NOOP("Columns", "Must change password"))]





class EnrolmentDialog(QDialog):
    """What a new (or reset) user needs, shown once: temporary password, QR code, recovery codes."""

    def __init__(self, title: str, username: str, password: str | None, enrolment, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        lay.addWidget(Note(self.tr("Give this to {0} in person. It is shown only once.").format(username),
                           kind="warning"))
        form = QFormLayout()
        if password:
            pw = QLabel(password)
            pw.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            pw.setObjectName("secret")
            form.addRow(self.tr("Temporary password:"), pw)
        if enrolment is not None:
            qr = QrCode()
            qr.set_data(enrolment.totp_uri, scale=4)
            form.addRow(self.tr("Authenticator:"), qr)
            key = QLabel(enrolment.totp_secret)
            key.setObjectName("secret")
            key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Key:"), key)
            codes = QLabel("\n".join("   ".join(enrolment.recovery_codes[i:i + 2])
                                     for i in range(0, len(enrolment.recovery_codes), 2)))
            codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Recovery codes:"), codes)
        lay.addLayout(form)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)


class AddUserDialog(QDialog):
    def __init__(self, profiles_: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.display = QLineEdit()
        self.display.setAccessibleName(self.tr("Full name"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.addItems(profiles_)
        if "Sales" in profiles_:
            self.profile.setCurrentText("Sales")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(Note(self.tr("A temporary password is generated; the user chooses their own at first "
                                 "sign-in.")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)


class UsersPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Users"), parent)
        self.model = UsersModel(self)
        self.profiles: list[str] = []
        self.add_btn = self.button(self.tr("Add user…"), self.add_user, primary=True)
        self.profile_btn = self.button(self.tr("Change profile…"), self.change_profile)
        self.reset_pw_btn = self.button(self.tr("Reset password…"), self.reset_password)
        self.reset_totp_btn = self.button(self.tr("Reset authenticator…"), self.reset_totp)
        self.disable_btn = self.button(self.tr("Disable"), self.toggle_disabled)
        self.toolbar.addStretch(1)
        self.view = self.table(self.model)
        for col, w in enumerate((120, 180, 120, 90, 140)):
            self.view.setColumnWidth(col, w)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync())
        self.refresh()
        self._sync()

    def refresh(self) -> None:
        self.run(ops.users_and_profiles, self.session, on_done=self._loaded)

    def _loaded(self, data: dict) -> None:
        self.model.set_rows(data["users"])
        self.profiles = data["profiles"]
        self._sync()

    def selected(self) -> dict | None:
        return self.model.row(self.view.currentIndex().row())

    def _sync(self) -> None:
        row = self.selected()
        for b in (self.profile_btn, self.reset_pw_btn, self.reset_totp_btn, self.disable_btn):
            b.setEnabled(row is not None)
        if row is not None:
            self.disable_btn.setText(self.tr("Enable…") if row["status"] != "active" else self.tr("Disable"))

    def add_user(self) -> None:
        dlg = AddUserDialog(self.profiles, self)
        if dialogs.is_scripted():
            answer = dialogs.scripted_answer("add_user", dlg.windowTitle(), "")
            if not answer:
                return
            dlg.username.setText(answer["user"])
            dlg.profile.setCurrentText(answer["profile"])
        elif dlg.exec() != QDialog.DialogCode.Accepted:
            return
        password = ops.temporary_password()
        name, display, profile = dlg.username.text().strip(), dlg.display.text().strip(), dlg.profile.currentText()
        self.run(lambda: users.add_user(self.session, name, password, profile, display_name=display or None,
                                        temporary=True),
                 on_done=lambda e: self._show_enrolment(self.tr("New user {0}").format(name), name, password, e))

    def _show_enrolment(self, title: str, name: str, password: str | None, enrolment) -> None:
        self.refresh()
        self.last_enrolment = (name, password, enrolment)
        if dialogs.is_scripted():
            dialogs.info(self, title, name)
            return
        EnrolmentDialog(title, name, password, enrolment, self).exec()

    def change_profile(self) -> None:
        row = self.selected()
        if row is None:
            return
        if dialogs.is_scripted():
            new = dialogs.scripted_answer("choose", self.tr("Profile"), row["user"])
        else:
            from PySide6.QtWidgets import QInputDialog

            new, ok = QInputDialog.getItem(self, self.tr("Change profile"),
                                           self.tr("Profile for {0}:").format(row["user"]), self.profiles,
                                           max(0, self.profiles.index(row["profile"])) if row["profile"] in
                                           self.profiles else 0, False)
            new = new if ok else None
        if new and new != row["profile"]:
            self.run(users.set_profile, self.session, row["user"], new, on_done=lambda _r: self.refresh())

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or not dialogs.confirm(self, self.tr("Reset password"), self.tr(
                "Give {0} a new temporary password? Their current password stops working.").format(row["user"]),
                self.tr("Reset"), self.tr("Cancel")):
            return
        password = ops.temporary_password()
        self.run(users.reset_password, self.session, row["user"], password,
                 on_done=lambda _r: self._show_enrolment(self.tr("Password reset"), row["user"], password, None))

    def reset_totp(self) -> None:
        row = self.selected()
        if row is None or not dialogs.confirm(self, self.tr("Reset authenticator"), self.tr(
                "Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new "
                "recovery codes.").format(row["user"]), self.tr("Reset"), self.tr("Cancel")):
            return
        password = ops.temporary_password()
        self.run(users.reset_totp, self.session, row["user"], password,
                 on_done=lambda e: self._show_enrolment(self.tr("New authenticator"), row["user"], password, e))

    def toggle_disabled(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row["status"] == "active":
            if dialogs.confirm(self, self.tr("Disable user"), self.tr(
                    "Disable {0}? Their password will no longer open the vault.").format(row["user"]),
                    self.tr("Disable"), self.tr("Cancel")):
                self.run(users.disable_user, self.session, row["user"], on_done=lambda _r: self.refresh())
        else:
            password = ops.temporary_password()
            self.run(users.enable_user, self.session, row["user"], password,
                     on_done=lambda _r: self._show_enrolment(self.tr("User enabled"), row["user"], password, None))

    def clear(self) -> None:
        self.model.clear()
        self.last_enrolment = None
