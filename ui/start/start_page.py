"""The start screen: create a vault, open an existing one (recent vaults), restore from a backup, join
a team."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs

from ..common.context import AppContext
from ..common.flow import FlowLayout
from ..common.widgets import Heading, Logo, Note


class StartPage(QWidget):
    create_requested = Signal()
    open_requested = Signal(str)
    restore_requested = Signal()
    join_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, restore_available: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("start")
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(640)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(36, 32, 36, 28)
        lay.setSpacing(14)
        head = QHBoxLayout()
        head.addWidget(Logo(52))
        head.addWidget(Heading(self.tr("Welcome to VaultCRM")), 1)
        lay.addLayout(head)
        lay.addWidget(Note(self.tr("Your customer data stays on this computer, in an encrypted vault that only "
                                   "you and your colleagues can open.")))
        buttons = FlowLayout(spacing=8)  # longer words wrap the row instead of cutting a button
        self.create_btn = QPushButton(self.tr("Create a new vault…"))
        self.create_btn.setObjectName("primary")
        self.create_btn.setAccessibleName(self.tr("Create a new vault"))
        self.open_btn = QPushButton(self.tr("Open a vault…"))
        self.open_btn.setAccessibleName(self.tr("Open an existing vault"))
        self.restore_btn = QPushButton(self.tr("Restore from a backup…"))
        self.restore_btn.setAccessibleName(self.tr("Restore a vault from a backup"))
        self.restore_btn.setEnabled(restore_available)
        if not restore_available:
            self.restore_btn.setToolTip(self.tr("Restoring from the app is not available yet; use the command line."))
        self.join_btn = QPushButton(self.tr("Join a team…"))
        self.join_btn.setAccessibleName(self.tr("Join a team with an invitation"))
        self.join_btn.setToolTip(self.tr("Your administrator gave you an invitation file and a one-time code."))
        for b in (self.create_btn, self.open_btn, self.restore_btn, self.join_btn):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        lay.addWidget(Heading(self.tr("Recent vaults"), level=2))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent.setObjectName("recent")
        self.recent.itemActivated.connect(self._open_item)
        lay.addWidget(self.recent, 1)
        self.empty_note = Note(self.tr("No vault opened on this computer yet."))
        lay.addWidget(self.empty_note)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(1)
        self.create_btn.clicked.connect(self.create_requested)
        self.open_btn.clicked.connect(self._browse)
        self.restore_btn.clicked.connect(self.restore_requested)
        self.join_btn.clicked.connect(self.join_requested)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.ctx.recent_vaults():
            item = QListWidgetItem(path)
            exists = (Path(path) / "keyslots.json").exists()
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not exists:
                item.setText(self.tr("{0} (not found)").format(path))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.empty_note.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _browse(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Open a vault folder"), str(Path.home()))
        if not path:
            return
        if not (Path(path) / "keyslots.json").exists():
            dialogs.error(self, self.tr("Not a vault"), self.tr("This folder does not hold a VaultCRM vault."))
            return
        self.open_requested.emit(path)
