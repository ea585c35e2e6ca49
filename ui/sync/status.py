"""The status bar's sync indicator: "Synced at 14:05", "3 changes waiting", "Offline", or an error
with its reason and Retry; a Sync now button; and, for a long round, the one progress display
(``ProgressPanel``, laid out in a row) with its Cancel. Hidden for a vault in no team."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..common.progress import ProgressPanel

STATES = ("synced", "never", "waiting", "offline", "error", "running", "cancelled")


class SyncStatus(QWidget):
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("syncState")
        self.label.setAccessibleName(self.tr("Team sync"))
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setObjectName("syncRetry")
        self.retry.setAccessibleName(self.tr("Retry the sync"))
        self.retry.clicked.connect(self.sync_requested)
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setAccessibleName(self.tr("Sync now"))
        self.sync_now.clicked.connect(self.sync_requested)
        self.panel = ProgressPanel()
        self.panel.layout().setDirection(QBoxLayout.Direction.LeftToRight)
        self.panel.bar.setMaximumWidth(120)
        self.panel.setObjectName("syncProgress")
        for w in (self.label, self.retry, self.panel, self.sync_now):
            lay.addWidget(w)
        self.state = ""
        self.hide()

    def show_state(self, state: str, text: str, tooltip: str = "") -> None:
        """One of ``STATES`` in words; Retry only after an error, Sync now unless a round runs."""
        self.state = state
        self.label.setText(text)
        self.label.setToolTip(tooltip or text)
        self.label.setProperty("warning", state in ("error", "offline"))
        self.label.setStyleSheet("color: #b03a2e;" if state == "error" else "")
        self.retry.setVisible(state in ("error", "offline"))
        self.sync_now.setVisible(state != "running")
        if state != "running":
            self.panel.hide()
        self.show()

    def show_progress(self) -> None:
        """A long round: the progress and its Cancel."""
        if self.state == "running":
            self.panel.show()

    def clear(self) -> None:
        self.state = ""
        self.label.clear()
        self.panel.hide()
        self.hide()
