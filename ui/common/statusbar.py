"""The status bar: who is signed in (and their profile), time to auto-lock, last backup state, and
team sync's indicator (``ui.sync.status.SyncStatus``, shown only for a vault in a team)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..sync.status import SyncStatus
from .labels import profile_label


class VaultStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = QLabel()
        self.user.setObjectName("statusUser")
        self.user.setAccessibleName(self.tr("Signed-in user"))
        self.autolock = QLabel()
        self.autolock.setAccessibleName(self.tr("Time to auto-lock"))
        self.backup = QLabel()
        self.backup.setAccessibleName(self.tr("Last backup"))
        self.sync = SyncStatus()
        for w in (self.sync, self.user, self.autolock, self.backup):
            self.addPermanentWidget(w)
        self.signed_out()

    def signed_in(self, display_name: str, profile: str) -> None:
        self.user.setText(self.tr("{0} · {1}").format(display_name, profile_label(profile)))
        self.user.show()
        self.autolock.show()
        self.backup.show()

    def signed_out(self) -> None:
        for w in (self.user, self.autolock, self.backup):
            w.clear()
            w.hide()
        self.sync.clear()
        self.clearMessage()

    def set_autolock(self, text: str) -> None:
        self.autolock.setText(self.tr("Locks in {0}").format(text))

    def set_backup(self, text: str, warning: bool = False) -> None:
        self.backup.setText(text)
        self.backup.setProperty("warning", warning)
        self.backup.setStyleSheet("color: #b03a2e;" if warning else "")
