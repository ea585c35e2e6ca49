"""Choosing the team's sync location as a backup location is chosen (a folder, or sftp://,
webdav://, s3://), its secret kept in the OS keyring, and a connection test before anything is
written: ``LocationPicker`` (used by Start a team)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.errors import user_message
from app.ops import devices as ops
from ui import dialogs
from vault.backup.errors import HostKeyUnknown

from ..common.widgets import Note


class LocationPicker(QWidget):
    """URL or folder, the secret (optional), Test connection; ``tested`` says whether the last
    test of the current location passed (editing it clears that)."""

    tested = Signal(bool)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.ok_url = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Sync location"))
        self.url.setPlaceholderText(self.tr("A shared folder, or sftp://, webdav://, s3:// …"))
        self.url.textChanged.connect(self._edited)
        browse = QPushButton(self.tr("Folder…"))
        browse.setAccessibleName(self.tr("Choose a folder for the sync location"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.url, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Sync location:"), row)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password or access key of the location"))
        self.secret.setPlaceholderText(self.tr("Only if the location needs one (S3: KEY_ID:SECRET)"))
        self.secret.textChanged.connect(self._edited)
        form.addRow(self.tr("Password or key:"), self.secret)
        self.test_btn = QPushButton(self.tr("Test connection"))
        self.test_btn.setObjectName("testConnection")
        self.test_btn.clicked.connect(self.test)
        self.state = Note()
        self.state.hide()
        form.addRow("", self.test_btn)
        form.addRow(self.state)

    @property
    def location(self) -> str:
        return self.url.text().strip()

    @property
    def passed(self) -> bool:
        return bool(self.ok_url) and self.ok_url == self.location

    def _edited(self) -> None:
        if self.ok_url:
            self.ok_url = ""
            self.state.show_text("")
            self.tested.emit(False)

    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Folder for the team's sync location"), self.location)
        if path:
            self.url.setText(path)

    def test(self, trust: bool = False) -> None:
        url, secret = self.location, self.secret.text()
        if not url:
            self.state.show_text(self.tr("Choose the team's sync location first."), "error")
            return
        session = self.session

        def check():
            if secret and "://" in url:
                ops.remember_secret(url, secret, session)
            return ops.check_location(url, session, trust_host_key=trust)

        self.test_btn.setEnabled(False)
        self.state.show_text(self.tr("Testing the connection…"), "info")
        self.ctx.tasks.run(check, on_done=lambda _r, u=url: self._passed(u), on_error=self._failed)

    def _passed(self, url: str) -> None:
        self.test_btn.setEnabled(True)
        if url != self.location:
            return
        self.ok_url = url
        self.state.show_text(self.tr("Connected. Nothing has been written there yet."), "success")
        self.tested.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.test_btn.setEnabled(True)
        if isinstance(exc, HostKeyUnknown) and dialogs.confirm(
                self, self.tr("New SFTP server"),
                self.tr("This is the first connection to {host}. Its host key fingerprint is:\n{fingerprint}\n\n"
                        "Compare it with the one your server administrator gives you. Trust it?").format(
                    host=exc.host, fingerprint=exc.fingerprint), self.tr("Trust"), self.tr("Cancel")):
            self.ctx.tasks.run(ops.trust_host, exc, on_done=lambda _r: self.test(), on_error=self._failed)
            return
        self.state.show_text(user_message(exc), "error")
        self.tested.emit(False)
